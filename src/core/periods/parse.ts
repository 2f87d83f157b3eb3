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
import { fail, Fail, MAX_YEAR, MIN_YEAR, newContext, text, type ParseContext } from "./context";
import { compareYMD, intervalWithin, MAX_EXCEL_SERIAL, serialToYMD } from "./dates";
import * as M from "./messages";
import { formatPeriod } from "./format";
import type { Item } from "./points";
import { resolve, resolveAll, yearless, type Resolved } from "./resolution";
import { newState, type ScanState } from "./recurrences";
import { labelEnd, scan } from "./scan";
import { tokenize } from "./tokens";
import type { Interval, Period, PeriodResult, Recurrence, YMD } from "./types";

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

/** The recurrence the text states, or the one its report-day words imply, with the day each report is due. */
function recurrenceOf(st: ScanState): Recurrence | undefined {
  const every = st.recurrence?.every ?? st.impliedEvery;
  if (every === undefined) return undefined;
  const rec: Recurrence = st.recurrence !== undefined ? { ...st.recurrence } : { every };
  if (st.due !== undefined) rec.due = { ...st.due };
  return rec;
}

function withinTerm(p: Period, term: Interval | undefined): Period {
  if (term !== undefined && (p.kind === "recurrence" || p.kind === "throughout")) p.within = copyInterval(term);
  return p;
}

const EVERY_RANK: Record<Recurrence["every"], number> = { month: 0, quarter: 1, year: 2 };

/**
 * «за I квартал — до 10 апреля; за II квартал — до 10 июля …»: days with years are the deadlines themselves (sessions);
 * without years the reports recur every (smallest) reporting period inside the term.
 */
function buildReports(ctx: ParseContext, st: ScanState, term: Interval | undefined): Period {
  const items = st.items;
  const reports = st.reportsFor;
  let every = reports[0].every;
  for (const r of reports) if (EVERY_RANK[r.every] < EVERY_RANK[every]) every = r.every;
  // a deadline written without a year takes it from its report's period: «за IV квартал 2022 г. — до 20 января» is January 2023
  if (items.length === reports.length) {
    items.forEach((it, k) => {
      const r = reports[k];
      if (yearless(it) && r.year >= 0 && it.startPoint.kind === "day") it.startPoint.year = it.startPoint.month > r.lastMonth ? r.year : r.year + 1;
    });
  }
  if (items.length > 0 && items.every((it) => !yearless(it))) {
    const res = resolveAll(ctx, items, term);
    if (res.length === 1) return deadlineInterval(items[0], res[0], term);
    return sessionsOf(res);
  }
  const rec: Recurrence = { every };
  const only = items.length === 1 ? items[0].startPoint : undefined;
  if (only !== undefined && only.kind === "day") rec.due = { day: only.day, month: only.month };
  else if (items.length === 0 && st.due !== undefined) rec.due = { ...st.due };
  return withinTerm({ kind: "recurrence", recurrence: rec }, term);
}

function deadlineInterval(it: Item, r: Resolved, term: Interval | undefined): IntervalPeriod {
  const due = it.atStart ? r.start : r.end;
  const start = term !== undefined && compareYMD(term.start, due) <= 0 ? copyYMD(term.start) : copyYMD(due);
  return { kind: "interval", start, end: copyYMD(due), precision: it.atStart ? "day" : r.precision, deadline: true };
}

function sessionsOf(res: Interval[]): Period {
  let start = res[0].start;
  let end = res[0].end;
  for (const r of res) {
    if (compareYMD(r.start, start) < 0) start = r.start;
    if (compareYMD(r.end, end) > 0) end = r.end;
  }
  return { kind: "sessions", sessions: res.map((r) => ({ start: r.start, end: r.end })), start: copyYMD(start), end: copyYMD(end) };
}

/** «октябрь, ежегодно» in a term of several years: that month of every year of the term. */
function annualSessions(ctx: ParseContext, st: ScanState, term: Interval | undefined): Period | undefined {
  const it = st.items[0];
  if (st.items.length !== 1 || !yearless(it) || it.deadline || it.open || st.recurrence?.every !== "year" || term === undefined) return undefined;
  if (term.end.year <= term.start.year) return undefined;
  const res: Interval[] = [];
  for (let y = term.start.year; y <= Math.min(term.end.year, term.start.year + 100); y++) {
    let r: Resolved;
    try {
      r = resolve(ctx, it, y);
    } catch (e) {
      if (e instanceof Fail) continue;
      throw e;
    }
    if (intervalWithin(r, term)) res.push({ start: r.start, end: r.end });
  }
  return res.length >= 2 ? sessionsOf(res) : undefined;
}

function build(ctx: ParseContext, st: ScanState, term: Interval | undefined): Period {
  if (st.reportsFor.length > 0) return buildReports(ctx, st, term);
  const items = st.items;
  if (items.length === 0) {
    const rec = recurrenceOf(st);
    if (rec !== undefined) return withinTerm({ kind: "recurrence", recurrence: rec }, term);
    if (st.throughout || st.frequency !== undefined) {
      const p: Period = { kind: "throughout" };
      if (st.frequency !== undefined) p.frequency = st.frequency;
      return withinTerm(p, term);
    }
    return fail(M.noDate(ctx.source));
  }
  const period = annualSessions(ctx, st, term) ?? datesOf(ctx, st, term);
  // «сентябрь, в течение года»: dates and «throughout» together — the dates are the period, and the other part is named
  if ((st.throughout || st.frequency !== undefined) && st.throughoutAt !== undefined) {
    ctx.warnings.push(M.partNotApplied(text(ctx, st.throughoutAt[0], st.throughoutAt[1]), formatPeriod(period, "ru"), formatPeriod(period, "en")));
  }
  return period;
}

function datesOf(ctx: ParseContext, st: ScanState, term: Interval | undefined): Period {
  const items = st.items;
  const res = resolveAll(ctx, items, term);
  const rec = recurrenceOf(st);
  if (items.length === 1) {
    const it = items[0];
    const r = res[0];
    let p: IntervalPeriod = { kind: "interval", start: r.start, end: r.end, precision: r.precision };
    if (it.deadline) p = deadlineInterval(it, r, term);
    else if (it.open) {
      p.end = term !== undefined && compareYMD(term.end, r.start) >= 0 ? copyYMD(term.end) : r.end;
      p.openEnd = true;
    }
    if (rec !== undefined) p.recurrence = rec;
    return p;
  }
  for (const it of items) if (it.deadline || it.open) fail(M.listWithDeadline(ctx.source));
  if (rec !== undefined) fail(M.listWithRecurrence(ctx.source));
  return sessionsOf(res);
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

function failure(reason: Text, problem?: "impossible-date"): PeriodResult {
  const out: PeriodResult = { ok: false, reason: { ru: reason.ru, en: reason.en } };
  if (problem !== undefined) out.problem = problem;
  return out;
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
    scan(ctx, labelEnd(tk), tk.length, st);
    const period = build(ctx, st, validTerm(options?.term));
    return ctx.warnings.length > 0 ? { ok: true, period, warnings: ctx.warnings } : { ok: true, period };
  } catch (e) {
    if (e instanceof Fail) return failure(e.reason, e.problem);
    return failure(M.INTERNAL);
  }
}
