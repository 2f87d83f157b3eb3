/**
 * A fake of the Excel JavaScript API for tests and the browser preview. No Node built-ins.
 *
 *     const fake = createFakeExcel({ sheets: [{ name: "Паспорт", cells: { C11: "Цель" } }] });
 *     await readWorkbook(fake.run);              // the adapter, typed against the real Excel types
 *     fake.stats.syncs;                          // round trips
 *     fake.workbook.sheet("Паспорт").cell("C11") // the model, without proxies
 *
 * `fake.run` has Excel.run's type: code written against @types/office-js runs against it unchanged.
 * See README.md in this folder for what is modelled and what is not.
 */
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import { FakeWorkbook, type FakeWorkbookData } from "./model";
import { makeWorkbookProxy } from "./objects/workbook";
import { profileOptions } from "./profiles";
import { FakeClientObject, FakeEngine, FakeRequestContext, type FakeExcelOptions, type FakeStats } from "./runtime";

export { FakeOfficeError, isFakeOfficeError } from "./errors";
export type { FakeErrorCode, FakeDebugInfo } from "./errors";
export { FakeWorkbook, FakeSheet, diffDumps, DEFAULT_COLUMN_WIDTH_PT, DEFAULT_ROW_HEIGHT_PT } from "./model";
export type {
  FakeCell,
  FakeCellInput,
  FakeFont,
  FakeBorder,
  FakeEdge,
  FakeName,
  FakeTable,
  FakeValidation,
  FakeConditionalFormat,
  FakeChart,
  FakeChartSeries,
  FakeChartDump,
  FakePageLayout,
  FakeVisibility,
  FakeWorkbookData,
  FakeWorkbookDump,
  FakeSheetDump,
} from "./model";
export type { FakeExcelOptions, FakeStats, FakeRequestStat } from "./runtime";
export { FakeRequestContext, FakeClientObject } from "./runtime";
export { formatAddress, excelSheetPrefix } from "./a1";
export { FAKE_PROFILES, FAKE_PROFILE_IDS, profileOptions } from "./profiles";
export type { FakeProfile, FakeProfileId } from "./profiles";

/** Excel.run's shape, as the adapters take it; also Excel.run(options, batch) (Excel.RunOptions: delayForCellEdit). */
export type ExcelRunFn = {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
};

/** The string enums of the Excel namespace the project uses (the values are what Office takes). */
export const FakeExcelEnums = {
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
    diagonalDown: "DiagonalDown",
    diagonalUp: "DiagonalUp",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dashDot: "DashDot", dashDotDot: "DashDotDot", dot: "Dot", double: "Double", slantDashDot: "SlantDashDot" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    fill: "Fill",
    justify: "Justify",
    centerAcrossSelection: "CenterAcrossSelection",
    distributed: "Distributed",
  },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a3: "A3", a4: "A4", a5: "A5", letter: "Letter", legal: "Legal" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  FillPattern: { none: "None", solid: "Solid" },
  ChartType: { columnClustered: "ColumnClustered", line: "Line", lineMarkers: "LineMarkers", barClustered: "BarClustered", pie: "Pie" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    rangeExceedsLimit: "RangeExceedsLimit",
    emptyChartSeries: "EmptyChartSeries",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  },
} as const;

export interface FakeExcel {
  /** Excel.run against the fake: one new request context per call; queued actions left at the end are synced, as Office.js does. */
  run: ExcelRunFn;
  /** The in-memory workbook: seed it and inspect it directly (no proxies, no sync). */
  workbook: FakeWorkbook;
  /** Round trips and request sizes since creation or the last resetStats(). */
  readonly stats: FakeStats;
  resetStats(): void;
  /** Office.context.requirements.isSetSupported for "ExcelApi" against the fake's apiVersion. */
  isSetSupported(name: string, version?: string): boolean;
  /** The next sync rejects with this error code before doing anything (simulates a host failure). */
  failNextSync(code: FakeErrorCode, message?: string): void;
  /** The person starts (true) or stops (false) typing in a cell: see FakeEngine.cellEditMode. */
  setCellEditMode(on: boolean): void;
  /** Calls fn after every round trip (to redraw a grid); returns the unsubscribe function. */
  subscribe(fn: () => void): () => void;
  /** An `Excel`-like object for the preview page: run plus the enums. */
  Excel: { run: ExcelRunFn } & typeof FakeExcelEnums;
  options: FakeExcelOptions;
}

export function createFakeExcel(data?: FakeWorkbookData | FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const workbook = data instanceof FakeWorkbook ? data : new FakeWorkbook(data);
  const engine = new FakeEngine(workbook, profileOptions(options.profile, options));

  async function runImpl(a: unknown, b?: unknown): Promise<unknown> {
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeRequestContext) => unknown;
    if (typeof batch !== "function") throw new FakeOfficeError("InvalidArgument");
    const ctx = a instanceof FakeClientObject ? a._ctx : new FakeRequestContext(engine, makeWorkbookProxy);
    // Excel.run(options, batch): Excel.RunOptions.delayForCellEdit (ExcelApi 1.11)
    if (a && typeof a === "object" && !(a instanceof FakeClientObject) && (a as { delayForCellEdit?: unknown }).delayForCellEdit === true) ctx._delayForCellEdit = true;
    const out = batch(ctx);
    if (!out || typeof (out as Promise<unknown>).then !== "function") throw new FakeOfficeError("RunMustReturnPromise");
    const result = await out;
    await ctx.sync();
    return result;
  }
  const run = runImpl as unknown as ExcelRunFn;

  return {
    run,
    workbook,
    get stats() {
      return engine.stats;
    },
    resetStats: () => engine.resetStats(),
    isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && engine.supports(version),
    failNextSync: (code, message) => {
      engine.failNextSync = new FakeOfficeError(code, message ? { message } : undefined);
    },
    setCellEditMode: (on) => engine.setCellEditMode(on),
    subscribe: (fn) => {
      engine.listeners.add(fn);
      return () => void engine.listeners.delete(fn);
    },
    Excel: { run, ...FakeExcelEnums },
    options: engine.options,
  };
}
