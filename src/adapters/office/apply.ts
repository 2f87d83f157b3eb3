/**
 * applySheetPlans: writes SheetPlans in one batch — one context.sync — unless the estimated request
 * is bigger than `budgetBytes` (4 MB by default; Excel on the web refuses 5 MB), then in as many
 * batches as needed, each one sync. Sheet creations come first in the first batch, so a name that
 * already exists fails the batch before anything else is written (Excel stops a batch at its first
 * failing action; actions before it stay applied).
 */
import { OP_BYTES as OP, packByBytes } from "./batch";
import type { SheetPlan } from "../../core/workbook";
import { planSteps, type Step } from "./steps";
export { charsToPoints, cellInput, needsQuote, validationRule } from "./steps";
export { VALIDATION_TEXT_LIMITS } from "../../core/excelLimits";
import { DEFAULT_PAYLOAD_BUDGET, SyncCounter, errorCode, errorLocation, jsonBytes, resolveSupports, type ExcelRun, type OfficeOptions } from "./common";

export interface ApplyOptions extends OfficeOptions {
  /** Sheet names known to exist (e.g. from the last snapshot): a plan creating one of them is refused before any round trip. */
  existingSheets?: string[];
  /** Workbook names known to exist: their formula is updated instead of adding them again (which Excel refuses). */
  existingNames?: string[];
  /** Largest estimated request per sync. Default 4,000,000 bytes. */
  budgetBytes?: number;
  /** A sheet to activate at the end, in the last batch (a new template is shown to the person). */
  activate?: string;
  /** Sheets known to be protected: a plan writing into one of them is refused before any round trip (never unprotected). */
  protectedSheets?: string[];
  /** The workbook's structure is protected: a plan that adds or hides a sheet is refused before any round trip. */
  structureProtected?: boolean;
}

export interface ApplyResult {
  syncs: number;
  /** sheets created */
  created: string[];
  /** range writes of values/formulas, and the cells they hold */
  ranges: number;
  cells: number;
  /** parts of the plans left out because the host lacks the API set (e.g. "Паспорт: data validation (ExcelApi 1.8)") */
  skipped: string[];
  /** the same, typed: which part of which sheet, and the ExcelApi version it needs */
  skippedParts: { sheet: string; part: StepPart; version: string }[];
  /** the cosmetics request (freeze panes, print setup, tab colour, charts) failed: the rest is written */
  cosmeticsFailed?: { code: string; message: string; parts: { sheet: string; part: StepPart }[] };
}

/** Parts written after the rest, in requests of their own whose failure is reported, not thrown. */
const COSMETIC: ReadonlySet<StepPart> = new Set<StepPart>(["freeze", "print", "tabColor", "charts"]);
const isCosmetic = (s: Step) => !s.create && COSMETIC.has(s.part ?? "other");
const RANK: Partial<Record<StepPart, number>> = { values: 1, names: 2, validation: 3 };
const rank = (s: Step) => (s.create ? 0 : (RANK[s.part ?? "other"] ?? 4));

/** A plan wanted to create a sheet whose name is taken. Nothing of that sheet was touched. */
export class SheetExistsError extends Error {
  readonly code = "SheetExists";
  constructor(readonly sheets: string[]) {
    super(`Sheet already exists: ${sheets.join(", ")}`);
    this.name = "SheetExistsError";
  }
}

/** The workbook's structure is protected and a plan adds a sheet or changes its visibility. Nothing was written. */
export class StructureProtectedError extends Error {
  readonly code = "StructureProtected";
  constructor(readonly sheets: string[]) {
    super(`Workbook structure is protected: ${sheets.join(", ")}`);
    this.name = "StructureProtectedError";
  }
}

/** A plan would write into a protected sheet. Nothing was written; the protection is left as it is. */
export class SheetProtectedError extends Error {
  readonly code = "SheetProtected";
  constructor(readonly sheets: string[]) {
    super(`Sheet is protected: ${sheets.join(", ")}`);
    this.name = "SheetProtectedError";
  }
}

/** What a step writes, to tell a person which parts of a sheet were not written when Excel failed. */
export type StepPart =
  "values" | "styles" | "merges" | "columnWidths" | "rowHeights" | "tables" | "validation" | "conditionalFormats" | "freeze" | "print" | "tabColor" | "names" | "charts" | "visibility" | "other";

/**
 * Excel rejected a sync while the plans were being written. Batches before it stay written; in the failed
 * batch Excel applied the actions before the failing one; later batches were never sent.
 */
export class ApplyPlansError extends Error {
  /** The host's error code ("GeneralException", "AccessDenied"…), "" when there is none. */
  readonly code: string;
  constructor(
    /** what Excel threw */
    readonly original: unknown,
    /** sheets this call created (a batch that succeeded, or found after the failure) */
    readonly created: string[],
    /** sheets whose plans were written completely */
    readonly written: string[],
    /** sheets whose plans were not (completely) written, with the parts that were in the failed batch or later */
    readonly unwritten: { sheet: string; parts: StepPart[] }[],
    readonly syncs: number,
  ) {
    super(`Writing stopped: ${errorCode(original) ?? ""} ${original instanceof Error ? original.message.split("\n")[0] : String(original)}`.trim());
    this.name = "ApplyPlansError";
    this.code = errorCode(original) ?? "";
  }
}

export async function applySheetPlans(run: ExcelRun, plans: SheetPlan[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const supports = resolveSupports(options.supports);
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const creates = plans.filter((p) => p.create).map((p) => p.sheet);
  const lower = (s: string) => s.toLocaleLowerCase();
  const dup = creates.filter((n, i) => creates.findIndex((m) => lower(m) === lower(n)) !== i);
  if (dup.length) throw new SheetExistsError(dup);
  const known = new Set((options.existingSheets ?? []).map(lower));
  const taken = creates.filter((n) => known.has(lower(n)));
  if (taken.length) throw new SheetExistsError(taken);
  const locked = new Set((options.protectedSheets ?? []).map(lower));
  const intoLocked = [...new Set(plans.filter((p) => !p.create && locked.has(lower(p.sheet))).map((p) => p.sheet))];
  if (intoLocked.length) throw new SheetProtectedError(intoLocked);
  const structural = plans.filter((p) => p.create || p.visibility).map((p) => p.sheet);
  if (options.structureProtected && structural.length) throw new StructureProtectedError(structural);

  const result: ApplyResult = { syncs: 0, created: [], ranges: 0, cells: 0, skipped: [], skippedParts: [] };
  const existingNames = new Set((options.existingNames ?? []).map(lower));
  const steps: Step[] = [];
  for (const p of plans) if (p.create) steps.push({ sheet: p.sheet, create: true, bytes: OP + jsonBytes(p.sheet), apply: () => undefined });
  for (const p of plans) steps.push(...planSteps(p, supports, budget, existingNames, result));

  // Write order: what makes the template work (values, names, validation) first; cosmetics last, in requests of their
  // own, so that a failure there (a chart Excel refuses, a print setting) leaves names and formulas that work.
  const ordered = steps
    .map((s, i) => [s, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([s]) => s);
  const main = ordered.filter((s) => !isCosmetic(s));
  const cosmetic = ordered.filter(isCosmetic);
  const batches = packByBytes(main, (s) => s.bytes, budget);
  const cosmeticBatches = packByBytes(cosmetic, (s) => s.bytes, budget);

  await run(async (ctx) => {
    const counter = new SyncCounter();
    try {
      for (const [index, batch] of batches.entries()) {
        const sheets = new Map<string, Excel.Worksheet>();
        for (const step of batch) {
          const key = lower(step.sheet);
          if (step.create) {
            sheets.set(key, ctx.workbook.worksheets.add(step.sheet));
            continue;
          }
          let ws = sheets.get(key);
          if (!ws) {
            ws = ctx.workbook.worksheets.getItem(step.sheet);
            sheets.set(key, ws);
          }
          step.apply(ws, ctx);
        }
        if (options.activate && batch === batches[batches.length - 1]) {
          (sheets.get(lower(options.activate)) ?? ctx.workbook.worksheets.getItem(options.activate)).activate();
        }
        try {
          await counter.sync(ctx);
        } catch (e) {
          if (errorCode(e) === "ItemAlreadyExists" && batch.some((s) => s.create) && (/Worksheet/i.test(errorLocation(e)) || !errorLocation(e)))
            throw new SheetExistsError(batch.filter((s) => s.create).map((s) => s.sheet));
          throw await failure(ctx, counter, e, batches, index, result.created);
        }
        result.created.push(...batch.filter((s) => s.create).map((s) => s.sheet));
      }
      for (const [index, batch] of cosmeticBatches.entries()) {
        for (const step of batch) step.apply(ctx.workbook.worksheets.getItem(step.sheet), ctx);
        try {
          await counter.sync(ctx);
        } catch (e) {
          const parts = cosmeticBatches.slice(index).flat();
          result.cosmeticsFailed = {
            code: errorCode(e) ?? "",
            message: e instanceof Error ? e.message.split("\n")[0] : String(e),
            parts: [...new Set(parts.map((p) => `${p.sheet}\u0000${p.part}`))].map((k) => ({ sheet: k.split("\u0000")[0], part: k.split("\u0000")[1] as StepPart })),
          };
          break;
        }
      }
    } finally {
      result.syncs = counter.count;
    }
  });
  return result;
}

/** After a failed batch: which sheets exist now (one more round trip, when the batch created some), what was and was not written. */
async function failure(ctx: Excel.RequestContext, counter: SyncCounter, e: unknown, batches: Step[][], failed: number, createdBefore: string[]): Promise<ApplyPlansError> {
  const lower = (s: string) => s.toLocaleLowerCase();
  const created = [...createdBefore];
  const wanted = batches[failed].filter((s) => s.create).map((s) => s.sheet);
  if (wanted.length) {
    try {
      const all = ctx.workbook.worksheets;
      all.load("items/name");
      await counter.sync(ctx);
      const now = new Set(all.items.map((w) => lower(w.name)));
      created.push(...wanted.filter((n) => now.has(lower(n))));
    } catch {
      /* Excel cannot answer either: the sheets of the failed batch are reported as not created */
    }
  }
  const unwritten = new Map<string, Set<StepPart>>();
  for (const batch of batches.slice(failed))
    for (const s of batch) {
      if (s.create) continue;
      const parts = unwritten.get(s.sheet) ?? new Set<StepPart>();
      parts.add(s.part ?? "other");
      unwritten.set(s.sheet, parts);
    }
  const all = [...new Set(batches.flat().map((s) => s.sheet))];
  return new ApplyPlansError(
    e,
    created,
    all.filter((s) => !unwritten.has(s)),
    [...unwritten].map(([sheet, parts]) => ({ sheet, parts: [...parts] })),
    counter.count,
  );
}
