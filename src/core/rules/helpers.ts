/** Shared pieces of rules: quoting, formatting periods for messages, checking a period against a term. */
import type { Text } from "../i18n";
import type { At, NumberCell, Passport, PassportBlockName, Term, TextCell } from "../model";
import { formatNumberEn, formatNumberRu } from "../numbers";
import { compareYMD, formatPeriod, intervalWithin, lastDayOfMonth, MAX_EXCEL_SERIAL, serialToYMD, type Interval, type Period, type PeriodResult, type YMD } from "../periods";
import type { DocContext, Hit } from "./types";

const QUOTE_MAX = 80;

/** A cell value quoted in a message: one line, at most 80 characters. */
export function q(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > QUOTE_MAX ? t.slice(0, QUOTE_MAX - 1) + "…" : t;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A period or date cell's text for messages: a real Excel date (a serial number) as the date a person reads,
 * «14.11.2025», never «45975». A whole number 1900–2199 is a year and stays as it is.
 */
export function cellText(c: { raw: unknown; text: string }): string {
  const v = c.raw;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 1 || v >= MAX_EXCEL_SERIAL + 1) return c.text;
  if (Number.isInteger(v) && v >= 1900 && v <= 2199) return c.text;
  const d = serialToYMD(v);
  return `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;
}

/** An interval as people write it, by months where its dates allow, for use inside a sentence («сентябрь 2021 г. – август 2022 г.»). */
export function fmtInterval(i: Interval): Text {
  const p: Period = { kind: "interval", start: i.start, end: i.end, precision: "month" };
  return { ru: lowerFirst(formatPeriod(p, "ru")), en: formatPeriod(p, "en") };
}

/** Month names are lower case inside a Russian sentence; «I квартал» stays as it is. */
function lowerFirst(s: string): string {
  return /^[А-ЯЁ]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Ends a sentence with one full stop («… 2022 г.» already has it). */
export function sentence(s: string): string {
  const t = s.trimEnd();
  return /[.!?…]$/.test(t) ? t : t + ".";
}

/** Where a part lies against a term: before it starts, after it ends, or across an edge. */
export function whereOutside(part: Interval, term: Interval): Text {
  const p = fmtInterval(part);
  if (compareYMD(part.end, term.start) < 0) return { ru: `${p.ru} — раньше начала`, en: `${p.en} is before the start` };
  if (compareYMD(part.start, term.end) > 0) return { ru: `${p.ru} — позже окончания`, en: `${p.en} is after the end` };
  if (compareYMD(part.start, term.start) < 0) return { ru: `${p.ru} — начинается раньше`, en: `${p.en} starts before it` };
  return { ru: `${p.ru} — заканчивается позже`, en: `${p.en} ends after it` };
}

export function fmtNumber(n: number): Text {
  return { ru: formatNumberRu(n), en: formatNumberEn(n) };
}

export function hit(at: { row: number; col: number }, ru: string, en: string): Hit {
  return { row: at.row, col: at.col, message: { ru, en } };
}

/** The parts of a period that lie outside a term (each session on its own; a deadline by its date). */
export function partsOutside(period: Period, term: Interval): Interval[] {
  switch (period.kind) {
    case "sessions":
      return period.sessions.filter((s) => !overlapsInside(s, term));
    case "interval": {
      if (period.deadline) {
        const d = { start: period.end, end: period.end };
        return intervalWithin(d, term) ? [] : [d];
      }
      const i = { start: period.start, end: period.end };
      if (compareYMD(i.start, i.end) > 0) return [];
      return intervalWithin(i, term) ? [] : [i];
    }
    default:
      return period.within && !intervalWithin(period.within, term) ? [period.within] : [];
  }
}

function overlapsInside(i: Interval, term: Interval): boolean {
  return intervalWithin(i, term);
}

/** The start and end of a period when it has its own dates (not «в течение года»). */
export function datesOf(period: Period): Interval | undefined {
  if (period.kind === "interval" || period.kind === "sessions") return { start: period.start, end: period.end };
  return undefined;
}

/** The parsed dates of a start cell and an end cell: the start of the first, the end of the second. */
export function spanOf(ctx: DocContext, start: TextCell | undefined, end: TextCell | undefined): { start?: YMD; end?: YMD } {
  const out: { start?: YMD; end?: YMD } = {};
  if (start) {
    const p = ctx.period(start);
    if (p.ok) {
      const d = datesOf(p.period);
      if (d) out.start = d.start;
    }
  }
  if (end) {
    const p = ctx.period(end);
    if (p.ok) {
      const d = datesOf(p.period);
      if (d) out.end = d.end;
    }
  }
  return out;
}

/** A date for messages: its month when it is the month's first or last day («май 2017 г.»), else the day («15.05.2017»). */
export function ymdText(d: YMD): Text {
  if (d.day !== 1 && d.day !== lastDayOfMonth(d.year, d.month)) return fmtInterval({ start: d, end: d });
  return fmtInterval({ start: { year: d.year, month: d.month, day: 1 }, end: { year: d.year, month: d.month, day: lastDayOfMonth(d.year, d.month) } });
}

/** The term the document is checked against, described for messages. */
export function termPhrase(ctx: DocContext, term: Interval, source: "own" | "passport" | undefined): Text {
  const t = fmtInterval(term);
  if (source === "passport")
    return {
      ru: `срока реализации проекта по паспорту (${t.ru}${ctx.passportSheet ? `, лист «${ctx.passportSheet}»` : ""})`,
      en: `the project term in the passport (${t.en}${ctx.passportSheet ? `, sheet «${ctx.passportSheet}»` : ""})`,
    };
  if (ctx.continues)
    return {
      ru: `срока документа (${t.ru}, по листу «${ctx.continues.sheet}», продолжением которого является этот лист)`,
      en: `the document's term (${t.en}, from the sheet «${ctx.continues.sheet}» this sheet continues)`,
    };
  return { ru: `срока документа (${t.ru})`, en: `the document's term (${t.en})` };
}

/** A number cell's value, or undefined when empty or text. */
export function num(c: NumberCell | undefined): number | undefined {
  return c && c.number.kind === "number" ? c.number.value : undefined;
}

export const TOLERANCE = 0.01 + 1e-9;

/**
 * A function remembered by key for the length of one check: a plan repeats the same few texts in thousands
 * of rows, and the same text gets the same message (messages are plain data and never changed).
 */
export function memo<V>(fn: (key: string) => V): (key: string) => V {
  const m = new Map<string, V>();
  return (key) => {
    let v = m.get(key);
    if (v === undefined) {
      v = fn(key);
      m.set(key, v);
    }
    return v;
  };
}

/**
 * The August right before a term that starts on 1 September (a school year, «на 2021-2022 учебный год»):
 * the month of the teachers' August conference, which plans traditionally list though it precedes the year.
 */
export function augustBefore(term: Interval): Interval | undefined {
  if (term.start.month !== 9 || term.start.day !== 1) return undefined;
  const y = term.start.year;
  return { start: { year: y, month: 8, day: 1 }, end: { year: y, month: 8, day: 31 } };
}

/** Where a dated cell lies outside the terms its document is held to (see rules/index.ts, contextFor). */
export interface OutsideTerm {
  /** the passport's term (the project), or the document's own term (a plan «на 2025 год» inside a longer project) */
  against: "passport" | "own";
  term: Interval;
  parts: Interval[];
  /** every part lies in the August right before a school-year term */
  august: boolean;
}

const outsideCache = new WeakMap<DocContext, Map<string | number, OutsideTerm | null>>();

/**
 * The parts of a period cell outside the passport's term, else outside the document's own term; null when it
 * lies inside both (or cannot be read). A period without dates of its own («в течение года», «ежемесячно»)
 * means the document's own term and is not held to the passport's: the document's term is. Cached per
 * document by cell value.
 */
export function outsideTerm(ctx: DocContext, cell: TextCell): OutsideTerm | null {
  let cache = outsideCache.get(ctx);
  if (!cache) outsideCache.set(ctx, (cache = new Map()));
  const raw = cell.also ? cell.text : cell.raw;
  const key = typeof raw === "number" ? raw : typeof raw === "string" ? raw : cell.text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = computeOutside(ctx, cell);
  cache.set(key, result);
  return result;
}

function computeOutside(ctx: DocContext, cell: TextCell): OutsideTerm | null {
  const p = ctx.period(cell);
  if (!p.ok) return null;
  const pt = ctx.passportTerm;
  const own = ctx.ownTerm;
  const dated = p.period.kind === "interval" || p.period.kind === "sessions";
  if (pt && (dated || !own)) {
    const parts = partsOutside(p.period, pt);
    if (parts.length > 0) return { against: "passport", term: pt, parts, august: onlyAugustBefore(parts, pt) };
  }
  if (own) {
    const parts = partsOutside(p.period, own);
    if (parts.length > 0) return { against: "own", term: own, parts, august: onlyAugustBefore(parts, own) };
  }
  return null;
}

/** What lies outside the term is only the August right before it («Август 2021 г.», «Август - сентябрь 2021 г.»). */
function onlyAugustBefore(parts: Interval[], term: Interval): boolean {
  const aug = augustBefore(term);
  return aug !== undefined && parts.every((x) => compareYMD(x.start, aug.start) >= 0 && compareYMD(x.end, term.end) <= 0);
}

/**
 * The check behind plan/outside-passport-term and schedule/outside-passport-term: the document's own term when
 * it lies outside the passport's, then each dated cell whose period lies outside the passport's term (not only
 * outside the document's own), in the order the cells are visited. Nothing when the workbook has no passport term.
 * A visitor: the caller hands it the cells (a plan row by row in the shared pass, a calendar plan in a loop).
 */
export function outsidePassportTerm<C>(
  ctx: DocContext,
  spec: {
    /** the document's own term */
    term: Term | undefined;
    /** the message at the document's term: its interval and the passport's term, both for use inside a sentence */
    termMessage: (own: Text, passport: Text) => Text;
    /** the dated cell of an item */
    cellOf: (c: C) => TextCell;
    /** leave alone cells whose only part outside is the August right before a school-year term (another rule's) */
    skipAugustBefore?: boolean;
    /** the message at a cell; `passport` is the passport's term for use inside a sentence */
    cellMessage: (c: C, outside: OutsideTerm, passport: Text) => Text;
  },
): { visit: (c: C) => void; done: () => Hit[] } {
  const out: Hit[] = [];
  const done = (): Hit[] => out;
  const pt = ctx.passportTerm;
  if (!pt) return { visit: () => undefined, done };
  const tp = termPhrase(ctx, pt, "passport");
  const term = spec.term;
  if (term && term.interval && !intervalWithin(term.interval, pt)) out.push({ row: term.cell.row, col: term.cell.col, message: spec.termMessage(fmtInterval(term.interval), tp) });
  const skipAugust = spec.skipAugustBefore === true;
  const { cellOf, cellMessage } = spec;
  const visit = (c: C): void => {
    const cell = cellOf(c);
    const o = outsideTerm(ctx, cell);
    if (!o || o.against !== "passport" || (skipAugust && o.august)) return;
    out.push({ row: cell.row, col: cell.col, message: cellMessage(c, o, tp) });
  };
  return { visit, done };
}

/**
 * The check behind plan/responsible-missing and schedule/responsible-missing: without a «Ответственный» column
 * one finding at the header row (column A); else one at that column in each row that names no one.
 */
export function responsibleMissing<R extends { row: number; responsible?: unknown }>(
  doc: { columns: { responsible?: number }; headerRow: number },
  spec: { noColumn: Text; message: (r: R) => Text },
): { visit: (r: R) => void; done: () => Hit[] } {
  const col = doc.columns.responsible;
  const out: Hit[] = [];
  const done = (): Hit[] => out;
  if (col === undefined) {
    out.push({ row: doc.headerRow, col: 0, message: spec.noColumn });
    return { visit: () => undefined, done };
  }
  const message = spec.message;
  return {
    visit: (r) => {
      if (!r.responsible) out.push({ row: r.row, col, message: message(r) });
    },
    done,
  };
}

/**
 * What a period cell's reading says to a person: the reason it could not be read, or the warnings that come with
 * a reading (a part read by a guess or not applied). An impossible date is left to the *-impossible-date rules (errors).
 */
export function periodReadingHits(c: { row: number; col: number }, p: PeriodResult, out: Hit[]): void {
  if (!p.ok) {
    if (p.problem !== "impossible-date") out.push({ row: c.row, col: c.col, message: p.reason });
  } else if (p.warnings !== undefined) for (const w of p.warnings) out.push({ row: c.row, col: c.col, message: w });
}

/** A date that does not exist («31.02.2025»): an error at its cell. */
export function impossibleDateHits(c: { row: number; col: number }, p: PeriodResult, out: Hit[]): void {
  if (!p.ok && p.problem === "impossible-date") out.push({ row: c.row, col: c.col, message: p.reason });
}

/** Where a passport block is (its label, or the template's cell for it): the first of the blocks given that the passport has, else A1. */
export function blockAt(doc: Passport, ...blocks: PassportBlockName[]): At {
  for (const b of blocks) {
    const at = doc.blocksAt?.[b];
    if (at) return { row: at.row, col: at.col };
  }
  return { row: 0, col: 0 };
}

/** Empty, or only dashes («–»: written for "none"). */
export function blank(text: string | undefined): boolean {
  return text === undefined || /^[\s\-‐‑‒–—―−.]*$/.test(text);
}
