/** Table helpers shared by the plan, passport and calendar-plan readers. */
import type { Grid } from "./grid";
import { normKey, valueText } from "./grid";
import type { Text } from "../i18n";
import type { RecognitionNote } from "./types";

const toInt = parseInt;
const NUMBERING = /^\d{1,4}(?:\.\d{1,4})*\.?$/;
const INT = /^\d{1,3}$/;

/** «1», «1.», «1.2», «3.1.» — a row number of a table. */
export function isNumbering(text: string): boolean {
  return NUMBERING.test(text);
}

/** «1.2.» → [1, 2]; anything else → null. */
export function numberingParts(text: string): number[] | null {
  const t = text.trim();
  if (!NUMBERING.test(t)) return null;
  const dot = t.indexOf(".");
  if (dot < 0 || dot === t.length - 1) return [toInt(t, 10)];
  return t.replace(/\.$/, "").split(".").map(Number);
}

/**
 * A row of column numbers under a header («1 2 3 4 5»): at least 3 cells, each the integer of its place
 * (1, 2, 3 …), nothing else in the row.
 */
export function isColumnNumberRow(grid: Grid, row: number, filled: number[]): boolean {
  if (filled.length < 3) return false;
  for (let i = 0; i < filled.length; i++) {
    const v = grid.own(row, filled[i]);
    if (typeof v === "number") {
      // the same test without making a text: every numbered row of a plan comes here
      if (v !== i + 1 || i + 1 > 999) return false;
      continue;
    }
    const t = typeof v === "string" ? v.trim().replace(/\.$/, "") : "";
    if (!INT.test(t) || Number(t) !== i + 1) return false;
  }
  return true;
}

const TIMELINE_WORDS = new Set([
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
  "янв",
  "фев",
  "февр",
  "мар",
  "апр",
  "июн",
  "июл",
  "авг",
  "сен",
  "сент",
  "окт",
  "ноя",
  "нояб",
  "дек",
  "i",
  "ii",
  "iii",
  "iv",
  "iкв",
  "iiкв",
  "iiiкв",
  "ivкв",
  "1кв",
  "2кв",
  "3кв",
  "4кв",
]);

/**
 * The month (or year, or quarter) row of a Gantt chart under a calendar plan's header («2023 | 2024»,
 * «сентябрь | октябрь | …»): every filled cell a month, a year or a quarter, none in the table's own columns.
 */
export function isTimelineRow(grid: Grid, row: number, filled: number[], tableCols: readonly (number | undefined)[]): boolean {
  if (filled.length === 0) return false;
  for (const c of filled) {
    if (tableCols.includes(c)) return false;
    const v = grid.own(row, c);
    if (typeof v === "number") {
      if (!(Number.isInteger(v) && v >= 1900 && v <= 2199)) return false;
      continue;
    }
    const k = normKey(valueText(v))
      .replace(/\.$/, "")
      .replace(/(г|год|года)$/, "");
    if (!(TIMELINE_WORDS.has(k) || /^(19|20|21)\d\d$/.test(k))) return false;
  }
  return true;
}

export interface RoleDef<R extends string> {
  role: R;
  test: (key: string) => boolean;
}

/** Maps header cells of one row to roles (first matching role per cell; each role taken once). */
export function matchHeader<R extends string>(
  grid: Grid,
  row: number,
  filled: number[],
  defs: readonly RoleDef<R>[],
  maxLen = 160,
): { roles: Partial<Record<R, number>>; count: number; unknown: number[] } {
  const roles: Partial<Record<R, number>> = {};
  let count = 0;
  const unknown: number[] = [];
  for (const c of filled) {
    const v = grid.own(row, c);
    if (typeof v !== "string" || v.length > maxLen) {
      unknown.push(c);
      continue;
    }
    const k = normKey(v);
    if (k === "") {
      unknown.push(c);
      continue;
    }
    let matched = false;
    for (const d of defs) {
      if (roles[d.role] === undefined && d.test(k)) {
        roles[d.role] = c;
        count++;
        matched = true;
        break;
      }
    }
    if (!matched) unknown.push(c);
  }
  return { roles, count, unknown };
}

const YEAR_RE = /(?:^|[^\d])((?:19|20|21)\d{2})(?!\d)/;
const QUARTER_RE = /(?:^|[^a-zа-я])(iv|i{1,3}|[1-4])\s*-?\s*(?:й|ый|ой)?\s*кв/i;
/** the English template: «Q1 2026», «quarter 2», «3rd quarter» */
const QUARTER_EN_RE = /(?:^|[^a-z])(?:q\s*([1-4])|quarter\s*([1-4])|([1-4])(?:st|nd|rd|th)\s+quarter)(?![0-9])/i;
const QUARTER_WORDS: [RegExp, number][] = [
  [/перв\S*\s+кварт/i, 1],
  [/втор\S*\s+кварт/i, 2],
  [/трет\S*\s+кварт/i, 3],
  [/четв[её]рт\S*\s+кварт/i, 4],
];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A year named in a header cell («2017 год», «2016», «на 2024 г.»), or undefined. A real number counts too. */
export function headerYear(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2199 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = YEAR_RE.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** The quarter named in a header cell («I квартал», «2 кв.», «второй квартал»), or undefined. */
export function headerQuarter(v: unknown): 1 | 2 | 3 | 4 | undefined {
  if (typeof v !== "string") return undefined;
  const s = v.trim().replace(/і/g, "i").replace(/І/g, "I");
  const m = QUARTER_RE.exec(s);
  if (m) {
    const q = ROMAN[m[1].toLowerCase()] ?? Number(m[1]);
    if (q >= 1 && q <= 4) return q as 1 | 2 | 3 | 4;
  }
  for (const [re, q] of QUARTER_WORDS) if (re.test(s)) return q as 1 | 2 | 3 | 4;
  const en = QUARTER_EN_RE.exec(s);
  if (en) return Number(en[1] ?? en[2] ?? en[3]) as 1 | 2 | 3 | 4;
  return undefined;
}

/** «Итоговые мероприятия», «Итоговая аттестация»: a word that starts like «итого» but is not a total. */
const NOT_TOTAL = /^итогов(?:ы[йехм]|ая|ое|ую|ом|ой|ого|ому|ыми)/;

/** A summary row: «Итого», «Всего», «Итого за период», «ВСЕГО:» (not «Итоговые мероприятия»). */
export function isTotalKey(key: string): boolean {
  return key.startsWith("всего") || (key.startsWith("итого") && !NOT_TOTAL.test(key));
}

/** First non-empty own cell of a row inside [left, right], or -1. */
export function firstFilled(filled: number[], left = 0, right = Number.MAX_SAFE_INTEGER): number {
  for (const c of filled) if (c >= left && c <= right) return c;
  return -1;
}

export function within(filled: number[], left: number, right: number): number[] {
  if (filled.length === 0) return filled;
  if (filled[0] >= left && filled[filled.length - 1] <= right) return filled;
  return filled.filter((c) => c >= left && c <= right);
}

const QUOTE_MAX = 80;

/** A value quoted in a message: one line, at most 80 characters. */
export function q(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > QUOTE_MAX ? t.slice(0, QUOTE_MAX - 1) + "…" : t;
}

export function note(notes: RecognitionNote[], rule: string, severity: "info" | "warning", row: number, col: number, message: Text): void {
  notes.push({ rule, severity, row, col, message });
}

/** Notes a row whose content fits no part of the document. */
export function noteRow(notes: RecognitionNote[], grid: Grid, row: number, filled: number[], what: Text): void {
  const c = filled[0] ?? 0;
  const text = q(filled.map((col) => valueText(grid.own(row, col))).join(" | "));
  note(notes, "recognition/unmapped-row", "info", row, c, {
    ru: `Не удалось распознать строку «${text}» (${what.ru}): она не проверяется.`,
    en: `Could not recognise the row «${text}» (${what.en}): it is not checked.`,
  });
}

/**
 * A responsible column that asks for a name only: its header does not mention a position («Ответственный»,
 * «Ответственный исполнитель», «Responsible») and the table has no position column of its own.
 */
export function nameOnlyColumn(header: unknown, hasPositionColumn: boolean): boolean {
  if (hasPositionColumn) return false;
  const k = typeof header === "string" ? normKey(header) : "";
  return !k.includes("должн") && !k.includes("position");
}
