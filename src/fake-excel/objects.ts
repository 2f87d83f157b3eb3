/**
 * The proxy classes of the fake: Workbook, WorksheetCollection, Worksheet, Range and the objects
 * hanging off them. Names, signatures and semantics follow @types/office-js (ExcelApi up to 1.18);
 * only the members listed in the README of this folder exist.
 */
import type { RangeRef } from "../core/address";
import type { CellValue } from "../core/workbook";
import { FakeOfficeError } from "./errors";
import { MAX_COLS, MAX_ROWS, colsOf, excelSheetPrefix, formatAddress, formatLocal, inside, intersects, parseLocal, rowsOf, splitSheet } from "./a1";
import {
  DEFAULT_COLUMN_WIDTH_PT,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT_PT,
  DEFAULT_CHART_SIZE_PT,
  WHOLE_SHEET,
  validateSheetName,
  type FakeCell,
  type FakeChart,
  type FakeChartSeries,
  type FakeConditionalFormat,
  type FakeEdge,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
} from "./model";
import { FakeClientObject, defineClass, type FakeClientResult, type FakeRequestContext, type PropDef } from "./runtime";

interface RangeT {
  sheet: FakeSheet;
  ref: RangeRef;
}

const q = (v: unknown) => JSON.stringify(v);

// ---------------------------------------------------------------------------------------------
// helpers

function assertEditable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied");
}

function checkGrid(r: RangeRef): void {
  if (r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLS || r.top > r.bottom || r.left > r.right)
    throw new FakeOfficeError("InvalidArgument", { message: "The range is outside the worksheet grid." });
}

/** "A1:B2", "Sheet1!A1", a defined name, or a table name → a rectangle on `sheet`. */
function addressOn(sheet: FakeSheet, address: string | undefined): RangeRef {
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
function rangeArg(arg: unknown, wb: FakeWorkbook, defaultSheet?: FakeSheet): RangeT {
  if (arg instanceof FakeRange) {
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

function cellValue(c: FakeCell | undefined): CellValue {
  if (!c) return "";
  if (c.formula !== undefined) return c.value ?? "";
  return c.value ?? "";
}

function cellFormula(c: FakeCell | undefined): CellValue {
  if (!c) return "";
  if (c.formula !== undefined) return c.formula;
  return c.value ?? "";
}

const MAX_GET_CELLS = 5_000_000;

function grid<T>(t: RangeT, get: (c: FakeCell | undefined) => T): T[][] {
  const rows = rowsOf(t.ref);
  const cols = colsOf(t.ref);
  if (rows * cols > MAX_GET_CELLS) throw new FakeOfficeError("InvalidOperation", { message: "Ranges are limited to five million cells for get operations." });
  const out: T[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row: T[] = new Array(cols);
    for (let j = 0; j < cols; j++) row[j] = get(t.sheet.getCell(t.ref.top + i, t.ref.left + j));
    out[i] = row;
  }
  return out;
}

/** The value every cell shares, or null when they differ (as Office reports formats of mixed ranges). */
function uniform<T>(t: RangeT, get: (c: FakeCell | undefined) => T): T | null {
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
    for (let r = t.ref.top; r <= t.ref.bottom; r++)
      for (let c = t.ref.left; c <= t.ref.right; c++) if (!see(get(t.sheet.getCell(r, c)))) return null;
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

const MAX_FORMAT_CELLS = 2_000_000;

function eachCell(t: RangeT, fn: (row: number, col: number) => void): void {
  if (rowsOf(t.ref) * colsOf(t.ref) > MAX_FORMAT_CELLS)
    throw new FakeOfficeError("InvalidOperation", { message: "fake-excel: formatting more than two million cells at once (a whole row or column) is not supported." });
  for (let r = t.ref.top; r <= t.ref.bottom; r++) for (let c = t.ref.left; c <= t.ref.right; c++) fn(r, c);
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", gray: "#808080", grey: "#808080", purple: "#800080", lightgray: "#D3D3D3", lightgrey: "#D3D3D3",
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
function writeCell(sheet: FakeSheet, row: number, col: number, v: unknown): void {
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

function writeNumberFormat(sheet: FakeSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument");
  sheet.patchCell(row, col, { numberFormat: v === "" || v === "General" ? undefined : v });
}

/** range.values / formulas / numberFormat = 2-D array (exact shape) or one value broadcast over the range. */
function writeGrid(t: RangeT, value: unknown, each: (sheet: FakeSheet, row: number, col: number, v: unknown) => void): void {
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

function patchFont(t: RangeT, patch: Partial<FakeCell["font"] & object>): void {
  assertEditable(t.sheet);
  eachCell(t, (r, c) => {
    const font = { ...(t.sheet.getCell(r, c)?.font ?? {}), ...patch };
    for (const [k, v] of Object.entries(font)) if (v === undefined || v === (DEFAULT_FONT as Record<string, unknown>)[k]) delete (font as Record<string, unknown>)[k];
    t.sheet.patchCell(r, c, { font: Object.keys(font).length ? font : undefined });
  });
}

function patchCells(t: RangeT, patch: Partial<FakeCell>): void {
  assertEditable(t.sheet);
  eachCell(t, (r, c) => t.sheet.patchCell(r, c, patch));
}

function valueType(c: FakeCell | undefined): string {
  const v = cellValue(c);
  if (v === "" || v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string" && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/.test(v)) return "Error";
  return "String";
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
const DV_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const DV_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** The cells and edges a border index stands for within a range. */
function borderCells(ref: RangeRef, index: string): { row: number; col: number; edge: FakeEdge }[] {
  const out: { row: number; col: number; edge: FakeEdge }[] = [];
  const { top, left, bottom, right } = ref;
  if (index === "EdgeTop") for (let c = left; c <= right; c++) out.push({ row: top, col: c, edge: "top" });
  if (index === "EdgeBottom") for (let c = left; c <= right; c++) out.push({ row: bottom, col: c, edge: "bottom" });
  if (index === "EdgeLeft") for (let r = top; r <= bottom; r++) out.push({ row: r, col: left, edge: "left" });
  if (index === "EdgeRight") for (let r = top; r <= bottom; r++) out.push({ row: r, col: right, edge: "right" });
  if (index === "InsideHorizontal")
    for (let r = top; r < bottom; r++)
      for (let c = left; c <= right; c++) out.push({ row: r, col: c, edge: "bottom" }, { row: r + 1, col: c, edge: "top" });
  if (index === "InsideVertical")
    for (let r = top; r <= bottom; r++)
      for (let c = left; c < right; c++) out.push({ row: r, col: c, edge: "right" }, { row: r, col: c + 1, edge: "left" });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Range and its parts

export class FakeRange extends FakeClientObject {
  getCell(row: number, column: number): FakeRange {
    return subRange(this, `getCell(${row},${column})`, (t) => ({ top: t.ref.top + row, left: t.ref.left + column, bottom: t.ref.top + row, right: t.ref.left + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return subRange(this, `getOffsetRange(${rowOffset},${columnOffset})`, (t) => ({
      top: t.ref.top + rowOffset,
      bottom: t.ref.bottom + rowOffset,
      left: t.ref.left + columnOffset,
      right: t.ref.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this._requires("1.7", "getResizedRange");
    return subRange(this, `getResizedRange(${deltaRows},${deltaColumns})`, (t) => ({ ...t.ref, bottom: t.ref.bottom + deltaRows, right: t.ref.right + deltaColumns }));
  }
  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return subRange(this, `getBoundingRect(${typeof anotherRange === "string" ? q(anotherRange) : "range"})`, (t) => {
      const o = rangeArg(anotherRange, t.sheet.workbook, t.sheet);
      if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument");
      return { top: Math.min(t.ref.top, o.ref.top), left: Math.min(t.ref.left, o.ref.left), bottom: Math.max(t.ref.bottom, o.ref.bottom), right: Math.max(t.ref.right, o.ref.right) };
    });
  }
  getLastRow(): FakeRange {
    return subRange(this, "getLastRow()", (t) => ({ ...t.ref, top: t.ref.bottom }));
  }
  getLastColumn(): FakeRange {
    return subRange(this, "getLastColumn()", (t) => ({ ...t.ref, left: t.ref.right }));
  }
  getRow(row: number): FakeRange {
    return subRange(this, `getRow(${row})`, (t) => ({ ...t.ref, top: t.ref.top + row, bottom: t.ref.top + row }));
  }
  getColumn(column: number): FakeRange {
    return subRange(this, `getColumn(${column})`, (t) => ({ ...t.ref, left: t.ref.left + column, right: t.ref.left + column }));
  }
  getEntireRow(): FakeRange {
    return subRange(this, "getEntireRow()", (t) => ({ ...t.ref, left: 0, right: MAX_COLS - 1 }));
  }
  getEntireColumn(): FakeRange {
    return subRange(this, "getEntireColumn()", (t) => ({ ...t.ref, top: 0, bottom: MAX_ROWS - 1 }));
  }
  merge(across = false): void {
    this._call("merge", [across], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.addMerge(t.ref, across);
    });
  }
  unmerge(): void {
    this._call("unmerge", [], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.unmerge(t.ref);
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._requires("1.13", "getMergedAreasOrNullObject");
    return new FakeRangeAreas(this._ctx, this, (t: RangeT) => {
      const areas = t.sheet.merges.filter((m) => intersects(m, t.ref));
      return areas.length ? { sheet: t.sheet, areas } : null;
    }, "getMergedAreasOrNullObject()");
  }
  select(): void {
    this._call("select", [], (t: RangeT) => {
      if (t.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation");
      t.sheet.workbook.activeSheetId = t.sheet.id;
      t.sheet.workbook.selection = { sheetId: t.sheet.id, ref: { ...t.ref } };
    });
  }
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (t: RangeT) => {
      assertEditable(t.sheet);
      const hits: [number, number][] = [];
      t.sheet.forEachStored(t.ref, (r, c) => hits.push([r, c]));
      for (const [r, c] of hits) {
        if (applyTo === "All" || applyTo === "Contents") t.sheet.patchCell(r, c, { value: undefined, formula: undefined, quotePrefix: undefined });
        if (applyTo === "All" || applyTo === "Formats")
          t.sheet.patchCell(r, c, { numberFormat: undefined, fill: undefined, font: undefined, wrap: undefined, hAlign: undefined, vAlign: undefined, borders: undefined });
      }
      if (applyTo === "All" || applyTo === "Formats") t.sheet.unmerge(t.ref);
    });
  }
}

function subRange(parent: FakeRange, desc: string, fn: (t: RangeT) => RangeRef): FakeRange {
  return new FakeRange(parent._ctx, parent, (t: RangeT) => {
    const ref = fn(t);
    checkGrid(ref);
    return { sheet: t.sheet, ref };
  }, desc);
}

defineClass(FakeRange, {
  typeName: "Range",
  props: {
    address: { get: (t: RangeT) => formatAddress(t.sheet.name, t.ref) },
    addressLocal: { get: (t: RangeT) => formatAddress(t.sheet.name, t.ref) },
    rowCount: { get: (t: RangeT) => rowsOf(t.ref) },
    columnCount: { get: (t: RangeT) => colsOf(t.ref) },
    cellCount: { get: (t: RangeT) => rowsOf(t.ref) * colsOf(t.ref) },
    rowIndex: { get: (t: RangeT) => t.ref.top },
    columnIndex: { get: (t: RangeT) => t.ref.left },
    isEntireColumn: { get: (t: RangeT) => t.ref.top === 0 && t.ref.bottom === MAX_ROWS - 1 },
    isEntireRow: { get: (t: RangeT) => t.ref.left === 0 && t.ref.right === MAX_COLS - 1 },
    values: { get: (t: RangeT) => grid(t, cellValue), set: (t: RangeT, v) => writeGrid(t, v, writeCell) },
    formulas: { get: (t: RangeT) => grid(t, cellFormula), set: (t: RangeT, v) => writeGrid(t, v, writeCell) },
    numberFormat: { get: (t: RangeT) => grid(t, (c) => c?.numberFormat ?? "General"), set: (t: RangeT, v) => writeGrid(t, v, writeNumberFormat) },
    text: { get: (t: RangeT) => grid(t, (c) => String(cellValue(c))) },
    valueTypes: { get: (t: RangeT) => grid(t, valueType) },
  },
  nav: {
    format: { make: (p) => new FakeRangeFormat(p._ctx, p, (t) => t, "format") },
    dataValidation: { make: (p) => new FakeDataValidation(p._ctx, p, (t) => t, "dataValidation"), since: "1.8" },
    conditionalFormats: { make: (p) => new FakeConditionalFormatCollection(p._ctx, p, (t) => t, "conditionalFormats"), since: "1.6" },
    worksheet: { make: (p) => new FakeWorksheet(p._ctx, p, (t: RangeT) => t.sheet, "worksheet") },
  },
});

export class FakeRangeFormat extends FakeClientObject {
  autofitColumns(): void {
    this._call("autofitColumns", [], (t: RangeT) => assertEditable(t.sheet));
  }
  autofitRows(): void {
    this._call("autofitRows", [], (t: RangeT) => assertEditable(t.sheet));
  }
}
defineClass(FakeRangeFormat, {
  typeName: "RangeFormat",
  props: {
    wrapText: { get: (t: RangeT) => uniform(t, (c) => c?.wrap ?? false), set: (t: RangeT, v) => patchCells(t, { wrap: v ? true : undefined }) },
    horizontalAlignment: {
      get: (t: RangeT) => uniform(t, (c) => c?.hAlign ?? "General"),
      set: (t: RangeT, v) => {
        if (!H_ALIGN.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        patchCells(t, { hAlign: v === "General" ? undefined : (v as string) });
      },
    },
    verticalAlignment: {
      get: (t: RangeT) => uniform(t, (c) => c?.vAlign ?? "Bottom"),
      set: (t: RangeT, v) => {
        if (!V_ALIGN.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        patchCells(t, { vAlign: v === "Bottom" ? undefined : (v as string) });
      },
    },
    columnWidth: {
      get: (t: RangeT) => {
        const w = new Set<number>();
        for (let c = t.ref.left; c <= Math.min(t.ref.right, t.ref.left + 20000); c++) w.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT);
        return w.size === 1 ? [...w][0] : null;
      },
      set: (t: RangeT, v) => {
        if (typeof v !== "number" || !(v >= 0) || v > 255 * 7.5) throw new FakeOfficeError("InvalidArgument");
        assertEditable(t.sheet);
        for (let c = t.ref.left; c <= t.ref.right; c++) t.sheet.columnWidths.set(c, v);
      },
    },
    rowHeight: {
      get: (t: RangeT) => {
        const h = new Set<number>();
        for (let r = t.ref.top; r <= Math.min(t.ref.bottom, t.ref.top + 20000); r++) h.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT);
        return h.size === 1 ? [...h][0] : null;
      },
      set: (t: RangeT, v) => {
        if (typeof v !== "number" || !(v >= 0) || v > 409) throw new FakeOfficeError("InvalidArgument");
        assertEditable(t.sheet);
        for (let r = t.ref.top; r <= t.ref.bottom; r++) t.sheet.rowHeights.set(r, v);
      },
    },
  },
  nav: {
    fill: { make: (p) => new FakeRangeFill(p._ctx, p, (t) => t, "fill") },
    font: { make: (p) => new FakeRangeFont(p._ctx, p, (t) => t, "font") },
    borders: { make: (p) => new FakeRangeBorderCollection(p._ctx, p, (t) => t, "borders") },
  },
});

export class FakeRangeFill extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: RangeT) => patchCells(t, { fill: undefined }));
  }
}
defineClass(FakeRangeFill, {
  typeName: "RangeFill",
  props: {
    // Office reports no fill as white; `pattern` (ExcelApi 1.9) tells "None" from a white fill.
    color: { get: (t: RangeT) => uniform(t, (c) => c?.fill ?? "#FFFFFF"), set: (t: RangeT, v) => patchCells(t, { fill: normalizeColor(v) }) },
    pattern: {
      since: "1.9",
      get: (t: RangeT) => uniform(t, (c) => (c?.fill ? "Solid" : "None")),
      set: (t: RangeT, v) => {
        if (v === "None") patchCells(t, { fill: undefined });
        else if (v !== "Solid") throw new FakeOfficeError("InvalidArgument", { message: "fake-excel: only the None and Solid fill patterns are modelled." });
      },
    },
  },
  nav: {},
});

export class FakeRangeFont extends FakeClientObject {}
defineClass(FakeRangeFont, {
  typeName: "RangeFont",
  props: {
    bold: { get: (t: RangeT) => uniform(t, (c) => c?.font?.bold ?? DEFAULT_FONT.bold), set: (t: RangeT, v) => patchFont(t, { bold: Boolean(v) }) },
    italic: { get: (t: RangeT) => uniform(t, (c) => c?.font?.italic ?? DEFAULT_FONT.italic), set: (t: RangeT, v) => patchFont(t, { italic: Boolean(v) }) },
    color: { get: (t: RangeT) => uniform(t, (c) => c?.font?.color ?? DEFAULT_FONT.color), set: (t: RangeT, v) => patchFont(t, { color: normalizeColor(v) }) },
    size: {
      get: (t: RangeT) => uniform(t, (c) => c?.font?.size ?? DEFAULT_FONT.size),
      set: (t: RangeT, v) => {
        if (typeof v !== "number" || v < 1 || v > 409) throw new FakeOfficeError("InvalidArgument");
        patchFont(t, { size: v });
      },
    },
    name: {
      get: (t: RangeT) => uniform(t, (c) => c?.font?.name ?? DEFAULT_FONT.name),
      set: (t: RangeT, v) => {
        if (typeof v !== "string" || !v) throw new FakeOfficeError("InvalidArgument");
        patchFont(t, { name: v });
      },
    },
  },
  nav: {},
});

interface BorderT {
  range: RangeT;
  index: string;
}

export class FakeRangeBorderCollection extends FakeClientObject {
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this._ctx, this, (t: RangeT) => {
      if (!BORDER_INDEX.includes(index)) throw new FakeOfficeError("InvalidArgument");
      return { range: t, index };
    }, `getItem(${q(index)})`);
  }
  get count(): number {
    return BORDER_INDEX.length;
  }
}
defineClass(FakeRangeBorderCollection, {
  typeName: "RangeBorderCollection",
  props: {},
  nav: {},
  items: (t: RangeT, coll) => BORDER_INDEX.slice(0, 6).map((index) => new FakeRangeBorder(coll._ctx, coll, null, `getItem(${q(index)})`, { bound: { range: t, index }, noInstantiate: true })),
});

function borderProp(field: keyof import("./model").FakeBorder, dflt: string) {
  return {
    get: (t: BorderT) => {
      const cells = borderCells(t.range.ref, t.index);
      if (cells.length === 0) return t.index.startsWith("Diagonal") ? (field === "style" ? "None" : dflt) : null;
      const seen = new Set<string>();
      for (const { row, col, edge } of cells) {
        const b = t.range.sheet.getCell(row, col)?.borders?.[edge];
        seen.add(b ? (b[field] ?? dflt) : field === "style" ? "None" : dflt);
        if (seen.size > 1) return null;
      }
      return [...seen][0];
    },
    set: (t: BorderT, v: unknown) => {
      assertEditable(t.range.sheet);
      if (field === "style" && !BORDER_STYLE.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
      if (field === "weight" && !BORDER_WEIGHT.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
      const value = field === "color" ? normalizeColor(v) : (v as string);
      for (const { row, col, edge } of borderCells(t.range.ref, t.index)) {
        const cell = t.range.sheet.getCell(row, col);
        const borders = { ...(cell?.borders ?? {}) };
        if (field === "style" && value === "None") delete borders[edge];
        else borders[edge] = { style: "Continuous", weight: "Thin", color: "#000000", ...(borders[edge] ?? {}), [field]: value };
        t.range.sheet.patchCell(row, col, { borders: Object.keys(borders).length ? borders : undefined });
      }
    },
  };
}

export class FakeRangeBorder extends FakeClientObject {}
defineClass(FakeRangeBorder, {
  typeName: "RangeBorder",
  props: {
    sideIndex: { get: (t: BorderT) => t.index },
    style: borderProp("style", "None"),
    weight: borderProp("weight", "Thin"),
    color: borderProp("color", "#000000"),
  },
  nav: {},
});

// ---- data validation ----

function findValidation(t: RangeT) {
  return t.sheet.validations.find((v) => inside(t.ref, v.ref));
}

function validationRecord(t: RangeT) {
  let rec = t.sheet.validations.find((v) => v.ref.top === t.ref.top && v.ref.left === t.ref.left && v.ref.bottom === t.ref.bottom && v.ref.right === t.ref.right);
  if (!rec) {
    t.sheet.validations = t.sheet.validations.filter((v) => !inside(v.ref, t.ref));
    rec = { ref: { ...t.ref }, rule: null, ignoreBlanks: true };
    t.sheet.validations.push(rec);
  }
  return rec;
}

function checkRule(rule: unknown, wb: FakeWorkbook, sheet: FakeSheet): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw new FakeOfficeError("InvalidArgument");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !DV_KINDS.includes(keys[0]))
    throw new FakeOfficeError("InvalidArgument", { message: "A data validation rule needs exactly one of list, wholeNumber, decimal, date, time, textLength, custom." });
  const kind = keys[0];
  const body = { ...((rule as Record<string, Record<string, unknown>>)[kind] ?? {}) };
  if (kind === "list") {
    if (body.source instanceof FakeRange) {
      const r = rangeArg(body.source, wb, sheet);
      body.source = `=${formatAddress(r.sheet.name, r.ref, true)}`;
    }
    if (typeof body.source !== "string" || body.source === "") throw new FakeOfficeError("InvalidArgument");
    if (body.inCellDropDown === undefined) body.inCellDropDown = true;
  } else if (kind === "custom") {
    if (typeof body.formula !== "string" || !body.formula) throw new FakeOfficeError("InvalidArgument");
  } else {
    if (!DV_OPERATORS.includes(body.operator as string)) throw new FakeOfficeError("InvalidArgument");
    if (body.formula1 === undefined || body.formula1 === null || body.formula1 === "") throw new FakeOfficeError("InvalidArgument");
    if ((body.operator === "Between" || body.operator === "NotBetween") && (body.formula2 === undefined || body.formula2 === null || body.formula2 === ""))
      throw new FakeOfficeError("InvalidArgument");
  }
  return { [kind]: body };
}

const DV_TYPE: Record<string, string> = { list: "List", wholeNumber: "WholeNumber", decimal: "Decimal", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom" };

export class FakeDataValidation extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.ref, t.ref));
    });
  }
}
defineClass(FakeDataValidation, {
  typeName: "DataValidation",
  props: {
    type: { get: (t: RangeT) => { const r = findValidation(t)?.rule; return r ? DV_TYPE[Object.keys(r)[0]] : "None"; } },
    rule: {
      get: (t: RangeT) => JSON.parse(JSON.stringify(findValidation(t)?.rule ?? {})),
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        const rule = checkRule(v, t.sheet.workbook, t.sheet);
        const rec = validationRecord(t);
        rec.rule = rule;
        rec.errorAlert ??= { showAlert: true, style: "Stop", title: "", message: "" };
      },
    },
    prompt: {
      get: (t: RangeT) => ({ showPrompt: false, title: "", message: "", ...(findValidation(t)?.prompt ?? {}) }),
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        if (!v || typeof v !== "object") throw new FakeOfficeError("InvalidArgument");
        const rec = validationRecord(t);
        rec.prompt = { ...(rec.prompt ?? {}), ...(v as object) };
      },
    },
    errorAlert: {
      get: (t: RangeT) => ({ showAlert: true, style: "Stop", title: "", message: "", ...(findValidation(t)?.errorAlert ?? {}) }),
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        if (!v || typeof v !== "object") throw new FakeOfficeError("InvalidArgument");
        const style = (v as { style?: string }).style;
        if (style !== undefined && !["Stop", "Warning", "Information"].includes(style)) throw new FakeOfficeError("InvalidArgument");
        const rec = validationRecord(t);
        rec.errorAlert = { ...(rec.errorAlert ?? {}), ...(v as object) };
      },
    },
    ignoreBlanks: {
      get: (t: RangeT) => findValidation(t)?.ignoreBlanks ?? true,
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        validationRecord(t).ignoreBlanks = Boolean(v);
      },
    },
  },
  nav: {},
});

// ---- conditional formats ----

interface CfT {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
}

const CF_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

export class FakeConditionalFormatCollection extends FakeClientObject {
  add(type: string): FakeConditionalFormat_ {
    const cf = new FakeConditionalFormat_(this._ctx, this, null, `add(${q(type)})`, { noInstantiate: true });
    this._call("add", [type], (t: RangeT) => {
      assertEditable(t.sheet);
      if (!CF_TYPES.includes(type)) throw new FakeOfficeError("InvalidArgument");
      const rec: FakeConditionalFormat = { id: t.sheet.workbook.newId("{cf-"), ref: { ...t.ref }, type, formula: "" };
      t.sheet.conditionalFormats.push(rec);
      cf._bind({ sheet: t.sheet, cf: rec });
    });
    return cf;
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => ((this._resolve() as RangeT | null) ? cfsIn(this._resolve()).length : 0));
  }
  clearAll(): void {
    this._call("clearAll", [], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !intersects(c.ref, t.ref));
    });
  }
  getItemAt(index: number): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this._ctx, this, (t: RangeT) => {
      const c = cfsIn(t)[index];
      if (!c) throw new FakeOfficeError("ItemNotFound");
      return { sheet: t.sheet, cf: c };
    }, `getItemAt(${index})`);
  }
}
function cfsIn(t: RangeT): FakeConditionalFormat[] {
  return t.sheet.conditionalFormats.filter((c) => intersects(c.ref, t.ref));
}
defineClass(FakeConditionalFormatCollection, {
  typeName: "ConditionalFormatCollection",
  props: {},
  nav: {},
  items: (t: RangeT, coll) => cfsIn(t).map((cf) => new FakeConditionalFormat_(coll._ctx, coll, null, `item(${q(cf.id)})`, { bound: { sheet: t.sheet, cf }, noInstantiate: true })),
});

function editableCf(t: CfT): FakeConditionalFormat {
  assertEditable(t.sheet);
  if (!t.sheet.conditionalFormats.includes(t.cf)) throw new FakeOfficeError("ItemNotFound");
  return t.cf;
}

/** Excel.ConditionalFormat (the trailing underscore keeps it apart from the model's record type). */
export class FakeConditionalFormat_ extends FakeClientObject {
  delete(): void {
    this._call("delete", [], (t: CfT) => {
      editableCf(t);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this._ctx, this, (t: CfT) => ({ sheet: t.sheet, ref: { ...t.cf.ref } }), "getRange()");
  }
}
defineClass(FakeConditionalFormat_, {
  typeName: "ConditionalFormat",
  props: {
    type: { get: (t: CfT) => t.cf.type },
    id: { get: (t: CfT) => t.cf.id },
    priority: { get: (t: CfT) => t.sheet.conditionalFormats.indexOf(t.cf) },
    stopIfTrue: { get: (t: CfT) => t.cf.stopIfTrue ?? false, set: (t: CfT, v) => void (editableCf(t).stopIfTrue = Boolean(v) || undefined) },
  },
  nav: {
    custom: { make: (p) => new FakeCustomConditionalFormat(p._ctx, p, (t: CfT) => {
      if (t.cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation");
      return t;
    }, "custom") },
  },
});

export class FakeCustomConditionalFormat extends FakeClientObject {}
defineClass(FakeCustomConditionalFormat, {
  typeName: "CustomConditionalFormat",
  props: {},
  nav: {
    rule: { make: (p) => new FakeConditionalFormatRule(p._ctx, p, (t) => t, "rule") },
    format: { make: (p) => new FakeConditionalRangeFormat(p._ctx, p, (t) => t, "format") },
  },
});

export class FakeConditionalFormatRule extends FakeClientObject {}
function setCfFormula(t: CfT, v: unknown) {
  if (typeof v !== "string" || !v) throw new FakeOfficeError("InvalidArgument");
  editableCf(t).formula = v.startsWith("=") ? v : `=${v}`;
}
defineClass(FakeConditionalFormatRule, {
  typeName: "ConditionalFormatRule",
  props: {
    formula: { get: (t: CfT) => t.cf.formula, set: setCfFormula },
    formulaLocal: { get: (t: CfT) => t.cf.formula, set: setCfFormula },
  },
  nav: {},
});

export class FakeConditionalRangeFormat extends FakeClientObject {}
defineClass(FakeConditionalRangeFormat, {
  typeName: "ConditionalRangeFormat",
  props: {},
  nav: {
    fill: { make: (p) => new FakeConditionalRangeFill(p._ctx, p, (t) => t, "fill") },
    font: { make: (p) => new FakeConditionalRangeFont(p._ctx, p, (t) => t, "font") },
  },
});

export class FakeConditionalRangeFill extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: CfT) => void delete editableCf(t).fill);
  }
}
defineClass(FakeConditionalRangeFill, {
  typeName: "ConditionalRangeFill",
  props: { color: { get: (t: CfT) => t.cf.fill ?? null, set: (t: CfT, v) => void (editableCf(t).fill = normalizeColor(v)) } },
  nav: {},
});

export class FakeConditionalRangeFont extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: CfT) => {
      const cf = editableCf(t);
      delete cf.fontColor;
      delete cf.bold;
      delete cf.italic;
    });
  }
}
defineClass(FakeConditionalRangeFont, {
  typeName: "ConditionalRangeFont",
  props: {
    color: { get: (t: CfT) => t.cf.fontColor ?? null, set: (t: CfT, v) => void (editableCf(t).fontColor = normalizeColor(v)) },
    bold: { get: (t: CfT) => t.cf.bold ?? false, set: (t: CfT, v) => void (editableCf(t).bold = Boolean(v)) },
    italic: { get: (t: CfT) => t.cf.italic ?? false, set: (t: CfT, v) => void (editableCf(t).italic = Boolean(v)) },
  },
  nav: {},
});

// ---- RangeAreas (merged areas) ----

interface AreasT {
  sheet: FakeSheet;
  areas: RangeRef[];
}

export class FakeRangeAreas extends FakeClientObject {}
defineClass(FakeRangeAreas, {
  typeName: "RangeAreas",
  props: {
    address: { get: (t: AreasT) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(",") },
    addressLocal: { get: (t: AreasT) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(",") },
    areaCount: { get: (t: AreasT) => t.areas.length },
    cellCount: { get: (t: AreasT) => t.areas.reduce((n, a) => n + rowsOf(a) * colsOf(a), 0) },
  },
  nav: { areas: { make: (p) => new FakeRangeCollection(p._ctx, p, (t) => t, "areas"), since: "1.9" } },
});

export class FakeRangeCollection extends FakeClientObject {
  getItemAt(index: number): FakeRange {
    return new FakeRange(this._ctx, this, (t: AreasT) => {
      const a = t.areas[index];
      if (!a) throw new FakeOfficeError("ItemNotFound");
      return { sheet: t.sheet, ref: a };
    }, `getItemAt(${index})`);
  }
}
defineClass(FakeRangeCollection, {
  typeName: "RangeCollection",
  props: {},
  nav: {},
  items: (t: AreasT, coll) => t.areas.map((a, i) => new FakeRange(coll._ctx, coll, null, `getItemAt(${i})`, { bound: { sheet: t.sheet, ref: a }, noInstantiate: true })),
});

// ---------------------------------------------------------------------------------------------
// Worksheet and its parts

export class FakeWorksheet extends FakeClientObject {
  getRange(address?: string): FakeRange {
    return new FakeRange(this._ctx, this, (s: FakeSheet) => {
      const ref = addressOn(s, address);
      checkGrid(ref);
      return { sheet: s, ref };
    }, `getRange(${q(address ?? "")})`);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this._ctx, this, (s: FakeSheet) => {
      const ref = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      checkGrid(ref);
      return { sheet: s, ref };
    }, `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`);
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this._ctx, this, (s: FakeSheet) => ({ sheet: s, ref: s.usedRef(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } }), `getUsedRange(${valuesOnly})`);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this._requires("1.4", "getUsedRangeOrNullObject");
    return new FakeRange(this._ctx, this, (s: FakeSheet) => {
      const ref = s.usedRef(valuesOnly);
      return ref ? { sheet: s, ref } : null;
    }, `getUsedRangeOrNullObject(${valuesOnly})`);
  }
  activate(): void {
    this._call("activate", [], (s: FakeSheet) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation");
      const wb = s.workbook;
      wb.activeSheetId = s.id;
      if (wb.selection?.sheetId !== s.id) wb.selection = { sheetId: s.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  delete(): void {
    this._call("delete", [], (s: FakeSheet) => deleteSheet(s));
  }
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    this._requires("1.5", "getNextOrNullObject");
    return new FakeWorksheet(this._ctx, this, (s: FakeSheet) => {
      const list = s.workbook.sheets.filter((x) => !visibleOnly || x.visibility === "Visible");
      return list[list.indexOf(s) + 1] ?? null;
    }, `getNextOrNullObject(${visibleOnly})`);
  }
}

function deleteSheet(s: FakeSheet): void {
  const wb = s.workbook;
  if (s.visibility === "VeryHidden") throw new FakeOfficeError("GeneralException", { message: "A very hidden sheet cannot be deleted; make it hidden or visible first." });
  const visible = wb.sheets.filter((x) => x.visibility === "Visible");
  if (wb.sheets.length === 1 || (s.visibility === "Visible" && visible.length === 1)) throw new FakeOfficeError("InvalidOperation", { message: "A workbook must keep at least one visible sheet." });
  wb.sheets = wb.sheets.filter((x) => x !== s);
  wb.tables = wb.tables.filter((t) => t.sheet !== s);
  const prefix = `${excelSheetPrefix(s.name)}!`;
  for (const n of wb.names) if (n.formula.startsWith(`=${prefix}`)) n.formula = `=#REF!${n.formula.slice(prefix.length + 1)}`;
  if (wb.activeSheetId === s.id) {
    const next = wb.sheets.find((x) => x.visibility === "Visible");
    wb.activeSheetId = next?.id ?? null;
    wb.selection = next ? { sheetId: next.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
  } else if (wb.selection?.sheetId === s.id) wb.selection = null;
}

defineClass(FakeWorksheet, {
  typeName: "Worksheet",
  props: {
    id: { get: (s: FakeSheet) => s.id },
    name: {
      get: (s: FakeSheet) => s.name,
      set: (s: FakeSheet, v) => {
        validateSheetName(v);
        const other = s.workbook.findSheet(v);
        if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists");
        s.name = v;
      },
    },
    position: {
      get: (s: FakeSheet) => s.position,
      set: (s: FakeSheet, v) => {
        const wb = s.workbook;
        if (typeof v !== "number" || v < 0 || v >= wb.sheets.length) throw new FakeOfficeError("InvalidArgument");
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.sheets.splice(v, 0, s);
      },
    },
    visibility: {
      get: (s: FakeSheet) => s.visibility,
      set: (s: FakeSheet, v) => {
        if (!["Visible", "Hidden", "VeryHidden"].includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        const wb = s.workbook;
        if (v !== "Visible" && s.visibility === "Visible" && wb.sheets.filter((x) => x.visibility === "Visible").length === 1)
          throw new FakeOfficeError("InvalidOperation", { message: "A workbook must keep at least one visible sheet." });
        s.visibility = v as FakeSheet["visibility"];
        if (v !== "Visible" && wb.activeSheetId === s.id) {
          const next = wb.sheets.find((x) => x.visibility === "Visible");
          wb.activeSheetId = next?.id ?? null;
          wb.selection = next ? { sheetId: next.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
        }
      },
    },
    tabColor: { since: "1.7", get: (s: FakeSheet) => s.tabColor, set: (s: FakeSheet, v) => void (s.tabColor = v === "" ? "" : normalizeColor(v)) },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => DEFAULT_ROW_HEIGHT_PT },
  },
  nav: {
    protection: { make: (p) => new FakeWorksheetProtection(p._ctx, p, (s) => s, "protection"), since: "1.2" },
    freezePanes: { make: (p) => new FakeWorksheetFreezePanes(p._ctx, p, (s) => s, "freezePanes"), since: "1.7" },
    pageLayout: { make: (p) => new FakePageLayout(p._ctx, p, (s) => s, "pageLayout"), since: "1.9" },
    names: { make: (p) => new FakeNamedItemCollection(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, scope: s }), "names"), since: "1.4" },
    tables: { make: (p) => new FakeTableCollection(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, sheet: s }), "tables") },
    notes: { make: (p) => new FakeNoteCollection(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, sheet: s }), "notes"), since: "1.18" },
    charts: { make: (p) => new FakeChartCollection(p._ctx, p, (s: FakeSheet) => ({ sheet: s }), "charts") },
  },
});

export class FakeWorksheetProtection extends FakeClientObject {
  protect(): void {
    this._call("protect", [], (s: FakeSheet) => {
      if (s.protected) throw new FakeOfficeError("InvalidOperation");
      s.protected = true;
    });
  }
  unprotect(): void {
    this._call("unprotect", [], (s: FakeSheet) => void (s.protected = false));
  }
}
defineClass(FakeWorksheetProtection, { typeName: "WorksheetProtection", props: { protected: { get: (s: FakeSheet) => s.protected } }, nav: {} });

export class FakeWorksheetFreezePanes extends FakeClientObject {
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (s: FakeSheet) => {
      if (!(count >= 0)) throw new FakeOfficeError("InvalidArgument");
      s.freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (s: FakeSheet) => {
      if (!(count >= 0)) throw new FakeOfficeError("InvalidArgument");
      s.freeze = { rows: 0, cols: count };
    });
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._call("freezeAt", [frozenRange], (s: FakeSheet) => {
      const r = rangeArg(frozenRange, s.workbook, s);
      if (r.sheet !== s) throw new FakeOfficeError("InvalidArgument");
      s.freeze = { rows: r.ref.bottom === MAX_ROWS - 1 ? 0 : r.ref.bottom + 1, cols: r.ref.right === MAX_COLS - 1 ? 0 : r.ref.right + 1 };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (s: FakeSheet) => void (s.freeze = { rows: 0, cols: 0 }));
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this._ctx, this, (s: FakeSheet) => {
      const { rows, cols } = s.freeze;
      if (!rows && !cols) return null;
      return { sheet: s, ref: { top: 0, left: 0, bottom: rows ? rows - 1 : MAX_ROWS - 1, right: cols ? cols - 1 : MAX_COLS - 1 } };
    }, "getLocationOrNullObject()");
  }
}
defineClass(FakeWorksheetFreezePanes, { typeName: "WorksheetFreezePanes", props: {}, nav: {} });

const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "LetterSmall", "Legal", "Executive", "Tabloid", "Ledger", "Statement", "Folio", "Quarto"];

export class FakePageLayout extends FakeClientObject {
  setPrintTitleRows(titleRows: FakeRange | string): void {
    this._call("setPrintTitleRows", [titleRows], (s: FakeSheet) => {
      const r = rangeArg(titleRows, s.workbook, s);
      s.pageLayout.printTitleRows = `$${r.ref.top + 1}:$${r.ref.bottom + 1}`;
    });
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this._ctx, this, (s: FakeSheet) => {
      const t = s.pageLayout.printTitleRows;
      return t ? { sheet: s, ref: parseLocal(t)! } : null;
    }, "getPrintTitleRowsOrNullObject()");
  }
}
defineClass(FakePageLayout, {
  typeName: "PageLayout",
  props: {
    orientation: {
      get: (s: FakeSheet) => s.pageLayout.orientation,
      set: (s: FakeSheet, v) => {
        if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument");
        s.pageLayout.orientation = v;
      },
    },
    paperSize: {
      get: (s: FakeSheet) => s.pageLayout.paperSize,
      set: (s: FakeSheet, v) => {
        if (!PAPER.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        s.pageLayout.paperSize = v as string;
      },
    },
    zoom: {
      get: (s: FakeSheet) => ({ ...s.pageLayout.zoom }),
      set: (s: FakeSheet, v) => {
        if (!v || typeof v !== "object") throw new FakeOfficeError("InvalidArgument");
        const z = v as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined)) throw new FakeOfficeError("InvalidArgument");
        s.pageLayout.zoom = { ...z };
      },
    },
  },
  nav: {},
});

// ---------------------------------------------------------------------------------------------
// Names

interface NamesT {
  wb: FakeWorkbook;
  scope: FakeSheet | null;
}
interface NameT {
  wb: FakeWorkbook;
  scope: FakeSheet | null;
  n: FakeName;
}

const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

function checkDefinedName(wb: FakeWorkbook, name: unknown, list: FakeName[]): asserts name is string {
  if (typeof name !== "string" || !NAME_RE.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    throw new FakeOfficeError("InvalidArgument", { message: `Invalid name: ${name}` });
  const lower = name.toLocaleLowerCase();
  if (list.some((n) => n.name.toLocaleLowerCase() === lower) || wb.findTable(name)) throw new FakeOfficeError("ItemAlreadyExists");
}

function nameType(wb: FakeWorkbook, n: FakeName): string {
  const f = n.formula.replace(/^=/, "").trim();
  if (/^#REF!/.test(f)) return "Error";
  if (/^".*"$/.test(f)) return "String";
  if (/^-?\d+$/.test(f)) return "Integer";
  if (/^-?\d*\.?\d+(E[+-]?\d+)?$/i.test(f)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(f)) return "Boolean";
  if (/^\{.*\}$/.test(f)) return "Array";
  return wb.nameTarget(n) ? "Range" : "String";
}

function nameValue(wb: FakeWorkbook, n: FakeName): unknown {
  const target = wb.nameTarget(n);
  if (target) return formatAddress(target.sheet.name, target.ref, true);
  const f = n.formula.replace(/^=/, "");
  if (/^".*"$/.test(f)) return f.slice(1, -1).replace(/""/g, '"');
  const num = Number(f);
  return Number.isFinite(num) && f.trim() !== "" ? num : f;
}

export class FakeNamedItemCollection extends FakeClientObject {
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this._ctx, this, null, `add(${q(name)})`, { noInstantiate: true });
    this._call("add", [name, reference, comment], (t: NamesT) => {
      const list = t.scope ? t.scope.names : t.wb.names;
      checkDefinedName(t.wb, name, list);
      let formula: string;
      if (reference instanceof FakeRange) {
        const r = rangeArg(reference, t.wb);
        formula = `=${formatAddress(r.sheet.name, r.ref, true)}`;
      } else if (typeof reference === "string" && reference !== "") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else throw new FakeOfficeError("InvalidArgument");
      const n: FakeName = { name, formula, comment: comment ?? "", visible: true };
      list.push(n);
      item._bind({ wb: t.wb, scope: t.scope, n });
    });
    return item;
  }
  getItem(name: string): FakeNamedItem {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this._requires("1.4", "getItemOrNullObject");
    return this.byName(name, true);
  }
  private byName(name: string, orNull: boolean): FakeNamedItem {
    return new FakeNamedItem(this._ctx, this, (t: NamesT) => {
      const list = t.scope ? t.scope.names : t.wb.names;
      const n = list.find((x) => x.name.toLocaleLowerCase() === String(name).toLocaleLowerCase());
      if (!n) {
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound");
      }
      return { wb: t.wb, scope: t.scope, n };
    }, `${orNull ? "getItemOrNullObject" : "getItem"}(${q(name)})`);
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => {
      const t = this._resolve() as NamesT;
      return (t.scope ? t.scope.names : t.wb.names).length;
    });
  }
}
defineClass(FakeNamedItemCollection, {
  typeName: "NamedItemCollection",
  props: {},
  nav: {},
  items: (t: NamesT, coll) =>
    (t.scope ? t.scope.names : t.wb.names).map((n) => new FakeNamedItem(coll._ctx, coll, null, `getItem(${q(n.name)})`, { bound: { wb: t.wb, scope: t.scope, n }, noInstantiate: true })),
});

export class FakeNamedItem extends FakeClientObject {
  delete(): void {
    this._call("delete", [], (t: NameT) => {
      if (t.scope) t.scope.names = t.scope.names.filter((x) => x !== t.n);
      else t.wb.names = t.wb.names.filter((x) => x !== t.n);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this._ctx, this, (t: NameT) => {
      const r = t.wb.nameTarget(t.n);
      if (!r) throw new FakeOfficeError("InvalidOperation");
      return r;
    }, "getRange()");
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this._ctx, this, (t: NameT) => t.wb.nameTarget(t.n), "getRangeOrNullObject()");
  }
}
defineClass(FakeNamedItem, {
  typeName: "NamedItem",
  props: {
    name: { get: (t: NameT) => t.n.name },
    type: { get: (t: NameT) => nameType(t.wb, t.n) },
    value: { get: (t: NameT) => nameValue(t.wb, t.n) },
    formula: {
      since: "1.7",
      get: (t: NameT) => t.n.formula,
      set: (t: NameT, v) => {
        if (typeof v !== "string" || !v) throw new FakeOfficeError("InvalidArgument");
        t.n.formula = v.startsWith("=") ? v : `=${v}`;
      },
    },
    comment: { get: (t: NameT) => t.n.comment, set: (t: NameT, v) => void (t.n.comment = String(v ?? "")) },
    visible: { get: (t: NameT) => t.n.visible, set: (t: NameT, v) => void (t.n.visible = Boolean(v)) },
    scope: { get: (t: NameT) => (t.scope ? "Worksheet" : "Workbook") },
  },
  nav: {},
});

// ---------------------------------------------------------------------------------------------
// Tables

interface TablesT {
  wb: FakeWorkbook;
  sheet?: FakeSheet;
}

export class FakeTableCollection extends FakeClientObject {
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableObj {
    const table = new FakeTableObj(this._ctx, this, null, `add(${typeof address === "string" ? q(address) : "range"},${hasHeaders})`, { noInstantiate: true });
    this._call("add", [address, hasHeaders], (t: TablesT) => {
      const r = rangeArg(address, t.wb, t.sheet);
      if (t.sheet && r.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument");
      assertEditable(r.sheet);
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", { message: "fake-excel: tables.add with hasHeaders = false (Excel inserts a header row) is not modelled." });
      if (t.wb.tables.some((x) => x.sheet === r.sheet && intersects(x.ref, r.ref))) throw new FakeOfficeError("InvalidArgument", { message: "A table can't overlap another table." });
      if (r.ref.bottom === MAX_ROWS - 1 || r.ref.right === MAX_COLS - 1) throw new FakeOfficeError("InvalidArgument");
      // Excel gives every empty header cell a name: Column1, Column2, …
      for (let c = r.ref.left; c <= r.ref.right; c++) {
        const cell = r.sheet.getCell(r.ref.top, c);
        if (cellValue(cell) === "") r.sheet.patchCell(r.ref.top, c, { value: `Column${c - r.ref.left + 1}`, formula: undefined });
      }
      let n = 1;
      while (t.wb.findTable(`Table${n}`) || t.wb.findName(`Table${n}`)) n++;
      const rec: FakeTable = { id: t.wb.newId("{table-"), name: `Table${n}`, sheet: r.sheet, ref: { ...r.ref }, style: "TableStyleMedium2", showHeaders: true };
      t.wb.tables.push(rec);
      table._bind(rec);
    });
    return table;
  }
  getItem(key: string): FakeTableObj {
    return this.byName(key, false);
  }
  getItemOrNullObject(key: string): FakeTableObj {
    this._requires("1.4", "getItemOrNullObject");
    return this.byName(key, true);
  }
  private byName(key: string, orNull: boolean): FakeTableObj {
    return new FakeTableObj(this._ctx, this, (t: TablesT) => {
      const found = t.wb.tables.find((x) => (x.name.toLocaleLowerCase() === String(key).toLocaleLowerCase() || x.id === key) && (!t.sheet || x.sheet === t.sheet));
      if (!found) {
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound");
      }
      return found;
    }, `${orNull ? "getItemOrNullObject" : "getItem"}(${q(key)})`);
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => {
      const t = this._resolve() as TablesT;
      return t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet).length;
    });
  }
}
defineClass(FakeTableCollection, {
  typeName: "TableCollection",
  props: {},
  nav: {},
  items: (t: TablesT, coll) =>
    t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet).map((x) => new FakeTableObj(coll._ctx, coll, null, `getItem(${q(x.name)})`, { bound: x, noInstantiate: true })),
});

/** Excel.Table */
export class FakeTableObj extends FakeClientObject {
  getRange(): FakeRange {
    return new FakeRange(this._ctx, this, (t: FakeTable) => ({ sheet: t.sheet, ref: { ...t.ref } }), "getRange()");
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this._ctx, this, (t: FakeTable) => ({ sheet: t.sheet, ref: { ...t.ref, bottom: t.ref.top } }), "getHeaderRowRange()");
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this._ctx, this, (t: FakeTable) => ({ sheet: t.sheet, ref: { ...t.ref, top: Math.min(t.ref.top + 1, t.ref.bottom) } }), "getDataBodyRange()");
  }
  delete(): void {
    this._call("delete", [], (t: FakeTable) => {
      assertEditable(t.sheet);
      t.sheet.workbook.tables = t.sheet.workbook.tables.filter((x) => x !== t);
    });
  }
}
defineClass(FakeTableObj, {
  typeName: "Table",
  props: {
    id: { get: (t: FakeTable) => t.id },
    name: {
      get: (t: FakeTable) => t.name,
      set: (t: FakeTable, v) => {
        const wb = t.sheet.workbook;
        if (typeof v !== "string" || !NAME_RE.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v)) throw new FakeOfficeError("InvalidArgument");
        const other = wb.findTable(v);
        if ((other && other !== t) || wb.findName(v)) throw new FakeOfficeError("ItemAlreadyExists");
        t.name = v;
      },
    },
    style: { get: (t: FakeTable) => t.style, set: (t: FakeTable, v) => void (t.style = String(v)) },
    showHeaders: { get: (t: FakeTable) => t.showHeaders, set: (t: FakeTable, v) => void (t.showHeaders = Boolean(v)) },
    showTotals: { get: () => false },
  },
  nav: { worksheet: { make: (p) => new FakeWorksheet(p._ctx, p, (t: FakeTable) => t.sheet, "worksheet") } },
});

// ---------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18)

interface NotesT {
  wb: FakeWorkbook;
  sheet?: FakeSheet;
}
interface NoteT {
  sheet: FakeSheet;
  row: number;
  col: number;
}

/** "A1" on a worksheet's notes, or "Sheet1!A1" (needed on the workbook's). */
function noteCell(t: NotesT, key: unknown): NoteT {
  const r = rangeArg(key, t.wb, t.sheet);
  if (t.sheet && r.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument");
  if (r.ref.top !== r.ref.bottom || r.ref.left !== r.ref.right) throw new FakeOfficeError("InvalidArgument", { message: "A note belongs to a single cell." });
  return { sheet: r.sheet, row: r.ref.top, col: r.ref.left };
}

function notesIn(t: NotesT): NoteT[] {
  const out: NoteT[] = [];
  for (const s of t.sheet ? [t.sheet] : t.wb.sheets) {
    const keys = [...s.cells.entries()].filter(([, c]) => c.note !== undefined).map(([k]) => k).sort((a, b) => a - b);
    for (const k of keys) out.push({ sheet: s, row: Math.floor(k / MAX_COLS), col: k % MAX_COLS });
  }
  return out;
}

export class FakeNoteCollection extends FakeClientObject {
  add(cellAddress: FakeRange | string, content: unknown): FakeNote {
    const note = new FakeNote(this._ctx, this, null, `add(${typeof cellAddress === "string" ? q(cellAddress) : "range"})`, { noInstantiate: true });
    this._call("add", [cellAddress, content], (t: NotesT) => {
      const at = noteCell(t, cellAddress);
      assertEditable(at.sheet);
      if (at.sheet.getCell(at.row, at.col)?.note !== undefined) throw new FakeOfficeError("InvalidArgument", { message: "The cell already has a note." });
      at.sheet.patchCell(at.row, at.col, { note: String(content ?? "") });
      note._bind(at);
    });
    return note;
  }
  getItem(key: string): FakeNote {
    return this.byKey(key, false);
  }
  getItemOrNullObject(key: string): FakeNote {
    return this.byKey(key, true);
  }
  private byKey(key: string, orNull: boolean): FakeNote {
    return new FakeNote(this._ctx, this, (t: NotesT) => {
      const at = noteCell(t, key);
      if (at.sheet.getCell(at.row, at.col)?.note === undefined) {
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound");
      }
      return at;
    }, `${orNull ? "getItemOrNullObject" : "getItem"}(${q(key)})`);
  }
  getItemAt(index: number): FakeNote {
    return new FakeNote(this._ctx, this, (t: NotesT) => {
      const at = notesIn(t)[index];
      if (!at) throw new FakeOfficeError("ItemNotFound");
      return at;
    }, `getItemAt(${index})`);
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => notesIn(this._resolve() as NotesT).length);
  }
}
defineClass(FakeNoteCollection, {
  typeName: "NoteCollection",
  props: {},
  nav: {},
  items: (t: NotesT, coll) => notesIn(t).map((at) => new FakeNote(coll._ctx, coll, null, "item", { bound: at, noInstantiate: true })),
});

function liveNote(t: NoteT): FakeCell {
  const c = t.sheet.getCell(t.row, t.col);
  if (!c || c.note === undefined) throw new FakeOfficeError("ItemNotFound");
  return c;
}

export class FakeNote extends FakeClientObject {
  delete(): void {
    this._call("delete", [], (t: NoteT) => {
      liveNote(t);
      assertEditable(t.sheet);
      t.sheet.patchCell(t.row, t.col, { note: undefined });
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this._ctx, this, (t: NoteT) => ({ sheet: t.sheet, ref: { top: t.row, left: t.col, bottom: t.row, right: t.col } }), "getLocation()");
  }
}
defineClass(FakeNote, {
  typeName: "Note",
  props: {
    content: {
      get: (t: NoteT) => liveNote(t).note,
      set: (t: NoteT, v) => {
        liveNote(t);
        assertEditable(t.sheet);
        t.sheet.patchCell(t.row, t.col, { note: String(v ?? "") });
      },
    },
    authorName: { get: () => "Fake Excel" },
    visible: { get: () => false },
    width: { get: () => 144 },
    height: { get: () => 79 },
  },
  nav: {},
});

// ---------------------------------------------------------------------------------------------
// Charts (ExcelApi 1.1; series.add, setValues, setXAxisValues and chartType 1.7)

interface ChartsT {
  sheet: FakeSheet;
}
interface ChartT {
  sheet: FakeSheet;
  chart: FakeChart;
}
interface SeriesT {
  sheet: FakeSheet;
  chart: FakeChart;
  series: FakeChartSeries;
}

/** Excel.ChartType values (@types/office-js). */
const CHART_TYPES = new Set(
  ("ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 " +
    "3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded " +
    "3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked " +
    "3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect " +
    "StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked " +
    "CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol " +
    "PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line " +
    "3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel").split(" "),
);
const SERIES_BY = ["Auto", "Columns", "Rows"];

/**
 * The series Excel makes from a source range (the fake's simplification of Excel's guess): one series per column
 * ("Columns", or "Auto" when the range has at least as many rows as columns) or per row. When the range is at
 * least 2 × 2 and its top-left cell is empty, the first row (or column) names the series and the first column
 * (or row) gives the categories; otherwise the series are «Series1», «Series2»… without categories.
 */
function seriesFromRange(src: RangeT, seriesBy: string): FakeChartSeries[] {
  const { sheet, ref } = src;
  const rows = rowsOf(ref);
  const cols = colsOf(ref);
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows >= cols);
  const labelled = rows >= 2 && cols >= 2 && cellValue(sheet.getCell(ref.top, ref.left)) === "";
  const out: FakeChartSeries[] = [];
  const first = labelled ? 1 : 0;
  const count = byColumns ? cols : rows;
  for (let i = first; i < count; i++) {
    const values: RangeRef = byColumns
      ? { top: ref.top + first, bottom: ref.bottom, left: ref.left + i, right: ref.left + i }
      : { top: ref.top + i, bottom: ref.top + i, left: ref.left + first, right: ref.right };
    const categories: RangeRef | null = !labelled
      ? null
      : byColumns
        ? { top: ref.top + 1, bottom: ref.bottom, left: ref.left, right: ref.left }
        : { top: ref.top, bottom: ref.top, left: ref.left + 1, right: ref.right };
    const name = labelled ? String(cellValue(byColumns ? sheet.getCell(ref.top, ref.left + i) : sheet.getCell(ref.top + i, ref.left))) : "";
    out.push({ name: name || `Series${out.length + 1}`, values: { sheet, ref: values }, categories: categories && { sheet, ref: categories } });
  }
  return out;
}

function liveChart(t: ChartT): FakeChart {
  if (!t.sheet.charts.includes(t.chart)) throw new FakeOfficeError("ItemNotFound");
  return t.chart;
}

function editableChart(t: ChartT): FakeChart {
  const c = liveChart(t);
  assertEditable(t.sheet);
  return c;
}

function chartType(v: unknown): string {
  if (typeof v !== "string" || !CHART_TYPES.has(v)) throw new FakeOfficeError("InvalidArgument", { message: `Not a chart type: ${q(v)}` });
  return v;
}

export class FakeChartCollection extends FakeClientObject {
  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChartObj {
    const chart = new FakeChartObj(this._ctx, this, null, `add(${q(type)},range,${q(seriesBy)})`, { noInstantiate: true });
    this._call("add", [type, sourceData, seriesBy], (t: ChartsT) => {
      assertEditable(t.sheet);
      const kind = chartType(type);
      if (!SERIES_BY.includes(seriesBy)) throw new FakeOfficeError("InvalidArgument");
      if (!(sourceData instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument", { message: "sourceData must be a Range." });
      const src = rangeArg(sourceData, t.sheet.workbook, t.sheet);
      let n = 1;
      while (t.sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const rec: FakeChart = {
        id: t.sheet.workbook.newId("{chart-"),
        name: `Chart ${n}`,
        type: kind,
        title: "",
        titleVisible: false,
        series: seriesFromRange(src, seriesBy),
        anchor: null,
        top: 0,
        left: 0,
        ...DEFAULT_CHART_SIZE_PT,
      };
      t.sheet.charts.push(rec);
      chart._bind({ sheet: t.sheet, chart: rec });
    });
    return chart;
  }
  getItem(name: string): FakeChartObj {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): FakeChartObj {
    this._requires("1.4", "getItemOrNullObject");
    return this.byName(name, true);
  }
  /** Excel: the first chart of that name. */
  private byName(name: string, orNull: boolean): FakeChartObj {
    return new FakeChartObj(this._ctx, this, (t: ChartsT) => {
      const c = t.sheet.charts.find((x) => x.name === String(name));
      if (!c) {
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound");
      }
      return { sheet: t.sheet, chart: c };
    }, `${orNull ? "getItemOrNullObject" : "getItem"}(${q(name)})`);
  }
  getItemAt(index: number): FakeChartObj {
    return new FakeChartObj(this._ctx, this, (t: ChartsT) => {
      const c = t.sheet.charts[index];
      if (!c) throw new FakeOfficeError("ItemNotFound");
      return { sheet: t.sheet, chart: c };
    }, `getItemAt(${index})`);
  }
  getCount(): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount" }, () => (this._resolve() as ChartsT).sheet.charts.length);
  }
}
defineClass(FakeChartCollection, {
  typeName: "ChartCollection",
  props: { count: { get: (t: ChartsT) => t.sheet.charts.length } },
  nav: {},
  items: (t: ChartsT, coll) => t.sheet.charts.map((c) => new FakeChartObj(coll._ctx, coll, null, `item(${q(c.id)})`, { bound: { sheet: t.sheet, chart: c }, noInstantiate: true })),
});

/** Excel.Chart */
export class FakeChartObj extends FakeClientObject {
  /** Moves the chart's top-left corner to startCell; with endCell, sizes it to cover through endCell. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call("setPosition", [startCell, endCell ?? null], (t: ChartT) => {
      const c = editableChart(t);
      const start = rangeArg(startCell, t.sheet.workbook, t.sheet);
      const end = endCell === undefined || endCell === null ? null : rangeArg(endCell, t.sheet.workbook, t.sheet);
      if (start.sheet !== t.sheet || (end && end.sheet !== t.sheet)) throw new FakeOfficeError("InvalidArgument");
      const at = t.sheet.offsetOf(start.ref.top, start.ref.left);
      c.top = at.top;
      c.left = at.left;
      if (end) {
        if (end.ref.bottom < start.ref.top || end.ref.right < start.ref.left) throw new FakeOfficeError("InvalidArgument");
        const past = t.sheet.offsetOf(end.ref.bottom + 1, end.ref.right + 1);
        c.width = past.left - at.left;
        c.height = past.top - at.top;
        c.anchor = { top: start.ref.top, left: start.ref.left, bottom: end.ref.bottom, right: end.ref.right };
      } else {
        c.anchor = { top: start.ref.top, left: start.ref.left, bottom: start.ref.top, right: start.ref.left };
      }
    });
  }
  /** Replaces the series with those of a new source range. */
  setData(sourceData: FakeRange, seriesBy: string = "Auto"): void {
    this._call("setData", [sourceData, seriesBy], (t: ChartT) => {
      const c = editableChart(t);
      if (!SERIES_BY.includes(seriesBy) || !(sourceData instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument");
      c.series = seriesFromRange(rangeArg(sourceData, t.sheet.workbook, t.sheet), seriesBy);
    });
  }
  delete(): void {
    this._call("delete", [], (t: ChartT) => {
      editableChart(t);
      t.sheet.charts = t.sheet.charts.filter((x) => x !== t.chart);
    });
  }
}
function chartNumber(prop: "top" | "left" | "width" | "height"): PropDef {
  return {
    get: (t: ChartT) => liveChart(t)[prop],
    set: (t: ChartT, v) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new FakeOfficeError("InvalidArgument");
      const c = editableChart(t);
      c[prop] = v;
      c.anchor = null; // no longer exactly over cells
    },
  };
}
defineClass(FakeChartObj, {
  typeName: "Chart",
  props: {
    name: {
      get: (t: ChartT) => liveChart(t).name,
      set: (t: ChartT, v) => {
        if (typeof v !== "string" || v.length === 0 || v.length > 255) throw new FakeOfficeError("InvalidArgument");
        editableChart(t).name = v;
      },
    },
    id: { since: "1.7", get: (t: ChartT) => liveChart(t).id },
    chartType: { since: "1.7", get: (t: ChartT) => liveChart(t).type, set: (t: ChartT, v) => void (editableChart(t).type = chartType(v)) },
    top: chartNumber("top"),
    left: chartNumber("left"),
    width: chartNumber("width"),
    height: chartNumber("height"),
  },
  nav: {
    title: { make: (p) => new FakeChartTitle(p._ctx, p, (t) => t, "title") },
    series: { make: (p) => new FakeChartSeriesCollection(p._ctx, p, (t) => t, "series") },
    worksheet: { make: (p) => new FakeWorksheet(p._ctx, p, (t: ChartT) => t.sheet, "worksheet"), since: "1.2" },
  },
});

export class FakeChartTitle extends FakeClientObject {}
defineClass(FakeChartTitle, {
  typeName: "ChartTitle",
  props: {
    text: {
      get: (t: ChartT) => liveChart(t).title,
      set: (t: ChartT, v) => {
        const c = editableChart(t);
        c.title = String(v ?? "");
        c.titleVisible = c.title !== "";
      },
    },
    visible: { get: (t: ChartT) => liveChart(t).titleVisible, set: (t: ChartT, v) => void (editableChart(t).titleVisible = Boolean(v)) },
  },
  nav: {},
});

export class FakeChartSeriesCollection extends FakeClientObject {
  /** A new series: not shown until its values are set (as in Excel). */
  add(name?: string, index?: number): FakeChartSeriesObj {
    this._requires("1.7", "add");
    const series = new FakeChartSeriesObj(this._ctx, this, null, `add(${q(name ?? null)},${q(index ?? null)})`, { noInstantiate: true });
    this._call("add", [name ?? null, index ?? null], (t: ChartT) => {
      const c = editableChart(t);
      const rec: FakeChartSeries = { name: name ?? `Series${c.series.length + 1}`, values: null, categories: null };
      const at = index === undefined || index === null ? c.series.length : index;
      if (!Number.isInteger(at) || at < 0 || at > c.series.length) throw new FakeOfficeError("InvalidArgument");
      c.series.splice(at, 0, rec);
      series._bind({ sheet: t.sheet, chart: c, series: rec });
    });
    return series;
  }
  getItemAt(index: number): FakeChartSeriesObj {
    return new FakeChartSeriesObj(this._ctx, this, (t: ChartT) => {
      const s = liveChart(t).series[index];
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return { sheet: t.sheet, chart: t.chart, series: s };
    }, `getItemAt(${index})`);
  }
  getCount(): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount" }, () => liveChart(this._resolve() as ChartT).series.length);
  }
}
defineClass(FakeChartSeriesCollection, {
  typeName: "ChartSeriesCollection",
  props: { count: { get: (t: ChartT) => liveChart(t).series.length } },
  nav: {},
  items: (t: ChartT, coll) =>
    liveChart(t).series.map((s, i) => new FakeChartSeriesObj(coll._ctx, coll, null, `getItemAt(${i})`, { bound: { sheet: t.sheet, chart: t.chart, series: s }, noInstantiate: true })),
});

function liveSeries(t: SeriesT): FakeChartSeries {
  liveChart(t);
  if (!t.chart.series.includes(t.series)) throw new FakeOfficeError("ItemNotFound");
  return t.series;
}

function seriesSource(t: SeriesT, data: unknown, method: string): { sheet: FakeSheet; ref: RangeRef } {
  if (!(data instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument", { message: `${method}: sourceData must be a Range.` });
  liveSeries(t);
  assertEditable(t.sheet);
  const r = rangeArg(data, t.sheet.workbook, t.sheet);
  if (rowsOf(r.ref) > 1 && colsOf(r.ref) > 1) throw new FakeOfficeError("InvalidArgument", { message: `${method}: a series takes one row or one column.` });
  return { sheet: r.sheet, ref: { ...r.ref } };
}

/** Excel.ChartSeries */
export class FakeChartSeriesObj extends FakeClientObject {
  setValues(sourceData: FakeRange): void {
    this._requires("1.7", "setValues");
    this._call("setValues", [sourceData], (t: SeriesT) => void (t.series.values = seriesSource(t, sourceData, "setValues")));
  }
  setXAxisValues(sourceData: FakeRange): void {
    this._requires("1.7", "setXAxisValues");
    this._call("setXAxisValues", [sourceData], (t: SeriesT) => void (t.series.categories = seriesSource(t, sourceData, "setXAxisValues")));
  }
  delete(): void {
    this._requires("1.7", "delete");
    this._call("delete", [], (t: SeriesT) => {
      liveSeries(t);
      assertEditable(t.sheet);
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
  /** The values of one dimension as text ("Categories" or "Values"), as the cells show them now. */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    this._requires("1.12", "getDimensionValues");
    return this._ctx._result({ i: this._id, call: "getDimensionValues", a: [dimension] }, () => {
      const s = liveSeries(this._resolve() as SeriesT);
      const src = dimension === "Categories" || dimension === "XValues" ? s.categories : dimension === "Values" || dimension === "YValues" ? s.values : undefined;
      if (src === undefined) throw new FakeOfficeError("InvalidArgument");
      if (!src) return [];
      return grid(src, (c) => String(cellValue(c))).flat();
    });
  }
}
defineClass(FakeChartSeriesObj, {
  typeName: "ChartSeries",
  props: {
    name: {
      get: (t: SeriesT) => liveSeries(t).name,
      set: (t: SeriesT, v) => {
        liveSeries(t);
        assertEditable(t.sheet);
        t.series.name = String(v ?? "");
      },
    },
  },
  nav: {},
});

// ---------------------------------------------------------------------------------------------
// Workbook and the worksheet collection

export class FakeWorksheetCollection extends FakeClientObject {
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, this, (wb: FakeWorkbook) => {
      const s = wb.findSheet(String(key)) ?? wb.sheetById(String(key));
      if (!s) throw new FakeOfficeError("ItemNotFound", { errorLocation: "WorksheetCollection.getItem" });
      return s;
    }, `getItem(${q(key)})`);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this._requires("1.4", "getItemOrNullObject");
    return new FakeWorksheet(this._ctx, this, (wb: FakeWorkbook) => wb.findSheet(String(key)) ?? wb.sheetById(String(key)) ?? null, `getItemOrNullObject(${q(key)})`);
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this._ctx, this, null, `add(${q(name ?? null)})`, { noInstantiate: true });
    this._call("add", [name ?? null], (wb: FakeWorkbook) => {
      let n = name;
      if (n === undefined || n === null) {
        let i = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      ws._bind(wb.addSheet(n));
    });
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, this, (wb: FakeWorkbook) => {
      const s = wb.activeSheet;
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return s;
    }, "getActiveWorksheet()");
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    this._requires("1.5", "getFirst");
    return new FakeWorksheet(this._ctx, this, (wb: FakeWorkbook) => {
      const s = wb.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return s;
    }, `getFirst(${visibleOnly})`);
  }
  getLast(visibleOnly = false): FakeWorksheet {
    this._requires("1.5", "getLast");
    return new FakeWorksheet(this._ctx, this, (wb: FakeWorkbook) => {
      const s = [...wb.sheets].reverse().find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return s;
    }, `getLast(${visibleOnly})`);
  }
  getCount(visibleOnly = false): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount", a: [visibleOnly] }, () =>
      (this._resolve() as FakeWorkbook).sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }
}
defineClass(FakeWorksheetCollection, {
  typeName: "WorksheetCollection",
  props: {},
  nav: {},
  items: (wb: FakeWorkbook, coll) => wb.sheets.map((s) => new FakeWorksheet(coll._ctx, coll, null, `getItem(${q(s.id)})`, { bound: s, noInstantiate: true })),
});

export class FakeWorkbookObj extends FakeClientObject {
  getSelectedRange(): FakeRange {
    return new FakeRange(this._ctx, this, (wb: FakeWorkbook) => {
      const sel = wb.selection;
      const s = sel ? wb.sheetById(sel.sheetId) : undefined;
      if (!sel || !s) throw new FakeOfficeError("InvalidOperation");
      return { sheet: s, ref: { ...sel.ref } };
    }, "getSelectedRange()");
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this._ctx, this, (wb: FakeWorkbook) => {
      const sel = wb.selection;
      const s = sel ? wb.sheetById(sel.sheetId) : undefined;
      if (!sel || !s) throw new FakeOfficeError("InvalidOperation");
      return { sheet: s, ref: { top: sel.ref.top, left: sel.ref.left, bottom: sel.ref.top, right: sel.ref.left } };
    }, "getActiveCell()");
  }
}
defineClass(FakeWorkbookObj, {
  typeName: "Workbook",
  props: { name: { get: () => "Book1.xlsx" } },
  nav: {
    worksheets: { make: (p) => new FakeWorksheetCollection(p._ctx, p, (wb) => wb, "worksheets") },
    names: { make: (p) => new FakeNamedItemCollection(p._ctx, p, (wb: FakeWorkbook) => ({ wb, scope: null }), "names") },
    tables: { make: (p) => new FakeTableCollection(p._ctx, p, (wb: FakeWorkbook) => ({ wb }), "tables") },
    notes: { make: (p) => new FakeNoteCollection(p._ctx, p, (wb: FakeWorkbook) => ({ wb }), "notes"), since: "1.18" },
  },
});

export function makeWorkbookProxy(ctx: FakeRequestContext): FakeClientObject {
  return new FakeWorkbookObj(ctx, null, null, "workbook", { bound: ctx._engine.workbook, noInstantiate: true });
}

export { formatLocal };
