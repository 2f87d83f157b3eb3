/** The project term in a cell or a title: the best date expression of a text, with how sure it is. */
import type { CellValue } from "../workbook";
import type { Interval } from "./types";
import { Fail, isWord, MAX_YEAR, MIN_YEAR, newContext } from "./context";
import { MAX_LEN, parsePeriod } from "./parse";
import { parseItem, startsPoint } from "./points";
import { resolve, yearless, type Resolved } from "./resolution";
import { tokenize } from "./tokens";

/**
 * The project term in a cell or a title: «Апрель 2017 – декабрь 2017», «на 2021-2022 учебный год»
 * (1 Sep 2021 – 31 Aug 2022), «2021/2022 учебный год», «2024–2026 гг.», «с 01.09.2023 по 31.05.2024»,
 * or a longer text containing one of them. Null when there is none.
 */
export function parseTerm(value: CellValue): Interval | null {
  const r = parseTermScored(value);
  return r ? r.interval : null;
}

/**
 * parseTerm with how sure it is, to choose between several texts (the lines of a title): 5 for a text that is
 * a term as a whole, 4.5 for «на 2021-2022 учебный год» inside a text, 3.5 for «на 2024-2026 годы», 2.5 for
 * «на 2025 год», less for a bare range or year. A year inside a name in «…» or after a blank to fill in
 * («"__" ______ 2021 г.» of an approval stamp) is not a term.
 */
export function parseTermScored(value: CellValue): { interval: Interval; score: number } | null {
  try {
    if (typeof value === "number") {
      if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return { interval: { start: { year: value, month: 1, day: 1 }, end: { year: value, month: 12, day: 31 } }, score: 2 };
      return null;
    }
    if (typeof value !== "string") return null;
    const src = value.length > 10000 ? value.slice(0, 10000) : value;
    if (src.length <= MAX_LEN && !src.includes("__")) {
      const r = parsePeriod(src);
      if (r.ok && r.period.kind === "interval" && !r.period.deadline && !r.period.openEnd) return { interval: { start: r.period.start, end: r.period.end }, score: 5 };
    }
    // Look for the best date expression inside a longer text.
    const tk = tokenize(src);
    const ctx = newContext(src, tk);
    let best: Interval | null = null;
    let bestScore = 0;
    // «…» quotes hold a name («Наставничество-2030»): a year inside them is not the term (when the quotes pair up)
    let opens = 0;
    let closes = 0;
    for (let k = 0; k < src.length; k++) {
      const c = src.charCodeAt(k);
      if (c === 0xab) opens++;
      else if (c === 0xbb) closes++;
    }
    const quotesPair = opens > 0 && opens === closes;
    let quoteDepth = 0;
    let scanned = 0;
    for (let i = 0; i < tk.length; i++) {
      for (const end = tk[i].from; scanned < end; scanned++) {
        const c = src.charCodeAt(scanned);
        if (c === 0xab) quoteDepth++;
        else if (c === 0xbb && quoteDepth > 0) quoteDepth--;
      }
      if (!startsPoint(tk[i]) && !isWord(tk[i], "к") && !isWord(tk[i], "не")) continue;
      if (quotesPair && quoteDepth > 0) continue;
      if (afterBlank(src, tk[i].from)) continue;
      const it = parseItem(tk, i, true);
      if (it === null) continue;
      const next = it.to - 1;
      // «до 2030 года» names an end, not a term
      if (!yearless(it) && !it.open && !it.deadline) {
        let r: Resolved | null = null;
        try {
          r = resolve(ctx, it, -1);
        } catch (e) {
          if (!(e instanceof Fail)) throw e;
        }
        if (r !== null) {
          let score = it.school ? 4 : it.endPoint !== null ? 3 : r.precision === "year" ? 2 : r.precision === "day" ? 0 : 1;
          // «на 2025 год», «в 2025 году»: the words of a term
          const before = tk[i - 1];
          if (isWord(before, "на") || isWord(before, "в")) score += 0.5;
          if (score > bestScore) {
            best = { start: r.start, end: r.end };
            bestScore = score;
          }
        }
      }
      if (next > i) i = next;
    }
    return best ? { interval: best, score: bestScore } : null;
  } catch {
    return null;
  }
}

/** «"__" ______ 2021 г.»: the year of a date left blank to be filled in by hand (an approval stamp). */
function afterBlank(src: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0) {
    const c = src.charCodeAt(k);
    if (c === 32 || c === 0xa0 || c === 0xbb || c === 34) k--;
    else return c === 95; // _
  }
  return false;
}
