/**
 * The organisation a project belongs to, where a document names it: an approval stamp («УТВЕРЖДЕН приказом
 * МБОУ «СОШ № 5»»), a title, the project's name, or the leader's or executor's position («директор МАОУ
 * «Гимназия № 2»»). Only forms of Russian educational and municipal organisations are taken; nothing is guessed
 * from a person's name. The first document that names one wins.
 */
import type { PeopleCell, ProjectDocument } from "../model";

/** Abbreviations of organisational forms: МБОУ, МАОУ, МКДОУ, МБУ ДО, ГБПОУ, МКУ … */
const FORM = String.raw`(?:[МГЧ](?:[БАК])?(?:Д|П)?ОУ(?:\s*ДО)?|[МГ][БАК]?У(?:\s*ДО)?|МОУ|МДОУ|ГБПОУ|ГАПОУ|ЧОУ|АНО)`;
/**
 * The form followed by a quoted name («…» or "…"), or by words up to a number («СОШ № 5», «гимназия №2»), or by
 * the words up to a comma, bracket, full stop or a following «на …» / «от …» («МБОУ Лесная СОШ на 2025 год»).
 */
const WITH_FORM = new RegExp(String.raw`(?<![\p{L}])${FORM}(?![\p{L}])\s*(?:«[^»]{1,120}»|"[^"]{1,120}"|[^,;()\n.«"№]{0,60}?№\s*\d+[а-яА-Я]?|(?:(?!\s(?:на|от|г)\s)[^,;()\n.]){1,80})`, "u");
/** Written out: «средняя общеобразовательная школа № 3», «Гимназия № 2», «Лицей № 1 г. …», «детский сад № 15». */
const SPELLED = /(?:(?:средн|основн|начальн)[а-я]*\s+(?:обще)?образовательн[а-я]*\s+школ[а-я]*|гимнази[а-я]*|лице[йя]|школ[а-я]*|детск[а-я]*\s+сад[а-я]*)\s*№\s*\d+[а-яА-Я]?/iu;

export function organisationOf(docs: readonly ProjectDocument[]): string | undefined {
  for (const text of candidateTexts(docs)) {
    const m = WITH_FORM.exec(text) ?? SPELLED.exec(text);
    if (m) return tidy(m[0]);
  }
  return undefined;
}

function candidateTexts(docs: readonly ProjectDocument[]): string[] {
  const out: string[] = [];
  const people = (c: PeopleCell | undefined) => {
    if (!c) return;
    for (const p of c.persons) if (p.position) out.push(p.position);
    if (c.unrecognised) out.push(c.unrecognised);
  };
  for (const d of docs) {
    if (d.kind === "passport") {
      if (d.approval) out.push(d.approval.text.text);
      if (d.fullName) out.push(d.fullName.text);
      people(d.leader);
      people(d.executor);
    } else if (d.title) out.push(d.title.text);
  }
  return out;
}

function tidy(s: string): string {
  return s.replace(/\s+/g, " ").trim().slice(0, 160);
}
