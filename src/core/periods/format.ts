/** Period → text. The Russian forms are ones parsePeriod reads back to an equal period. */
import type { Lang } from "../i18n";
import { lastDayOfMonth, quarterOf } from "./dates";
import type { Interval, Period, Recurrence, YMD } from "./types";
import { MONTH_EN, MONTH_EN_SHORT, MONTH_GENITIVE, MONTH_NOMINATIVE, ROMAN } from "./words";

type Precision = "day" | "month" | "quarter" | "year";

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dmy(d: YMD): string {
  return `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;
}

function dmyEn(d: YMD): string {
  return `${d.day} ${MONTH_EN_SHORT[d.month - 1] ?? d.month} ${d.year}`;
}

const isMonthStart = (d: YMD) => d.day === 1;
const isMonthEnd = (d: YMD) => d.day === lastDayOfMonth(d.year, d.month);
const isQuarterStart = (d: YMD) => isMonthStart(d) && d.month % 3 === 1;
const isQuarterEnd = (d: YMD) => isMonthEnd(d) && d.month % 3 === 0;
const isYearStart = (d: YMD) => d.month === 1 && d.day === 1;
const isYearEnd = (d: YMD) => d.month === 12 && d.day === 31;

/** The precision asked for, lowered until the dates fit it (a «month» interval that starts on the 15th prints as days). */
function fit(p: Precision, start: YMD | null, end: YMD | null): Precision {
  const ok = (fs: (d: YMD) => boolean, fe: (d: YMD) => boolean) => (start === null || fs(start)) && (end === null || fe(end));
  if (p === "year" && ok(isYearStart, isYearEnd)) return "year";
  if ((p === "year" || p === "quarter") && ok(isQuarterStart, isQuarterEnd)) return "quarter";
  if (p !== "day" && ok(isMonthStart, isMonthEnd)) return "month";
  return "day";
}

/** The natural precision of a bare interval (a session). */
function precisionOf(i: Interval): Precision {
  if (isYearStart(i.start) && isYearEnd(i.end)) return "year";
  if (isMonthStart(i.start) && isMonthEnd(i.end)) return "month";
  return "day";
}

function halfOf(start: YMD, end: YMD): number {
  if (start.year !== end.year) return 0;
  if (start.month === 1 && end.month === 6) return 1;
  if (start.month === 7 && end.month === 12) return 2;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Russian

function monthRu(d: YMD): string {
  return `${MONTH_NOMINATIVE[d.month - 1]} ${d.year} г.`;
}

function intervalRu(start: YMD, end: YMD, p: Precision): string {
  switch (p) {
    case "year":
      return start.year === end.year ? `${start.year} г.` : `${start.year}–${end.year} гг.`;
    case "quarter": {
      const qs = quarterOf(start);
      const qe = quarterOf(end);
      if (start.year === end.year) {
        if (qs === qe) return `${ROMAN[qs - 1]} квартал ${start.year} г.`;
        const h = halfOf(start, end);
        if (h) return `${ROMAN[h - 1]} полугодие ${start.year} г.`;
        if (qs < qe) return `${ROMAN[qs - 1]}–${ROMAN[qe - 1]} кварталы ${start.year} г.`;
      }
      return `${ROMAN[qs - 1]} квартал ${start.year} г. – ${ROMAN[qe - 1]} квартал ${end.year} г.`;
    }
    case "month":
      if (start.year === end.year && start.month === end.month) return capitalize(monthRu(start));
      return `${capitalize(monthRu(start))} – ${monthRu(end)}`;
    default:
      return start.year === end.year && start.month === end.month && start.day === end.day ? dmy(start) : `${dmy(start)} – ${dmy(end)}`;
  }
}

/** «декабря 2023 г.», «I квартала 2024 г.» after «до конца» / «с». */
function pointGenitiveRu(d: YMD, p: Precision): string {
  switch (p) {
    case "year":
      return `${d.year} г.`;
    case "quarter":
      return `${ROMAN[quarterOf(d) - 1]} квартала ${d.year} г.`;
    case "month":
      return `${MONTH_GENITIVE[d.month - 1]} ${d.year} г.`;
    default:
      return dmy(d);
  }
}

const EVERY_RU: Record<Recurrence["every"], [string, string]> = {
  month: ["ежемесячно", "месяц"],
  quarter: ["ежеквартально", "квартал"],
  year: ["ежегодно", "год"],
};

function timesRu(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? `${n} раза` : `${n} раз`;
}

function recurrenceRu(r: Recurrence): string {
  const [adverb, unit] = EVERY_RU[r.every] ?? EVERY_RU.month;
  const s = r.minTimes === undefined ? adverb : `не реже ${timesRu(r.minTimes)} в ${unit}`;
  return r.due ? `${s}, ${dueRu(r.due)}` : s;
}

/** «до 5 числа», «до 10-го рабочего дня», «в последний рабочий день», «до 15 февраля». */
function dueRu(d: NonNullable<Recurrence["due"]>): string {
  if (d.last) return d.workingDay ? "в последний рабочий день" : "в последний день";
  if (d.month !== undefined && d.day !== undefined) return `до ${d.day} ${MONTH_GENITIVE[d.month - 1]}`;
  return d.workingDay ? `до ${d.day}-го рабочего дня` : `до ${d.day} числа`;
}

function formatRu(p: Period): string {
  switch (p.kind) {
    case "interval": {
      let s: string;
      if (p.deadline) {
        const q = fit(p.precision, null, p.end);
        s = q === "day" ? `до ${dmy(p.end)}` : `до конца ${pointGenitiveRu(p.end, q)}`;
      } else if (p.openEnd) {
        s = `с ${pointGenitiveRu(p.start, fit(p.precision, p.start, null))}`;
      } else s = intervalRu(p.start, p.end, fit(p.precision, p.start, p.end));
      return p.recurrence ? `${s} (${recurrenceRu(p.recurrence)})` : s;
    }
    case "sessions":
      return p.sessions
        .map((x, i) => {
          const s = intervalRu(x.start, x.end, precisionOf(x));
          return i === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
        })
        .join(", ");
    case "recurrence":
      return recurrenceRu(p.recurrence);
    case "throughout":
      return p.frequency === "week" ? "еженедельно" : p.frequency === "day" ? "ежедневно" : "в течение года";
  }
}

// ---------------------------------------------------------------------------------------------
// English (for reading, not for parsing back)

function intervalEn(start: YMD, end: YMD, p: Precision): string {
  switch (p) {
    case "year":
      return start.year === end.year ? `${start.year}` : `${start.year}–${end.year}`;
    case "quarter": {
      const qs = quarterOf(start);
      const qe = quarterOf(end);
      if (start.year === end.year) {
        if (qs === qe) return `Q${qs} ${start.year}`;
        const h = halfOf(start, end);
        if (h) return `H${h} ${start.year}`;
        if (qs < qe) return `Q${qs}–Q${qe} ${start.year}`;
      }
      return `Q${qs} ${start.year} – Q${qe} ${end.year}`;
    }
    case "month":
      if (start.year === end.year && start.month === end.month) return `${MONTH_EN[start.month - 1]} ${start.year}`;
      return `${MONTH_EN[start.month - 1]} ${start.year} – ${MONTH_EN[end.month - 1]} ${end.year}`;
    default:
      return start.year === end.year && start.month === end.month && start.day === end.day ? dmyEn(start) : `${dmyEn(start)} – ${dmyEn(end)}`;
  }
}

function pointEn(d: YMD, p: Precision): string {
  switch (p) {
    case "year":
      return `${d.year}`;
    case "quarter":
      return `Q${quarterOf(d)} ${d.year}`;
    case "month":
      return `${MONTH_EN[d.month - 1]} ${d.year}`;
    default:
      return dmyEn(d);
  }
}

const EVERY_EN: Record<Recurrence["every"], [string, string]> = {
  month: ["monthly", "month"],
  quarter: ["quarterly", "quarter"],
  year: ["yearly", "year"],
};

function recurrenceEn(r: Recurrence): string {
  const s = everyEn(r);
  return r.due ? `${s}, ${dueEn(r.due)}` : s;
}

function everyEn(r: Recurrence): string {
  const [adverb, unit] = EVERY_EN[r.every] ?? EVERY_EN.month;
  if (r.minTimes === undefined) return adverb;
  const times = r.minTimes === 1 ? "once" : r.minTimes === 2 ? "twice" : `${r.minTimes} times`;
  return `at least ${times} a ${unit}`;
}

/** «due by day 5», «due by working day 10», «due on the last working day», «due by 15 February». */
function dueEn(d: NonNullable<Recurrence["due"]>): string {
  if (d.last) return d.workingDay ? "due on the last working day" : "due on the last day";
  if (d.month !== undefined && d.day !== undefined) return `due by ${d.day} ${MONTH_EN[d.month - 1]}`;
  return d.workingDay ? `due by working day ${d.day}` : `due by day ${d.day}`;
}

function formatEn(p: Period): string {
  switch (p.kind) {
    case "interval": {
      let s: string;
      if (p.deadline) {
        const q = fit(p.precision, null, p.end);
        s = q === "day" ? `by ${dmyEn(p.end)}` : `by the end of ${pointEn(p.end, q)}`;
      } else if (p.openEnd) s = `from ${pointEn(p.start, fit(p.precision, p.start, null))}`;
      else s = intervalEn(p.start, p.end, fit(p.precision, p.start, p.end));
      return p.recurrence ? `${s} (${recurrenceEn(p.recurrence)})` : s;
    }
    case "sessions":
      return p.sessions.map((x) => intervalEn(x.start, x.end, precisionOf(x))).join(", ");
    case "recurrence":
      return recurrenceEn(p.recurrence);
    case "throughout":
      return p.frequency === "week" ? "weekly" : p.frequency === "day" ? "daily" : "throughout the term";
  }
}

/**
 * A period as text: «Август 2021 г.», «Ноябрь 2021 г. – декабрь 2021 г.», «15.01.2024 – 20.01.2024»,
 * «I квартал 2024 г.», «до 25.12.2023», «ежемесячно», «в течение года». Russian output parses back
 * (with the same term) to an equal period; English output is for reading only.
 */
export function formatPeriod(period: Period, lang: Lang = "ru"): string {
  return lang === "en" ? formatEn(period) : formatRu(period);
}
