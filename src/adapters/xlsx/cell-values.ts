/**
 * A cell's value from what the sheet XML holds (ECMA-376 Part 1, §18.3.1.4 `c`, §18.18.11 ST_CellType), as
 * Office's range.values gives it: numbers, strings, booleans, errors as "#REF!"…; dates as 1900-system serials.
 */
import type { CellValue } from "../../core/workbook";
import { EPOCH_SERIAL, MS_PER_DAY, msToSerial } from "./serial";

/** Excel's last date: 9999-12-31 (serial 2,958,465 in the 1900 system); a date-formatted number beyond it, or below 0, stays a number. */
const MAX_DATE_SERIAL = 2958466;
/** 1904 system: serial 0 is 1904-01-01, which is 1,462 in the 1900 system. */
const SHIFT_1904 = 1462;

/** xsd:boolean: "1" or "true"; "0" or "false" (ExcelJS took "false" for true). */
export function booleanOf(v: string): boolean {
  const t = v.trim();
  return t === "true" || (t !== "false" && parseFloat(t) !== 0 && t !== "");
}

/**
 * A number in a date- or time-formatted cell → 1900-system serial, kept to the millisecond; out of Excel's date
 * range it stays the number. In a 1904 workbook a date moves by 1,462 days; a time or duration alone ([h]:mm:ss)
 * is no day of either system and does not move.
 */
export function dateSerial(v: number, date1904: boolean, timeOnly = false): CellValue {
  if (!Number.isFinite(v)) return "#NUM!";
  const serial = date1904 && !timeOnly ? v + SHIFT_1904 : v;
  if (v < 0 || serial >= MAX_DATE_SERIAL) return v;
  return msToSerial(Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * An ISO 8601 date, date-time or time of a t="d" cell (§18.17.4.1) → 1900-system serial; the text itself when it
 * is not one. Dates before 1900-03-01 count as Excel counts them (it takes 1900 for a leap year), and a time
 * alone is a fraction of a day.
 */
export function isoSerial(s: string): CellValue {
  const t = s.trim();
  const time = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (time) return Math.round(((+time[1] * 3600 + +time[2] * 60 + parseFloat(time[3] ?? "0")) / 86400) * 1e10) / 1e10;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return s;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Math.round(parseFloat(m[6] ?? "0") * 1000);
  if (!Number.isFinite(ms)) return s;
  const serial = msToSerial(ms);
  // 1899-12-31 is serial 0 (Excel's day 0); before 1900-03-01 Excel's serials are one less than the calendar's
  return serial < 61 ? Math.max(0, Math.round((serial - 1) * 1e10) / 1e10) : serial;
}

export function finite(v: number): CellValue {
  return Number.isFinite(v) ? v : "#NUM!";
}

/** What one <c> element held, collected by the sheet reader. */
export interface RawCell {
  /** the t attribute */
  type: string | undefined;
  /** <v> text; undefined when there is no <v> */
  v: string | undefined;
  /** <is> text; undefined when there is no <is> */
  inline: string | undefined;
  /** a formula is present (text or a shared formula's reference) */
  formula: boolean;
  isDate: boolean;
  /** a time or duration format without a date part (h:mm, [h]:mm:ss) */
  isTime: boolean;
}

/**
 * The value of a cell. A formula's cached result is read by its type like any value (Gnumeric stores a text
 * result as a shared-string index, t="s"); a cell with nothing cached reads as "" (`hasValue` false).
 */
export function cellValue(c: RawCell, strings: readonly string[], date1904: boolean): { value: CellValue; hasValue: boolean } {
  const { type, v } = c;
  if (type === "inlineStr" || (c.inline !== undefined && v === undefined)) {
    if (c.inline !== undefined) return { value: c.inline, hasValue: true };
    if (v !== undefined) return { value: v, hasValue: true };
    return { value: "", hasValue: false };
  }
  if (v === undefined) return { value: "", hasValue: false };
  switch (type) {
    case "s": {
      // <v/>: no index, no value (not string 0)
      if (v.trim() === "") return { value: "", hasValue: false };
      const i = Number(v.trim());
      const s = Number.isInteger(i) ? strings[i] : undefined;
      return { value: s ?? "", hasValue: true };
    }
    case "str":
      return { value: v, hasValue: true };
    case "b":
      return { value: booleanOf(v), hasValue: true };
    case "e":
      return { value: v.trim(), hasValue: true };
    case "d":
      return { value: isoSerial(v), hasValue: true };
    default: {
      const t = v.trim();
      if (t === "") return { value: "", hasValue: false };
      const n = Number(t);
      // text where a number belongs: kept as the file holds it
      if (Number.isNaN(n)) return { value: v, hasValue: true };
      return { value: c.isDate ? dateSerial(n, date1904, c.isTime) : finite(n), hasValue: true };
    }
  }
}
