/**
 * The workbook as the pure core sees it: plain data read by an adapter (Office.js or ExcelJS)
 * in one go, and plain write plans an adapter applies in one batch. Nothing here knows Excel.
 */
import type { RangeRef } from "./address";
import { SHEET_NAME_MAX } from "./excelLimits";

/** What a cell holds. Dates are Excel serial numbers (days since 1899-12-30), as range.values gives them. */
export type CellValue = string | number | boolean | null;

/** An error value such as #REF! is read as this string form. */
export const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

export function isErrorValue(v: CellValue): boolean {
  return typeof v === "string" && ERROR_VALUES.includes(v);
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A defined name as read from a workbook. */
export interface NameSnapshot {
  name: string;
  /** Sheet the name points into; absent for constants and names that refer to no single range. */
  sheet?: string;
  ref?: RangeRef;
  /** The formula text of the name, e.g. "=Паспорт!$B$3". */
  formula: string;
}

/** One sheet, read in one round trip. Grids are anchored at A1 and rectangular. */
export interface SheetSnapshot {
  name: string;
  /** values[row][col]; "" for empty cells (as Office gives them). */
  values: CellValue[][];
  /** formulas[row][col]: the formula text ("=SUM(A1:A3)") or null when the cell holds a plain value. Absent when not read. */
  formulas?: (string | null)[][];
  /** numberFormats[row][col], absent when not read. */
  numberFormats?: string[][];
  merges: RangeRef[];
  visibility: SheetVisibility;
  protected: boolean;
  /**
   * Names of the sheet's charts, in order (a name may repeat: Excel allows it). Only the Office.js adapter
   * reads charts, and it sets the field only when the sheet has some; absent means none or not read.
   */
  charts?: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Workbook-scoped and sheet-scoped defined names. */
  names: NameSnapshot[];
}

// ---------------------------------------------------------------------------------------------
// Writing: a SheetPlan is everything one command writes into one sheet. Both adapters apply it.

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "center" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  wrap?: boolean;
  hAlign?: HAlign;
  vAlign?: VAlign;
  /** thin borders on every edge of each cell */
  border?: boolean;
  numberFormat?: string;
}

export interface CellWrite {
  row: number;
  col: number;
  /** A plain value. Exactly one of value/formula is set, or neither when only the style changes. */
  value?: CellValue;
  /** A formula with English function names and comma separators, as range.formulas takes it. */
  formula?: string;
  style?: CellStyle;
}

export interface RangeStyle {
  ref: RangeRef;
  style: CellStyle;
}

export interface NameWrite {
  name: string;
  ref: RangeRef;
  /** Sheet the name points into; defaults to the plan's sheet. */
  sheet?: string;
  comment?: string;
}

export interface TableWrite {
  name: string;
  /** Header row included. */
  ref: RangeRef;
  style?: string; // e.g. "TableStyleMedium2"
}

export type ValidationRule =
  | { type: "list"; items: string[] }
  /** a list from a range, e.g. "=PO_Sources" */
  | { type: "listFormula"; formula: string }
  | { type: "whole"; min?: number; max?: number }
  | { type: "decimal"; min?: number; max?: number }
  | { type: "date" };

export interface ValidationWrite {
  ref: RangeRef;
  rule: ValidationRule;
  prompt?: { title: string; message: string };
  error?: { title: string; message: string };
  /** true: reject invalid input; false: warn only */
  strict?: boolean;
}

/** A conditional format by formula, relative to the top-left cell of ref (as Excel does). */
export interface ConditionalFormatWrite {
  ref: RangeRef;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export type ChartType = "columnClustered" | "line";

/** One series of a chart: its name (the legend's text) and its values, on the plan's sheet. */
export interface ChartSeriesWrite {
  name: string;
  values: RangeRef;
}

/**
 * A chart over cells of the plan's sheet. Only the Office.js adapter makes charts (ExcelJS cannot write them:
 * the xlsx adapter leaves `charts` and `deleteCharts` out and the command line says so).
 */
export interface ChartWrite {
  /** The chart's name in Excel: a command finds (and replaces) its own chart by it. */
  name: string;
  type: ChartType;
  title: string;
  /** The category labels, one cell per point (the same for every series). */
  categories: RangeRef;
  series: ChartSeriesWrite[];
  /** The cells the chart covers: from the top-left cell to the bottom-right one. */
  anchor: RangeRef;
}

/**
 * One printed header or footer: its left, centre and right parts, with Excel's codes (&P the page, &N the
 * pages, &A the sheet's name; "&&" is a literal ampersand), as both Office.js (HeaderFooter.centerFooter …)
 * and the file format (<oddHeader>) take them.
 */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  fitToWidth?: boolean;
  /** rows repeated at the top of each printed page, 0-based inclusive */
  titleRows?: { top: number; bottom: number };
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
  /** Manual page breaks: each row listed (0-based) starts a new printed page. */
  breaksBefore?: number[];
}

export interface SheetPlan {
  /** The sheet written to. */
  sheet: string;
  /** Create the sheet (a template). The adapter refuses if a sheet of that name exists. */
  create?: boolean;
  columnWidths?: { col: number; width: number }[]; // width in characters
  /**
   * Row heights in points, for rows whose wrapped or merged text needs more than one line (Excel fits a
   * merged cell's height to nothing, so a template sets them; see src/core/templates/fit.ts).
   */
  rowHeights?: { row: number; height: number }[];
  cells: CellWrite[];
  styles?: RangeStyle[];
  merges?: RangeRef[];
  names?: NameWrite[];
  tables?: TableWrite[];
  validations?: ValidationWrite[];
  conditionalFormats?: ConditionalFormatWrite[];
  /**
   * Ranges whose conditional formats are removed before conditionalFormats are added: compute rewrites
   * its own formats on every run, and they must not pile up (running compute twice leaves the workbook identical).
   */
  clearConditionalFormats?: RangeRef[];
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
  /**
   * Charts deleted (by name, one chart per entry) before `charts` are added: compute replaces its own chart on
   * every run, so running it twice leaves one chart. A name listed must exist (see SheetSnapshot.charts).
   */
  deleteCharts?: string[];
  charts?: ChartWrite[];
  /** Hide the sheet (e.g. a settings or lists sheet). */
  visibility?: SheetVisibility;
  tabColor?: string;
}

/** A new sheet takes the first free name: «Паспорт», «Паспорт (2)», «Паспорт (3)» … (case-insensitive, as Excel compares). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base.slice(0, SHEET_NAME_MAX - ` (${i})`.length)} (${i})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** The add-in's own hidden sheets (drop-down lists, the marks store) start with this; they are not documents. */
export const INTERNAL_SHEET_PREFIX = "_po_";

/** The workbook without the add-in's own sheets: what validation looks at. */
export function withoutInternalSheets(wb: WorkbookSnapshot): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.filter((s) => !s.name.startsWith(INTERNAL_SHEET_PREFIX)) };
}
