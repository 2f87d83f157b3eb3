/** Address text as Excel's `range.address` gives it: "Sheet1!A1:C3", "'My sheet'!A:A", "Лист1!2:5". */
import { columnIndex, formatCell, parseCell, quoteSheet, type RangeRef } from "../core/address";
import { MAX_COLS, MAX_ROWS } from "../core/excelLimits";
import { utf8Length } from "../core/utf8";
export { MAX_COLS, MAX_ROWS, utf8Length };

/** Excel quotes a sheet name in an address unless it is letters, digits, "_" and "." and cannot be read as a reference: the core's quoteSheet. */
export { quoteSheet as excelSheetPrefix };

/** "A1", "A1:C3", "A:C" (whole columns), "2:5" (whole rows), optionally with "$". */
export function formatLocal(r: RangeRef, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const wholeRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${d}${colLetters(r.left)}:${d}${colLetters(r.right)}`;
  if (wholeRows && !wholeCols) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  const a = formatCell({ row: r.top, col: r.left }, absolute);
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${formatCell({ row: r.bottom, col: r.right }, absolute)}`;
}

function colLetters(col: number): string {
  return formatCell({ row: 0, col }).replace(/\d+$/, "");
}

export function formatAddress(sheet: string, r: RangeRef, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatLocal(r, absolute)}`;
}

/** Splits "Sheet!A1:B2" into sheet (unquoted) and the local part. No sheet → sheet undefined. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/** Parses the local part of an address; returns null when it is not an A1 reference (it may be a name). */
export function parseLocal(local: string): RangeRef | null {
  const parts = local.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const [a, b = a] = parts;
  const wholeCol = /^\$?([A-Za-z]{1,3})$/;
  const wholeRow = /^\$?(\d{1,7})$/;
  try {
    const ca = wholeCol.exec(a);
    const cb = wholeCol.exec(b);
    if (ca && cb) {
      const l = columnIndex(ca[1]);
      const r = columnIndex(cb[1]);
      return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) };
    }
    const ra = wholeRow.exec(a);
    const rb = wholeRow.exec(b);
    if (ra && rb) {
      const t = Number(ra[1]) - 1;
      const u = Number(rb[1]) - 1;
      if (t < 0 || u < 0 || t >= MAX_ROWS || u >= MAX_ROWS) return null;
      return { top: Math.min(t, u), bottom: Math.max(t, u), left: 0, right: MAX_COLS - 1 };
    }
    const p = parseCell(a);
    const q = parseCell(b);
    return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
  } catch {
    return null;
  }
}

export function rowsOf(r: RangeRef): number {
  return r.bottom - r.top + 1;
}
export function colsOf(r: RangeRef): number {
  return r.right - r.left + 1;
}
export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
export function inside(inner: RangeRef, outer: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}
export function sameRef(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
