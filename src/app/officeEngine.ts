/**
 * The Engine over Office.js: the pure core between one read and one write. The same code runs against
 * real Excel and against the fake (preview page, tests); `run` is Excel.run or the fake's.
 *
 * Round trips: a template costs 2 (outline + write); validate costs 2 to read (sheet list + data) and
 * 2 to mark (read the marked cells' fills and notes + write); compute 2 to read + 1 to write.
 */
import type { Lang } from "../core/i18n";
import { freeSheetName } from "../core/workbook";
import { buildTemplate, templateSheetBaseName } from "../core/templates";
import { nextInstance, parseBlockName, blockName } from "../core/templates/names";
import type { TemplateKind } from "../core/templates/names";
import { validateWorkbook } from "../core/rules";
import { computePlans } from "../core/compute";
import { applyMarks, applySheetPlans, clearMarks, readOutline, readWorkbook, selectCell, SheetExistsError, MARKS_SHEET } from "../adapters/office";
import type { ExcelRun, Supports } from "../adapters/office";
import { UserFacingError } from "./actions";
import type { Engine } from "./engine";

export interface OfficeEngineHost {
  run: ExcelRun;
  supports?: Supports;
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
  const { run, supports } = host;
  return {
    async createTemplate(kind: TemplateKind, example: boolean) {
      const outline = await readOutline(run);
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
      try {
        const r = await applySheetPlans(run, plans, { existingSheets: outline.sheets, existingNames: outline.names, supports, activate: sheet });
        return { sheet, syncs: outline.syncs + r.syncs };
      } catch (e) {
        if (e instanceof SheetExistsError)
          throw new UserFacingError({
            ru: `Лист «${e.sheets.join("», «")}» появился в книге во время создания шаблона; существующие листы не изменены. Повторите команду.`,
            en: `Sheet “${e.sheets.join("”, “")}” appeared while the template was being created; existing sheets are unchanged. Run the command again.`,
          });
        throw e;
      }
    },

    async validate() {
      const read = await readWorkbook(run, { supports });
      // The add-in's own hidden sheets (marks store, drop-down lists) are not the person's documents.
      const snapshot = { ...read.snapshot, sheets: read.snapshot.sheets.filter((s) => !s.name.startsWith("_po_")) };
      const report = validateWorkbook(snapshot);
      const marks = report.sheets.flatMap((s) =>
        s.findings.map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, text: f.message[lang] })),
      );
      // Earlier marks are restored first so that the new ones save the person's own fills and notes.
      const hadMarks = read.snapshot.sheets.some((s) => s.name === MARKS_SHEET);
      const cleared = hadMarks ? await clearMarks(run, { supports }) : { syncs: 0 };
      const marked = marks.length ? await applyMarks(run, marks, { supports }) : { syncs: 0 };
      return { sheets: report.sheets, syncs: read.syncs + cleared.syncs + marked.syncs };
    },

    async clearMarks() {
      const r = await clearMarks(run, { supports });
      return { syncs: r.syncs };
    },

    async compute(overwrite: boolean) {
      const read = await readWorkbook(run, { supports });
      const r = computePlans(read.snapshot, { lang, overwrite });
      const written = r.plans.length ? await applySheetPlans(run, r.plans, { existingSheets: read.snapshot.sheets.map((s) => s.name), existingNames: read.snapshot.names.map((n) => n.name), supports }) : { syncs: 0 };
      const cellsWritten = r.plans.reduce((n, p) => n + p.cells.length, 0);
      return { cellsWritten, conflicts: overwrite ? [] : r.conflicts, notes: r.notes, syncs: read.syncs + written.syncs };
    },

    async select(sheet: string, row: number, col: number) {
      await selectCell(run, sheet, row, col);
    },
  };
}
