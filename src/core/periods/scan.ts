/** The scan over a text's tokens: recurrences, «в течение года», filler words, remarks in brackets and date items. */
import { fail, Fail, isWord, snippet, text, wordKind, type ParseContext } from "./context";
import * as M from "./messages";
import { parseItem, startsPoint } from "./points";
import { mergeRecurrence, newState, tryRecurrence, tryThroughout, type ScanState } from "./recurrences";
import type { Token } from "./tokens";

const PLAN_WORDS = new Set(["плану", "графику", "расписанию", "планом", "графиком"]);
const FILLERS = new Set(["срок", "сроки", "срока", "период", "периоде", "ориентировочно", "также", "проведения", "реализации"]);
/** «по необходимости», «по запросу»: no date of their own (alone they give «no period»). */
const ON_REQUEST = new Set(["необходимости", "запросу", "запросам", "согласованию", "требованию"]);
/** Prepositions and «конец/начало/середина» before a date: «в сентябре», «конец августа 2021 г.» (read as the whole month). */
const PREPOSITIONS = new Set(["в", "во", "на", "за", "конец", "конце", "начало", "начале", "середина", "середине"]);

/** Words that add nothing: «по плану», «в» before a date, «срок:». */
function tryFiller(tk: Token[], i: number): number {
  const t = tk[i];
  if (t.type !== "word") return i;
  if ((t.text === "по" || t.text === "согласно") && tk[i + 1] !== undefined && PLAN_WORDS.has(tk[i + 1].text)) return i + 2;
  if (t.text === "в" && isWord(tk[i + 1], "соответствии") && isWord(tk[i + 2], "с") && tk[i + 3] !== undefined && PLAN_WORDS.has(tk[i + 3].text))
    return i + 4;
  if (t.text === "по" && isWord(tk[i + 1], "мере") && tk[i + 2] !== undefined && tk[i + 2].type === "word") return i + 3; // по мере необходимости
  if (t.text === "по" && tk[i + 1] !== undefined && ON_REQUEST.has(tk[i + 1].text)) return i + 2;
  if (t.text === "в" && isWord(tk[i + 1], "срок")) return i + 2;
  if (FILLERS.has(t.text)) return i + 1;
  if (PREPOSITIONS.has(t.text)) {
    let j = i + 1;
    while (tk[j] !== undefined && PREPOSITIONS.has(tk[j].text)) j++;
    if (startsPoint(tk[j])) return i + 1;
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
    let r = tryRecurrence(ctx, i, st);
    if (r === i) r = tryThroughout(tk, i, st);
    if (r === i) r = tryFiller(tk, i);
    if (r > i) {
      i = r;
      continue;
    }
    const it = parseItem(tk, i, true);
    if (it !== null && it.to <= to) {
      st.items.push(it);
      i = it.to;
      continue;
    }
    fail(M.notUnderstood(ctx.source, snippet(ctx, i, to)));
  }
}

