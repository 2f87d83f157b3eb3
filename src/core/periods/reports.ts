/**
 * Report deadlines tied to the reporting period, as road maps and monitoring schedules write them:
 * «до 5 числа месяца, следующего за отчётным», «на 10-й рабочий день месяца», «до 20 числа следующего месяца»,
 * «до 15 февраля года, следующего за отчётным», «за II квартал — до 10 июля». They give a recurrence inside the
 * term with the day each report is due (Recurrence.due), not a date of their own.
 */
import { isWord, wordKind, type ParseContext } from "./context";
import { parsePoint } from "./points";
import type { ReportFor, ScanState } from "./recurrences";
import type { Token } from "./tokens";
import type { Recurrence, ReportDue } from "./types";

type Every = Recurrence["every"];

const PERIOD_NOUNS: ReadonlyMap<string, Every> = new Map([
  ["месяца", "month"],
  ["месяцем", "month"],
  ["месяц", "month"],
  ["квартала", "quarter"],
  ["кварталом", "quarter"],
  ["квартал", "quarter"],
  ["года", "year"],
  ["годом", "year"],
  ["год", "year"],
]);
/** «за год», «за квартал», «за месяц», «за полугодие» with no number. */
const UNIT_WORDS: ReadonlyMap<string, Every> = new Map([
  ["год", "year"],
  ["квартал", "quarter"],
  ["месяц", "month"],
  ["полугодие", "year"],
]);
const DAY_WORDS = new Set(["день", "дня", "дню"]);
const WORKING = new Set(["рабочий", "рабочего", "рабочему"]);
const CALENDAR = new Set(["календарный", "календарного", "календарному"]);
const LAST = new Set(["последний", "последнего", "последнему", "последнее", "последнее"]);
const NEXT = new Set(["следующего", "следующим", "следующий", "следующем"]);
const REPORTING = new Set(["отчетным", "отчетный", "отчетного", "отчетном"]);

/** «до», «к», «не позднее (чем)», «на», «в»: the words before the day; returns the index after them. */
function duePrefix(tk: Token[], i: number): number {
  const t = tk[i];
  if (isWord(t, "до") || isWord(t, "к") || isWord(t, "на") || isWord(t, "в")) return i + 1;
  if (isWord(t, "не") && (isWord(tk[i + 1], "позднее") || isWord(tk[i + 1], "позже"))) return isWord(tk[i + 2], "чем") ? i + 3 : i + 2;
  return i;
}

/** The reporting period after the day: «месяца, следующего за отчётным (кварталом)», «следующего месяца», «каждого месяца», «месяца». */
function dueTail(tk: Token[], j: number): { to: number; every?: Every; explicit?: boolean } {
  const t = tk[j];
  if (t === undefined || t.type !== "word") return { to: j };
  if ((t.text === "каждого" || t.text === "каждый") && PERIOD_NOUNS.has(tk[j + 1]?.text ?? "")) return { to: j + 2, every: PERIOD_NOUNS.get(tk[j + 1].text), explicit: true };
  if (NEXT.has(t.text) && PERIOD_NOUNS.has(tk[j + 1]?.text ?? "")) return { to: j + 2, every: PERIOD_NOUNS.get(tk[j + 1].text) };
  if ((t.text === "текущего" || REPORTING.has(t.text)) && PERIOD_NOUNS.has(tk[j + 1]?.text ?? "")) return { to: j + 2, every: PERIOD_NOUNS.get(tk[j + 1].text) };
  const noun = PERIOD_NOUNS.get(t.text);
  if (noun === undefined) return { to: j };
  let k = j + 1;
  if (tk[k]?.type === "comma") k++;
  if (NEXT.has(tk[k]?.text ?? "") && isWord(tk[k + 1], "за") && REPORTING.has(tk[k + 2]?.text ?? "")) {
    k += 3;
    // «… за отчётным кварталом»: the reporting period is named after the word
    const named = PERIOD_NOUNS.get(tk[k]?.text ?? "") ?? (isWord(tk[k], "периодом") ? noun : undefined);
    if (named !== undefined) return { to: k + 1, every: named };
    return { to: k, every: noun };
  }
  return { to: j + 1, every: noun };
}

/**
 * «до 5 числа месяца, следующего за отчётным», «не позднее 10-го числа», «на 10-й рабочий день месяца», «в последний
 * рабочий день месяца», «до 15 февраля года, следующего за отчётным». Returns the index after the phrase, or i.
 */
export function tryReportDue(ctx: ParseContext, i: number, st: ScanState): number {
  const tk = ctx.tokens;
  let j = duePrefix(tk, i);
  const due: ReportDue = {};
  const n = tk[j];
  let dayMonth = false;
  if (n?.type === "number" && n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    due.day = n.value;
    j++;
    if (tk[j]?.type === "dash" && wordKind(tk[j + 1]) === "ordinal-suffix") j += 2;
    else if (wordKind(tk[j]) === "ordinal-suffix") j++;
    if (wordKind(tk[j]) === "month" && j === duePrefix(tk, i) + 1) {
      due.month = tk[j].word!.number;
      dayMonth = true;
      j++;
      if (tk[j]?.type === "dot") j++;
    }
  } else if (LAST.has(n?.text ?? "")) {
    due.last = true;
    j++;
  } else return i;
  if (!dayMonth) {
    if (isWord(tk[j], "числа") || isWord(tk[j], "число")) j++;
    else {
      if (WORKING.has(tk[j]?.text ?? "")) {
        due.workingDay = true;
        j++;
      } else if (CALENDAR.has(tk[j]?.text ?? "")) j++;
      if (!DAY_WORDS.has(tk[j]?.text ?? "")) return i;
      j++;
    }
  }
  const tail = dueTail(tk, j);
  // «до 15 февраля» alone is a date of its own; only the reporting words make it a yearly report day
  if (dayMonth && (tail.every !== "year" || tail.to === j)) return i;
  if (tail.every !== undefined) {
    if (tail.explicit || st.impliedEvery === undefined) st.impliedEvery = tail.every;
    if (tail.explicit && st.recurrence === undefined) st.recurrence = { every: tail.every };
  }
  st.due = due;
  return tail.to;
}

/**
 * «за II квартал — до 10 июля», «за I полугодие: до 15.07», «за год — до 1 февраля»: the reporting period as a label of
 * the deadline after it. Records the reporting unit; the deadline is read after it. Returns the index after the label, or i.
 */
export function tryReportFor(ctx: ParseContext, i: number, st: ScanState): number {
  const tk = ctx.tokens;
  if (!isWord(tk[i], "за")) return i;
  let j = i + 1;
  let report: ReportFor;
  const unit = UNIT_WORDS.get(tk[j]?.text ?? "");
  if (unit !== undefined) {
    report = { every: unit, year: -1, lastMonth: 12 };
    j++;
  } else {
    const p = parsePoint(tk, j);
    if (p === null) return i;
    const lastMonth = p.kind === "quarter" ? 3 * p.number : p.kind === "half" ? 6 * p.number : p.kind === "month" ? p.month : p.kind === "year" ? 12 : 0;
    const every: Every | undefined = p.kind === "quarter" ? "quarter" : p.kind === "month" ? "month" : p.kind === "half" || p.kind === "year" ? "year" : undefined;
    if (every === undefined) return i;
    report = { every, year: p.year, lastMonth };
    j = p.to;
  }
  const sep = tk[j];
  if (sep !== undefined && (sep.type === "dash" || sep.type === "colon" || sep.type === "comma")) j++;
  if (!(isWord(tk[j], "до") || (isWord(tk[j], "не") && isWord(tk[j + 1], "позднее")) || (isWord(tk[j], "в") && isWord(tk[j + 1], "срок")))) return i;
  if (isWord(tk[j], "в")) j += 2;
  st.reportsFor.push(report);
  return j;
}
