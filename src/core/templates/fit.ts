/**
 * Fitting a template's cells to its columns and rows before it is written, so that nothing is clipped on
 * screen or on paper:
 * - row heights for wrapped text and for merged cells, estimated from the text's length and the widths of
 *   the columns it sits in (Excel fits a row's height to wrapped text only when the row's height was never
 *   set, and never to a merged cell's text: "AutoFit … doesn't work on merged cells", Microsoft support,
 *   «Change the column width or row height»);
 * - column widths wide enough for every formatted number and date in both languages (a number or a date that
 *   does not fit shows «###»; text never does).
 *
 * Widths are in Excel's unit, the width of the digit «0» of the default font (Calibri 11); heights in points.
 * The estimates are deliberately a little generous: a row a line too tall is harmless, a clipped one is not.
 */
import { columnIndex, type RangeRef } from "../address";
import { serialToYMD } from "../periods/dates";
import type { CellStyle, CellWrite, SheetPlan } from "../workbook";
import { FORMATS } from "./layout";

/** Points per line of Calibri 11 (Excel's default row height), scaled by the font size. */
export const LINE_PT = 15;
export const DEFAULT_ROW_PT = 15;
/** Excel's tallest row. */
export const MAX_ROW_PT = 409;
const DEFAULT_FONT_SIZE = 11;
/** What Excel keeps free inside a cell's width (padding), in «0» widths. */
const CELL_PADDING = 1;
/** A column is widened for a long word up to this width; a longer word (an address) is broken as Excel breaks it. */
const MAX_WORD_WIDTH = 30;
/** A merged area gains the gaps between its columns (5 px of a 7 px «0»). */
const GRID_GAP = 5 / 7;

const MONTHS: Record<"ru" | "en", string[]> = {
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
/** Short month names as Excel (ru «сен») and LibreOffice (ru «сент.») write them; the longest counts. */
const SHORT_MONTH_CHARS = 5;

/** The width of one character in «0» widths: capitals and wide letters more, spaces and punctuation less. */
function charWidth(ch: string): number {
  if (ch === " ") return 0.5;
  if (/[.,:;'!|il()[\]]/.test(ch)) return 0.55;
  if (/[ЖШЩЮМмшщжюWMФф]/.test(ch)) return 1.45;
  if (/[A-ZА-ЯЁ]/.test(ch)) return 1.2;
  if (/[«»—–%]/.test(ch)) return 1.2;
  if (/[0-9]/.test(ch)) return 1;
  return 0.95;
}

/** The text's width in «0» widths at the cell's font. */
export function textWidth(text: string, style: CellStyle = {}): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontScale(style);
}

function fontScale(style: CellStyle): number {
  return ((style.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style.bold ? 1.08 : 1);
}

/** Lines of a wrapped text in a cell `width` «0» widths wide: words go on a line while they fit (Excel's rule). */
export function estimateLines(text: string, width: number, style: CellStyle = {}): number {
  const room = Math.max(1, width - CELL_PADDING);
  const space = textWidth(" ", style);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, style);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // a word longer than a line breaks inside itself
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
  }
  return lines;
}

/** Points a row needs for `lines` lines of the cell's font. */
export function linesHeight(lines: number, style: CellStyle = {}): number {
  const perLine = LINE_PT * ((style.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE);
  return Math.ceil(lines * perLine + (lines > 1 ? 2 : 0));
}

/**
 * The width (in «0» widths) a number needs in the given format in either language, or undefined when the
 * format never shows «###» (text, or General, which drops decimals to fit).
 */
export function numberWidth(value: number | undefined, format: string | undefined, worst: { money: number }): number | undefined {
  switch (format) {
    case FORMATS.date:
      return 10;
    case FORMATS.month: {
      const month = value === undefined ? 8 : serialToYMD(value).month - 1;
      const name = Math.max(textWidth(MONTHS.ru[month]), textWidth(MONTHS.en[month]));
      return name + 0.5 + 4;
    }
    case FORMATS.monthHeader:
      return SHORT_MONTH_CHARS;
    case FORMATS.percent:
      return value === undefined ? 5 : String(Math.round(value * 100)).length + 1.2;
    case FORMATS.money: {
      const v = Math.abs(value ?? worst.money);
      const digits = String(Math.floor(v)).length;
      return digits + Math.floor((digits - 1) / 3) * 0.5 + 3 + (value !== undefined && value < 0 ? 1 : 0);
    }
    case FORMATS.whole:
      return value === undefined ? undefined : String(Math.round(value)).length;
    default:
      return undefined;
  }
}

interface Area {
  ref: RangeRef;
  cell: CellWrite;
  style: CellStyle;
}

/** Every written cell with its resolved style and the area it covers (its merge, or itself). */
function areas(plan: SheetPlan): Area[] {
  const merged = new Map<string, RangeRef>();
  for (const m of plan.merges ?? []) merged.set(`${m.top}:${m.left}`, m);
  const byRow = new Map<number, Area[]>();
  const out = plan.cells.map((cell) => {
    const area: Area = { cell, ref: merged.get(`${cell.row}:${cell.col}`) ?? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col }, style: {} };
    const row = byRow.get(cell.row);
    if (row) row.push(area);
    else byRow.set(cell.row, [area]);
    return area;
  });
  // range styles first (they do not overlap), then each cell's own style, as the adapters apply them
  for (const s of plan.styles ?? []) {
    for (let r = s.ref.top; r <= s.ref.bottom; r++) {
      for (const a of byRow.get(r) ?? []) if (a.cell.col >= s.ref.left && a.cell.col <= s.ref.right) a.style = { ...a.style, ...s.style };
    }
  }
  for (const a of out) if (a.cell.style) a.style = { ...a.style, ...a.cell.style };
  return out;
}

/** Column width in «0» widths (Excel's default 8.43 where the plan sets none). */
export function columnWidthOf(plan: SheetPlan): (col: number) => number {
  const widths = new Map((plan.columnWidths ?? []).map((c) => [c.col, c.width]));
  return (col) => widths.get(col) ?? 8.43;
}

/** The width of an area: its columns and the gaps between them. */
export function areaWidth(ref: RangeRef, width: (col: number) => number): number {
  let w = 0;
  for (let c = ref.left; c <= ref.right; c++) w += width(c);
  return w + (ref.right - ref.left) * GRID_GAP;
}

/**
 * The longest text a formula can show, as far as the plan tells: the longest text among the cells it returns
 * (a chart label repeats an indicator's name, a status one of the legend's labels), plus a few characters for
 * what the formula adds («1. »). A reference returned stands as a value — after «=», «,» or «&» and before
 * «,», «)», «&» or the end; one inside TRIM(…) or before a comparison is a condition. Undefined when it
 * returns no text of the plan.
 */
export function formulaText(formula: string, textAt: (row: number, col: number) => string | undefined): string | undefined {
  let longest: string | undefined;
  const bare = formula.replace(/"[^"]*"/g, '""');
  for (const m of bare.matchAll(/(?<=^=|[,&]\s*)\$?([A-Z]{1,3})\$?([0-9]{1,7})(?=\s*(?:[,)&]|$))/g)) {
    const text = textAt(Number(m[2]) - 1, columnIndex(m[1]));
    if (text !== undefined && (longest === undefined || text.length > longest.length)) longest = text;
  }
  return longest === undefined ? undefined : `${longest} 00.`;
}

/** A wrapped text cell (or a text merged over several rows): the lines it needs at the current widths. */
export function wrappedTextCells(plan: SheetPlan): { ref: RangeRef; text: string; style: CellStyle; lines: number }[] {
  const width = columnWidthOf(plan);
  const all = areas(plan);
  const texts = new Map<string, string>();
  for (const a of all) if (typeof a.cell.value === "string") texts.set(`${a.cell.row}:${a.cell.col}`, a.cell.value);
  const textAt = (row: number, col: number) => texts.get(`${row}:${col}`);
  const out: { ref: RangeRef; text: string; style: CellStyle; lines: number }[] = [];
  for (const a of all) {
    if (!a.style.wrap && a.ref.bottom === a.ref.top) continue;
    const text = typeof a.cell.value === "string" ? a.cell.value : a.cell.formula !== undefined && a.style.wrap ? formulaText(a.cell.formula, textAt) : undefined;
    if (!text) continue;
    const lines = a.style.wrap ? estimateLines(text, areaWidth(a.ref, width), a.style) : 1;
    out.push({ ref: a.ref, text, style: a.style, lines });
  }
  return out;
}

/** The plan with its columns widened for numbers and dates, and row heights for its wrapped and merged texts. */
export function fitCells(plan: SheetPlan): SheetPlan {
  const widths = new Map((plan.columnWidths ?? []).map((c) => [c.col, c.width]));
  const width = (col: number) => widths.get(col) ?? 8.43;
  const all = areas(plan);
  // the largest money total a formula can show: the sum of every amount typed into the plan
  const money = all.reduce((s, a) => s + (a.style.numberFormat === FORMATS.money && typeof a.cell.value === "number" ? Math.abs(a.cell.value) : 0), 0);
  for (const a of all) {
    const value = typeof a.cell.value === "number" ? a.cell.value : undefined;
    if (value === undefined && a.cell.formula === undefined) continue;
    const need = numberWidth(value, a.style.numberFormat, { money: Math.max(money, 999_999.99) });
    if (need === undefined) continue;
    const have = areaWidth(a.ref, width);
    const short = need * fontScale(a.style) + CELL_PADDING + 0.5 - have;
    if (short > 0) widths.set(a.ref.right, Math.ceil((width(a.ref.right) + short) * 2) / 2);
  }
  // a wrapped text's longest word fits on a line (Excel breaks a word that does not inside it: «необязательн|о»)
  for (const a of all) {
    if (!a.style.wrap || typeof a.cell.value !== "string") continue;
    const word = Math.max(...a.cell.value.split(/[\s]+/).map((w) => textWidth(w, a.style)));
    const short = Math.min(word, MAX_WORD_WIDTH) + CELL_PADDING + 0.5 - areaWidth(a.ref, width);
    if (short > 0) widths.set(a.ref.right, Math.ceil((width(a.ref.right) + short) * 2) / 2);
  }
  const fitted: SheetPlan = { ...plan, columnWidths: [...widths].sort((x, y) => x[0] - y[0]).map(([col, w]) => ({ col, width: w })) };

  const heights = new Map((plan.rowHeights ?? []).map((r) => [r.row, r.height]));
  const height = (row: number) => heights.get(row) ?? DEFAULT_ROW_PT;
  const texts = wrappedTextCells(fitted);
  // one-row cells first, then areas over several rows spread what they still lack over their rows
  for (const t of texts.filter((x) => x.ref.top === x.ref.bottom)) {
    const need = Math.max(linesHeight(t.lines, t.style), linesHeight(1, t.style));
    if (need > height(t.ref.top)) heights.set(t.ref.top, Math.min(MAX_ROW_PT, need));
  }
  for (const t of texts.filter((x) => x.ref.top < x.ref.bottom)) {
    const rows = t.ref.bottom - t.ref.top + 1;
    let have = 0;
    for (let r = t.ref.top; r <= t.ref.bottom; r++) have += height(r);
    const lack = linesHeight(t.lines, t.style) - have;
    if (lack > 0) for (let r = t.ref.top; r <= t.ref.bottom; r++) heights.set(r, Math.min(MAX_ROW_PT, height(r) + Math.ceil(lack / rows)));
  }
  if (heights.size) fitted.rowHeights = [...heights].sort((x, y) => x[0] - y[0]).map(([row, h]) => ({ row, height: h }));
  return fitted;
}
