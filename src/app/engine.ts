/**
 * What the task pane and the ribbon commands can ask of the add-in. The UI gets an Engine as a prop and
 * never imports Office; src/app/officeEngine.ts implements it over Office.js (or the fake, in the preview).
 */
import type { SheetReport } from "../core/findings";
import type { TemplateKind } from "../core/templates/names";

export interface TemplateResult {
  sheet: string;
  syncs: number;
}

export interface ValidationResult {
  sheets: SheetReport[];
  syncs: number;
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
}

export interface Engine {
  createTemplate(kind: TemplateKind, example: boolean): Promise<TemplateResult>;
  validate(): Promise<ValidationResult>;
  clearMarks(): Promise<{ syncs: number }>;
  compute(overwrite: boolean): Promise<ComputeResult>;
  select(sheet: string, row: number, col: number): Promise<void>;
}
