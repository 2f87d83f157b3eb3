/** Small builders for expected periods in tests. */
import type { Interval, Period, Recurrence, YMD } from "../../../src/core/periods";
import { lastDayOfMonth } from "../../../src/core/periods";

export const ymd = (year: number, month: number, day: number): YMD => ({ year, month, day });

/** The whole of month m (or months m..m2) of year y (..y2). */
export const months = (y: number, m: number, y2 = y, m2 = m): Interval => ({
  start: ymd(y, m, 1),
  end: ymd(y2, m2, lastDayOfMonth(y2, m2)),
});

export const monthP = (y: number, m: number, y2 = y, m2 = m, extra: Partial<Extract<Period, { kind: "interval" }>> = {}): Period => ({
  kind: "interval",
  ...months(y, m, y2, m2),
  precision: "month",
  ...extra,
});

export const dayP = (a: YMD, b: YMD = a): Period => ({ kind: "interval", start: a, end: b, precision: "day" });

export const quarterP = (y: number, q: number, y2 = y, q2 = q): Period => ({
  kind: "interval",
  start: ymd(y, 3 * q - 2, 1),
  end: ymd(y2, 3 * q2, lastDayOfMonth(y2, 3 * q2)),
  precision: "quarter",
});

export const yearP = (y: number, y2 = y): Period => ({ kind: "interval", start: ymd(y, 1, 1), end: ymd(y2, 12, 31), precision: "year" });

export const sessionsP = (...sessions: Interval[]): Period => {
  let start = sessions[0].start;
  let end = sessions[0].end;
  for (const s of sessions) {
    if (cmp(s.start, start) < 0) start = s.start;
    if (cmp(s.end, end) > 0) end = s.end;
  }
  return { kind: "sessions", sessions, start, end };
};

export const recP = (recurrence: Recurrence, within?: Interval): Period => (within ? { kind: "recurrence", recurrence, within } : { kind: "recurrence", recurrence });

export const throughoutP = (within?: Interval, frequency?: "day" | "week"): Period => {
  const p: Period = { kind: "throughout" };
  if (within) p.within = within;
  if (frequency) p.frequency = frequency;
  return p;
};

function cmp(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The school year 2021-2022 as a term. */
export const SCHOOL_2021: Interval = { start: ymd(2021, 9, 1), end: ymd(2022, 8, 31) };
