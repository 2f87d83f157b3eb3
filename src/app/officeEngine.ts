/**
 * The Engine over Office.js: the pure core between one read and one write. The same code runs against
 * real Excel and against the fake (preview page, tests); `run` is Excel.run or the fake's.
 *
 * Round trips: a template costs 2 (outline + write); validate costs 2 to read (sheet list + data) and
 * 2 to mark (read the marked cells' fills and notes + write); compute 2 to read + 1 to write (its chart
 * included); adopting a pasted passport 1 to read (that sheet only) + 1 to write.
 *
 * Faults: a failed read says nothing changed; a failed write says which sheets were created and which
 * parts of which sheets were not written (ApplyPlansError); a protected sheet is reported and never
 * unprotected. Progress is reported before each phase and a cancel is looked at between phases only.
 */
import type { Lang, Text } from "../core/i18n";
import { freeSheetName, withoutInternalSheets } from "../core/workbook";
import { buildTemplate, templateSheetBaseName } from "../core/templates";
import { nextInstance, parseBlockName, blockName } from "../core/templates/names";
import type { TemplateKind } from "../core/templates/names";
import type { SheetPlan } from "../core/workbook";
import { validateWorkbook } from "../core/rules";
import { adoptPassport, computePlans, type AdoptResult } from "../core/compute";
import {
  ApplyPlansError,
  applyMarks,
  applySheetPlans,
  clearMarks,
  nextReadOptions,
  readOutline,
  readWorkbook,
  selectCell,
  SheetExistsError,
  SheetProtectedError,
  MARKS_SHEET,
} from "../adapters/office";
import type { ExcelRun, MarksResult, ReadOptions, ReadResult, Supports } from "../adapters/office";
import { ru } from "../i18n/ru";
import { en } from "../i18n/en";
import { CancelledError, UserFacingError, plainDetail } from "./actions";
import type { Engine, RunOptions } from "./engine";
import { registerInExcel, type XlsxReader } from "./register";

export interface OfficeEngineHost {
  run: ExcelRun;
  supports?: Supports;
  /** Largest request per sync when writing (default 4 MB); tests make it small to split a write into batches. */
  budgetBytes?: number;
  /** The .xlsx reader for files picked in the pane («Свод»); absent where none runs in the build. */
  readXlsx?: XlsxReader;
}

type S = typeof ru;
const both = (f: (s: S) => string): Text => ({ ru: f(ru), en: f(en as S) });
const join = (texts: Text[]): Text => ({ ru: texts.map((t) => t.ru).join(" "), en: texts.map((t) => t.en).join(" ") });
const quoteList = (sheets: string[]): Text => ({ ru: sheets.join("», «"), en: sheets.join("”, “") });
const lower = (s: string) => s.toLocaleLowerCase();

/** What Excel said, for a person: its code and the first line of its message, no stack, no script positions. */
function hostDetail(e: unknown): string {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  const original = e instanceof ApplyPlansError ? e.original : e;
  const message = original instanceof Error ? original.message : original && typeof original === "object" && "message" in original ? String((original as { message: unknown }).message) : String(original ?? "");
  return [code, plainDetail(message)].filter(Boolean).join(": ") || "—";
}

/** Reads fail before anything is written: say so. Errors that already speak to people pass through. */
async function reading<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof UserFacingError) throw e;
    throw new UserFacingError(both((x) => x.excel.readFailed(hostDetail(e))));
  }
}

/** A cancel is honoured only here, between phases. */
function checkpoint(options: RunOptions | undefined, text: Text): void {
  if (options?.signal?.aborted) throw new CancelledError(text);
}

/** The person's sentence for a write that Excel stopped: what was created, what was and was not written. */
function writeFailure(e: ApplyPlansError, plans: SheetPlan[], retry: Text | null): Text {
  const lines: Text[] = [];
  const sheets = [...new Set(plans.map((p) => p.sheet))];
  const toCreate = new Set(plans.filter((p) => p.create).map((p) => lower(p.sheet)));
  const created = new Set(e.created.map(lower));
  const missing = new Map(e.unwritten.map((u) => [lower(u.sheet), u.parts] as const));
  for (const sheet of sheets) {
    const parts = missing.get(lower(sheet));
    const partList = (s: S) => (parts ?? []).map((p) => s.excel.parts[p]).join(", ");
    if (toCreate.has(lower(sheet))) {
      if (!created.has(lower(sheet))) lines.push(both((x) => x.excel.notCreated(sheet)));
      else if (parts) lines.push(both((x) => x.excel.createdIncomplete(sheet, partList(x))));
      else lines.push(both((x) => x.excel.createdComplete(sheet)));
    } else if (parts) lines.push(both((x) => x.excel.writtenIncomplete(sheet, partList(x))));
    else lines.push(both((x) => x.excel.writtenComplete(sheet)));
  }
  lines.push(both((x) => x.excel.excelError(hostDetail(e))));
  if (e.code === "AccessDenied") lines.push(both((x) => x.excel.accessDenied));
  if (retry) lines.push(retry);
  return join(lines);
}

/** Marks skipped on protected sheets, one sentence per sheet. */
function protectedNotes(skipped: MarksResult["skipped"], say: (s: S, sheet: string, n: number) => string): Text[] {
  const bySheet = new Map<string, number>();
  for (const k of skipped) if (k.reason === "protected") bySheet.set(k.sheet, (bySheet.get(k.sheet) ?? 0) + 1);
  return [...bySheet].map(([sheet, n]) => both((x) => say(x, sheet, n)));
}

/** The first passport's term names, for a new plan or calendar plan to refer to. */
function passportTermNames(names: string[]): { start: string; end: string } | undefined {
  const instances = names
    .map(parseBlockName)
    .filter((p): p is NonNullable<typeof p> => !!p && p.kind === "passport" && p.block === "TermStart")
    .map((p) => p.instance)
    .sort((a, b) => a - b);
  for (const i of instances) {
    const start = blockName("passport", i, "TermStart");
    const end = blockName("passport", i, "TermEnd");
    if (names.includes(end)) return { start, end };
  }
  return undefined;
}

export function createOfficeEngine(host: OfficeEngineHost, lang: Lang = "ru"): Engine {
  const { run, supports, budgetBytes } = host;
  const NOTHING = both((x) => x.excel.cancelledNothing);
  // What the last read learnt, for the next one: the sheet names (the read then takes 1 sync, not 2) and
  // whether the workbook is read in chunks (no doomed one-shot try above the cap). Sheets the add-in makes
  // or removes itself are kept in step; a name gone stale (the person renamed a sheet) costs 1 failed sync.
  let readNext: Pick<ReadOptions, "sheetNames" | "chunked"> = {};
  const learn = <T extends ReadResult>(r: T): T => {
    readNext = nextReadOptions(r);
    return r;
  };
  const hintAdd = (sheets: string[]) => {
    if (!readNext.sheetNames) return;
    const have = new Set(readNext.sheetNames.map(lower));
    readNext = { ...readNext, sheetNames: [...readNext.sheetNames, ...sheets.filter((n) => !have.has(lower(n)))] };
  };
  /** Restores what the marks covered; the store sheet is gone after, unless marks on a protected sheet keep it. */
  const clearAll = async (): Promise<MarksResult> => {
    const r = await clearMarks(run, { supports, budgetBytes });
    if (readNext.sheetNames && !r.skipped.some((k) => k.reason === "protected"))
      readNext = { ...readNext, sheetNames: readNext.sheetNames.filter((n) => lower(n) !== lower(MARKS_SHEET)) };
    return r;
  };
  return {
    async createTemplate(kind: TemplateKind, example: boolean, options?: RunOptions) {
      options?.onProgress?.(1, 2, both((x) => x.excel.phase.outline));
      checkpoint(options, NOTHING);
      const outline = await reading(readOutline(run));
      checkpoint(options, NOTHING);
      const sheet = freeSheetName(templateSheetBaseName(kind, lang), outline.sheets);
      const plans = buildTemplate(kind, {
        lang,
        sheetName: sheet,
        instance: nextInstance(kind, outline.names),
        example,
        existingSheets: outline.sheets,
        existingNames: outline.names,
        passportTermNames: passportTermNames(outline.names),
      });
      options?.onProgress?.(2, 2, both((x) => x.excel.phase.write));
      let syncs: number;
      try {
        const r = await applySheetPlans(run, plans, {
          existingSheets: outline.sheets,
          existingNames: outline.names,
          protectedSheets: outline.protectedSheets,
          supports,
          activate: sheet,
          budgetBytes,
        });
        syncs = outline.syncs + r.syncs;
        hintAdd(r.created);
      } catch (e) {
        if (e instanceof SheetExistsError)
          throw new UserFacingError({
            ru: `Лист «${e.sheets.join("», «")}» появился в книге во время создания шаблона; существующие листы не изменены. Повторите команду.`,
            en: `Sheet “${e.sheets.join("”, “")}” appeared while the template was being created; existing sheets are unchanged. Run the command again.`,
          });
        if (e instanceof SheetProtectedError) {
          const list = quoteList(e.sheets);
          throw new UserFacingError({ ru: ru.excel.protectedTemplate(list.ru), en: en.excel.protectedTemplate(list.en) });
        }
        if (e instanceof ApplyPlansError) {
          const made = e.created.some((c) => lower(c) === lower(sheet));
          throw new UserFacingError(writeFailure(e, plans, made ? both((x) => x.excel.retryTemplate(sheet)) : null));
        }
        throw e;
      }
      const result = { sheet, syncs };
      if (options?.signal?.aborted) throw new CancelledError(join([both((x) => x.excel.cancelledAfterWrite), both((x) => x.templates.created(sheet))]), result);
      return result;
    },

    async validate(options?: RunOptions) {
      const total = 4;
      options?.onProgress?.(1, total, both((x) => x.excel.phase.read));
      checkpoint(options, NOTHING);
      const read = learn(await reading(readWorkbook(run, { supports, ...readNext })));
      checkpoint(options, NOTHING);
      options?.onProgress?.(2, total, both((x) => x.excel.phase.check));
      const report = validateWorkbook(withoutInternalSheets(read.snapshot));
      const marks = report.sheets.flatMap((s) =>
        s.findings.map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, text: f.message[lang] })),
      );
      checkpoint(options, NOTHING);
      let syncs = read.syncs;
      const done = (extra: { notes?: Text[]; marksIncomplete?: boolean } = {}) => ({
        sheets: report.sheets,
        syncs,
        ...(extra.notes?.length ? { notes: extra.notes } : {}),
        ...(extra.marksIncomplete ? { marksIncomplete: true } : {}),
      });
      // Earlier marks are restored first so that the new ones save the person's own fills and notes.
      const hadMarks = read.snapshot.sheets.some((s) => s.name === MARKS_SHEET);
      options?.onProgress?.(3, total, both((x) => x.excel.phase.unmark));
      if (hadMarks) {
        try {
          syncs += (await clearAll()).syncs;
        } catch (e) {
          // The findings stand; no new mark is made over marks that could not be removed.
          return done({ notes: [both((x) => x.excel.clearFailed(hostDetail(e)))], marksIncomplete: true });
        }
      }
      checkpoint(options, hadMarks ? both((x) => x.excel.cancelledOldMarks) : NOTHING);
      options?.onProgress?.(4, total, both((x) => x.excel.phase.mark));
      let marked: MarksResult = { syncs: 0, cells: 0, skipped: [] };
      if (marks.length) {
        try {
          marked = await applyMarks(run, marks, { supports, budgetBytes });
          if (marked.cells > 0) hintAdd([MARKS_SHEET]);
        } catch (e) {
          return done({ notes: [both((x) => x.excel.marksFailed(hostDetail(e)))], marksIncomplete: true });
        }
      }
      syncs += marked.syncs;
      const result = done({ notes: protectedNotes(marked.skipped, (x, sheet, n) => x.excel.protectedMarks(sheet, n)) });
      if (options?.signal?.aborted)
        throw new CancelledError(marked.cells > 0 ? both((x) => x.excel.cancelledMarksLeft(marked.cells)) : hadMarks ? both((x) => x.excel.cancelledOldMarks) : NOTHING, result);
      return result;
    },

    async clearMarks(options?: RunOptions) {
      options?.onProgress?.(1, 1, both((x) => x.excel.phase.unmark));
      checkpoint(options, NOTHING);
      let r: MarksResult;
      try {
        r = await clearAll();
      } catch (e) {
        throw new UserFacingError(both((x) => x.excel.clearFailed(hostDetail(e))));
      }
      const notes = protectedNotes(r.skipped, (x, sheet, n) => x.excel.protectedClear(sheet, n));
      return notes.length ? { syncs: r.syncs, notes } : { syncs: r.syncs };
    },

    async compute(overwrite: boolean, options?: RunOptions) {
      options?.onProgress?.(1, 3, both((x) => x.excel.phase.read));
      checkpoint(options, NOTHING);
      const read = learn(await reading(readWorkbook(run, { supports, ...readNext })));
      checkpoint(options, NOTHING);
      options?.onProgress?.(2, 3, both((x) => x.excel.phase.compute));
      const r = computePlans(read.snapshot, { lang, overwrite });
      // A protected sheet is never written to, and never unprotected: its part is left out and said so.
      const locked = new Set(read.snapshot.sheets.filter((s) => s.protected).map((s) => lower(s.name)));
      const plans = r.plans.filter((p) => !locked.has(lower(p.sheet)));
      const protectedSheets = [...new Set(r.plans.filter((p) => locked.has(lower(p.sheet))).map((p) => p.sheet))];
      const notes = [...r.notes];
      if (protectedSheets.length) {
        const list = quoteList(protectedSheets);
        notes.push({ ru: ru.excel.protectedCompute(list.ru), en: en.excel.protectedCompute(list.en) });
      }
      checkpoint(options, NOTHING);
      options?.onProgress?.(3, 3, both((x) => x.excel.phase.write));
      let written: { syncs: number; created: string[]; skipped?: string[] } = { syncs: 0, created: [] };
      if (plans.length) {
        try {
          written = await applySheetPlans(run, plans, {
            existingSheets: read.snapshot.sheets.map((s) => s.name),
            existingNames: read.snapshot.names.map((n) => n.name),
            protectedSheets: [...protectedSheets],
            supports,
            budgetBytes,
          });
          hintAdd(written.created);
        } catch (e) {
          if (e instanceof ApplyPlansError) throw new UserFacingError(writeFailure(e, plans, both((x) => x.excel.retryCompute)));
          throw e;
        }
      }
      const cellsWritten = plans.reduce((n, p) => n + p.cells.length, 0);
      const conflicts = overwrite ? [] : r.conflicts.filter((c) => !locked.has(lower(c.sheet)));
      if (written.skipped?.some((x) => x.includes(": charts ")))
        notes.push({
          ru: "Эта версия Excel не умеет строить диаграммы из надстройки (нужен ExcelApi 1.7): диаграмма «План и факт по показателям» не построена, её данные рассчитаны.",
          en: "This version of Excel cannot make charts from an add-in (ExcelApi 1.7 is needed): the chart «Plan and actual per indicator» was not made; its data are computed.",
        });
      const result = {
        cellsWritten,
        conflicts,
        notes,
        syncs: read.syncs + written.syncs,
        ...(protectedSheets.length ? { protectedSheets } : {}),
        ...(r.offers.length ? { offers: r.offers } : {}),
      };
      if (options?.signal?.aborted) throw new CancelledError(both((x) => x.excel.cancelledAfterWrite), result);
      return result;
    },

    async adoptPassport(sheet: string, options?: RunOptions) {
      options?.onProgress?.(1, 2, both((x) => x.excel.phase.read));
      checkpoint(options, NOTHING);
      // one round trip: the sheet list, the names and the pasted passport's sheet only
      const read = await reading(
        readWorkbook(run, { supports, only: [sheet], chunked: readNext.chunked }).catch((e) => {
          if ((e as { code?: unknown })?.code === "ItemNotFound") throw new UserFacingError(both((x) => x.compute.adoptGone(sheet)));
          throw e;
        }),
      );
      checkpoint(options, NOTHING);
      let adopted: AdoptResult;
      try {
        adopted = adoptPassport(read.snapshot, sheet, { lang });
      } catch (e) {
        if (e instanceof RangeError) throw new UserFacingError(both((x) => x.compute.adoptNotPassport(sheet)));
        throw e;
      }
      options?.onProgress?.(2, 2, both((x) => x.excel.phase.write));
      const existingSheets = read.snapshot.sheets.map((s) => s.name);
      let syncs: number;
      try {
        const w = await applySheetPlans(run, adopted.plans, { existingSheets, existingNames: read.snapshot.names.map((n) => n.name), supports, activate: adopted.sheet, budgetBytes });
        syncs = read.syncs + w.syncs;
        hintAdd(w.created);
      } catch (e) {
        if (e instanceof SheetExistsError)
          throw new UserFacingError({
            ru: `Лист «${e.sheets.join("», «")}» появился в книге во время переноса паспорта; существующие листы не изменены. Повторите команду.`,
            en: `Sheet “${e.sheets.join("”, “")}” appeared while the passport was being copied; existing sheets are unchanged. Run the command again.`,
          });
        if (e instanceof ApplyPlansError) {
          const made = e.created.some((c) => lower(c) === lower(adopted.sheet));
          throw new UserFacingError(writeFailure(e, adopted.plans, made ? both((x) => x.excel.retryTemplate(adopted.sheet)) : null));
        }
        throw e;
      }
      const result = { source: adopted.source, sheet: adopted.sheet, notes: adopted.notes, syncs };
      if (options?.signal?.aborted) throw new CancelledError(join([both((x) => x.excel.cancelledAfterWrite), both((x) => x.compute.adopted(adopted.source, adopted.sheet))]), result);
      return result;
    },

    async select(sheet: string, row: number, col: number) {
      await selectCell(run, sheet, row, col);
    },

    register: (request, options) =>
      registerInExcel({ run, supports, budgetBytes, readXlsx: host.readXlsx, readHint: readNext, onRead: learn, onCreated: hintAdd }, lang, request, options),
    readsFiles: Boolean(host.readXlsx),
  };
}
