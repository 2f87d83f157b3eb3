/**
 * Points and items: one end of a range («сентябрь 2021», «15.01», «II квартал», «2024 г.») and an
 * item made of one or two points with its framing words («с … по …», «до …», «… учебный год»).
 */
import { isWord, wordKind } from "./context";
import type { Token } from "./tokens";

/** What a point names; "bare" is a number with no unit yet: «1» in «1-15 сентября», «II» in «II-III кварталы». */
export type PointKind = "day" | "month" | "quarter" | "half" | "year" | "bare";

/** One end of a range. year < 0: no year written. */
export interface Point {
  kind: PointKind;
  year: number;
  month: number;
  day: number;
  /** A quarter's, a half-year's or a bare number's value. */
  number: number;
  roman: boolean;
  /** token indices [from, to) */
  from: number;
  to: number;
}

/** «сентябрь 2021», «с сентября по май 2022», «до 25.12.2023», «2021-2022 учебный год». */
export interface Item {
  startPoint: Point;
  /** The second end of a range, null for a single point. */
  endPoint: Point | null;
  deadline: boolean;
  /** «с сентября 2021 г.» with no end. */
  open: boolean;
  school: boolean;
  from: number;
  to: number;
}

export function newPoint(kind: PointKind, from: number): Point {
  return { kind, year: -1, month: 0, day: 0, number: 0, roman: false, from, to: from + 1 };
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function year2(v: number): number {
  return v < 30 ? 2000 + v : 1900 + v;
}

/** Skips «г.», «года», «гг.» … after a year. */
function skipYearWord(tk: Token[], j: number): number {
  if (wordKind(tk[j]) === "year-word") {
    j++;
    if (tk[j] !== undefined && tk[j].type === "dot") j++;
  }
  return j;
}

/** An optional year after a month, quarter or day: «2021», «2021 г.», «21 г.». */
function yearAfter(tk: Token[], j: number, p: Point): number {
  const t = tk[j];
  if (t !== undefined && t.type === "number") {
    if (t.digits === 4) {
      p.year = t.value;
      return skipYearWord(tk, j + 1);
    }
    if (t.digits === 2 && wordKind(tk[j + 1]) === "year-word") {
      p.year = year2(t.value);
      return skipYearWord(tk, j + 1);
    }
  }
  return j;
}

/** «квартал 2024 г.» / «полугодие» after a numeral. */
function unitAfter(tk: Token[], j: number, n: number, roman: boolean, from: number): Point | null {
  const t = tk[j];
  const k = wordKind(t);
  if (k !== "quarter" && k !== "half") return null;
  const p = newPoint(k === "quarter" ? "quarter" : "half", from);
  p.number = n;
  p.roman = roman;
  j++;
  if (t!.word!.abbr && tk[j] !== undefined && tk[j].type === "dot") j++;
  p.to = yearAfter(tk, j, p);
  return p;
}

export function parsePoint(tk: Token[], i: number): Point | null {
  const t = tk[i];
  if (t === undefined) return null;
  if (t.type === "word") {
    const w = t.word;
    if (w === undefined) return null;
    if (w.kind === "month") {
      const p = newPoint("month", i);
      p.month = w.number;
      let j = i + 1;
      if (w.abbr && tk[j] !== undefined && tk[j].type === "dot") j++;
      p.to = yearAfter(tk, j, p);
      return p;
    }
    if (w.kind === "roman" || w.kind === "ordinal") {
      const roman = w.kind === "roman";
      const u = unitAfter(tk, i + 1, w.number, roman, i);
      if (u) return u;
      if (roman) {
        const p = newPoint("bare", i);
        p.number = w.number;
        p.roman = true;
        return p;
      }
    }
    return null;
  }
  if (t.type !== "number") return null;
  const t1 = tk[i + 1];
  const t2 = tk[i + 2];
  if (t.digits === 4) {
    const t3 = tk[i + 3];
    const t4 = tk[i + 4];
    // ISO 2024-01-15
    if (t1?.type === "dash" && t2?.type === "number" && t2.digits <= 2 && t3?.type === "dash" && t4?.type === "number" && t4.digits <= 2) {
      const p = newPoint("day", i);
      p.year = t.value;
      p.month = t2.value;
      p.day = t4.value;
      p.to = skipYearWord(tk, i + 5);
      return p;
    }
    const p = newPoint("year", i);
    p.year = t.value;
    p.to = skipYearWord(tk, i + 1);
    return p;
  }
  if (t.digits > 2) return null;
  if (t1 !== undefined && (t1.type === "dot" || t1.type === "slash") && t2?.type === "number") {
    if (t2.digits === 4) {
      // 09.2021
      const p = newPoint("month", i);
      p.month = t.value;
      p.year = t2.value;
      p.to = skipYearWord(tk, i + 3);
      return p;
    }
    if (t2.digits <= 2) {
      // 15.01.2024, 1.9.21, 15.01 (year later in the range)
      const t3 = tk[i + 3];
      const t4 = tk[i + 4];
      const p = newPoint("day", i);
      p.day = t.value;
      p.month = t2.value;
      if (t3 !== undefined && t3.type === t1.type && t4?.type === "number" && (t4.digits === 4 || t4.digits === 2)) {
        p.year = t4.digits === 4 ? t4.value : year2(t4.value);
        p.to = skipYearWord(tk, i + 5);
      } else p.to = i + 3;
      return p;
    }
  }
  if (wordKind(t1) === "month") {
    // 25 декабря 2023 г.
    const p = newPoint("day", i);
    p.day = t.value;
    p.month = t1!.word!.number;
    let j = i + 2;
    if (t1!.word!.abbr && tk[j] !== undefined && tk[j].type === "dot") j++;
    p.to = yearAfter(tk, j, p);
    return p;
  }
  // 1 квартал, 1-й квартал, 2 полугодие
  let j = i + 1;
  if (t1?.type === "dash" && wordKind(t2) === "ordinal-suffix") j = i + 3;
  else if (wordKind(t1) === "ordinal-suffix") j = i + 2;
  const u = unitAfter(tk, j, t.value, false, i);
  if (u) return u;
  const p = newPoint("bare", i);
  p.number = t.value;
  return p;
}

/** Can a point (or an item) start at this token? */
export function startsPoint(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === "number") return true;
  if (t.type !== "word") return false;
  const k = wordKind(t);
  return k === "month" || k === "roman" || k === "ordinal" || t.text === "с" || t.text === "со" || t.text === "до";
}

function isRangeWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === "word" && (t.text === "по" || t.text === "до");
}

export function parseItem(tk: Token[], i: number, allowDeadline: boolean): Item | null {
  const from = i;
  let deadline = false;
  let start = false;
  const t = tk[i];
  if (t === undefined) return null;
  if (t.type === "word") {
    const s = t.text;
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
    if (sep !== undefined && (sep.type === "dash" || isRangeWord(sep) || (sep.type === "slash" && a.kind === "year"))) {
      const k = j + 1;
      const nt = tk[k];
      if (a.kind === "year" && nt?.type === "number" && nt.digits === 2 && sep.type !== "word") {
        // 2021-22
        b = newPoint("year", k);
        b.year = Math.floor(a.year / 100) * 100 + nt.value;
        if (b.year < a.year) b.year += 100;
        b.to = skipYearWord(tk, k + 1);
      } else b = parsePoint(tk, k);
      if (b !== null) j = b.to;
    }
  }
  let school = false;
  if (wordKind(tk[j]) === "school") {
    school = true;
    j++;
    if (tk[j] !== undefined && tk[j].type === "dot") j++;
    j = skipYearWord(tk, j);
  }
  return { startPoint: a, endPoint: b, deadline, open: start && b === null, school, from, to: j };
}

