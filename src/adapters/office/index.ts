/**
 * The Office.js adapter: reads a workbook into a WorkbookSnapshot and applies SheetPlans, marks
 * findings and selects cells. It imports only the core and Office's types; `Excel.run` is passed
 * in (`run`), so the same code runs against Excel and against src/fake-excel.
 */
export { readWorkbook, nameSnapshot, nextReadOptions } from "./read";
export type { ReadOptions, ReadResult } from "./read";
export { applySheetPlans, SheetExistsError, SheetProtectedError, StructureProtectedError, ApplyPlansError, charsToPoints, cellInput, needsQuote, validationRule } from "./apply";
export type { ApplyOptions, ApplyResult, StepPart } from "./apply";
export { applyMarks, clearMarks, MARKS_SHEET, MARK_FILLS } from "./marks";
export { restorePlan } from "./marksStore";
export type { Mark, MarksResult, MarksOptions } from "./marks";
export { selectCell, SheetHiddenError } from "./select";
export { resolveSupports, rectangles, DEFAULT_PAYLOAD_BUDGET } from "./common";
export type { ExcelRun, Supports, OfficeOptions } from "./common";
export { readOutline } from "./outline";
export type { Outline } from "./outline";
