/**
 * The .xlsx adapter: read a workbook into a WorkbookSnapshot (readXlsxBytes: Node and the browser; readXlsx:
 * a path, Node), write SheetPlans into a file (Node only, ExcelJS). Browser code imports "./read-bytes"
 * directly: this index also brings the Node-only writer.
 */
export { readXlsxBytes, type ReadXlsxOptions, type XlsxReadResult, type SkippedSheet } from "./read-bytes";
export { readXlsx, loadWorkbook, snapshotWorkbook, plainValue, dateToSerial } from "./read";
export { applyPlansToWorkbook, writePlansToXlsx, setCalcOnLoad, featuresLostOnRewrite, type WritePlansOptions, type WritePlansResult } from "./write";
export { XlsxReadError, XlsxWriteError, READ_REASONS, type XlsxReadFailure, type XlsxWriteFailure } from "./errors";
export { toFileFormula, fromFileFormula } from "./formulas";
