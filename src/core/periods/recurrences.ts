/** Recurrences («ежемесячно», «не реже 1 раза в квартал»), «в течение года» and the day-of-month phrase of deadlines. */
import type { Recurrence, ReportDue } from "./types";
import { fail, isWord, wordKind, type ParseContext } from "./context";
import * as M from "./messages";
import { startsPoint, type Item } from "./points";
import type { Token } from "./tokens";
import { COUNT_WORDS } from "./words";

/** «за II квартал» before a deadline: the unit, and the year and last month when the label names them. */
export interface ReportFor {
  every: Recurrence["every"];
  year: number;
  lastMonth: number;
}

/** What a scan of the text collects. */
export interface ScanState {
  items: Item[];
  recurrence: Recurrence | undefined;
  frequency: "day" | "week" | undefined;
  throughout: boolean;
  /** Token range of «в течение года» (or «еженедельно»), to name it when it cannot be applied to the dates beside it. */
  throughoutAt: [number, number] | undefined;
  /** The day each report is due («до 5 числа месяца, следующего за отчётным»: { day: 5 }). */
  due: ReportDue | undefined;
  /** The reporting period the due day's words name, used when no «ежемесячно» says it. */
  impliedEvery: Recurrence["every"] | undefined;
  /** The reporting periods of «за II квартал — до 10 июля» labels, in order. */
  reportsFor: ReportFor[];
}

export function newState(): ScanState {
  return { items: [], recurrence: undefined, frequency: undefined, throughout: false, throughoutAt: undefined, due: undefined, impliedEvery: undefined, reportsFor: [] };
}

type Unit = "month" | "quarter" | "year" | "half" | "week" | "day";

const UNITS: ReadonlyMap<string, Unit> = new Map([
  ["месяц", "month"],
  ["мес", "month"],
  ["квартал", "quarter"],
  ["кв", "quarter"],
  ["четверть", "quarter"],
  ["год", "year"],
  ["полугодие", "half"],
  ["неделю", "week"],
  ["неделя", "week"],
  ["день", "day"],
  ["сутки", "day"],
]);

const EVERY_WORDS = new Set(["каждый", "каждую", "каждое", "каждого", "каждом", "каждые"]);

export function mergeRecurrence(ctx: ParseContext, st: ScanState, rec: Recurrence): void {
  const cur = st.recurrence;
  if (cur === undefined) {
    st.recurrence = rec;
    return;
  }
  if (cur.every !== rec.every || (cur.minTimes !== undefined && rec.minTimes !== undefined && cur.minTimes !== rec.minTimes)) fail(M.twoRecurrences(ctx.source));
  if (rec.minTimes !== undefined) st.recurrence = rec;
}

function applyUnit(ctx: ParseContext, st: ScanState, unit: Unit, times: number | undefined): void {
  switch (unit) {
    case "month":
      return mergeRecurrence(ctx, st, times === undefined ? { every: "month" } : { every: "month", minTimes: times });
    case "quarter":
      return mergeRecurrence(ctx, st, times === undefined ? { every: "quarter" } : { every: "quarter", minTimes: times });
    case "year":
      return mergeRecurrence(ctx, st, times === undefined ? { every: "year" } : { every: "year", minTimes: times });
    case "half":
      // «раз в полугодие» → at least twice a year (Recurrence has no half-year)
      return mergeRecurrence(ctx, st, { every: "year", minTimes: 2 * (times ?? 1) });
    case "week":
      st.frequency = "week";
      return;
    default:
      if (st.frequency === undefined) st.frequency = "day";
  }
}

/** «ежемесячно», «каждый квартал», «не реже, чем 1 раз в квартал», «2 раза в год». Returns the next index, or i. */
export function tryRecurrence(ctx: ParseContext, i: number, st: ScanState): number {
  const tk = ctx.tokens;
  const t = tk[i];
  if (t.type === "word") {
    switch (t.text) {
      case "ежемесячно":
        applyUnit(ctx, st, "month", undefined);
        return i + 1;
      case "ежеквартально":
        applyUnit(ctx, st, "quarter", undefined);
        return i + 1;
      case "ежегодно":
        applyUnit(ctx, st, "year", undefined);
        return i + 1;
      case "еженедельно":
        applyUnit(ctx, st, "week", undefined);
        st.throughoutAt ??= [i, i + 1];
        return i + 1;
      case "ежедневно":
        applyUnit(ctx, st, "day", undefined);
        st.throughoutAt ??= [i, i + 1];
        return i + 1;
    }
    // «каждую пятницу», «по средам», «еженедельно по вторникам»: weekly
    if ((EVERY_WORDS.has(t.text) || t.text === "по") && wordKind(tk[i + 1]) === "weekday" && (t.text !== "по" || tk[i + 1].text.endsWith("м"))) {
      applyUnit(ctx, st, "week", undefined);
      st.throughoutAt ??= [i, i + 2];
      return i + 2;
    }
    if (EVERY_WORDS.has(t.text)) {
      const u = tk[i + 1] !== undefined ? UNITS.get(tk[i + 1].text) : undefined;
      if (u === undefined) return i;
      applyUnit(ctx, st, u, undefined);
      return i + 2;
    }
  } else if (t.type !== "number") return i;
  let j = i;
  if (t.text === "не" && (isWord(tk[j + 1], "реже") || isWord(tk[j + 1], "менее"))) {
    j += 2;
    if (tk[j]?.type === "comma") j++;
    if (isWord(tk[j], "чем")) j++;
  }
  let times = 1;
  const c = tk[j];
  if (c !== undefined && c.type === "number" && c.digits <= 2) {
    times = c.value;
    j++;
  } else if (c !== undefined && c.type === "word" && COUNT_WORDS.has(c.text)) {
    times = COUNT_WORDS.get(c.text)!;
    j++;
  }
  if (!(isWord(tk[j], "раз") || isWord(tk[j], "раза")) || times < 1) return i;
  j++;
  if (!(isWord(tk[j], "в") || isWord(tk[j], "за"))) return i;
  j++;
  if (wordKind(tk[j]) === "school" || isWord(tk[j], "календарный")) j++;
  const u = tk[j] !== undefined && tk[j].type === "word" ? UNITS.get(tk[j].text) : undefined;
  if (u === undefined) return i;
  applyUnit(ctx, st, u, times);
  return j + 1;
}

const THROUGHOUT_WORDS = new Set(["постоянно", "круглогодично", "систематически", "регулярно"]);
const THROUGHOUT_ADJ = new Set(["весь", "вся", "всего", "всей", "все", "целый", "целого", "текущего", "текущий", "данного", "этого", "отчетного", "календарного", "календарный"]);
const THROUGHOUT_HEAD = new Set(["год", "года", "году", "период", "периода", "срок", "срока", "проект", "проекта", "реализации", "время", "времени"]);
const THROUGHOUT_TAIL = new Set([
  "реализации",
  "проекта",
  "программы",
  "плана",
  "действия",
  "года",
  "периода",
  "срока",
  "работы",
  "муниципального",
  "городского",
  "регионального",
  "национального",
  "федерального",
  "всего",
]);

/** «В течение года», «в течение всего периода реализации проекта», «постоянно»; «в течение 2022 года» reads as filler. */
export function tryThroughout(tk: Token[], i: number, st: ScanState): number {
  const t = tk[i];
  if (t.type !== "word") return i;
  if (THROUGHOUT_WORDS.has(t.text)) {
    st.throughout = true;
    st.throughoutAt ??= [i, i + 1];
    return i + 1;
  }
  let j = i;
  const next = tk[i + 1];
  if ((t.text === "в" && (isWord(next, "течение") || isWord(next, "период") || isWord(next, "продолжение"))) || (t.text === "на" && isWord(next, "протяжении"))) j = i + 2;
  while (tk[j] !== undefined && (THROUGHOUT_ADJ.has(tk[j].text) || wordKind(tk[j]) === "school")) j++;
  if (j === i) return i;
  const h = tk[j];
  if (h !== undefined && h.type === "word" && THROUGHOUT_HEAD.has(h.text)) {
    st.throughout = true;
    j++;
    while (tk[j] !== undefined && (THROUGHOUT_TAIL.has(tk[j].text) || wordKind(tk[j]) === "school")) j++;
    st.throughoutAt ??= [i, j];
    return j;
  }
  return startsPoint(h) ? j : i;
}
