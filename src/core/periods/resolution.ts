/** From items to dates: years filled in (from a neighbour or the term), ranges across the New Year, impossible dates. */
import type { Interval, YMD } from "./types";
import { fail, Fail, MAX_YEAR, MIN_YEAR, text, type ParseContext } from "./context";
import { intervalWithin, lastDayOfMonth } from "./dates";
import * as M from "./messages";
import type { Item, Point, PointKind } from "./points";

export type Precision = "day" | "month" | "quarter" | "year";

export interface Resolved {
  start: YMD;
  end: YMD;
  precision: Precision;
}

const PRECISION_OF: Record<PointKind, Precision> = {
  day: "day",
  month: "month",
  quarter: "quarter",
  half: "quarter",
  year: "year",
  bare: "day",
  season: "month",
  "school-half": "month",
  "school-quarter": "month",
};
const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, quarter: 2, year: 3 };

/** month * 100 + day of the point's first day, to order two points of one year. */
export function startKey(p: Point): number {
  switch (p.kind) {
    case "day":
      return p.month * 100 + p.day;
    case "month":
      return p.month * 100 + 1;
    case "quarter":
      return (3 * p.number - 2) * 100 + 1;
    case "half":
      return (6 * p.number - 5) * 100 + 1;
    case "season":
      return p.month * 100 + 1;
    case "school-quarter":
    case "school-half":
      // its span knows its own year (the second half is in the next calendar year): no New Year to cross here
      return p.number * 100 + 1;
    default:
      return 101;
  }
}

export function span(ctx: ParseContext, p: Point, y: number): Interval {
  const part = () => text(ctx, p.from, p.to);
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) fail(M.badYear(part(), y));
  switch (p.kind) {
    case "day": {
      if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > lastDayOfMonth(y, p.month)) fail(M.badDate(part()), "impossible-date");
      return { start: { year: y, month: p.month, day: p.day }, end: { year: y, month: p.month, day: p.day } };
    }
    case "month":
      if (p.month < 1 || p.month > 12) fail(M.badDate(part()));
      return { start: { year: y, month: p.month, day: 1 }, end: { year: y, month: p.month, day: lastDayOfMonth(y, p.month) } };
    case "quarter":
    case "half": {
      const months = p.kind === "quarter" ? 3 : 6;
      if (p.number < 1 || p.number > 12 / months) fail(M.badQuarter(part()));
      const last = p.number * months;
      return { start: { year: y, month: last - months + 1, day: 1 }, end: { year: y, month: last, day: lastDayOfMonth(y, last) } };
    }
    case "year":
      return { start: { year: y, month: 1, day: 1 }, end: { year: y, month: 12, day: 31 } };
    case "season": {
      // winter 2022: December 2021 – February 2022
      const first = p.month === 12 ? { year: y - 1, month: 12 } : { year: y, month: p.month };
      const last = p.month === 12 ? 2 : p.month + 2;
      return { start: { ...first, day: 1 }, end: { year: y, month: last, day: lastDayOfMonth(y, last) } };
    }
    case "school-quarter": {
      // the school's quarters (четверти) of the year starting in September: September–October, November–December,
      // January–March, April–May
      if (p.number < 1 || p.number > 4) fail(M.badQuarter(part()));
      const [m1, m2, shift] = (
        [
          [9, 10, 0],
          [11, 12, 0],
          [1, 3, 1],
          [4, 5, 1],
        ] as const
      )[p.number - 1];
      return { start: { year: y + shift, month: m1, day: 1 }, end: { year: y + shift, month: m2, day: lastDayOfMonth(y + shift, m2) } };
    }
    case "school-half":
      // the first half of a school year is September–December, the second January–May (the school term)
      if (p.number < 1 || p.number > 2) fail(M.badQuarter(part()));
      return p.number === 1 ? { start: { year: y, month: 9, day: 1 }, end: { year: y, month: 12, day: 31 } } : { start: { year: y + 1, month: 1, day: 1 }, end: { year: y + 1, month: 5, day: 31 } };
    default:
      return fail(M.notUnderstood(ctx.source, part()));
  }
}

export function yearless(it: Item): boolean {
  return it.startPoint.year < 0 && (it.endPoint === null || it.endPoint.year < 0);
}

export function firstYear(it: Item): number {
  return it.startPoint.year >= 0 ? it.startPoint.year : it.endPoint !== null ? it.endPoint.year : -1;
}

export function lastYear(it: Item): number {
  return it.endPoint !== null && it.endPoint.year >= 0 ? it.endPoint.year : it.startPoint.year;
}

/** Dates of an item; base is the year for an item that names none (its end's year), or -1. */
export function resolve(ctx: ParseContext, it: Item, base: number): Resolved {
  let a = it.startPoint;
  const b = it.endPoint;
  const itemText = () => text(ctx, it.from, it.to);
  if (a.kind === "bare") {
    if (b !== null && b.kind === "day" && !a.roman) a = { ...a, kind: "day", day: a.number, month: b.month, year: b.year };
    else if (b !== null && (b.kind === "quarter" || b.kind === "half" || b.kind === "school-quarter")) a = { ...a, kind: b.kind };
    else fail(M.notUnderstood(ctx.source, itemText()));
  }
  if (b !== null && b.kind === "bare") fail(M.notUnderstood(ctx.source, itemText()));
  if (it.school) {
    if (a.kind !== "year" || (b !== null && b.kind !== "year")) return fail(M.notUnderstood(ctx.source, itemText()));
    if (b === null) return fail(M.schoolYearNeedsTwo(itemText()));
    span(ctx, a, a.year);
    span(ctx, b, b.year);
    return { start: { year: a.year, month: 9, day: 1 }, end: { year: b.year, month: 8, day: 31 }, precision: "month" };
  }
  if (b === null) {
    const y = a.year >= 0 ? a.year : base;
    if (y < 0) fail(M.noYear(itemText()));
    const s = span(ctx, a, y);
    return { start: s.start, end: s.end, precision: PRECISION_OF[a.kind] };
  }
  let ay = a.year;
  let by = b.year;
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
  const pa = PRECISION_OF[a.kind];
  const pb = PRECISION_OF[b.kind];
  return { start: s.start, end: e.end, precision: PRECISION_RANK[pa] <= PRECISION_RANK[pb] ? pa : pb };
}

/** The one year that puts a yearless item inside the term, or -1. */
function yearFromTerm(ctx: ParseContext, it: Item, term: Interval): number {
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

/**
 * «3, 4 декабря», «21,22 марта», «1-3, 5-7 декабря», «за I, II квартал 2022 г.»: a bare number before a day (or a
 * quarter) takes the unit, the month and the year of the next item, from the last item back.
 */
function borrowUnits(items: Item[]): void {
  for (let k = items.length - 2; k >= 0; k--) {
    const it = items[k];
    const after = items[k + 1];
    // «1-3, 5-7 декабря»: the next item's unit is at its end
    const next = after.startPoint.kind === "bare" && after.endPoint !== null ? after.endPoint : after.startPoint;
    if (it.deadline || it.open || it.school) continue;
    const points = it.endPoint === null ? [it.startPoint] : [it.startPoint, it.endPoint];
    if (!points.every((p) => p.kind === "bare")) continue;
    if (next.kind === "day" && points.every((p) => !p.roman)) {
      for (const p of points) Object.assign(p, { kind: "day", day: p.number, month: next.month, year: next.year });
    } else if (next.kind === "quarter" || next.kind === "half" || next.kind === "school-quarter") {
      for (const p of points) Object.assign(p, { kind: next.kind, year: next.year });
    }
  }
}

/** A term of one school year: 1 September to 31 August (or to the end of May or June) of the next year. */
function schoolYearTerm(term: Interval): boolean {
  return term.start.month === 9 && term.start.day === 1 && term.end.year === term.start.year + 1 && term.end.month >= 5 && term.end.month <= 8;
}

function halvesOnly(it: Item): boolean {
  const a = it.startPoint;
  const b = it.endPoint;
  if (b === null) return a.kind === "half";
  return b.kind === "half" && (a.kind === "half" || a.kind === "bare");
}

export function resolveAll(ctx: ParseContext, items: Item[], term: Interval | undefined): Resolved[] {
  borrowUnits(items);
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
    if (base < 0 && term !== undefined && schoolYearTerm(term) && halvesOnly(it)) {
      // «I полугодие», «2 полугодие» in a school year's term: the school's halves (September–December, January–May)
      for (const p of [it.startPoint, it.endPoint]) if (p !== null) p.kind = "school-half";
      base = term.start.year;
    }
    // «II четверть» names the school year it is in by the year that school year starts
    if (base < 0 && term !== undefined && schoolYearTerm(term) && (it.startPoint.kind === "school-quarter" || it.endPoint?.kind === "school-quarter")) base = term.start.year;
    if (base < 0 && term !== undefined) base = yearFromTerm(ctx, it, term);
    if (base < 0) fail(M.noYear(text(ctx, it.from, it.to)));
    out.push(resolve(ctx, it, base));
  }
  return out;
}
