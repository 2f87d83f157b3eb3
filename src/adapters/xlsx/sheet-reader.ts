/**
 * A worksheet part → its cells, merges and protection, as SAX events come (xml.ts): a row handler, a cell
 * handler and a merge handler. Cells are kept sparse — only the cells the file holds, in flat arrays — so
 * memory follows the cells present, never rows × columns from A1; sheet-grid.ts makes the rectangular grid
 * the snapshot needs, within its limit.
 */
import { parseRange, type RangeRef } from "../../core/address";
import type { CellValue } from "../../core/workbook";
import { cellValue, type RawCell } from "./cell-values";
import { fromFileFormula, shiftTokens, tokenizeFormula, type FormulaToken } from "./formulas";
import { StringItem, xsdTrue, type Styles } from "./workbook-parts";
import { attr, SPREADSHEET_NS, type XmlHandler, type XmlTag } from "./xml";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface SheetContext {
  strings: readonly string[];
  styles: Styles;
  date1904: boolean;
  wantFormulas: boolean;
  wantFormats: boolean;
}

/** The cells of a sheet as the file holds them, one entry per <c> in file order (a later one wins). */
export interface SparseSheet {
  rows: number[];
  cols: number[];
  values: CellValue[];
  /** formula text ("=…") or null; empty when formulas are not wanted */
  formulas: (string | null)[];
  /** style index, -1 for none */
  styles: number[];
  hasValue: boolean[];
  merges: RangeRef[];
  /** row → style index of rows with an s attribute */
  rowStyles: Map<number, number>;
  /** column styles (<col min max style>), 0-based inclusive */
  colStyles: { min: number; max: number; style: number }[];
  protected: boolean;
  /** a cell or merge outside the grid Excel allows (row past 1,048,576, column past XFD): its address */
  outside?: string;
}

/** "AB12" → column 27, row 11 (0-based); -1 where the text has no column or no row. */
export function decodeAddress(a: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c === 36 && i === 0) continue; // $
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const hasCol = col > 0;
  if (a.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    digits++;
  }
  return { col: hasCol ? col - 1 : -1, row: digits && i === a.length ? row - 1 : -1 };
}

/** Tags of SpreadsheetML's main namespace the reader acts on. */
const enum Text {
  None,
  V,
  F,
  Is,
}

export function sheetHandler(ctx: SheetContext): { handler: XmlHandler; sheet: SparseSheet } {
  const sheet: SparseSheet = { rows: [], cols: [], values: [], formulas: [], styles: [], hasValue: [], merges: [], rowStyles: new Map(), colStyles: [], protected: false };
  const { strings, styles, date1904, wantFormulas } = ctx;
  const masters = new Map<string, { row: number; col: number; text: string; tokens?: FormulaToken[] }>();
  const item = new StringItem();
  let inSheetData = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let text = Text.None;
  let buf = "";
  // the cell being read
  let style = -1;
  let address: string | undefined;
  const raw: RawCell = { type: undefined, v: undefined, inline: undefined, formula: false, isDate: false, isTime: false };
  let fText: string | undefined;
  let fType: string | undefined;
  let fSi: string | undefined;

  const outside = (address: string) => {
    sheet.outside ??= address;
  };

  const openRow = (tag: XmlTag) => {
    const r = attr(tag, "r");
    row = r !== undefined ? parseInt(r, 10) - 1 : row + 1;
    col = -1;
    if (!(row >= 0 && row < MAX_ROWS)) {
      outside(r ?? String(row + 1));
      return;
    }
    const s = attr(tag, "s");
    if (s !== undefined) sheet.rowStyles.set(row, parseInt(s, 10));
  };

  const openCell = (tag: XmlTag) => {
    inCell = true;
    const r = attr(tag, "r");
    address = r;
    if (r !== undefined) {
      const a = decodeAddress(r);
      col = a.col;
      // a cell's own address counts over its row's (a row without r takes the next number)
      if (a.row >= 0) row = a.row;
    } else col++;
    const s = attr(tag, "s");
    style = s !== undefined ? parseInt(s, 10) : -1;
    raw.type = attr(tag, "t");
    raw.v = raw.inline = undefined;
    raw.formula = false;
    raw.isDate = style >= 0 && styles.dates[style] === true;
    raw.isTime = raw.isDate && styles.times[style] === true;
    fText = fType = fSi = undefined;
  };

  const closeCell = () => {
    inCell = false;
    if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) {
      outside(address ?? `R${row + 1}C${col + 1}`);
      return;
    }
    raw.formula = fText !== undefined || fType !== undefined;
    const { value, hasValue } = cellValue(raw, strings, date1904);
    let formula: string | null = null;
    if (wantFormulas && raw.formula) {
      let f = fText;
      if (fType === "shared" && fSi !== undefined) {
        // the master carries the text (and the ref of the cells sharing it); the others only its si
        if (fText) masters.set(fSi, { row, col, text: fText });
        else {
          const m = masters.get(fSi);
          if (m) {
            // the master's pieces are made once and shifted for every cell that shares it
            const dRow = row - m.row;
            const dCol = col - m.col;
            f = dRow === 0 && dCol === 0 ? m.text : shiftTokens((m.tokens ??= tokenizeFormula(m.text)), dRow, dCol);
          }
        }
      }
      formula = f ? fromFileFormula(f) : null;
    }
    sheet.rows.push(row);
    sheet.cols.push(col);
    sheet.values.push(value);
    if (wantFormulas) sheet.formulas.push(formula);
    sheet.styles.push(style);
    // a formula counts as a value even with no cached result (Excel's used range, valuesOnly, counts it)
    sheet.hasValue.push(hasValue || raw.formula);
  };

  const handler: XmlHandler = {
    open(tag) {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (inCell) {
        if (text === Text.Is) {
          item.open(tag);
          return;
        }
        switch (tag.local) {
          case "v":
            text = Text.V;
            buf = "";
            return;
          case "f":
            text = Text.F;
            buf = "";
            fType = attr(tag, "t");
            fSi = attr(tag, "si");
            return;
          case "is":
            text = Text.Is;
            item.reset();
            return;
          default:
            return;
        }
      }
      switch (tag.local) {
        case "sheetData":
          inSheetData = true;
          return;
        case "row":
          if (inSheetData) openRow(tag);
          return;
        case "c":
          if (inSheetData) openCell(tag);
          return;
        case "mergeCell": {
          const ref = attr(tag, "ref");
          if (ref === undefined) return;
          try {
            const { top, left, bottom, right } = parseRange(ref);
            sheet.merges.push({ top, left, bottom, right });
          } catch {
            outside(ref);
          }
          return;
        }
        case "sheetProtection":
          sheet.protected = xsdTrue(attr(tag, "sheet"));
          return;
        case "col": {
          const st = parseInt(attr(tag, "style") ?? "0", 10);
          if (st) sheet.colStyles.push({ min: parseInt(attr(tag, "min") ?? "1", 10) - 1, max: parseInt(attr(tag, "max") ?? "1", 10) - 1, style: st });
          return;
        }
        default:
          return;
      }
    },
    close(tag) {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (text === Text.Is) {
        if (tag.local === "is") {
          raw.inline = item.value();
          text = Text.None;
        } else item.close(tag);
        return;
      }
      switch (tag.local) {
        case "v":
          if (text === Text.V) raw.v = buf;
          text = Text.None;
          return;
        case "f":
          if (text === Text.F && buf) fText = buf;
          text = Text.None;
          return;
        case "c":
          if (inCell) closeCell();
          return;
        case "sheetData":
          inSheetData = false;
          return;
        default:
          return;
      }
    },
    text(t) {
      if (text === Text.Is) item.text += t;
      else buf += t;
    },
    wantText: () => (text === Text.Is ? item.wantText : text !== Text.None),
  };
  return { handler, sheet };
}
