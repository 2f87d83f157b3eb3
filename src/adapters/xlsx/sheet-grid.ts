/**
 * The sparse cells of a sheet (sheet-reader.ts) → the rectangular grids anchored at A1 that a SheetSnapshot
 * holds, as Office's used range gives them, within MAX_GRID_CELLS.
 *
 * The extent is Excel's used range: every cell the file holds (formatted empty ones too) and every merged
 * area; with valuesOnly, the cells with values and the merged areas. When the used range is over the limit
 * only because of formatted empty cells (styles out to XFD1048576, say), the grid ends at the last value
 * instead: those cells hold nothing to check. When the values themselves are spread over more than the
 * limit, the sheet is not read and the caller reports it (a finding for that sheet; the rest is checked).
 */
import type { RangeRef } from "../../core/address";
import type { CellValue, SheetSnapshot } from "../../core/workbook";
import type { SparseSheet } from "./sheet-reader";
import type { Styles } from "./workbook-parts";

/**
 * Rows × columns of the used range the snapshot may hold: 5,000,000 cells (100,000 rows × 50 columns, say);
 * the grids then take about 120 MB. A bigger used range makes a finding for its sheet.
 */
export const MAX_GRID_CELLS = 5_000_000;

export type Grid = Pick<SheetSnapshot, "values" | "formulas" | "numberFormats" | "merges" | "protected">;

export type GridResult = { ok: true; grid: Grid } | { ok: false; rows: number; cols: number };

export interface GridOptions {
  styles: Styles;
  wantFormulas: boolean;
  wantFormats: boolean;
  valuesOnly: boolean;
}

function extent(s: SparseSheet, valuesOnly: boolean): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const n = s.rows.length;
  for (let i = 0; i < n; i++) {
    if (valuesOnly && !s.hasValue[i]) continue;
    if (s.rows[i] >= rows) rows = s.rows[i] + 1;
    if (s.cols[i] >= cols) cols = s.cols[i] + 1;
  }
  for (const m of s.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  // an empty sheet reads as A1 alone, as Office's used range gives it
  return rows === 0 || cols === 0 ? { rows: 1, cols: 1 } : { rows, cols };
}

export function buildGrid(s: SparseSheet, o: GridOptions): GridResult {
  let { rows, cols } = extent(s, o.valuesOnly);
  if (rows * cols > MAX_GRID_CELLS && !o.valuesOnly) ({ rows, cols } = extent(s, true));
  if (rows * cols > MAX_GRID_CELLS) return { ok: false, rows, cols };
  const { formats } = o.styles;

  const values: CellValue[][] = new Array(rows);
  const formulas: (string | null)[][] | undefined = o.wantFormulas ? new Array(rows) : undefined;
  // per cell: its format, "" for a present cell without one, undefined for a cell the file does not hold
  const fmts: (string | undefined)[][] | undefined = o.wantFormats ? new Array(rows) : undefined;
  for (let r = 0; r < rows; r++) {
    values[r] = new Array<CellValue>(cols).fill("");
    if (formulas) formulas[r] = new Array<string | null>(cols).fill(null);
    if (fmts) fmts[r] = new Array<string | undefined>(cols).fill(undefined);
  }
  const n = s.rows.length;
  for (let i = 0; i < n; i++) {
    const r = s.rows[i];
    const c = s.cols[i];
    if (r >= rows || c >= cols) continue;
    values[r][c] = s.values[i];
    if (formulas) formulas[r][c] = s.formulas[i];
    if (fmts) {
      const st = s.styles[i];
      fmts[r][c] = (st >= 0 ? formats[st] : undefined) ?? "";
    }
  }

  // merged areas: the cells other than the top-left one hold nothing; cells the file left out take the format
  // of their row, or else of their column (as Excel and ExcelJS give them)
  for (const m of s.merges) blankMerge(m, values, formulas, fmts, s, formats);

  let numberFormats: string[][] | undefined;
  if (fmts) {
    for (let r = 0; r < rows; r++) {
      const row = fmts[r];
      for (let c = 0; c < cols; c++) if (!row[c]) row[c] = "General";
    }
    numberFormats = fmts as string[][];
  }
  const grid: Grid = { values, merges: s.merges, protected: s.protected };
  if (formulas) grid.formulas = formulas;
  if (numberFormats) grid.numberFormats = numberFormats;
  return { ok: true, grid };
}

function blankMerge(m: RangeRef, values: CellValue[][], formulas: (string | null)[][] | undefined, fmts: (string | undefined)[][] | undefined, s: SparseSheet, formats: (string | undefined)[]): void {
  for (let r = m.top; r <= m.bottom && r < values.length; r++) {
    const vrow = values[r];
    const frow = formulas?.[r];
    const nrow = fmts?.[r];
    for (let c = m.left; c <= m.right && c < vrow.length; c++) {
      if (nrow && nrow[c] === undefined) {
        const rs = s.rowStyles.get(r);
        nrow[c] = (rs !== undefined ? formats[rs] : undefined) || columnFormat(s, c, formats) || "";
      }
      if (r === m.top && c === m.left) continue;
      vrow[c] = "";
      if (frow) frow[c] = null;
    }
  }
}

function columnFormat(s: SparseSheet, col: number, formats: (string | undefined)[]): string | undefined {
  for (const span of s.colStyles) if (col >= span.min && col <= span.max) return formats[span.style];
  return undefined;
}
