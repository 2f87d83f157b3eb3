/** The .xlsx adapter (Node only, ExcelJS): read a file into a WorkbookSnapshot, write SheetPlans into a file. */
export { readXlsx, readXlsxWithExcelJs, loadWorkbook, snapshotWorkbook, plainValue, dateToSerial, type ReadXlsxOptions } from "./read";
export {
  applyPlansToWorkbook,
  writePlansToXlsx,
  setCalcOnLoad,
  featuresLostOnRewrite,
  type WritePlansOptions,
  type WritePlansResult,
} from "./write";
export { XlsxReadError, XlsxWriteError, READ_REASONS, type XlsxReadFailure, type XlsxWriteFailure } from "./errors";
export { toFileFormula, fromFileFormula } from "./formulas";
