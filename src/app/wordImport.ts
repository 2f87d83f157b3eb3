/**
 * «Импорт из Word» over Office.js (or the fake): the .docx is read and recognised in the pane (pure code, no
 * round trip), then one read of the workbook's outline (sheet names, names, protection) and one batch writing
 * the filled template — 2 round trips, as a template costs. The workbook's sheets are never written to: the
 * document becomes a new sheet.
 */
import { importWordDocument, placedText } from "../adapters/docx/adopt";
import { DocxReadError, DOCX_REASONS, readDocx, sheetNameFor, type DocxDocument } from "../adapters/docx";
import { ApplyPlansError, applySheetPlans, readOutline, SheetExistsError, SheetProtectedError, type ExcelRun, type Supports } from "../adapters/office";
import type { Lang, Text } from "../core/i18n";
import { CancelledError, UserFacingError } from "./actions";
import type { RunOptions, WordImportResult } from "./engine";

const both = (ru: string, en: string): Text => ({ ru, en });

export async function importWordIntoWorkbook(
  host: { run: ExcelRun; supports?: Supports; budgetBytes?: number },
  lang: Lang,
  data: Uint8Array,
  fileName: string,
  options?: RunOptions,
): Promise<WordImportResult & { created: string[] }> {
  options?.onProgress?.(1, 3, both("Чтение документа Word", "Reading the Word document"));
  let doc: DocxDocument;
  try {
    doc = readDocx(data, sheetNameFor(fileName));
  } catch (e) {
    if (e instanceof DocxReadError) throw new UserFacingError(both(`«${fileName}»: ${e.reason.ru}.`, `“${fileName}”: ${e.reason.en}.`));
    throw e;
  }
  if (doc.tables === 0) throw new UserFacingError(both(`«${fileName}»: ${DOCX_REASONS.noTables.ru}.`, `“${fileName}”: ${DOCX_REASONS.noTables.en}.`));
  if (options?.signal?.aborted) throw new CancelledError(both("Импорт отменён: книга не изменена.", "Import cancelled: the workbook is unchanged."));

  options?.onProgress?.(2, 3, both("Чтение списка листов", "Reading the sheet list"));
  const outline = await readOutline(host.run);
  const imported = importWordDocument(
    doc,
    { sheets: outline.sheets.map((name) => ({ name, values: [], merges: [], visibility: "visible", protected: false })), names: outline.names.map((name) => ({ name, formula: "" })) },
    { lang },
  );
  const summary: WordImportResult = {
    fileName,
    kind: imported.kind,
    counts: imported.counts,
    notes: imported.notes,
    unrecognised: imported.unrecognised.map((n) => ({ ru: placedText(n, "ru"), en: placedText(n, "en") })),
    findings: imported.findings.map((f) => ({ severity: f.severity, text: { ru: placedText(f, "ru"), en: placedText(f, "en") } })),
    syncs: outline.syncs,
  };
  if (!imported.sheet || imported.plans.length === 0) return { ...summary, created: [] };
  if (options?.signal?.aborted) throw new CancelledError(both("Импорт отменён: книга не изменена.", "Import cancelled: the workbook is unchanged."));

  options?.onProgress?.(3, 3, both("Запись листа шаблона", "Writing the template sheet"));
  try {
    const w = await applySheetPlans(host.run, imported.plans, {
      existingSheets: outline.sheets,
      existingNames: outline.names,
      protectedSheets: outline.protectedSheets,
      supports: host.supports,
      activate: imported.sheet,
      budgetBytes: host.budgetBytes,
    });
    return { ...summary, sheet: imported.sheet, syncs: outline.syncs + w.syncs, created: w.created };
  } catch (e) {
    if (e instanceof SheetExistsError || e instanceof SheetProtectedError)
      throw new UserFacingError(
        both(
          `Лист «${e.sheets.join("», «")}» появился в книге во время импорта; существующие листы не изменены. Повторите импорт.`,
          `Sheet “${e.sheets.join("”, “")}” appeared during the import; existing sheets are unchanged. Import again.`,
        ),
      );
    if (e instanceof ApplyPlansError)
      throw new UserFacingError(
        both(
          `Excel остановил запись листа «${imported.sheet}» (${e.created.length ? "лист создан, но заполнен не полностью: удалите его и повторите импорт" : "ничего не записано"}).`,
          `Excel stopped writing sheet “${imported.sheet}” (${e.created.length ? "the sheet was created but not filled completely: delete it and import again" : "nothing was written"}).`,
        ),
      );
    throw e;
  }
}
