/**
 * Shared pieces of the proxy classes: the range target ({ sheet, ref }), address arguments, reading and
 * writing cells as Excel does, the enums Office takes and the limits on a read or a format write.
 */
import type { RangeRef } from "../../core/address";
import { RANGE_READ_CELLS_MAX } from "../../core/excelLimits";
import type { CellValue } from "../../core/workbook";
import { FakeOfficeError } from "../errors";
import { MAX_COLS, MAX_ROWS, colsOf, parseLocal, rowsOf, splitSheet } from "../a1";
import { DEFAULT_FONT, WHOLE_SHEET } from "../model";
import type { FakeCell, FakeEdge, FakeSheet, FakeWorkbook } from "../model";
import { RangeProxy } from "./range";

export interface RangeT {
  sheet: FakeSheet;
  ref: RangeRef;
}

export const q = (v: unknown) => JSON.stringify(v);

// ---------------------------------------------------------------------------------------------
// helpers

export function assertEditable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied");
}

export function checkGrid(r: RangeRef): void {
  if (r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLS || r.top > r.bottom || r.left > r.right)
    throw new FakeOfficeError("InvalidArgument", { message: "The range is outside the worksheet grid." });
}

/** "A1:B2", "Sheet1!A1", a defined name, or a table name → a rectangle on `sheet`. */
export function addressOn(sheet: FakeSheet, address: string | undefined): RangeRef {
  if (address === undefined || address === null || address === "") return { ...WHOLE_SHEET };
  if (typeof address !== "string") throw new FakeOfficeError("InvalidArgument");
  const { sheet: named, local } = splitSheet(address);
  if (named !== undefined && named.toLocaleLowerCase() !== sheet.name.toLocaleLowerCase()) throw new FakeOfficeError("InvalidArgument");
  const ref = parseLocal(local);
  if (ref) return ref;
  const n = sheet.workbook.findName(local, sheet);
  const target = n ? sheet.workbook.nameTarget(n) : null;
  if (target && target.sheet === sheet) return target.ref;
  const table = sheet.workbook.findTable(local);
  if (table && table.sheet === sheet) return table.ref;
  throw new FakeOfficeError("InvalidArgument");
}

/** A Range proxy or an address text (with a sheet, or on `defaultSheet`) → sheet + rectangle, during sync. */
export function rangeArg(arg: unknown, wb: FakeWorkbook, defaultSheet?: FakeSheet): RangeT {
  if (arg instanceof RangeProxy) {
    const t = arg._resolve() as RangeT | null;
    if (!t) throw new FakeOfficeError("InvalidArgument");
    return t;
  }
  if (typeof arg !== "string") throw new FakeOfficeError("InvalidArgument");
  const { sheet } = splitSheet(arg);
  const s = sheet !== undefined ? wb.findSheet(sheet) : defaultSheet;
  if (!s) throw new FakeOfficeError("InvalidArgument");
  return { sheet: s, ref: addressOn(s, arg) };
}

export function cellValue(c: FakeCell | undefined): CellValue {
  if (!c) return "";
  if (c.formula !== undefined) return c.value ?? "";
  return c.value ?? "";
}

export function cellFormula(c: FakeCell | undefined): CellValue {
  if (!c) return "";
  if (c.formula !== undefined) return c.formula;
  return c.value ?? "";
}

/** Excel's limit on the cells of one read (core/excelLimits.ts, with its sources). */
export const MAX_GET_CELLS = RANGE_READ_CELLS_MAX;

export function grid<T>(t: RangeT, get: (c: FakeCell | undefined) => T): T[][] {
  const rows = rowsOf(t.ref);
  const cols = colsOf(t.ref);
  // Excel refuses a read of more than 5,000,000 cells with RangeExceedsLimit (sources in core/excelLimits.ts).
  if (rows * cols > MAX_GET_CELLS) throw new FakeOfficeError("RangeExceedsLimit");
  const out: T[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row: T[] = new Array(cols);
    for (let j = 0; j < cols; j++) row[j] = get(t.sheet.getCell(t.ref.top + i, t.ref.left + j));
    out[i] = row;
  }
  return out;
}

/** The value every cell shares, or null when they differ (as Office reports formats of mixed ranges). */
export function uniform<T>(t: RangeT, get: (c: FakeCell | undefined) => T): T | null {
  const area = rowsOf(t.ref) * colsOf(t.ref);
  let first = true;
  let value: T | null = null;
  const see = (v: T): boolean => {
    if (first) {
      first = false;
      value = v;
      return true;
    }
    return value === v;
  };
  if (area <= 200_000) {
    for (let r = t.ref.top; r <= t.ref.bottom; r++) for (let c = t.ref.left; c <= t.ref.right; c++) if (!see(get(t.sheet.getCell(r, c)))) return null;
    return value;
  }
  let stored = 0;
  let mixed = false;
  t.sheet.forEachStored(t.ref, (_r, _c, cell) => {
    stored++;
    if (!mixed && !see(get(cell))) mixed = true;
  });
  if (mixed) return null;
  if (stored < area && !see(get(undefined))) return null;
  return value;
}

export const MAX_FORMAT_CELLS = 2_000_000;

export function eachCell(t: RangeT, fn: (row: number, col: number) => void): void {
  if (rowsOf(t.ref) * colsOf(t.ref) > MAX_FORMAT_CELLS)
    throw new FakeOfficeError("InvalidOperation", { message: "fake-excel: formatting more than two million cells at once (a whole row or column) is not supported." });
  for (let r = t.ref.top; r <= t.ref.bottom; r++) for (let c = t.ref.left; c <= t.ref.right; c++) fn(r, c);
}

export const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
};

export function normalizeColor(v: unknown): string {
  if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument");
  const s = v.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(s);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  throw new FakeOfficeError("InvalidArgument", { message: `Invalid color: ${v}` });
}

/** Writes one value as Excel does when typed: "=…" is a formula, "'…" is text, "" clears, null leaves the cell. */
export function writeCell(sheet: FakeSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v === "string") {
    if (v === "") sheet.patchCell(row, col, { value: undefined, formula: undefined, quotePrefix: undefined });
    else if (v.length > 1 && v.startsWith("=")) sheet.patchCell(row, col, { formula: v, value: undefined, quotePrefix: undefined });
    else if (v.startsWith("'")) sheet.patchCell(row, col, { value: v.slice(1), formula: undefined, quotePrefix: true });
    else sheet.patchCell(row, col, { value: v, formula: undefined, quotePrefix: undefined });
    return;
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new FakeOfficeError("InvalidArgument");
    sheet.patchCell(row, col, { value: v, formula: undefined, quotePrefix: undefined });
    return;
  }
  if (typeof v === "boolean") {
    sheet.patchCell(row, col, { value: v, formula: undefined, quotePrefix: undefined });
    return;
  }
  throw new FakeOfficeError("InvalidArgument", { message: `Unsupported cell value: ${q(v)}` });
}

export function writeNumberFormat(sheet: FakeSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument");
  sheet.patchCell(row, col, { numberFormat: v === "" || v === "General" ? undefined : v });
}

/** range.values / formulas / numberFormat = 2-D array (exact shape) or one value broadcast over the range. */
export function writeGrid(t: RangeT, value: unknown, each: (sheet: FakeSheet, row: number, col: number, v: unknown) => void): void {
  assertEditable(t.sheet);
  const rows = rowsOf(t.ref);
  const cols = colsOf(t.ref);
  if (!Array.isArray(value)) {
    if (value === null || value === undefined) throw new FakeOfficeError("InvalidArgument");
    if (value === "") {
      // clearing a big range: touch stored cells only
      const hits: [number, number][] = [];
      t.sheet.forEachStored(t.ref, (r, c) => hits.push([r, c]));
      for (const [r, c] of hits) each(t.sheet, r, c, value);
      return;
    }
    eachCell(t, (r, c) => each(t.sheet, r, c, value));
    return;
  }
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))
    throw new FakeOfficeError("InvalidArgument", { message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range." });
  for (let i = 0; i < rows; i++) {
    const row = value[i] as unknown[];
    for (let j = 0; j < cols; j++) each(t.sheet, t.ref.top + i, t.ref.left + j, row[j]);
  }
}

export function patchFont(t: RangeT, patch: Partial<FakeCell["font"] & object>): void {
  assertEditable(t.sheet);
  eachCell(t, (r, c) => {
    const font = { ...(t.sheet.getCell(r, c)?.font ?? {}), ...patch };
    for (const [k, v] of Object.entries(font)) if (v === undefined || v === (DEFAULT_FONT as Record<string, unknown>)[k]) delete (font as Record<string, unknown>)[k];
    t.sheet.patchCell(r, c, { font: Object.keys(font).length ? font : undefined });
  });
}

export function patchCells(t: RangeT, patch: Partial<FakeCell>): void {
  assertEditable(t.sheet);
  eachCell(t, (r, c) => t.sheet.patchCell(r, c, patch));
}

export function valueType(c: FakeCell | undefined): string {
  const v = cellValue(c);
  if (v === "" || v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string" && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/.test(v)) return "Error";
  return "String";
}

export const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
export const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
export const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
export const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
export const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
export const DV_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
export const DV_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** The cells and edges a border index stands for within a range. */
export function borderCells(ref: RangeRef, index: string): { row: number; col: number; edge: FakeEdge }[] {
  const out: { row: number; col: number; edge: FakeEdge }[] = [];
  const { top, left, bottom, right } = ref;
  if (index === "EdgeTop") for (let c = left; c <= right; c++) out.push({ row: top, col: c, edge: "top" });
  if (index === "EdgeBottom") for (let c = left; c <= right; c++) out.push({ row: bottom, col: c, edge: "bottom" });
  if (index === "EdgeLeft") for (let r = top; r <= bottom; r++) out.push({ row: r, col: left, edge: "left" });
  if (index === "EdgeRight") for (let r = top; r <= bottom; r++) out.push({ row: r, col: right, edge: "right" });
  if (index === "InsideHorizontal") for (let r = top; r < bottom; r++) for (let c = left; c <= right; c++) out.push({ row: r, col: c, edge: "bottom" }, { row: r + 1, col: c, edge: "top" });
  if (index === "InsideVertical") for (let r = top; r <= bottom; r++) for (let c = left; c < right; c++) out.push({ row: r, col: c, edge: "right" }, { row: r, col: c + 1, edge: "left" });
  return out;
}
