import type { DocumentKind } from "../findings";
import type { Text } from "../i18n";
import type { ProjectDocument } from "../model";

/** The rows and columns of a table (a plan, a calendar plan) on its sheet, 0-based and inclusive. */
export interface PlanRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What recognition could not map, as a finding-like note at a cell. */
export interface RecognitionNote {
  /** e.g. "recognition/unmapped-row" */
  rule: string;
  severity: "info" | "warning";
  row: number;
  col: number;
  message: Text;
}

export interface RecognizedSheet {
  sheet: string;
  /** position of the sheet in the workbook */
  index: number;
  kind: DocumentKind;
  document?: ProjectDocument;
  unmapped: RecognitionNote[];
  /** The second document on one sheet (a passport with its plan below it): 1; absent for the first. */
  part?: number;
  /** "names": read through the template's named ranges; "layout": from headings and labels. */
  source: "names" | "layout" | "none";
}

export interface RecognizedWorkbook {
  sheets: RecognizedSheet[];
}
