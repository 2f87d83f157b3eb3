/**
 * The values of a recognized passport as the passport template takes them: its term, people as rows, numbers,
 * the approval's body, months, the template period a recognized period goes to, financing sources by their words.
 * Pure functions; adoptBlocks.ts writes them into the template's blocks.
 */
import type { Text } from "../i18n";
import type { IndicatorPeriod, NumberCell, Passport, PeopleCell, TextCell } from "../model";
import { parsePeriod, ymdToSerial, type Interval, type YMD } from "../periods";
import type { ProjectTerm } from "../templates";
import { defaultTerm, type TermPeriod } from "../templates/term";
import type { CellValue } from "../workbook";

const firstOfMonth = (d: YMD): YMD => ({ year: d.year, month: d.month, day: 1 });

/** The template's term from the passport's: its months; else the indicator periods; else the financing years; else next year. */
export function termOf(p: Passport, today: YMD, notes: Text[]): ProjectTerm {
  const i = p.term?.interval;
  if (i) return { start: { year: i.start.year, month: i.start.month }, end: { year: i.end.year, month: i.end.month } };
  const spans: Interval[] = (p.indicators?.periods ?? []).map((x) => x.interval);
  const years = (p.financing?.years ?? []).map((y) => y.year).filter((y): y is number => y !== undefined);
  for (const y of years) spans.push({ start: { year: y, month: 1, day: 1 }, end: { year: y, month: 12, day: 31 } });
  if (spans.length) {
    const start = spans.map((s) => s.start).reduce((a, b) => (a.year * 12 + a.month <= b.year * 12 + b.month ? a : b));
    const end = spans.map((s) => s.end).reduce((a, b) => (a.year * 12 + a.month >= b.year * 12 + b.month ? a : b));
    notes.push({
      ru: `Срок реализации в паспорте не распознан: в шаблоне указан срок по периодам показателей и финансирования (${start.month}.${start.year} – ${end.month}.${end.year}); проверьте его.`,
      en: `The passport's term was not recognized: the template's term is taken from the indicator and financing periods (${start.month}.${start.year} – ${end.month}.${end.year}); check it.`,
    });
    return { start: { year: start.year, month: start.month }, end: { year: end.year, month: end.month } };
  }
  const t = defaultTerm(today);
  notes.push({
    ru: `Срок реализации в паспорте не распознан: в шаблоне указан январь–декабрь ${t.start.year} года; исправьте его.`,
    en: `The passport's term was not recognized: the template says January–December ${t.start.year}; correct it.`,
  });
  return t;
}

export interface PersonRow {
  fio: string;
  position: string;
  phone: string;
}

/** A people cell as template rows: one per recognized person, or the text as written when none was recognized. */
export function personRows(c: PeopleCell | undefined): PersonRow[] {
  if (!c) return [];
  if (c.persons.length === 0) return c.text ? [{ fio: c.text, position: "", phone: "" }] : [];
  return c.persons.map((x) => ({ fio: x.name, position: x.position ?? "", phone: x.phones.join(", ") }));
}

/** A people cell as one row (leader, executor): several people are joined. */
export function personRow(c: PeopleCell | undefined): PersonRow | null {
  const rows = personRows(c);
  if (rows.length === 0) return null;
  const join = (f: keyof PersonRow, sep: string) =>
    rows
      .map((r) => r[f])
      .filter(Boolean)
      .join(sep);
  return { fio: join("fio", ", "), position: join("position", "; "), phone: join("phone", ", ") };
}

/** A number cell's value for the template: the number (85% → 85, as the unit «%» says), the text when it is not one. */
export function numberValue(c: NumberCell | undefined): CellValue | undefined {
  if (!c) return undefined;
  if (c.number.kind === "number") return c.number.value;
  if (c.number.kind === "empty") return undefined;
  return c.text;
}

/** «УТВЕРЖДЕН решением … (протокол от 12.03.2017 № 2)» → «решением …». */
export function approvalBody(text: string): string {
  return text
    .replace(/^\s*утвержд[её]н[аоы]?\s*/i, "")
    .replace(/^\s*approved\s*/i, "")
    .replace(/\s*\(?\s*(протокол|minutes)[^)]*\)?\s*$/i, "")
    .trim();
}

/** A stage's start or end for the template: the first day of its month (a date stays as it is), or the text when it is no period. */
export function monthValue(c: TextCell | undefined, which: "start" | "end", term: Interval): CellValue | undefined {
  if (!c || c.text === "") return undefined;
  if (typeof c.raw === "number") return c.raw;
  const r = parsePeriod(c.raw, { term });
  if (!r.ok || (r.period.kind !== "interval" && r.period.kind !== "sessions")) return c.text;
  return ymdToSerial(firstOfMonth(which === "start" ? r.period.start : r.period.end));
}

/** Where a recognized period's value goes among the template's periods; -1 when it has no place. */
export function periodSlot(periods: readonly TermPeriod[], p: IndicatorPeriod): { index: number; exact: boolean } {
  const quarterly = periods.some((x) => x.quarter !== undefined);
  const exact = periods.findIndex((x) => x.year === p.year && x.quarter === p.quarter);
  if (exact >= 0) return { index: exact, exact: true };
  if (quarterly && p.quarter === undefined) {
    // a value for the whole year: the target at its end, the IV quarter
    return { index: periods.findIndex((x) => x.year === p.year && x.quarter === 4), exact: false };
  }
  if (!quarterly && p.quarter !== undefined) return { index: periods.findIndex((x) => x.year === p.year), exact: false };
  return { index: -1, exact: false };
}

/** LISTS.Sources index of a recognized financing source, by its words; -1 when unknown. */
export function sourceIndex(name: string): number {
  const s = name.toLocaleLowerCase();
  if (/федерал|federal/.test(s)) return 0;
  if (/внебюджет|extra-?budget/.test(s)) return 3;
  if (/субъект|област|кра[йя]|республик|региональн|regional/.test(s)) return 1;
  if (/местн|муниципальн|городск|округ|район|поселени|local|municipal/.test(s)) return 2;
  return -1;
}

/** Splits a results cell written as one paragraph per line into results. */
export function resultTexts(p: Passport): string[] {
  return p.results
    .flatMap((r) => r.text.split(/\n+/))
    .map((t) => t.trim())
    .filter(Boolean);
}

/** A risk's number as written: the number when it is one, else the text. */
export function numberOrText(c: TextCell): CellValue {
  return typeof c.raw === "number" ? c.raw : c.text;
}
