/**
 * A read view of a sheet snapshot for recognition: cell text, merges, and the normalised keys used to
 * match labels. Rows may be ragged and cells may hold anything; nothing here throws on odd data.
 */
import type { RangeRef } from "../address";
import type { CellValue, SheetSnapshot } from "../workbook";
import type { At, TextCell } from "../model";

// Globals read once: hot loops below run per cell, and a global lookup costs more in some hosts (jest's vm contexts).
const isArray = Array.isArray;
const isFiniteNumber = Number.isFinite;
const toText = String;
const { min } = Math;

/** Characters dropped when comparing labels: spaces, hyphens, punctuation. «Количес тво участни ков» = «Количество участников». */
const NON_KEY = /[^0-9a-zа-я№]+/g;
const YO = /ё/g;

/** Keys already made, by text: the same labels and headers are looked at many times in a check, and in every check. */
const keys = new Map<string, string>();
const KEYS_LIMIT = 20000;

/** A label or header as a comparison key: lower case, «ё» → «е», only letters, digits and «№». */
export function normKey(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = text.toLowerCase().replace(YO, "е").replace(NON_KEY, "");
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(text, k);
  }
  return k;
}

/** A cell value as text, trimmed. Numbers as String(), booleans as TRUE/FALSE, null as "". */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return isFiniteNumber(v) ? toText(v) : "";
  return v ? "TRUE" : "FALSE";
}

const WS_RUN = /[ \t\u00a0]+/g;
const NL_RUN = /\s*\n\s*/g;

/** Collapses runs of spaces; keeps line breaks (single). */
export function tidy(text: string): string {
  if (!needsTidy(text)) return text.trim();
  return text.replace(/\r\n?/g, "\n").replace(WS_RUN, " ").replace(NL_RUN, "\n").trim();
}

/** Tabs, line breaks, no-break spaces or double spaces: most cells have none and are kept as they are. */
const NEEDS_TIDY = /[\t\r\n\u00a0]| {2}/;
function needsTidy(s: string): boolean {
  return NEEDS_TIDY.test(s);
}

interface VerticalSpan {
  top: number;
  bottom: number;
  value: CellValue;
}

export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly values: CellValue[][];
  private readonly numberFormats?: string[][];
  private readonly formulas?: (string | null)[][];
  /** merges by their top-left cell */
  private readonly mergeByStart = new Map<number, RangeRef>();
  /** vertical merges, per column, for cells below a merge's top-left (they read as the top-left's value) */
  private readonly vertical = new Map<number, VerticalSpan[]>();

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.values = isArray(sheet.values) ? sheet.values : [];
    this.numberFormats = sheet.numberFormats;
    this.formulas = isArray(sheet.formulas) ? sheet.formulas : undefined;
    this.rowCount = this.values.length;
    let cols = 0;
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r]; // an index loop: once per sheet, unoptimised, for…of would allocate per row
      if (isArray(row) && row.length > cols) cols = row.length;
    }
    this.colCount = cols;
    for (const m of sheet.merges ?? []) {
      if (!m || !(m.top >= 0) || !(m.left >= 0) || m.bottom < m.top || m.right < m.left) continue;
      this.mergeByStart.set(key(m.top, m.left), m);
      if (m.bottom > m.top) {
        let list = this.vertical.get(m.left);
        if (!list) this.vertical.set(m.left, (list = []));
        list.push({ top: m.top, bottom: m.bottom, value: this.own(m.top, m.left) });
      }
    }
    for (const list of this.vertical.values()) list.sort((a, b) => a.top - b.top);
  }

  /** The cell's own value ("" outside the grid). */
  own(row: number, col: number): CellValue {
    const r = this.values[row];
    if (!isArray(r)) return "";
    const v = r[col];
    return v === undefined ? "" : v;
  }

  /** The value a person sees: the own value, or the value of a vertical merge the cell lies under. */
  value(row: number, col: number): CellValue {
    const v = this.own(row, col);
    if (v !== "" && v !== null) return v;
    const spans = this.vertical.get(col);
    if (!spans) return v;
    // binary search: last span with top < row
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].top < row) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i > found - 4; i--) {
      const s = spans[i];
      if (s.top < row && row <= s.bottom) return s.value;
    }
    return v;
  }

  text(row: number, col: number): string {
    return valueText(this.value(row, col));
  }

  numberFormat(row: number, col: number): string | undefined {
    const r = this.numberFormats?.[row];
    return isArray(r) ? r[col] : undefined;
  }

  /** The cell's formula text, when the snapshot has formulas and the cell holds one. */
  formula(row: number, col: number): string | undefined {
    const r = this.formulas?.[row];
    const f = isArray(r) ? r[col] : undefined;
    return typeof f === "string" && f !== "" ? f : undefined;
  }

  /** The merge whose top-left is this cell, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.mergeByStart.get(key(row, col));
  }

  private readonly scratch: number[] = [];

  /**
   * Like filledCols, limited to [left, right], into a buffer the grid reuses: valid until the next call.
   * For loops over many rows that only look at the columns before moving on.
   */
  filledIn(row: number, left: number, right: number): number[] {
    const out = this.scratch;
    out.length = 0;
    const r = this.values[row];
    if (!isArray(r)) return out;
    const last = min(r.length - 1, right);
    for (let c = left < 0 ? 0 : left; c <= last; c++) {
      const v = r[c];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v === "string" && v.trim() === "") continue;
      out.push(c);
    }
    return out;
  }

  /** Columns of the row's non-empty own cells (merged-from-above cells not included). */
  filledCols(row: number): number[] {
    const r = this.values[row];
    const out: number[] = [];
    if (!isArray(r)) return out;
    for (let c = 0; c < r.length; c++) {
      const v = r[c];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v === "string" && v.trim() === "") continue;
      out.push(c);
    }
    return out;
  }

  /** A mapped text value at a cell, or undefined when the cell reads empty. */
  cell(row: number, col: number | undefined): TextCell | undefined {
    if (col === undefined || col < 0) return undefined;
    const raw = this.value(row, col);
    const text = tidy(valueText(raw));
    if (text === "") {
      // a formula the workbook has not calculated: there is a value, just not read
      const formula = this.formulas ? this.formula(row, col) : undefined;
      return formula ? { row, col, raw, text, formula } : undefined;
    }
    if (this.formulas) {
      const formula = this.formula(row, col);
      if (formula) return { row, col, raw, text, formula };
    }
    return { row, col, raw, text };
  }
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** Appends a fragment (the rest of a row split at a page break) to a mapped value. */
export function appendText(target: TextCell, more: TextCell): TextCell {
  const also: At[] = [...(target.also ?? []), { row: more.row, col: more.col }];
  return { ...target, text: `${target.text} ${more.text}`.trim(), raw: `${valueText(target.raw)} ${valueText(more.raw)}`.trim(), also };
}
