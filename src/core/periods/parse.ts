/**
 * The Russian period parser: «Август 2021 г.», «Ноябрь - декабрь 2021 г.», «I квартал 2024 г.»,
 * «до 25 декабря 2023 г.», «15.01.2024», «В течение года», «ежемесячно», lists of sessions …
 *
 * Text → tokens (tokens.ts) → a hand-written recursive-descent pass that collects date items,
 * a recurrence and a «throughout» flag → years filled in → one Period. Errors in the text are
 * returned as { ok: false, reason }; nothing here throws to the caller.
 */
import type { Text } from "../i18n";
import type { CellValue } from "../workbook";
import { compareYMD, intervalWithin, lastDayOfMonth, MAX_EXCEL_SERIAL, serialToYMD } from "./dates";
import * as M from "./messages";
import { COLON, COMMA, DASH, DOT, LPAREN, NUM, RPAREN, SEMI, SLASH, tokenize, WORD, type Token } from "./tokens";
import type { Interval, Period, PeriodResult, Recurrence, YMD } from "./types";
import { COUNT_WORDS, W_HALF, W_MONTH, W_ORD_SUFFIX, W_ORDINAL, W_QUARTER, W_ROMAN, W_SCHOOL, W_YEAR } from "./words";

export interface ParseOptions {
  /** The project term: the period «в течение года» and recurrences cover, the start of a deadline, the year of a month written without one. */
  term?: Interval;
}

type Precision = "day" | "month" | "quarter" | "year";
type IntervalPeriod = Extract<Period, { kind: "interval" }>;

/** Longest text parsePeriod reads; a period is a few words. */
const MAX_LEN = 1000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

// ---------------------------------------------------------------------------------------------
// Points and items

const P_DAY = 0;
const P_MONTH = 1;
const P_QUARTER = 2;
const P_HALF = 3;
const P_YEAR = 4;
/** A number with no unit yet: «1» in «1-15 сентября», «II» in «II-III кварталы». */
const P_BARE = 5;

/** One end of a range. y < 0: no year written. */
interface Point {
  k: number;
  y: number;
  m: number;
  d: number;
  n: number;
  roman: boolean;
  /** token indices [from, to) */
  from: number;
  to: number;
}

/** «сентябрь 2021», «с сентября по май 2022», «до 25.12.2023», «2021-2022 учебный год». */
interface Item {
  a: Point;
  b: Point | null;
  deadline: boolean;
  open: boolean;
  school: boolean;
  from: number;
  to: number;
}

interface Resolved {
  start: YMD;
  end: YMD;
  precision: Precision;
}

interface Ctx {
  src: string;
  tk: Token[];
}

interface State {
  items: Item[];
  rec: Recurrence | undefined;
  freq: "day" | "week" | undefined;
  throughout: boolean;
}

class Fail {
  constructor(readonly reason: Text) {}
}

function fail(reason: Text): never {
  throw new Fail(reason);
}

function text(ctx: Ctx, from: number, to: number): string {
  const tk = ctx.tk;
  if (from >= to || from >= tk.length) return "";
  return ctx.src.slice(tk[from].from, tk[Math.min(to, tk.length) - 1].to);
}

/** From token i to the next comma, semicolon or bracket: what to quote as not understood. */
function snippet(ctx: Ctx, i: number, to: number): string {
  const tk = ctx.tk;
  let j = i + 1;
  while (j < to) {
    const t = tk[j].t;
    if (t === COMMA || t === SEMI || t === LPAREN || t === RPAREN) break;
    j++;
  }
  return text(ctx, i, j);
}

function newPoint(k: number, from: number): Point {
  return { k, y: -1, m: 0, d: 0, n: 0, roman: false, from, to: from + 1 };
}

function isWord(t: Token | undefined, s: string): boolean {
  return t !== undefined && t.t === WORD && t.s === s;
}

function wordKind(t: Token | undefined): number {
  return t !== undefined && t.t === WORD && t.w !== undefined ? t.w.k : -1;
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function year2(v: number): number {
  return v < 30 ? 2000 + v : 1900 + v;
}

/** Skips «г.», «года», «гг.» … after a year. */
function skipYearWord(tk: Token[], j: number): number {
  if (wordKind(tk[j]) === W_YEAR) {
    j++;
    if (tk[j] !== undefined && tk[j].t === DOT) j++;
  }
  return j;
}

/** An optional year after a month, quarter or day: «2021», «2021 г.», «21 г.». */
function yearAfter(tk: Token[], j: number, p: Point): number {
  const t = tk[j];
  if (t !== undefined && t.t === NUM) {
    if (t.len === 4) {
      p.y = t.v;
      return skipYearWord(tk, j + 1);
    }
    if (t.len === 2 && wordKind(tk[j + 1]) === W_YEAR) {
      p.y = year2(t.v);
      return skipYearWord(tk, j + 1);
    }
  }
  return j;
}

/** «квартал 2024 г.» / «полугодие» after a numeral. */
function unitAfter(tk: Token[], j: number, n: number, roman: boolean, from: number): Point | null {
  const t = tk[j];
  const k = wordKind(t);
  if (k !== W_QUARTER && k !== W_HALF) return null;
  const p = newPoint(k === W_QUARTER ? P_QUARTER : P_HALF, from);
  p.n = n;
  p.roman = roman;
  j++;
  if (t!.w!.abbr && tk[j] !== undefined && tk[j].t === DOT) j++;
  p.to = yearAfter(tk, j, p);
  return p;
}

function parsePoint(tk: Token[], i: number): Point | null {
  const t = tk[i];
  if (t === undefined) return null;
  if (t.t === WORD) {
    const w = t.w;
    if (w === undefined) return null;
    if (w.k === W_MONTH) {
      const p = newPoint(P_MONTH, i);
      p.m = w.n;
      let j = i + 1;
      if (w.abbr && tk[j] !== undefined && tk[j].t === DOT) j++;
      p.to = yearAfter(tk, j, p);
      return p;
    }
    if (w.k === W_ROMAN || w.k === W_ORDINAL) {
      const roman = w.k === W_ROMAN;
      const u = unitAfter(tk, i + 1, w.n, roman, i);
      if (u) return u;
      if (roman) {
        const p = newPoint(P_BARE, i);
        p.n = w.n;
        p.roman = true;
        return p;
      }
    }
    return null;
  }
  if (t.t !== NUM) return null;
  const t1 = tk[i + 1];
  const t2 = tk[i + 2];
  if (t.len === 4) {
    const t3 = tk[i + 3];
    const t4 = tk[i + 4];
    // ISO 2024-01-15
    if (t1?.t === DASH && t2?.t === NUM && t2.len <= 2 && t3?.t === DASH && t4?.t === NUM && t4.len <= 2) {
      const p = newPoint(P_DAY, i);
      p.y = t.v;
      p.m = t2.v;
      p.d = t4.v;
      p.to = skipYearWord(tk, i + 5);
      return p;
    }
    const p = newPoint(P_YEAR, i);
    p.y = t.v;
    p.to = skipYearWord(tk, i + 1);
    return p;
  }
  if (t.len > 2) return null;
  if (t1 !== undefined && (t1.t === DOT || t1.t === SLASH) && t2?.t === NUM) {
    if (t2.len === 4) {
      // 09.2021
      const p = newPoint(P_MONTH, i);
      p.m = t.v;
      p.y = t2.v;
      p.to = skipYearWord(tk, i + 3);
      return p;
    }
    if (t2.len <= 2) {
      // 15.01.2024, 1.9.21, 15.01 (year later in the range)
      const t3 = tk[i + 3];
      const t4 = tk[i + 4];
      const p = newPoint(P_DAY, i);
      p.d = t.v;
      p.m = t2.v;
      if (t3 !== undefined && t3.t === t1.t && t4?.t === NUM && (t4.len === 4 || t4.len === 2)) {
        p.y = t4.len === 4 ? t4.v : year2(t4.v);
        p.to = skipYearWord(tk, i + 5);
      } else p.to = i + 3;
      return p;
    }
  }
  if (wordKind(t1) === W_MONTH) {
    // 25 декабря 2023 г.
    const p = newPoint(P_DAY, i);
    p.d = t.v;
    p.m = t1!.w!.n;
    let j = i + 2;
    if (t1!.w!.abbr && tk[j] !== undefined && tk[j].t === DOT) j++;
    p.to = yearAfter(tk, j, p);
    return p;
  }
  // 1 квартал, 1-й квартал, 2 полугодие
  let j = i + 1;
  if (t1?.t === DASH && wordKind(t2) === W_ORD_SUFFIX) j = i + 3;
  else if (wordKind(t1) === W_ORD_SUFFIX) j = i + 2;
  const u = unitAfter(tk, j, t.v, false, i);
  if (u) return u;
  const p = newPoint(P_BARE, i);
  p.n = t.v;
  return p;
}

/** Can a point (or an item) start at this token? */
function startsPoint(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.t === NUM) return true;
  if (t.t !== WORD) return false;
  const k = wordKind(t);
  return k === W_MONTH || k === W_ROMAN || k === W_ORDINAL || t.s === "с" || t.s === "со" || t.s === "до";
}

function isRangeWord(t: Token | undefined): boolean {
  return t !== undefined && t.t === WORD && (t.s === "по" || t.s === "до");
}

function parseItem(tk: Token[], i: number, allowDeadline: boolean): Item | null {
  const from = i;
  let deadline = false;
  let start = false;
  const t = tk[i];
  if (t === undefined) return null;
  if (t.t === WORD) {
    const s = t.s;
    if (allowDeadline && (s === "до" || s === "к" || s === "ко")) {
      deadline = true;
      i++;
    } else if (allowDeadline && s === "не" && (isWord(tk[i + 1], "позднее") || isWord(tk[i + 1], "позже"))) {
      deadline = true;
      i += 2;
      if (isWord(tk[i], "чем")) i++;
    } else if (s === "с" || s === "со") {
      start = true;
      i++;
    } else if (s === "начиная" && (isWord(tk[i + 1], "с") || isWord(tk[i + 1], "со"))) {
      start = true;
      i += 2;
    }
    if (deadline && (isWord(tk[i], "конца") || isWord(tk[i], "окончания"))) i++;
  }
  const a = parsePoint(tk, i);
  if (a === null) return null;
  let b: Point | null = null;
  let j = a.to;
  if (!deadline) {
    const sep = tk[j];
    if (sep !== undefined && (sep.t === DASH || isRangeWord(sep) || (sep.t === SLASH && a.k === P_YEAR))) {
      const k = j + 1;
      const nt = tk[k];
      if (a.k === P_YEAR && nt?.t === NUM && nt.len === 2 && sep.t !== WORD) {
        // 2021-22
        b = newPoint(P_YEAR, k);
        b.y = Math.floor(a.y / 100) * 100 + nt.v;
        if (b.y < a.y) b.y += 100;
        b.to = skipYearWord(tk, k + 1);
      } else b = parsePoint(tk, k);
      if (b !== null) j = b.to;
    }
  }
  let school = false;
  if (wordKind(tk[j]) === W_SCHOOL) {
    school = true;
    j++;
    if (tk[j] !== undefined && tk[j].t === DOT) j++;
    j = skipYearWord(tk, j);
  }
  return { a, b, deadline, open: start && b === null, school, from, to: j };
}

// ---------------------------------------------------------------------------------------------
// From points to dates

const PRECISION_OF: Precision[] = ["day", "month", "quarter", "quarter", "year", "day"];
const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, quarter: 2, year: 3 };

/** month * 100 + day of the point's first day, to order two points of one year. */
function startKey(p: Point): number {
  switch (p.k) {
    case P_DAY:
      return p.m * 100 + p.d;
    case P_MONTH:
      return p.m * 100 + 1;
    case P_QUARTER:
      return (3 * p.n - 2) * 100 + 1;
    case P_HALF:
      return (6 * p.n - 5) * 100 + 1;
    default:
      return 101;
  }
}

function span(ctx: Ctx, p: Point, y: number): Interval {
  const part = () => text(ctx, p.from, p.to);
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) fail(M.badYear(part(), y));
  switch (p.k) {
    case P_DAY: {
      if (p.m < 1 || p.m > 12 || p.d < 1 || p.d > lastDayOfMonth(y, p.m)) fail(M.badDate(part()));
      return { start: { year: y, month: p.m, day: p.d }, end: { year: y, month: p.m, day: p.d } };
    }
    case P_MONTH:
      if (p.m < 1 || p.m > 12) fail(M.badDate(part()));
      return { start: { year: y, month: p.m, day: 1 }, end: { year: y, month: p.m, day: lastDayOfMonth(y, p.m) } };
    case P_QUARTER:
    case P_HALF: {
      const months = p.k === P_QUARTER ? 3 : 6;
      if (p.n < 1 || p.n > 12 / months) fail(M.badQuarter(part()));
      const last = p.n * months;
      return { start: { year: y, month: last - months + 1, day: 1 }, end: { year: y, month: last, day: lastDayOfMonth(y, last) } };
    }
    case P_YEAR:
      return { start: { year: y, month: 1, day: 1 }, end: { year: y, month: 12, day: 31 } };
    default:
      return fail(M.notUnderstood(ctx.src, part()));
  }
}

function yearless(it: Item): boolean {
  return it.a.y < 0 && (it.b === null || it.b.y < 0);
}

function firstYear(it: Item): number {
  return it.a.y >= 0 ? it.a.y : it.b !== null ? it.b.y : -1;
}

function lastYear(it: Item): number {
  return it.b !== null && it.b.y >= 0 ? it.b.y : it.a.y;
}

/** Dates of an item; base is the year for an item that names none (its end's year), or -1. */
function resolve(ctx: Ctx, it: Item, base: number): Resolved {
  let a = it.a;
  const b = it.b;
  const itemText = () => text(ctx, it.from, it.to);
  if (a.k === P_BARE) {
    if (b !== null && b.k === P_DAY && !a.roman) a = { ...a, k: P_DAY, d: a.n, m: b.m, y: b.y };
    else if (b !== null && (b.k === P_QUARTER || b.k === P_HALF)) a = { ...a, k: b.k };
    else fail(M.notUnderstood(ctx.src, itemText()));
  }
  if (b !== null && b.k === P_BARE) fail(M.notUnderstood(ctx.src, itemText()));
  if (it.school) {
    if (a.k !== P_YEAR || (b !== null && b.k !== P_YEAR)) return fail(M.notUnderstood(ctx.src, itemText()));
    if (b === null) return fail(M.schoolYearNeedsTwo(itemText()));
    span(ctx, a, a.y);
    span(ctx, b, b.y);
    return { start: { year: a.y, month: 9, day: 1 }, end: { year: b.y, month: 8, day: 31 }, precision: "month" };
  }
  if (b === null) {
    const y = a.y >= 0 ? a.y : base;
    if (y < 0) fail(M.noYear(itemText()));
    const s = span(ctx, a, y);
    return { start: s.start, end: s.end, precision: PRECISION_OF[a.k] };
  }
  let ay = a.y;
  let by = b.y;
  if (ay < 0 && by < 0) {
    if (base < 0) fail(M.noYear(itemText()));
    by = base;
  }
  // A year written once for a range across the New Year of a school year: «Сентябрь - май 2022 г.» is
  // September 2021 – May 2022. Any other backwards range keeps its one year, so that a check reports it:
  // «Декабрь - ноябрь 2021 г.» is December 2021 – November 2021, not a year from December 2020.
  const acrossNewYear = startKey(a) > startKey(b) && startKey(a) >= 901 && startKey(b) < 901;
  if (ay < 0) {
    ay = by;
    if (acrossNewYear) ay = by - 1; // «Сентябрь - май 2022 г.»: September 2021
  } else if (by < 0) {
    by = ay;
    if (acrossNewYear) by = ay + 1; // «с сентября 2021 г. по май»: May 2022
  }
  const s = span(ctx, a, ay);
  const e = span(ctx, b, by);
  const pa = PRECISION_OF[a.k];
  const pb = PRECISION_OF[b.k];
  return { start: s.start, end: e.end, precision: PRECISION_RANK[pa] <= PRECISION_RANK[pb] ? pa : pb };
}

/** The one year that puts a yearless item inside the term, or -1. */
function yearFromTerm(ctx: Ctx, it: Item, term: Interval): number {
  const y0 = term.start.year;
  const y1 = Math.min(term.end.year, y0 + 100);
  let found = -1;
  for (let y = y0; y <= y1; y++) {
    let r: Resolved;
    try {
      r = resolve(ctx, it, y);
    } catch (e) {
      if (e instanceof Fail) continue;
      throw e;
    }
    if (intervalWithin(r, term)) {
      if (found >= 0) return -1;
      found = y;
    }
  }
  return found;
}

function resolveAll(ctx: Ctx, items: Item[], term: Interval | undefined): Resolved[] {
  const out: Resolved[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (!yearless(it)) {
      out.push(resolve(ctx, it, -1));
      continue;
    }
    // A month without a year takes the next year written after it, or else the previous one.
    let base = -1;
    for (let m = k + 1; m < items.length && base < 0; m++) base = firstYear(items[m]);
    for (let m = k - 1; m >= 0 && base < 0; m--) base = lastYear(items[m]);
    if (base < 0 && term !== undefined) base = yearFromTerm(ctx, it, term);
    if (base < 0) fail(M.noYear(text(ctx, it.from, it.to)));
    out.push(resolve(ctx, it, base));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Recurrences, «в течение года», filler words

const UNIT_MONTH = 1;
const UNIT_QUARTER = 2;
const UNIT_YEAR = 3;
const UNIT_HALF = 4;
const UNIT_WEEK = 5;
const UNIT_DAY = 6;

const UNITS: ReadonlyMap<string, number> = new Map([
  ["месяц", UNIT_MONTH],
  ["мес", UNIT_MONTH],
  ["квартал", UNIT_QUARTER],
  ["кв", UNIT_QUARTER],
  ["четверть", UNIT_QUARTER],
  ["год", UNIT_YEAR],
  ["полугодие", UNIT_HALF],
  ["неделю", UNIT_WEEK],
  ["неделя", UNIT_WEEK],
  ["день", UNIT_DAY],
  ["сутки", UNIT_DAY],
]);

const EVERY_WORDS = new Set(["каждый", "каждую", "каждое", "каждого", "каждом", "каждые"]);

function mergeRec(ctx: Ctx, st: State, rec: Recurrence): void {
  const cur = st.rec;
  if (cur === undefined) {
    st.rec = rec;
    return;
  }
  if (cur.every !== rec.every || (cur.minTimes !== undefined && rec.minTimes !== undefined && cur.minTimes !== rec.minTimes))
    fail(M.twoRecurrences(ctx.src));
  if (rec.minTimes !== undefined) st.rec = rec;
}

function applyUnit(ctx: Ctx, st: State, unit: number, times: number | undefined): void {
  switch (unit) {
    case UNIT_MONTH:
      return mergeRec(ctx, st, times === undefined ? { every: "month" } : { every: "month", minTimes: times });
    case UNIT_QUARTER:
      return mergeRec(ctx, st, times === undefined ? { every: "quarter" } : { every: "quarter", minTimes: times });
    case UNIT_YEAR:
      return mergeRec(ctx, st, times === undefined ? { every: "year" } : { every: "year", minTimes: times });
    case UNIT_HALF:
      // «раз в полугодие» → at least twice a year (Recurrence has no half-year)
      return mergeRec(ctx, st, { every: "year", minTimes: 2 * (times ?? 1) });
    case UNIT_WEEK:
      st.freq = "week";
      return;
    default:
      if (st.freq === undefined) st.freq = "day";
  }
}

/** «ежемесячно», «каждый квартал», «не реже, чем 1 раз в квартал», «2 раза в год». Returns the next index, or i. */
function tryRecurrence(ctx: Ctx, i: number, st: State): number {
  const tk = ctx.tk;
  const t = tk[i];
  if (t.t === WORD) {
    switch (t.s) {
      case "ежемесячно":
        applyUnit(ctx, st, UNIT_MONTH, undefined);
        return i + 1;
      case "ежеквартально":
        applyUnit(ctx, st, UNIT_QUARTER, undefined);
        return i + 1;
      case "ежегодно":
        applyUnit(ctx, st, UNIT_YEAR, undefined);
        return i + 1;
      case "еженедельно":
        applyUnit(ctx, st, UNIT_WEEK, undefined);
        return i + 1;
      case "ежедневно":
        applyUnit(ctx, st, UNIT_DAY, undefined);
        return i + 1;
    }
    if (EVERY_WORDS.has(t.s)) {
      const u = tk[i + 1] !== undefined ? UNITS.get(tk[i + 1].s) : undefined;
      if (u === undefined) return i;
      applyUnit(ctx, st, u, undefined);
      return i + 2;
    }
  } else if (t.t !== NUM) return i;
  const k = dayOfMonthPhrase(tk, i);
  if (k > i) {
    // «до 5 числа каждого месяца»: monthly; «до 5 числа» alone (after «ежемесячно») adds nothing
    if (isWord(tk[k], "каждого") && tk[k + 1] !== undefined && tk[k + 1].s.startsWith("месяц")) {
      applyUnit(ctx, st, UNIT_MONTH, undefined);
      return k + 2;
    }
    return k;
  }
  let j = i;
  if (t.s === "не" && (isWord(tk[j + 1], "реже") || isWord(tk[j + 1], "менее"))) {
    j += 2;
    if (tk[j]?.t === COMMA) j++;
    if (isWord(tk[j], "чем")) j++;
  }
  let times = 1;
  const c = tk[j];
  if (c !== undefined && c.t === NUM && c.len <= 2) {
    times = c.v;
    j++;
  } else if (c !== undefined && c.t === WORD && COUNT_WORDS.has(c.s)) {
    times = COUNT_WORDS.get(c.s)!;
    j++;
  }
  if (!(isWord(tk[j], "раз") || isWord(tk[j], "раза")) || times < 1) return i;
  j++;
  if (!(isWord(tk[j], "в") || isWord(tk[j], "за"))) return i;
  j++;
  if (wordKind(tk[j]) === W_SCHOOL || isWord(tk[j], "календарный")) j++;
  const u = tk[j] !== undefined && tk[j].t === WORD ? UNITS.get(tk[j].s) : undefined;
  if (u === undefined) return i;
  applyUnit(ctx, st, u, times);
  return j + 1;
}

/** «до 5 числа», «не позднее 10-го числа», «5 числа»: the end of the phrase, or i. */
function dayOfMonthPhrase(tk: Token[], i: number): number {
  let j = i;
  if (isWord(tk[j], "до") || isWord(tk[j], "к")) j++;
  else if (isWord(tk[j], "не") && (isWord(tk[j + 1], "позднее") || isWord(tk[j + 1], "позже"))) {
    j += 2;
    if (isWord(tk[j], "чем")) j++;
  }
  const n = tk[j];
  if (n === undefined || n.t !== NUM || n.len > 2) return i;
  j++;
  if (tk[j]?.t === DASH && wordKind(tk[j + 1]) === W_ORD_SUFFIX) j += 2;
  else if (wordKind(tk[j]) === W_ORD_SUFFIX) j++;
  return isWord(tk[j], "числа") ? j + 1 : i;
}

const THROUGHOUT_WORDS = new Set(["постоянно", "круглогодично", "систематически", "регулярно"]);
const THROUGHOUT_ADJ = new Set([
  "весь", "вся", "всего", "всей", "все", "целый", "целого", "текущего", "текущий", "данного", "этого", "отчетного", "календарного", "календарный",
]);
const THROUGHOUT_HEAD = new Set(["год", "года", "году", "период", "периода", "срок", "срока", "проект", "проекта", "реализации", "время", "времени"]);
const THROUGHOUT_TAIL = new Set([
  "реализации", "проекта", "программы", "плана", "действия", "года", "периода", "срока", "работы", "муниципального", "городского", "регионального",
  "национального", "федерального", "всего",
]);

/** «В течение года», «в течение всего периода реализации проекта», «постоянно»; «в течение 2022 года» reads as filler. */
function tryThroughout(tk: Token[], i: number, st: State): number {
  const t = tk[i];
  if (t.t !== WORD) return i;
  if (THROUGHOUT_WORDS.has(t.s)) {
    st.throughout = true;
    return i + 1;
  }
  let j = i;
  const next = tk[i + 1];
  if ((t.s === "в" && (isWord(next, "течение") || isWord(next, "период") || isWord(next, "продолжение"))) || (t.s === "на" && isWord(next, "протяжении")))
    j = i + 2;
  while (tk[j] !== undefined && (THROUGHOUT_ADJ.has(tk[j].s) || wordKind(tk[j]) === W_SCHOOL)) j++;
  if (j === i) return i;
  const h = tk[j];
  if (h !== undefined && h.t === WORD && THROUGHOUT_HEAD.has(h.s)) {
    st.throughout = true;
    j++;
    while (tk[j] !== undefined && (THROUGHOUT_TAIL.has(tk[j].s) || wordKind(tk[j]) === W_SCHOOL)) j++;
    return j;
  }
  return startsPoint(h) ? j : i;
}

const PLAN_WORDS = new Set(["плану", "графику", "расписанию", "планом", "графиком"]);
const FILLERS = new Set(["срок", "сроки", "срока", "период", "периоде", "ориентировочно", "также", "проведения", "реализации"]);
/** «по необходимости», «по запросу»: no date of their own (alone they give «no period»). */
const ON_REQUEST = new Set(["необходимости", "запросу", "запросам", "согласованию", "требованию"]);
/** Prepositions and «конец/начало/середина» before a date: «в сентябре», «конец августа 2021 г.» (read as the whole month). */
const PREPOSITIONS = new Set(["в", "во", "на", "за", "конец", "конце", "начало", "начале", "середина", "середине"]);

/** Words that add nothing: «по плану», «в» before a date, «срок:». */
function tryFiller(tk: Token[], i: number): number {
  const t = tk[i];
  if (t.t !== WORD) return i;
  if ((t.s === "по" || t.s === "согласно") && tk[i + 1] !== undefined && PLAN_WORDS.has(tk[i + 1].s)) return i + 2;
  if (t.s === "в" && isWord(tk[i + 1], "соответствии") && isWord(tk[i + 2], "с") && tk[i + 3] !== undefined && PLAN_WORDS.has(tk[i + 3].s))
    return i + 4;
  if (t.s === "по" && isWord(tk[i + 1], "мере") && tk[i + 2] !== undefined && tk[i + 2].t === WORD) return i + 3; // по мере необходимости
  if (t.s === "по" && tk[i + 1] !== undefined && ON_REQUEST.has(tk[i + 1].s)) return i + 2;
  if (t.s === "в" && isWord(tk[i + 1], "срок")) return i + 2;
  if (FILLERS.has(t.s)) return i + 1;
  if (PREPOSITIONS.has(t.s)) {
    let j = i + 1;
    while (tk[j] !== undefined && PREPOSITIONS.has(tk[j].s)) j++;
    if (startsPoint(tk[j])) return i + 1;
  }
  return i;
}

/** Does a bracket hold something date-like (and so may not be ignored as a remark)? */
function hasDateish(tk: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tk[i];
    if (t.t === NUM && (t.len === 4 || tk[i + 1]?.t === DOT)) return true;
    const k = wordKind(t);
    if (k === W_MONTH || k === W_QUARTER || k === W_HALF) return true;
  }
  return false;
}

function matchParen(tk: Token[], open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (tk[i].t === LPAREN) depth++;
    else if (tk[i].t === RPAREN && --depth === 0) return i;
  }
  return to;
}

/** «(не реже, чем 1 раз в год)» adds a recurrence; «(по согласованию)» is a remark; a date in brackets is not understood. */
function note(ctx: Ctx, from: number, to: number, st: State): void {
  const sub: State = { items: [], rec: undefined, freq: undefined, throughout: false };
  let ok = true;
  try {
    scan(ctx, from, to, sub);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    ok = false;
  }
  if (ok && sub.items.length === 0) {
    if (sub.rec !== undefined) mergeRec(ctx, st, sub.rec);
    if (sub.freq !== undefined) st.freq = sub.freq;
    if (sub.throughout) st.throughout = true;
    return;
  }
  if (!ok && !hasDateish(ctx.tk, from, to)) return;
  fail(M.notUnderstood(ctx.src, text(ctx, from - 1, to + 1)));
}

function scan(ctx: Ctx, from: number, to: number, st: State): void {
  const tk = ctx.tk;
  let i = from;
  while (i < to) {
    const t = tk[i];
    const tt = t.t;
    if (tt === COMMA || tt === SEMI || tt === DOT || tt === COLON || tt === RPAREN) {
      i++;
      continue;
    }
    if (tt === LPAREN) {
      const close = matchParen(tk, i, to);
      note(ctx, i + 1, close, st);
      i = close + 1;
      continue;
    }
    if (tt === WORD && (t.s === "и" || t.s === "а")) {
      i++;
      continue;
    }
    let r = tryRecurrence(ctx, i, st);
    if (r === i) r = tryThroughout(tk, i, st);
    if (r === i) r = tryFiller(tk, i);
    if (r > i) {
      i = r;
      continue;
    }
    const it = parseItem(tk, i, true);
    if (it !== null && it.to <= to) {
      st.items.push(it);
      i = it.to;
      continue;
    }
    fail(M.notUnderstood(ctx.src, snippet(ctx, i, to)));
  }
}

// ---------------------------------------------------------------------------------------------
// The period

function copyYMD(d: YMD): YMD {
  return { year: d.year, month: d.month, day: d.day };
}

function copyInterval(i: Interval): Interval {
  return { start: copyYMD(i.start), end: copyYMD(i.end) };
}

function build(ctx: Ctx, st: State, term: Interval | undefined): Period {
  const items = st.items;
  if (items.length === 0) {
    if (st.rec !== undefined) {
      const p: Period = { kind: "recurrence", recurrence: st.rec };
      if (term !== undefined) p.within = copyInterval(term);
      return p;
    }
    if (st.throughout || st.freq !== undefined) {
      const p: Period = { kind: "throughout" };
      if (term !== undefined) p.within = copyInterval(term);
      if (st.freq !== undefined) p.frequency = st.freq;
      return p;
    }
    return fail(M.noDate(ctx.src));
  }
  const res = resolveAll(ctx, items, term);
  if (items.length === 1) {
    const it = items[0];
    const r = res[0];
    const p: IntervalPeriod = { kind: "interval", start: r.start, end: r.end, precision: r.precision };
    if (it.deadline) {
      p.start = term !== undefined && compareYMD(term.start, r.end) <= 0 ? copyYMD(term.start) : copyYMD(r.end);
      p.deadline = true;
    } else if (it.open) {
      p.end = term !== undefined && compareYMD(term.end, r.start) >= 0 ? copyYMD(term.end) : r.end;
      p.openEnd = true;
    }
    if (st.rec !== undefined) p.recurrence = st.rec;
    return p;
  }
  for (const it of items) if (it.deadline || it.open) fail(M.listWithDeadline(ctx.src));
  if (st.rec !== undefined) fail(M.listWithRecurrence(ctx.src));
  let start = res[0].start;
  let end = res[0].end;
  for (const r of res) {
    if (compareYMD(r.start, start) < 0) start = r.start;
    if (compareYMD(r.end, end) > 0) end = r.end;
  }
  return { kind: "sessions", sessions: res.map((r) => ({ start: r.start, end: r.end })), start: copyYMD(start), end: copyYMD(end) };
}

function fromNumber(n: number): PeriodResult {
  if (!Number.isFinite(n)) return { ok: false, reason: M.badNumber(n) };
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) {
    // a year typed into a cell («2024») rather than the serial of a day in 1905
    return { ok: true, period: { kind: "interval", start: { year: n, month: 1, day: 1 }, end: { year: n, month: 12, day: 31 }, precision: "year" } };
  }
  if (n < MIN_YEAR || n >= MAX_EXCEL_SERIAL + 1) return { ok: false, reason: M.badNumber(n) };
  const d = serialToYMD(n);
  return { ok: true, period: { kind: "interval", start: d, end: copyYMD(d), precision: "day" } };
}

function validTerm(term: Interval | undefined): Interval | undefined {
  if (term === undefined || term === null || typeof term !== "object") return undefined;
  const s = term.start;
  const e = term.end;
  if (!s || !e || !Number.isFinite(s.year) || !Number.isFinite(e.year)) return undefined;
  return term;
}

function failure(reason: Text): PeriodResult {
  return { ok: false, reason: { ru: reason.ru, en: reason.en } };
}

/**
 * A «Сроки» cell → a period. Never throws: text that is not a period gives { ok: false, reason }.
 * Numbers are Excel serial dates, except whole numbers 1900–2199, which are years.
 */
export function parsePeriod(input: CellValue, options?: ParseOptions): PeriodResult {
  try {
    if (input === null || input === undefined) return failure(M.EMPTY);
    if (typeof input === "number") return fromNumber(input);
    if (typeof input === "boolean") return failure(M.BOOLEAN);
    if (typeof input !== "string") return failure(M.NOT_A_VALUE);
    if (input.length > MAX_LEN) return failure(M.TOO_LONG);
    const tk = tokenize(input);
    let words = 0;
    for (const t of tk) if (t.t === NUM || t.t === WORD) words++;
    if (words === 0) {
      // blank, «-», «—», «…»
      return failure(M.EMPTY);
    }
    const ctx: Ctx = { src: input, tk };
    const st: State = { items: [], rec: undefined, freq: undefined, throughout: false };
    scan(ctx, 0, tk.length, st);
    return { ok: true, period: build(ctx, st, validTerm(options?.term)) };
  } catch (e) {
    if (e instanceof Fail) return failure(e.reason);
    return failure(M.INTERNAL);
  }
}

/**
 * The project term in a cell or a title: «Апрель 2017 – декабрь 2017», «на 2021-2022 учебный год»
 * (1 Sep 2021 – 31 Aug 2022), «2021/2022 учебный год», «2024–2026 гг.», «с 01.09.2023 по 31.05.2024»,
 * or a longer text containing one of them. Null when there is none.
 */
export function parseTerm(value: CellValue): Interval | null {
  const r = parseTermScored(value);
  return r ? r.interval : null;
}

/**
 * parseTerm with how sure it is, to choose between several texts (the lines of a title): 5 for a text that is
 * a term as a whole, 4.5 for «на 2021-2022 учебный год» inside a text, 3.5 for «на 2024-2026 годы», 2.5 for
 * «на 2025 год», less for a bare range or year. A year inside a name in «…» or after a blank to fill in
 * («"__" ______ 2021 г.» of an approval stamp) is not a term.
 */
export function parseTermScored(value: CellValue): { interval: Interval; score: number } | null {
  try {
    if (typeof value === "number") {
      if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR)
        return { interval: { start: { year: value, month: 1, day: 1 }, end: { year: value, month: 12, day: 31 } }, score: 2 };
      return null;
    }
    if (typeof value !== "string") return null;
    const src = value.length > 10000 ? value.slice(0, 10000) : value;
    if (src.length <= MAX_LEN && !src.includes("__")) {
      const r = parsePeriod(src);
      if (r.ok && r.period.kind === "interval" && !r.period.deadline && !r.period.openEnd) return { interval: { start: r.period.start, end: r.period.end }, score: 5 };
    }
    // Look for the best date expression inside a longer text.
    const tk = tokenize(src);
    const ctx: Ctx = { src, tk };
    let best: Interval | null = null;
    let bestScore = 0;
    // «…» quotes hold a name («Наставничество-2030»): a year inside them is not the term (when the quotes pair up)
    let opens = 0;
    let closes = 0;
    for (let k = 0; k < src.length; k++) {
      const c = src.charCodeAt(k);
      if (c === 0xab) opens++;
      else if (c === 0xbb) closes++;
    }
    const quotesPair = opens > 0 && opens === closes;
    let quoteDepth = 0;
    let scanned = 0;
    for (let i = 0; i < tk.length; i++) {
      for (const end = tk[i].from; scanned < end; scanned++) {
        const c = src.charCodeAt(scanned);
        if (c === 0xab) quoteDepth++;
        else if (c === 0xbb && quoteDepth > 0) quoteDepth--;
      }
      if (!startsPoint(tk[i]) && !isWord(tk[i], "к") && !isWord(tk[i], "не")) continue;
      if (quotesPair && quoteDepth > 0) continue;
      if (afterBlank(src, tk[i].from)) continue;
      const it = parseItem(tk, i, true);
      if (it === null) continue;
      const next = it.to - 1;
      // «до 2030 года» names an end, not a term
      if (!yearless(it) && !it.open && !it.deadline) {
        let r: Resolved | null = null;
        try {
          r = resolve(ctx, it, -1);
        } catch (e) {
          if (!(e instanceof Fail)) throw e;
        }
        if (r !== null) {
          let score = it.school ? 4 : it.b !== null ? 3 : r.precision === "year" ? 2 : r.precision === "day" ? 0 : 1;
          // «на 2025 год», «в 2025 году»: the words of a term
          const before = tk[i - 1];
          if (isWord(before, "на") || isWord(before, "в")) score += 0.5;
          if (score > bestScore) {
            best = { start: r.start, end: r.end };
            bestScore = score;
          }
        }
      }
      if (next > i) i = next;
    }
    return best ? { interval: best, score: bestScore } : null;
  } catch {
    return null;
  }
}

/** «"__" ______ 2021 г.»: the year of a date left blank to be filled in by hand (an approval stamp). */
function afterBlank(src: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0) {
    const c = src.charCodeAt(k);
    if (c === 32 || c === 0xa0 || c === 0xbb || c === 34) k--;
    else return c === 95; // _
  }
  return false;
}
