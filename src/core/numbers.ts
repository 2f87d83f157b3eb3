/**
 * Numbers as people write them in cells pasted from Word: «1440,00», «1 440,5», «85%», «−3», «0,00»,
 * «25 чел.». Real numbers pass through. Nothing here guesses: «около 50» or «5-7» is text, not a number.
 */
import type { CellValue } from "./workbook";

export type ParsedNumber =
  /** an empty cell, only spaces, or a dash standing for "nothing" («-», «–», «‒», «—») */
  | { kind: "empty"; dash: boolean }
  /** a number; percent when written «85%» (value 85) or stored as a fraction under a percent format */
  | { kind: "number"; value: number; percent: boolean; unit?: string }
  /** text (or a boolean, an error value) where a number belongs */
  | { kind: "text"; text: string };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const DASH_ONLY = /^[-‐‑‒–—―−]$/;
/** 1440 | 1440,5 | 1440.50 | 1 440,5 (spaces already removed) | -5 | ,5 */
const PLAIN = /^([+\-−–]?)(\d+(?:[.,]\d+)?|[.,]\d+)$/;
/** «25 чел.», «3 ед.», «1440,00 тыс. руб.»: a unit word after the number, kept as written. */
const UNIT_TAIL = /^(.*?\d)\s*(чел(?:овека?|\.)?|ед(?:иниц[аы]?|\.)?|шт(?:ук[аи]?|\.)?|тыс\.?\s*руб(?:лей|\.)?|руб(?:лей|\.)?|млн\.?\s*руб(?:лей|\.)?|раз(?:а)?)$/i;
/** digits grouped by thousands with spaces: «1 440», «12 345 678,9» */
const GROUPED = /^[+\-−–]?\d{1,3}(?:[\s\u00a0\u2007\u2009\u202f]\d{3})+(?:[.,]\d+)?$/;

// Read once: parseNumber runs per cell, and a global lookup costs more in some hosts (jest's vm contexts).
const isFiniteNumber = Number.isFinite;
const toNumber = Number;

export const EMPTY_NUMBER: ParsedNumber = { kind: "empty", dash: false };

/**
 * Parses a cell value as a number. `numberFormat` (optional) is the cell's format: a real number under a
 * percent format («0%») is a fraction and comes back as percent points (0.85 → 85, percent).
 */
export function parseNumber(value: CellValue | undefined, numberFormat?: string): ParsedNumber {
  if (value === null || value === undefined) return EMPTY_NUMBER;
  if (typeof value === "number") {
    if (!isFiniteNumber(value)) return { kind: "text", text: String(value) };
    if (numberFormat && numberFormat.includes("%")) return { kind: "number", value: roundFloat(value * 100), percent: true };
    return { kind: "number", value, percent: false };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  const original = value;
  let s = value.trim();
  if (s === "") return EMPTY_NUMBER;
  if (DASH_ONLY.test(s)) return { kind: "empty", dash: true };
  let unit: string | undefined;
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  } else {
    const m = UNIT_TAIL.exec(s);
    if (m) {
      unit = m[2];
      s = m[1];
    }
  }
  if (GROUPED.test(s) || !/\s/.test(s)) {
    const compact = s.replace(SPACES, "");
    const m = PLAIN.exec(compact);
    if (m) {
      const n = toNumber(m[2].replace(",", "."));
      if (isFiniteNumber(n)) {
        const v = m[1] === "" || m[1] === "+" ? n : -n;
        return unit === undefined ? { kind: "number", value: v, percent } : { kind: "number", value: v, percent, unit };
      }
    }
  }
  return { kind: "text", text: original.trim() };
}

/** Formats a number the Russian way for messages: «4 464,00» style decimal comma, no grouping for short ones. */
export function formatNumberRu(n: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(roundFloat(n)) : n.toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "−" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : digits;
  return sign + grouped + (frac ? "," + frac : "");
}

/** Formats a number for English messages. */
export function formatNumberEn(n: number, decimals?: number): string {
  return decimals === undefined ? String(roundFloat(n)) : n.toFixed(decimals);
}

/** Removes binary noise such as 0.1 + 0.2 = 0.30000000000000004. */
export function roundFloat(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
