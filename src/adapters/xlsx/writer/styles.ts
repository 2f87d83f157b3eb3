/** CellStyle → ExcelJS styles, for cells, whole rows and whole columns. */
import type ExcelJS from "exceljs";
import type { RangeRef } from "../../../core/address";
import type { CellStyle } from "../../../core/workbook";
import { MAX_COLS, MAX_ROWS } from "../../../core/excelLimits";

/** "#RRGGBB" → ExcelJS's opaque "FFRRGGBB". */
export function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * The font a cell without a font of its own shows (a new workbook's first font): a font changed from it keeps
 * its name, or LibreOffice (and so a printed PDF) falls back to a serif face for the nameless font. The scheme
 * "minor" makes Excel show the workbook theme's body font, as for the cell before.
 */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };

function styled(current: Partial<ExcelJS.Style> | undefined, s: CellStyle): Partial<ExcelJS.Style> {
  const cur = current ?? {};
  const next: Partial<ExcelJS.Style> = { ...cur };
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(cur.font ?? DEFAULT_FONT) };
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
    next.font = font;
  }
  if (s.fill !== undefined) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap !== undefined || s.hAlign !== undefined || s.vAlign !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(cur.alignment ?? {}) };
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    if (s.hAlign !== undefined) alignment.horizontal = s.hAlign;
    if (s.vAlign !== undefined) alignment.vertical = s.vAlign === "center" ? "middle" : s.vAlign;
    next.alignment = alignment;
  }
  if (s.border === true) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  else if (s.border === false) next.border = {};
  if (s.numberFormat !== undefined) next.numFmt = s.numberFormat;
  return next;
}

/**
 * Styles a cell by giving it a new style object: ExcelJS shares one style object between all cells
 * loaded with the same style (and between merged cells), so changing it in place would restyle them all.
 */
export function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  cell.style = styled(cell.style, s);
}

export function styleRange(ws: ExcelJS.Worksheet, ref: RangeRef, s: CellStyle): void {
  const wholeCols = ref.top === 0 && ref.bottom === MAX_ROWS - 1;
  const wholeRows = ref.left === 0 && ref.right === MAX_COLS - 1;
  if (wholeCols) {
    for (let c = ref.left; c <= ref.right; c++) {
      const col = ws.getColumn(c + 1);
      col.style = styled(col.style, s) as ExcelJS.Style;
      col.eachCell({ includeEmpty: false }, (cell) => styleCell(cell, s));
    }
    return;
  }
  if (wholeRows) {
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row = ws.getRow(r + 1) as ExcelJS.Row & { style: Partial<ExcelJS.Style> };
      row.style = styled(row.style, s);
      row.eachCell({ includeEmpty: false }, (cell) => styleCell(cell, s));
    }
    return;
  }
  for (let r = ref.top; r <= ref.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = ref.left; c <= ref.right; c++) styleCell(row.getCell(c + 1), s);
  }
}
