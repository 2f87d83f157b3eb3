/**
 * Excel's limits, in one place: the grid, sheet names, defined and table names, data validation texts and
 * inline lists, column widths and font sizes. The xlsx writer checks plans against them, the templates are
 * tested against them, the Office adapter and the fake clip and refuse by them.
 *
 * Sources: Microsoft, "Excel specifications and limits" (support.microsoft.com: 1,048,576 rows by 16,384
 * columns, column width 255 characters); the
 * worksheet-rename rules of Excel's UI (Microsoft's "Rename a worksheet" support article: 31 characters, none of
 * [ ] : * ? / \, no apostrophe at either end, "History" reserved); [MS-XLSB] 2.5.37 DValStrings (prompt and error titles ≤ 32, prompt ≤ 255, error ≤ 225
 * characters) and [MS-OI29500] 2.1.613 (the same for .xlsx; it gives the error text as 224 characters — the
 * 225 used here is the binary format's and Excel's UI's; unconfirmed which one Excel enforces when it opens a
 * file: see the real-Excel checklist in docs/ARCHITECTURE.md); the VBA Validation.InputTitle page ("Limited to
 * 32 characters"). An inline list ("a,b,c" typed into the Source box) is at most 255 characters. A read of
 * more than 5,000,000 cells in one range is refused with RangeExceedsLimit ("The cell count in the range has
 * exceeded the maximum supported number": Excel.ErrorCodes.rangeExceedsLimit in @types/office-js; Microsoft's
 * "Resource limits and performance optimization for Office Add-ins" (Excel add-ins) and "Read or write to a large
 * range").
 */
import type { Text } from "./i18n";

/** Rows and columns of a sheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** The most cells Office.js reads from one range in one request (more: RangeExceedsLimit). */
export const RANGE_READ_CELLS_MAX = 5_000_000;

/** A column's width in characters, a font's size in points. */
export const COLUMN_WIDTH_MAX = 255;
export const FONT_SIZE_MAX = 409;

/** A sheet name: 1–31 characters, none of these, no apostrophe first or last, not "History" (any case). */
export const SHEET_NAME_MAX = 31;
export const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

/** Why Excel would refuse a sheet name, in both languages; null when it takes it. */
export function sheetNameProblem(name: string): Text | null {
  if (name.trim() === "") return { ru: "имя листа пустое", en: "the sheet name is empty" };
  if (name.length > SHEET_NAME_MAX) return { ru: `имя листа «${name}» длиннее ${SHEET_NAME_MAX} знака`, en: `the sheet name "${name}" is longer than ${SHEET_NAME_MAX} characters` };
  if (SHEET_NAME_FORBIDDEN.test(name)) return { ru: `имя листа «${name}» содержит один из знаков [ ] : * ? / \\`, en: `the sheet name "${name}" holds one of [ ] : * ? / \\` };
  if (name.startsWith("'") || name.endsWith("'")) return { ru: `имя листа «${name}» начинается или кончается апострофом`, en: `the sheet name "${name}" starts or ends with an apostrophe` };
  const reserved = RESERVED_SHEET_NAMES.find((r) => r.toLowerCase() === name.toLowerCase());
  if (reserved) return { ru: `имя листа «${reserved}» зарезервировано Excel`, en: `the sheet name "${reserved}" is reserved by Excel` };
  return null;
}

/** A defined name or a table name: at most 255 characters. */
export const DEFINED_NAME_MAX = 255;

/** Excel's rule for defined names and table names: a letter, "_" or "\" first; not a cell (A1, R1C1) nor TRUE/FALSE. */
export function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > DEFINED_NAME_MAX) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false; // looks like a cell (A1, XFD100)
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false; // R1C1 forms
  if (/^(true|false)$/i.test(name)) return false;
  return true;
}

/** A data validation's texts: the titles of the input message and the error alert, the message, the alert. */
export const VALIDATION_TEXT_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

/** An inline list's items joined with commas (the Source box), at most this many characters. */
export const VALIDATION_LIST_MAX = 255;

/** A text cut to `max` characters, its last one an ellipsis when it was longer: how both adapters keep validation texts within Excel's limits. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}
