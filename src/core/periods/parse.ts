/**
 * The Russian period parser: «Август 2021 г.», «Ноябрь - декабрь 2021 г.», «I квартал 2024 г.»,
 * «до 25 декабря 2023 г.», «15.01.2024», «В течение года», «ежемесячно», lists of sessions …
 *
 * Text → tokens (tokens.ts) → a scan (scan.ts) that collects date items (points.ts), a recurrence
 * and a «throughout» flag (recurrences.ts) → years filled in (resolution.ts) → one Period here. Errors in the text are
 * returned as { ok: false, reason }; nothing here throws to the caller.
 */
import type { Text } from "../i18n";
import type { CellValue } from "../workbook";
import { fail, Fail, MAX_YEAR, MIN_YEAR, newContext, type ParseContext } from "./context";
import { compareYMD, MAX_EXCEL_SERIAL, serialToYMD } from "./dates";
import * as M from "./messages";
import { resolveAll } from "./resolution";
import { newState, type ScanState } from "./recurrences";
import { scan } from "./scan";
import { tokenize } from "./tokens";
import type { Interval, Period, PeriodResult, YMD } from "./types";

export interface ParseOptions {
  /** The project term: the period «в течение года» and recurrences cover, the start of a deadline, the year of a month written without one. */
  term?: Interval;
}

type IntervalPeriod = Extract<Period, { kind: "interval" }>;

/** Longest text parsePeriod reads; a period is a few words. */
export const MAX_LEN = 1000;

function copyYMD(d: YMD): YMD {
  return { year: d.year, month: d.month, day: d.day };
}

function copyInterval(i: Interval): Interval {
  return { start: copyYMD(i.start), end: copyYMD(i.end) };
}

function build(ctx: ParseContext, st: ScanState, term: Interval | undefined): Period {
  const items = st.items;
  if (items.length === 0) {
    if (st.recurrence !== undefined) {
      const p: Period = { kind: "recurrence", recurrence: st.recurrence };
      if (term !== undefined) p.within = copyInterval(term);
      return p;
    }
    if (st.throughout || st.frequency !== undefined) {
      const p: Period = { kind: "throughout" };
      if (term !== undefined) p.within = copyInterval(term);
      if (st.frequency !== undefined) p.frequency = st.frequency;
      return p;
    }
    return fail(M.noDate(ctx.source));
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
    if (st.recurrence !== undefined) p.recurrence = st.recurrence;
    return p;
  }
  for (const it of items) if (it.deadline || it.open) fail(M.listWithDeadline(ctx.source));
  if (st.recurrence !== undefined) fail(M.listWithRecurrence(ctx.source));
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
    for (const t of tk) if (t.type === "number" || t.type === "word") words++;
    if (words === 0) {
      // blank, «-», «—», «…»
      return failure(M.EMPTY);
    }
    const ctx = newContext(input, tk);
    const st = newState();
    scan(ctx, 0, tk.length, st);
    return { ok: true, period: build(ctx, st, validTerm(options?.term)) };
  } catch (e) {
    if (e instanceof Fail) return failure(e.reason);
    return failure(M.INTERNAL);
  }
}
