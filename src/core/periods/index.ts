/**
 * Russian period parser: «Сроки» cells → intervals, sessions, recurrences inside the term, or a
 * reason ({ru, en}) why the text is not a period. Pure: no Office, React, ExcelJS or Node imports.
 */
import { compareYMD } from "./dates";
import type { Interval, Period } from "./types";

export type { Interval, Period, PeriodResult, Recurrence, YMD } from "./types";
export { parsePeriod, type ParseOptions } from "./parse";
export { parseTerm, parseTermScored } from "./term";
export { formatPeriod } from "./format";
export { compareYMD, intervalWithin, isLeapYear, isValidYMD, lastDayOfMonth, monthInterval, MAX_EXCEL_SERIAL, quarterOf, serialToYMD, ymdToSerial } from "./dates";

/** The dates a period covers: its own for intervals and sessions, the term (within) for recurrences and «в течение года». */
export function periodBounds(period: Period): Interval | undefined {
  switch (period.kind) {
    case "interval":
    case "sessions":
      return { start: period.start, end: period.end };
    default:
      return period.within;
  }
}

/** Indices of sessions that start before the session written before them («Октябрь 2021 г. … Апрель 2021 г.» → [3]). */
export function backwardSessions(period: Period): number[] {
  if (period.kind !== "sessions") return [];
  const out: number[] = [];
  for (let i = 1; i < period.sessions.length; i++) {
    if (compareYMD(period.sessions[i].start, period.sessions[i - 1].start) < 0) out.push(i);
  }
  return out;
}
