/** The project term as the templates lay it out: months, the indicator periods and the financing years. */
import type { Lang } from "../i18n";
import { ymdToSerial } from "../periods/dates";
import type { YMD } from "../periods/types";
import { quarterLabel, quarterShortLabel, yearLabel } from "./strings";

export interface YearMonth {
  year: number;
  month: number;
}

export interface ProjectTerm {
  start: YearMonth;
  end: YearMonth;
}

/** One period of the indicator table: a quarter of a one-year term, or a year of a longer one. */
export interface TermPeriod {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  /** «I квартал 2026» / «2026 год» */
  label: string;
  /** «I кв.» / «2026» */
  short: string;
}

function checkTerm(term: ProjectTerm): void {
  for (const ym of [term.start, term.end]) {
    if (!Number.isInteger(ym.year) || !Number.isInteger(ym.month) || ym.month < 1 || ym.month > 12) {
      throw new RangeError(`not a month: ${JSON.stringify(ym)}`);
    }
  }
  if (term.end.year * 12 + term.end.month < term.start.year * 12 + term.start.month) {
    throw new RangeError(`the term ends before it starts: ${JSON.stringify(term)}`);
  }
}

/** Quarters when the term lies within one calendar year (all four: a quarter before the start simply stays empty), years otherwise. */
export function termPeriods(term: ProjectTerm, lang: Lang): TermPeriod[] {
  checkTerm(term);
  if (term.start.year === term.end.year) {
    const year = term.start.year;
    return ([1, 2, 3, 4] as const).map((quarter) => ({ year, quarter, label: quarterLabel(quarter, year, lang), short: quarterShortLabel(quarter, lang) }));
  }
  return termYears(term).map((year) => ({ year, label: yearLabel(year, lang), short: String(year) }));
}

export function termYears(term: ProjectTerm): number[] {
  checkTerm(term);
  const years: number[] = [];
  for (let y = term.start.year; y <= term.end.year; y++) years.push(y);
  return years;
}

export function termMonths(term: ProjectTerm): YearMonth[] {
  checkTerm(term);
  const months: YearMonth[] = [];
  for (let i = term.start.year * 12 + term.start.month - 1; i <= term.end.year * 12 + term.end.month - 1; i++) {
    months.push({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  }
  return months;
}

/** A blank template's term: January to December of the year after `today`. */
export function defaultTerm(today: YMD): ProjectTerm {
  const year = today.year + 1;
  return { start: { year, month: 1 }, end: { year, month: 12 } };
}

/** The first day of a month as an Excel serial (how TermStart and TermEnd hold a month). */
export function monthSerial(ym: YearMonth): number {
  return ymdToSerial({ year: ym.year, month: ym.month, day: 1 });
}

export function todayYMD(): YMD {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
