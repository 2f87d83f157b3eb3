/**
 * Declarative templates: a document kind and a few options → the SheetPlans that create it. Both adapters
 * (Office.js and ExcelJS) apply the same plans, so the add-in and the command line make identical sheets.
 */
import type { Lang } from "../i18n";
import type { YMD } from "../periods/types";
import type { SheetPlan } from "../workbook";
import type { PassportRows, SheetContext } from "./context";
import { EXAMPLE_TERM } from "./example";
import { listsPlan } from "./lists";
import type { TemplateKind } from "./names";
import { passportSheet } from "./passport";
import { planSheet } from "./plan";
import { scheduleSheet } from "./schedule";
import { tr } from "./strings";
import { defaultTerm, todayYMD, type ProjectTerm } from "./term";

export type { TemplateKind } from "./names";
export type { ProjectTerm, YearMonth } from "./term";
export type { PassportRows } from "./context";
export { LISTS_SHEET, listName } from "./lists";

export interface TemplateOptions {
  lang: Lang;
  /** The new sheet's name (see freeSheetName and templateSheetBaseName); it must not exist yet. */
  sheetName: string;
  /** The document's instance number in its names (see nextInstance). */
  instance: number;
  /** Fill with the invented example project (its own term, January–December 2026; `term` is ignored). */
  example?: boolean;
  /** The project term; a blank template without one gets January–December of the next year. */
  term?: ProjectTerm;
  /** Names of an existing passport's TermStart/TermEnd: the plan's and calendar plan's term cells refer to them. */
  passportTermNames?: { start: string; end: string };
  /** Sheets of the workbook: the lists sheet is reused when it exists, and no plan creates a sheet that exists. */
  existingSheets?: string[];
  /** Names of the workbook: lists already defined are not written again. */
  existingNames?: string[];
  /** «Today» for the default term; the clock when absent. */
  today?: YMD;
  /** Passport only: rows of its tables instead of the blank template's (at least 1 each; ignored with `example`). */
  rows?: PassportRows;
  /** Plan only: activity rows per section (at least 1 each; ignored with `example`). */
  planRows?: number[];
  /** Calendar plan only: item rows (at least 1; ignored with `example`). */
  scheduleRows?: number;
}

const BUILDERS: Record<TemplateKind, (ctx: SheetContext) => SheetPlan> = {
  passport: passportSheet,
  plan: planSheet,
  schedule: scheduleSheet,
};

/**
 * The plans that create one document: the lists sheet's plan first (when a list is missing), then the
 * document's sheet. Throws RangeError on a programming error (the sheet exists, a bad instance or term).
 */
export function buildTemplate(kind: TemplateKind, options: TemplateOptions): SheetPlan[] {
  const existingSheets = options.existingSheets ?? [];
  const existingNames = options.existingNames ?? [];
  if (existingSheets.some((s) => s.toLocaleLowerCase() === options.sheetName.toLocaleLowerCase())) {
    throw new RangeError(`the sheet exists: ${options.sheetName}`);
  }
  if (!Number.isInteger(options.instance) || options.instance < 1) throw new RangeError(`not an instance number: ${options.instance}`);
  const term = options.example ? EXAMPLE_TERM : (options.term ?? defaultTerm(options.today ?? todayYMD()));
  const ctx: SheetContext = {
    kind,
    lang: options.lang,
    sheet: options.sheetName,
    instance: options.instance,
    example: options.example === true,
    term,
    passportTermNames: kind === "passport" ? undefined : options.passportTermNames,
    rows: kind === "passport" ? checkRows(options.rows) : undefined,
    planRows: kind === "plan" ? options.planRows?.map((n) => Math.max(1, Math.min(10000, Math.floor(n)))) : undefined,
    scheduleRows: kind === "schedule" && options.scheduleRows !== undefined ? Math.max(1, Math.min(10000, Math.floor(options.scheduleRows))) : undefined,
  };
  const plans: SheetPlan[] = [];
  const lists = listsPlan(options.lang, existingSheets, existingNames);
  if (lists) plans.push(lists);
  plans.push(BUILDERS[kind](ctx));
  return plans;
}

function checkRows(rows: PassportRows | undefined): PassportRows | undefined {
  for (const [k, v] of Object.entries(rows ?? {})) {
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > 10000)) throw new RangeError(`not a row count for ${k}: ${v}`);
  }
  return rows;
}

/** «Паспорт», «План реализации», «План-график» / "Passport", "Implementation plan", "Calendar plan". */
export function templateSheetBaseName(kind: TemplateKind, lang: Lang): string {
  return tr(kind === "passport" ? "sheetPassport" : kind === "plan" ? "sheetPlan" : "sheetSchedule", lang);
}
