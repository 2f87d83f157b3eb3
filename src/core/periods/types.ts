/** The period model. Months are 1–12, days 1–31. */
import type { Text } from "../i18n";

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export interface Interval {
  start: YMD;
  end: YMD;
}

/**
 * When each report of a recurrence is due, counted from the end of its reporting period: «до 5 числа месяца,
 * следующего за отчётным» is { day: 5 }, «на 10-й рабочий день месяца» { day: 10, workingDay: true },
 * «до 15 февраля года, следующего за отчётным» { day: 15, month: 2 }, «в последний рабочий день» { last: true, workingDay: true }.
 */
export interface ReportDue {
  day?: number;
  month?: number;
  workingDay?: boolean;
  last?: boolean;
}

export type Recurrence = { every: "month" | "quarter" | "year"; minTimes?: number; due?: ReportDue };

export type Period =
  /** «Август 2021 г.», «Ноябрь - декабрь 2021 г.», «I квартал 2024 г.», «15.01.2024», «до 25 декабря 2023 г.» (deadline) */
  | {
      kind: "interval";
      start: YMD;
      end: YMD;
      precision: "day" | "month" | "quarter" | "year";
      deadline?: boolean;
      recurrence?: Recurrence;
      /** «с сентября 2021 г.» with no end: end is the term's end (or the named period's own end when no term is known). */
      openEnd?: boolean;
    }
  /** «Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г.»: sessions in the order written; start/end are the earliest and latest */
  | { kind: "sessions"; sessions: Interval[]; start: YMD; end: YMD }
  /** «ежемесячно», «По плану (не реже, чем 1 раз в квартал)»: inside the term */
  | { kind: "recurrence"; recurrence: Recurrence; within?: Interval }
  /** «В течение года»: the whole term */
  | {
      kind: "throughout";
      within?: Interval;
      /** «еженедельно», «ежедневно», «1 раз в неделю»: throughout the term, at that frequency (Recurrence has no week or day). */
      frequency?: "day" | "week";
    };

/**
 * A period, with the parts of the text read with a caveat (warnings name the part: «окт-2021» read as October 2021),
 * or the reason the text is not a period. `problem: "impossible-date"` marks a date that does not exist («31.02.2025»):
 * the document is wrong, not only hard to read.
 */
export type PeriodResult = { ok: true; period: Period; warnings?: Text[] } | { ok: false; reason: Text; problem?: "impossible-date" };
