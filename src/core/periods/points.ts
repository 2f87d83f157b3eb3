/**
 * Points and items: one end of a range («сентябрь 2021», «15.01», «II квартал», «2024 г.») and an
 * item made of one or two points with its framing words («с … по …», «до …», «… учебный год»).
 */
import { isWord, wordKind } from "./context";
import type { Token } from "./tokens";

/**
 * What a point names. "bare" is a number with no unit yet: «1» in «1-15 сентября», «3» in «3, 4 декабря», «II» in
 * «II-III кварталы». "season": three months from `month` («осень» = September–November; winter runs from the December
 * before its year). "school-half": a half of the school year that starts in `year` («2 полугодие 2021-2022 учебного года»).
 */
export type PointKind = "day" | "month" | "quarter" | "half" | "year" | "bare" | "season" | "school-half" | "school-quarter";

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
  /** «к началу 2023/2024 учебного года»: a deadline at the start of the period named, not at its end. */
  atStart?: boolean;
  /** A reading that guesses at what was meant, to be said with the period: «окт-2021», «2021 2023 годы». */
  caveat?: "month-dash-year" | "years-without-dash";
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
  if (k !== "quarter" && k !== "half" && k !== "school-quarter") return null;
  const p = newPoint(k === "quarter" ? "quarter" : k === "half" ? "half" : "school-quarter", from);
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
      // «Сентябрь, 2021 г.»: the year after a comma is the month's own (a year alone in a list would be a whole year)
      if (p.year < 0 && tk[j]?.type === "comma" && tk[j + 1]?.type === "number" && tk[j + 1].digits === 4 && !isYearRangeAt(tk, j + 2)) p.to = yearAfter(tk, j + 1, p);
      return p;
    }
    if (w.kind === "season") {
      const p = newPoint("season", i);
      p.month = w.number;
      // «в осенний период 2021 г.»
      const j = isWord(tk[i + 1], "период") || isWord(tk[i + 1], "периоде") ? i + 2 : i + 1;
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
    // ISO 2024-01-15, and 2024.01.15, 2024/01/15
    const sep = t1?.type;
    if ((sep === "dash" || sep === "dot" || sep === "slash") && t2?.type === "number" && t2.digits <= 2 && t3?.type === sep && t4?.type === "number" && t4.digits <= 2) {
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
  // 15-10-2021: a date with dashes (a day, a month and a four-digit year; «15-10» alone stays a range of days)
  if (t1?.type === "dash" && t2?.type === "number" && t2.digits <= 2 && tk[i + 3]?.type === "dash" && tk[i + 4]?.type === "number" && tk[i + 4].digits === 4) {
    const p = newPoint("day", i);
    p.day = t.value;
    p.month = t2.value;
    p.year = tk[i + 4].value;
    p.to = skipYearWord(tk, i + 5);
    return p;
  }
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
      } else p.to = t3 !== undefined && t3.type === "dot" && tk[i + 4]?.type !== "number" ? i + 4 : i + 3; // «03.11.»
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
  // «03./04.11.»: a day with its dot, the month written once after the second day
  if (t1?.type === "dot" && (t2?.type === "slash" || t2?.type === "dash")) p.to = i + 2;
  return p;
}

/** «-2022», «/22» after a year: the year starts a range of years. */
function isYearRangeAt(tk: Token[], j: number): boolean {
  return (tk[j]?.type === "dash" || tk[j]?.type === "slash") && tk[j + 1]?.type === "number";
}

/** Can a point (or an item) start at this token? */
export function startsPoint(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === "number") return true;
  if (t.type !== "word") return false;
  const k = wordKind(t);
  return k === "month" || k === "roman" || k === "ordinal" || k === "season" || t.text === "с" || t.text === "со" || t.text === "до";
}

/** «начала», «середины», «конца» of a month: read as the whole month (a check holds the month to the term). */
const EDGE_WORDS = new Set(["началу", "концу", "начала", "начало", "начале", "середины", "середина", "середине", "середину", "конца", "конец", "конце", "окончания", "первой", "второй", "половины"]);

function skipEdgeWords(tk: Token[], i: number): number {
  while (tk[i] !== undefined && tk[i].type === "word" && EDGE_WORDS.has(tk[i].text)) i++;
  return i;
}

const MONTH_COUNT_WORDS = new Set(["месяц", "месяца", "месяцев", "мес"]);

/** «6 месяцев 2022 года», «за 9 мес. 2023 г.»: January to the sixth (ninth) month. */
function monthsFromJanuary(tk: Token[], i: number): Item | null {
  const t = tk[i];
  if (t?.type !== "number" || t.value < 1 || t.value > 12 || !(tk[i + 1]?.type === "word" && MONTH_COUNT_WORDS.has(tk[i + 1].text))) return null;
  let j = i + 2;
  if (tk[j]?.type === "dot") j++;
  const end = newPoint("month", i);
  end.month = t.value;
  end.to = yearAfter(tk, j, end);
  if (end.to === j) return null; // «6 месяцев» alone is a length, not a period
  const start = { ...end, month: 1 };
  return { startPoint: start, endPoint: end, deadline: false, open: false, school: false, from: i, to: end.to };
}

/** «2 полугодие 2021-2022 учебного года», «I полугодие 2023/24 уч. г.», «II четверть 2021-2022 учебного года»: a part of the school year. */
function schoolHalf(tk: Token[], a: Point): Item | null {
  if ((a.kind !== "half" && a.kind !== "school-quarter") || a.year < 0) return null;
  let j = a.to;
  if (!(tk[j]?.type === "dash" || tk[j]?.type === "slash") || tk[j + 1]?.type !== "number") return null;
  const second = tk[j + 1];
  const secondYear = second.digits === 4 ? second.value : second.digits === 2 ? Math.floor(a.year / 100) * 100 + second.value : -1;
  if (secondYear !== a.year + 1) return null;
  j = skipYearWord(tk, j + 2);
  if (wordKind(tk[j]) !== "school") return null;
  j++;
  if (tk[j]?.type === "dot") j++;
  j = skipYearWord(tk, j);
  const p: Point = { ...a, kind: a.kind === "half" ? "school-half" : "school-quarter", to: j };
  return { startPoint: p, endPoint: null, deadline: false, open: false, school: false, from: a.from, to: j };
}

function isRangeWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === "word" && (t.text === "по" || t.text === "до");
}

export function parseItem(tk: Token[], i: number, allowDeadline: boolean): Item | null {
  const from = i;
  let deadline = false;
  let start = false;
  let atStart = false;
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
    } else if (allowDeadline && s === "по" && startsPoint(tk[i + 1]) && !isWord(tk[i + 1], "до")) {
      // «по 15 мая 2022 г. (включительно)»: until, like «до»
      deadline = true;
      i++;
    } else if (s === "с" || s === "со") {
      start = true;
      i++;
    } else if (s === "начиная" && (isWord(tk[i + 1], "с") || isWord(tk[i + 1], "со"))) {
      start = true;
      i += 2;
    }
    // «к началу 2023/2024 учебного года»: due when the period begins
    if (deadline && (isWord(tk[i], "началу") || isWord(tk[i], "начала"))) atStart = true;
    i = skipEdgeWords(tk, i);
  }
  const counted = monthsFromJanuary(tk, i);
  if (counted !== null) return { ...counted, from, deadline, atStart };
  const a = parsePoint(tk, i);
  if (a === null) return null;
  const half = deadline ? null : schoolHalf(tk, a);
  if (half !== null) return { ...half, from };
  let b: Point | null = null;
  let j = a.to;
  let caveat: Item["caveat"];
  const sep = tk[j];
  // a deadline is one point, except a school year: «к началу 2023/2024 учебного года»
  const rangeAllowed = !deadline || a.kind === "year";
  if (rangeAllowed && sep !== undefined && (sep.type === "dash" || isRangeWord(sep) || (sep.type === "slash" && (a.kind === "year" || a.kind === "bare" || a.kind === "day")))) {
    const k = isRangeWord(sep) ? skipEdgeWords(tk, j + 1) : j + 1;
    const nt = tk[k];
    if (a.kind === "year" && nt?.type === "number" && nt.digits === 2 && sep.type !== "word") {
      // 2021-22
      b = newPoint("year", k);
      b.year = Math.floor(a.year / 100) * 100 + nt.value;
      if (b.year < a.year) b.year += 100;
      b.to = skipYearWord(tk, k + 1);
    } else b = parsePoint(tk, k);
    if (b !== null) j = b.to;
    if (deadline && (b === null || b.kind !== "year" || wordKind(tk[j]) !== "school")) {
      b = null;
      j = a.to;
    }
    // «окт-2021»: a month, a dash and a year — read as the month of that year, and said so
    if (b !== null && sep.type === "dash" && a.kind === "month" && a.year < 0 && b.kind === "year" && wordKind(tk[j]) !== "school") {
      a.year = b.year;
      a.to = b.to;
      b = null;
      caveat = "month-dash-year";
    }
  } else if (a.kind === "year" && !deadline && sep?.type === "number" && sep.digits === 4 && sep.value > a.year && a.to === a.from + 1) {
    // «2021 2023 годы»: two years with the dash lost — read as the range, and said so
    b = newPoint("year", j);
    b.year = sep.value;
    b.to = skipYearWord(tk, j + 1);
    j = b.to;
    caveat = "years-without-dash";
  }
  let school = false;
  if (wordKind(tk[j]) === "school") {
    school = true;
    j++;
    if (tk[j] !== undefined && tk[j].type === "dot") j++;
    j = skipYearWord(tk, j);
  }
  const item: Item = { startPoint: a, endPoint: b, deadline, open: start && b === null, school, from, to: j };
  if (atStart) item.atStart = true;
  if (caveat) item.caveat = caveat;
  return item;
}
