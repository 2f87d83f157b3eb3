/** A1 addresses. Rows and columns are 0-based everywhere in the core; A1 text only at the edges. */
import { MAX_COLS, MAX_ROWS } from "./excelLimits";

export interface CellRef {
  row: number;
  col: number;
}

/** An inclusive rectangle, 0-based. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS) throw new RangeError(`column out of range: ${col}`);
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (c - 64);
  }
  if (n < 1 || n > MAX_COLS) throw new RangeError(`column out of range: ${letters}`);
  return n - 1;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "C11" or "$C$11". Throws RangeError on anything else. */
export function parseCell(a1: string): CellRef {
  const m = CELL_RE.exec(a1.trim());
  if (!m) throw new RangeError(`not a cell address: ${a1}`);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS) throw new RangeError(`row out of range: ${a1}`);
  return { row, col: columnIndex(m[1]) };
}

export function formatCell(ref: CellRef, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(ref.col)}${d}${ref.row + 1}`;
}

/**
 * Parses "A1:C3", "A1", "Sheet1!A1:C3", "'My sheet'!$A$1:$C$3", "A:C" (whole columns) and "2:5" (whole rows).
 * The sheet name, when present, is returned unquoted.
 */
export function parseRange(address: string): RangeRef & { sheet?: string } {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b = a] = text.split(":");
  const wholeCols = /^\$?([A-Za-z]{1,3})$/;
  const wholeRows = /^\$?(\d{1,7})$/;
  let r: RangeRef;
  const ca = wholeCols.exec(a);
  const cb = wholeCols.exec(b);
  const ra = wholeRows.exec(a);
  const rb = wholeRows.exec(b);
  if (ca && cb) {
    r = { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(ca[1]), right: columnIndex(cb[1]) };
  } else if (ra && rb) {
    r = { top: Number(ra[1]) - 1, bottom: Number(rb[1]) - 1, left: 0, right: MAX_COLS - 1 };
  } else {
    const p = parseCell(a);
    const q = parseCell(b);
    r = { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
  }
  return sheet === undefined ? r : { ...r, sheet };
}

export function formatRange(r: RangeRef, absolute = false): string {
  const a = formatCell({ row: r.top, col: r.left }, absolute);
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${formatCell({ row: r.bottom, col: r.right }, absolute)}`;
}

/**
 * A sheet name as Excel writes it in a reference (a formula, a name's reference, `range.address`): as it is
 * when it is letters of any script, digits, "_" and "." starting with a letter or "_" and cannot be read as a
 * cell («Sheet1», «Паспорт»); else in single quotes with each quote doubled («'Паспорт (2)'», «'It''s'»,
 * «'2024'», «'A1'», «'R1C1'»). The one implementation for the core, the Office adapter and the fake.
 */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetRange(sheet: string, r: RangeRef, absolute = true): string {
  return `${quoteSheet(sheet)}!${formatRange(r, absolute)}`;
}

export function contains(r: RangeRef, c: CellRef): boolean {
  return c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
}
