/**
 * People in one cell, as staff write them:
 *   «Лебедева И.П., директор, т. 31-40-12 Морозова Е.В., зам.директора, т. 31-40-27»  (name first)
 *   «Первый заместитель Главы Администрации … Ветров Андрей Павлович»                 (position first)
 *   «заместитель председателя … Гаврилова Ольга Петровна; директор … Рыбаков Игорь Семёнович»
 * A name is a surname with initials (either order) or a full name with a patronymic. Text with no such
 * name is kept as unrecognised, never turned into a person by guessing.
 */
import type { Person } from "../model";

const SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
const FIRST = "[А-ЯЁ][а-яё]+";
/** «Павлович», «Ильич», «Петровна», «Ильинична», «Кузьминична», «Мамед оглы» */
const PATRONYMIC = "[А-ЯЁ][а-яё]+(?:ич|вна|ична|чна|оглы|кызы)(?![а-яё])";
/** The add-in's English templates write names in Latin letters: «Belova M.I.», «Marina Igorevna Belova». */
const L_SURNAME = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
const L_FIRST = "[A-Z][a-z]+";
const L_PATRONYMIC = "[A-Z][a-z]+(?:ich|vna|ichna|chna)(?![a-z])";
/**
 * 1: full name; 2–4: surname, initial, initial; 5–7: initial, initial, surname;
 * Latin: 8–10: first name, patronymic, surname; 11–13: surname, initial, initial; 14–16: initial, initial, surname
 */
const NAME_RE = new RegExp(
  `(${SURNAME}\\s+${FIRST}\\s+${PATRONYMIC})` +
    `|(${SURNAME})\\s+([А-ЯЁ])\\.\\s?([А-ЯЁ])(?:\\.|(?![а-яё]))` +
    `|(?<![А-ЯЁа-яё])([А-ЯЁ])\\.\\s?([А-ЯЁ])\\.\\s?(${SURNAME})(?![а-яё.])` +
    `|(?<![A-Za-z])(${L_FIRST})\\s+(${L_PATRONYMIC})\\s+(${L_SURNAME})(?![a-z])` +
    `|(?<![A-Za-z])(${L_SURNAME})\\s+([A-Z])\\.\\s?([A-Z])\\.` +
    `|(?<![A-Za-z])([A-Z])\\.\\s?([A-Z])\\.\\s?(${L_SURNAME})(?![a-z.])`,
  "g",
);
/** a phone: digits with separators, at least 5 digits in all */
const PHONE_RE = /\+?\d[\d\s\-–()]{3,}\d/g;
/** phone labels left over in a position: «т.», «тел.», «конт. тел.», «моб.» */
const PHONE_LABEL_RE = /(^|[\s,;(])(?:конт\.?\s*тел(?:ефон)?\.?|к\.\s*т\.|тел(?:ефон)?\.?:?|моб(?:ильный)?\.?:?|т\.)(?=[\s,;:)]|$)/gi;
const EDGE_PUNCT = /^[\s,;:.–—-]+|[\s,;:–—-]+$/g;
const SPACE_RUN = /\s+/g;
const CHUNK_SPLIT = /;/;
const LETTERS = /[А-ЯЁа-яёA-Za-z]/;

export interface ParsedPeople {
  persons: Person[];
  /** text that held no recognisable name */
  unrecognised?: string;
}

interface NameMatch {
  start: number;
  end: number;
  name: string;
  key: string;
}

const cache = new Map<string, ParsedPeople>();
const CACHE_LIMIT = 20000;

/** Splits a cell into persons. Cached by text: the same cell text repeats across a plan. */
export function parsePeople(text: string): ParsedPeople {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/** «Лебедева И.П.» → «лебедева и.п.»; «Ветров Андрей Павлович» → «ветров а.п.». */
export function personKey(surname: string, initials: string[]): string {
  return `${surname} ${initials.map((i) => `${i}.`).join("")}`.toLowerCase().replace(/ё/g, "е");
}

/** Capitalised words before an abbreviation that are institutions, not surnames («Администрации Г.О. Краснолесье»). */
const NOT_SURNAMES = new Set([
  "администрация",
  "администрации",
  "комитет",
  "комитета",
  "департамент",
  "департамента",
  "управление",
  "управления",
  "глава",
  "главы",
  "город",
  "города",
  "округ",
  "округа",
  "район",
  "района",
  "область",
  "области",
  "министерство",
  "министерства",
  "центр",
  "центра",
  "школа",
  "школы",
  "гимназия",
  "гимназии",
  "лицей",
  "лицея",
  "учреждение",
  "учреждения",
]);

function findNames(text: string): NameMatch[] {
  const out: NameMatch[] = [];
  NAME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RE.exec(text)) !== null) {
    const whole = m[0];
    const surname = (m[1] ? m[1].split(/\s+/)[0] : (m[2] ?? m[7] ?? m[10] ?? m[11] ?? m[16] ?? "")).toLowerCase();
    if (NOT_SURNAMES.has(surname)) {
      if (whole.length === 0) NAME_RE.lastIndex++;
      continue;
    }
    if (m[1]) {
      const parts = m[1].split(/\s+/);
      out.push({ start: m.index, end: m.index + whole.length, name: m[1], key: personKey(parts[0], [parts[1][0], parts[2][0]]) });
    } else if (m[2]) {
      const initials = [m[3], m[4]];
      out.push({ start: m.index, end: m.index + whole.length, name: whole.trim(), key: personKey(m[2], initials) });
    } else if (m[7]) {
      out.push({ start: m.index, end: m.index + whole.length, name: whole.trim(), key: personKey(m[7], [m[5], m[6]]) });
    } else if (m[10]) {
      out.push({ start: m.index, end: m.index + whole.length, name: whole.trim(), key: personKey(m[10], [m[8][0], m[9][0]]) });
    } else if (m[11]) {
      out.push({ start: m.index, end: m.index + whole.length, name: whole.trim(), key: personKey(m[11], [m[12], m[13]]) });
    } else if (m[16]) {
      out.push({ start: m.index, end: m.index + whole.length, name: whole.trim(), key: personKey(m[16], [m[14], m[15]]) });
    }
    if (whole.length === 0) NAME_RE.lastIndex++;
  }
  return out;
}

function phonesIn(text: string): { phones: string[]; rest: string } {
  const phones: string[] = [];
  PHONE_RE.lastIndex = 0;
  const rest = text.replace(PHONE_RE, (p: string, offset: number) => {
    const digits = p.replace(/\D/g, "").length;
    const before = text.slice(Math.max(0, offset - 3), offset);
    if (digits < 5 || digits > 12 || /№\s*$/.test(before)) return p;
    phones.push(p.trim());
    return " ";
  });
  return { phones, rest };
}

function cleanPosition(text: string): string | undefined {
  const s = text.replace(PHONE_LABEL_RE, "$1").replace(SPACE_RUN, " ").replace(EDGE_PUNCT, "").trim();
  return s !== "" && LETTERS.test(s) ? s : undefined;
}

function personFrom(segment: string, name: NameMatch, nameStartInSegment: number): Person {
  const without = segment.slice(0, nameStartInSegment) + " " + segment.slice(nameStartInSegment + (name.end - name.start));
  const { phones, rest } = phonesIn(without);
  const position = cleanPosition(rest);
  return position === undefined ? { name: name.name, phones, key: name.key } : { name: name.name, position, phones, key: name.key };
}

function parseUncached(raw: string): ParsedPeople {
  const text = raw.replace(/\r?\n/g, " ");
  const persons: Person[] = [];
  const unrecognised: string[] = [];
  for (const chunk of text.split(CHUNK_SPLIT)) {
    if (chunk.trim() === "") continue;
    const names = findNames(chunk);
    if (names.length === 0) {
      // «т. 31-40-12» on its own after a person: the phone of the person before
      const { phones, rest } = phonesIn(chunk);
      const leftover = cleanPosition(rest);
      const last = persons[persons.length - 1];
      if (last && phones.length > 0 && leftover === undefined) last.phones.push(...phones);
      else unrecognised.push(chunk.trim());
      continue;
    }
    const lead = chunk.slice(0, names[0].start).replace(EDGE_PUNCT, "").trim();
    if (lead === "") {
      // name first: each person runs from its name to the next name
      for (let i = 0; i < names.length; i++) {
        const from = names[i].start;
        const to = i + 1 < names.length ? names[i + 1].start : chunk.length;
        persons.push(personFrom(chunk.slice(from, to), names[i], 0));
      }
    } else {
      // position first: each person runs from the end of the name before to the end of its own name
      for (let i = 0; i < names.length; i++) {
        const from = i === 0 ? 0 : names[i - 1].end;
        const to = i + 1 < names.length ? names[i].end : chunk.length;
        persons.push(personFrom(chunk.slice(from, to), names[i], names[i].start - from));
      }
    }
  }
  const rest = unrecognised.join("; ").trim();
  return rest === "" ? { persons } : { persons, unrecognised: rest };
}
