/** The scan over a text's tokens: recurrences, «в течение года», filler words, remarks in brackets and date items. */
import { fail, Fail, isWord, snippet, text, wordKind, type ParseContext } from "./context";
import * as M from "./messages";
import { parseItem, startsPoint, type Item } from "./points";
import { MONTH_NOMINATIVE } from "./words";
import { mergeRecurrence, newState, tryRecurrence, tryThroughout, type ScanState } from "./recurrences";
import { tryReportDue, tryReportFor } from "./reports";
import type { Token } from "./tokens";

const PLAN_WORDS = new Set(["плану", "графику", "расписанию", "планом", "графиком"]);
const SPECIFIC = new Set(["отдельному", "утвержденному", "единому", "согласованному", "индивидуальному"]);
const FILLERS = new Set(["срок", "сроки", "срока", "период", "периоде", "ориентировочно", "также", "проведения", "реализации", "включительно"]);
/** «по необходимости», «по запросу»: no date of their own (alone they give «no period»). */
const ON_REQUEST = new Set(["необходимости", "запросу", "запросам", "согласованию", "требованию"]);
/** Prepositions and «конец/начало/середина» before a date: «в сентябре», «конец августа 2021 г.» (read as the whole month). */
const PREPOSITIONS = new Set(["в", "во", "на", "за", "конец", "конце", "начало", "начале", "середина", "середине"]);

/** Words that add nothing: «по плану», «в» before a date, «срок:». */
function tryFiller(tk: Token[], i: number): number {
  const t = tk[i];
  if (t.type !== "word") return i;
  if ((t.text === "по" || t.text === "согласно") && tk[i + 1] !== undefined && PLAN_WORDS.has(tk[i + 1].text)) return i + 2;
  if (t.text === "в" && isWord(tk[i + 1], "соответствии") && isWord(tk[i + 2], "с") && tk[i + 3] !== undefined && PLAN_WORDS.has(tk[i + 3].text)) return i + 4;
  if (t.text === "по" && isWord(tk[i + 1], "мере") && tk[i + 2] !== undefined && tk[i + 2].type === "word") return i + 3; // по мере необходимости
  // «по отдельному плану», «по утверждённому графику»
  if (t.text === "по" && SPECIFIC.has(tk[i + 1]?.text ?? "") && tk[i + 2] !== undefined && PLAN_WORDS.has(tk[i + 2].text)) return i + 3;
  if (t.text === "по" && tk[i + 1] !== undefined && ON_REQUEST.has(tk[i + 1].text)) return i + 2;
  if (t.text === "в" && isWord(tk[i + 1], "срок")) return i + 2;
  if (FILLERS.has(t.text)) return i + 1;
  if (PREPOSITIONS.has(t.text)) {
    // «в сентябре», «на период до 2030 года»
    let j = i + 1;
    while (tk[j] !== undefined && (PREPOSITIONS.has(tk[j].text) || FILLERS.has(tk[j].text))) j++;
    if (startsPoint(tk[j]) || isWord(tk[j], "к") || wordKind(tk[j]) === "weekday") return i + 1;
  }
  // «пятница, 3 декабря 2021 г.», «в пт 15.03»: a weekday before a date adds nothing
  if (wordKind(t) === "weekday") {
    let j = i + 1;
    if (t.word!.abbr && tk[j]?.type === "dot") j++;
    if (tk[j]?.type === "comma") j++;
    if (startsPoint(tk[j])) return j;
  }
  return i;
}

/** Does a bracket hold something date-like (and so may not be ignored as a remark)? */
function hasDateish(tk: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tk[i];
    if (t.type === "number" && (t.digits === 4 || tk[i + 1]?.type === "dot")) return true;
    const k = wordKind(t);
    if (k === "month" || k === "quarter" || k === "half") return true;
  }
  return false;
}

function matchParen(tk: Token[], open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (tk[i].type === "open") depth++;
    else if (tk[i].type === "close" && --depth === 0) return i;
  }
  return to;
}

/** «(не реже, чем 1 раз в год)» adds a recurrence; «(по согласованию)» is a remark; a date in brackets is not understood. */
function note(ctx: ParseContext, from: number, to: number, st: ScanState): void {
  const sub = newState();
  let ok = true;
  try {
    scan(ctx, from, to, sub);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    ok = false;
  }
  if (ok && sub.items.length === 0) {
    if (sub.recurrence !== undefined) mergeRecurrence(ctx, st, sub.recurrence);
    if (sub.frequency !== undefined) st.frequency = sub.frequency;
    if (sub.throughout) st.throughout = true;
    if (sub.throughoutAt !== undefined) st.throughoutAt ??= sub.throughoutAt;
    if (sub.due !== undefined) st.due = sub.due;
    if (sub.impliedEvery !== undefined) st.impliedEvery ??= sub.impliedEvery;
    st.reportsFor.push(...sub.reportsFor);
    return;
  }
  // «ежегодно (сентябрь)»: dates in brackets after words with no dates of their own say when
  if (ok && st.items.length === 0 && sub.recurrence === undefined) {
    st.items.push(...sub.items);
    if (sub.throughout) st.throughout = true;
    return;
  }
  if (!ok && !hasDateish(ctx.tokens, from, to)) return;
  fail(M.notUnderstood(ctx.source, text(ctx, from - 1, to + 1)));
}

export function scan(ctx: ParseContext, from: number, to: number, st: ScanState): void {
  const tk = ctx.tokens;
  let i = from;
  while (i < to) {
    const t = tk[i];
    const tt = t.type;
    if (tt === "comma" || tt === "semicolon" || tt === "dot" || tt === "colon" || tt === "close") {
      i++;
      continue;
    }
    if (tt === "open") {
      const close = matchParen(tk, i, to);
      note(ctx, i + 1, close, st);
      i = close + 1;
      continue;
    }
    if (tt === "word" && (t.text === "и" || t.text === "а")) {
      i++;
      continue;
    }
    let r = tryTime(tk, i, st);
    if (r === i) r = tryReportFor(ctx, i, st);
    if (r === i) r = tryReportDue(ctx, i, st);
    if (r === i) r = tryRecurrence(ctx, i, st);
    if (r === i) r = tryThroughout(tk, i, st);
    if (r === i) r = tryFiller(tk, i);
    if (r > i) {
      i = r;
      continue;
    }
    const it = parseItem(tk, i, true);
    if (it !== null && it.to <= to) {
      st.items.push(it);
      if (it.caveat !== undefined) ctx.warnings.push(M.caveat(it.caveat, text(ctx, it.from, it.to), caveatReading(it)));
      i = it.to;
      continue;
    }
    fail(M.notUnderstood(ctx.source, snippet(ctx, i, to)));
  }
}

/** How an item read by a guess was read, in the words a person would write: «октябрь 2021 г.», «2021–2023 гг.». */
function caveatReading(it: Item): string {
  const a = it.startPoint;
  if (it.caveat === "month-dash-year") return `${MONTH_NOMINATIVE[a.month - 1] ?? "?"} ${a.year} г.`;
  return `${a.year}–${it.endPoint?.year ?? "?"} гг.`;
}

const HOUR_WORDS = new Set(["ч", "час", "часа", "часов", "мин", "минут"]);

/** «10:00», «14.00 ч.», «в 10 часов»: a time of day at token j, or j. */
function timeAt(tk: Token[], j: number, afterDay: boolean): number {
  const h = tk[j];
  if (h?.type !== "number" || h.digits > 2 || h.value > 23) return j;
  const sep = tk[j + 1];
  const m = tk[j + 2];
  let k = j;
  let sure = false;
  if ((sep?.type === "colon" || sep?.type === "dot") && m?.type === "number" && m.digits === 2 && m.value <= 59) {
    k = j + 3;
    sure = sep.type === "colon";
  } else k = j + 1;
  if (tk[k]?.type === "word" && HOUR_WORDS.has(tk[k].text)) {
    k++;
    if (tk[k]?.type === "dot") k++;
    sure = true;
  }
  // «10.30» after a day: a time, unless it could be a day and a month («12.10») or runs on into a year («16.01.2024»)
  const notAMonth = m !== undefined && (m.value === 0 || m.value > 12);
  const runsOn = tk[j + 3]?.type === "dot" || tk[j + 3]?.type === "slash";
  return sure || (afterDay && k === j + 3 && notAMonth && !runsOn) ? k : j;
}

/**
 * A time after a date («7 сентября 2021 г. в 10:00», «15 мая 14.00 ч.», «15.03.2022, 10.00-12.00»): the period is the
 * day, the time adds nothing to it. «14.00» alone is a date (14 January is not, 00 is no month): only after a day.
 */
function tryTime(tk: Token[], i: number, st: ScanState): number {
  const last = st.items[st.items.length - 1];
  const lastPoint = last === undefined ? undefined : (last.endPoint ?? last.startPoint);
  let j = i;
  if (tk[j]?.type === "comma") j++;
  const afterDay = lastPoint !== undefined && lastPoint.kind === "day" && last.to >= i - 1 && last.to <= i;
  if (isWord(tk[j], "в") || isWord(tk[j], "с") || isWord(tk[j], "к")) j++;
  const end = timeAt(tk, j, afterDay);
  if (end === j) return i;
  let k = end;
  // a time range: «10.00-12.00», «с 10:00 до 12:00»
  if (tk[k]?.type === "dash" || isWord(tk[k], "до")) {
    const second = timeAt(tk, k + 1, true);
    if (second > k + 1) k = second;
  }
  return k;
}

const LABEL_STOP = new Set(["month", "season", "quarter", "half", "year-word", "school"]);

/**
 * «Срок: март 2022 г.», «Дата проведения: 15.03.2022»: a few words before a colon that name no date are a label,
 * and the period starts after the colon. Returns the index to start the scan at.
 */
export function labelEnd(tk: Token[]): number {
  for (let i = 0; i < tk.length && i <= 6; i++) {
    const t = tk[i];
    if (t.type === "colon") return i > 0 ? i + 1 : 0;
    if (t.type === "number" && t.digits > 2) return 0;
    if (t.type !== "word" && t.type !== "number" && t.type !== "dot") return 0;
    const k = wordKind(t);
    if (k !== undefined && LABEL_STOP.has(k)) return 0;
    if (t.text === "до" || t.text === "с" || t.text === "по" || t.text === "за" || t.text === "к") return 0;
  }
  return 0;
}
