/**
 * Calendar helpers for periods: plain { year, month, day } objects and Excel serial numbers
 * (1900 date system, with Excel's fictitious 29 February 1900 kept so serials match what Excel shows).
 */
import type { Interval, YMD } from "./types";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1–12); NaN for a month outside 1–12. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  const d = DAYS_IN_MONTH[month - 1];
  return d === undefined ? NaN : d;
}

/** A real calendar date (Excel's 1900-02-29 is not one). */
export function isValidYMD(d: YMD): boolean {
  return Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDayOfMonth(d.year, d.month);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareYMD(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** inner lies entirely inside outer (bounds included). */
export function intervalWithin(inner: Interval, outer: Interval): boolean {
  return compareYMD(outer.start, inner.start) <= 0 && compareYMD(inner.end, outer.end) <= 0;
}

/** Quarter 1–4 of a date. */
export function quarterOf(d: YMD): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

/** The whole month: 1st to its last day. */
export function monthInterval(year: number, month: number): Interval {
  return { start: { year, month, day: 1 }, end: { year, month, day: lastDayOfMonth(year, month) } };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): YMD {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Excel's day 0 («1900-01-00») is 1899-12-31; from serial 61 on, serials count from 1899-12-30. */
const EPOCH_1899_12_30 = daysFromCivil(1899, 12, 30);

/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * An Excel serial number (1900 system) → date. Serial 1 = 1900-01-01, 60 = Excel's fictitious
 * 1900-02-29 (returned as { 1900, 2, 29 }), 61 = 1900-03-01, 45306 = 2024-01-15.
 * A time part (fraction) is dropped. Throws RangeError for NaN/±Infinity (a programming error).
 */
export function serialToYMD(serial: number): YMD {
  if (!Number.isFinite(serial)) throw new RangeError(`not a serial date: ${serial}`);
  const n = Math.floor(serial);
  if (n === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(EPOCH_1899_12_30 + (n < 60 ? n + 1 : n));
}

/** A date → Excel serial number (1900 system); { 1900, 2, 29 } gives 60 as Excel does. */
export function ymdToSerial(d: YMD): number {
  if (d.year === 1900 && d.month === 2 && d.day === 29) return 60;
  const diff = daysFromCivil(d.year, d.month, d.day) - EPOCH_1899_12_30;
  return diff < 61 ? diff - 1 : diff;
}
