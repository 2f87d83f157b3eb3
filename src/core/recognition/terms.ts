/** The project term as a document states it: a label's value, a title («на 2021-2022 учебный год»), or two date cells. */
import { lastDayOfMonth, parsePeriod, parseTerm, parseTermScored, serialToYMD, type Interval } from "../periods";
import type { Term, TextCell } from "../model";

/** The term in one text («на 2021-2022 учебный год», «Апрель 2017 – декабрь 2017»), or null. */
export function termFromText(text: string): Interval | null {
  if (text.trim() === "") return null;
  return parseTerm(text);
}

/**
 * The cell of a list (the lines of a title) that states a term most clearly: «на 2021-2022 учебный год» wins
 * over the «2021 г.» of an approval stamp above it; on a tie the first. Then all the texts joined.
 */
export function termFromTexts(cells: TextCell[], source: Term["source"]): Term | undefined {
  let best: Term | undefined;
  let bestScore = 0;
  for (const c of cells) {
    if (c.text.trim() === "") continue;
    const r = parseTermScored(c.text);
    if (r && r.score > bestScore) {
      best = { cell: c, interval: r.interval, source };
      bestScore = r.score;
    }
  }
  if (best) return best;
  if (cells.length > 1) {
    const joined = cells.map((c) => c.text).join(" ");
    const interval = termFromText(joined);
    if (interval) return { cell: cells[0], interval, source };
  }
  return undefined;
}

/**
 * A term from a start cell and an end cell (template TermStart/TermEnd): real dates (the first day of a
 * month) or texts («Апрель 2017»). The end runs to the last day of its month.
 */
export function termFromStartEnd(start: TextCell | undefined, end: TextCell | undefined, source: Term["source"]): Term | undefined {
  if (!start && !end) return undefined;
  const cell = (start ?? end)!;
  const s = start ? boundOf(start, "start") : null;
  const e = end ? boundOf(end, "end") : null;
  const interval = s && e ? { start: s.start, end: e.end } : null;
  const term: Term = { cell, interval, source };
  if (start && end) term.endCell = end;
  return term;
}

function boundOf(cell: TextCell, which: "start" | "end"): Interval | null {
  if (typeof cell.raw === "number" && cell.raw > 0 && cell.raw < 2958466) {
    const d = serialToYMD(cell.raw);
    if (which === "start") return { start: d, end: d };
    return { start: d, end: { year: d.year, month: d.month, day: lastDayOfMonth(d.year, d.month) } };
  }
  const p = parsePeriod(cell.raw);
  if (!p.ok) return null;
  const per = p.period;
  if (per.kind === "interval" || per.kind === "sessions") return { start: per.start, end: per.end };
  return null;
}
