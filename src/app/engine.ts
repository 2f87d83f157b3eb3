/**
 * What the task pane and the ribbon commands can ask of the add-in. The UI gets an Engine as a prop and
 * never imports Office; src/app/officeEngine.ts implements it over Office.js (or the fake, in the preview).
 */
import type { SheetReport } from "../core/findings";
import type { TemplateKind } from "../core/templates/names";
import type { PassportThresholds } from "./passportSettings";
import type { RegisterRequest, RegisterResult } from "./register";

export interface TemplateResult {
  sheet: string;
  syncs: number;
  /** Sentences for the person: e.g. the finishing touches Excel refused (the template works without them). */
  notes?: { ru: string; en: string }[];
}

export interface ValidationResult {
  sheets: SheetReport[];
  syncs: number;
  /** Sentences for the person about the marks: skipped on protected sheets, not all written… */
  notes?: { ru: string; en: string }[];
  /** true when Excel failed while marking: the findings are complete, the marks in the sheets are not */
  marksIncomplete?: boolean;
}

export interface ComputeConflict {
  sheet: string;
  row: number;
  col: number;
  value: unknown;
}

export interface ComputeResult {
  cellsWritten: number;
  conflicts: ComputeConflict[];
  /** Sentences for the person: what was computed, what could not be. */
  notes: { ru: string; en: string }[];
  syncs: number;
  /** Sheets left unwritten because they are protected (their protection is never removed). */
  protectedSheets?: string[];
  /** What compute offers besides: copying a pasted passport without fact columns into the template (adoptPassport). */
  offers?: ComputeOffer[];
}

/** An offer of compute, for a button in the task pane. */
export interface ComputeOffer {
  /** the sheet it is about */
  sheet: string;
  kind: "adoptPassport";
  text: { ru: string; en: string };
}

export interface AdoptResult {
  /** the pasted passport's sheet, unchanged */
  source: string;
  /** the new sheet holding the passport in the template */
  sheet: string;
  /** Sentences for the person: what was copied, what was not. */
  notes: { ru: string; en: string }[];
  syncs: number;
}

/** What «Импорт из Word» did: the new sheet and a summary of what was recognised and what was not. */
export interface WordImportResult {
  fileName: string;
  kind: "passport" | "plan" | "schedule" | "other";
  /** the new template sheet; absent when nothing was recognised (nothing written) */
  sheet?: string;
  counts: { label: { ru: string; en: string }; n: number }[];
  /** what the copy changed or could not carry */
  notes: { ru: string; en: string }[];
  /** what recognition could not map, each with its place in Word («таблица 2, строка 5, столбец 3: …») */
  unrecognised: { ru: string; en: string }[];
  /** the check's findings on the document, with their places in Word */
  findings: { severity: "error" | "warning" | "info"; text: { ru: string; en: string } }[];
  syncs: number;
}

export interface ClearMarksResult {
  syncs: number;
  /** Sentences for the person: marks left on protected or missing sheets. */
  notes?: { ru: string; en: string }[];
}

/**
 * Optional for every long command. `onProgress(step, total, label)` is called before each phase; the
 * signal is looked at between phases (between round trips, never inside a batch). A cancelled command
 * rejects with CancelledError (src/app/actions.ts), which says what was already written.
 */
export interface RunOptions {
  onProgress?: (step: number, total: number, label: { ru: string; en: string }) => void;
  signal?: AbortSignal;
  /** validate only: false leaves the cells unmarked (the pane's setting); earlier marks are still restored */
  mark?: boolean;
}

export interface Engine {
  createTemplate(kind: TemplateKind, example: boolean, options?: RunOptions): Promise<TemplateResult>;
  validate(options?: RunOptions): Promise<ValidationResult>;
  clearMarks(options?: RunOptions): Promise<ClearMarksResult>;
  compute(overwrite: boolean, options?: RunOptions): Promise<ComputeResult>;
  /**
   * Copies the pasted passport on `sheet` into the passport template on a new sheet (the original is not
   * touched), at most 2 round trips. Engines that cannot leave it out; the task pane then offers no button.
   */
  adoptPassport?(sheet: string, options?: RunOptions): Promise<AdoptResult>;
  select(sheet: string, row: number, col: number): Promise<void>;
  /** The passports' calculation settings blocks and their thresholds (the pane's settings section). */
  passportSettings?(): Promise<PassportThresholds[]>;
  /** «Импорт из Word»: the documents of a .docx become new template sheets, filled; the round trips a template costs (outline, write, finishing touches). */
  importWord?(data: Uint8Array, fileName: string, options?: RunOptions): Promise<WordImportResult>;
  /** «Свод»: the register of picked files and/or the open workbook as new sheets (src/app/register.ts). */
  register?(request: RegisterRequest, options?: RunOptions): Promise<RegisterResult>;
  /** true when the engine can read picked .xlsx files (a reader runs in this build) */
  readsFiles?: boolean;
}
