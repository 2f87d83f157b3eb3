/**
 * «Импорт из Word» over Office.js (or the fake): the .docx is read and recognised in the pane (pure code, no round
 * trip), then the workbook's outline (sheet names, names, protection: 1 sync) and one batch writing the filled template
 * (1 sync, and 1 for its finishing touches, as a template costs). The workbook's sheets are never written to: the
 * document becomes a new sheet.
 */
import { importWordDocument, placedText } from "../../adapters/docx/adopt";
import { DOCX_REASONS, DocxReadError, readDocx, sheetNameFor, type DocxDocument } from "../../adapters/docx";
import { ApplyPlansError, SheetExistsError, SheetProtectedError, applySheetPlans, readOutline } from "../../adapters/office";
import type { Text } from "../../core/i18n";
import { UserFacingError } from "../actions";
import type { RunOptions, WordImportResult } from "../engine";
import { Phases, both, cosmeticsNote, join, lower, reading, sheetAppeared, writeFailure } from "./shared";
import type { OfficeSession } from "./session";
import { officeTexts as OT } from "./texts";

const phase = {
  document: { ru: "Чтение документа Word…", en: "Reading the Word document…" } as Text,
};
const unreadable = (fileName: string, reason: Text): Text => ({ ru: `«${fileName}»: ${reason.ru}.`, en: `“${fileName}”: ${reason.en}.` });
const imported = (fileName: string, sheet: string): Text => ({
  ru: `Документ «${fileName}» перенесён на новый лист «${sheet}».`,
  en: `The document “${fileName}” was imported to the new sheet “${sheet}”.`,
});
const retryImport = (sheet: string): Text => ({ ru: `Удалите лист «${sheet}» и повторите импорт.`, en: `Delete sheet “${sheet}” and import again.` });

/** Reads the document: a plain reason for a file that is not one, or has no tables (passports and plans in Word are tables). */
function readDocument(data: Uint8Array, fileName: string): DocxDocument {
  let doc: DocxDocument;
  try {
    doc = readDocx(data, sheetNameFor(fileName));
  } catch (e) {
    if (e instanceof DocxReadError) throw new UserFacingError(unreadable(fileName, e.reason));
    throw e;
  }
  if (doc.tables === 0) throw new UserFacingError(unreadable(fileName, DOCX_REASONS.noTables));
  return doc;
}

export async function importWord(session: OfficeSession, data: Uint8Array, fileName: string, options?: RunOptions): Promise<WordImportResult> {
  const { run, supports, budgetBytes, lang } = session;
  const phases = new Phases(options, 3);
  phases.begin(1, phase.document);
  const doc = readDocument(data, fileName);
  phases.begin(
    2,
    both((x) => x.excel.phase.outline),
  );
  const outline = await reading(readOutline(run));
  phases.checkpoint();
  const wb = {
    sheets: outline.sheets.map((name) => ({ name, values: [], merges: [], visibility: "visible" as const, protected: false })),
    names: outline.names.map((name) => ({ name, formula: "" })),
  };
  const found = importWordDocument(doc, wb, { lang });
  const summary: WordImportResult = {
    fileName,
    kind: found.kind,
    counts: found.counts,
    notes: found.notes,
    unrecognised: found.unrecognised.map((n) => ({ ru: placedText(n, "ru"), en: placedText(n, "en") })),
    findings: found.findings.map((f) => ({ severity: f.severity, text: { ru: placedText(f, "ru"), en: placedText(f, "en") } })),
    syncs: outline.syncs,
  };
  // nothing recognised: the summary says what was not, and the workbook is unchanged
  if (!found.sheet || found.plans.length === 0) return summary;
  const sheet = found.sheet;
  // a protected structure refuses a new sheet: said before anything is written
  if (outline.structureProtected) throw new UserFacingError(OT.structureProtected(OT.forWordImport));
  phases.begin(
    3,
    both((x) => x.excel.phase.write),
  );
  let syncs: number;
  let finishing: Text[];
  try {
    const w = await applySheetPlans(run, found.plans, {
      existingSheets: outline.sheets,
      existingNames: outline.names,
      protectedSheets: outline.protectedSheets,
      structureProtected: outline.structureProtected,
      supports,
      activate: sheet,
      budgetBytes,
    });
    syncs = outline.syncs + w.syncs;
    session.added(w.created);
    finishing = cosmeticsNote(w);
  } catch (e) {
    if (e instanceof SheetExistsError || e instanceof SheetProtectedError) throw new UserFacingError(sheetAppeared(e.sheets, { ru: "импорта из Word", en: "the Word document was being imported" }));
    if (e instanceof ApplyPlansError) {
      const made = e.created.some((c) => lower(c) === lower(sheet));
      throw new UserFacingError(writeFailure(e, found.plans, made ? retryImport(sheet) : null));
    }
    throw e;
  }
  const result = { ...summary, sheet, notes: [...summary.notes, ...finishing], syncs };
  return phases.finish(result, join([both((x) => x.excel.cancelledAfterWrite), imported(fileName, sheet)]));
}
