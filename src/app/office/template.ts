/** createTemplate over Office.js: the outline (1 sync), then the template (1 sync, and 1 for its finishing touches). */
import type { Text } from "../../core/i18n";
import { freeSheetName } from "../../core/workbook";
import { buildTemplate, templateSheetBaseName } from "../../core/templates";
import { nextInstance, type TemplateKind } from "../../core/templates/names";
import { ApplyPlansError, SheetExistsError, SheetProtectedError, applySheetPlans, readOutline } from "../../adapters/office";
import { ru } from "../../i18n/ru";
import { en } from "../../i18n/en";
import { UserFacingError } from "../actions";
import type { RunOptions, TemplateResult } from "../engine";
import { Phases, both, cosmeticsNote, join, lower, passportTermNames, quoteList, reading, sheetAppeared, writeFailure } from "./shared";
import type { OfficeSession } from "./session";
import { officeTexts as OT } from "./texts";

export async function createTemplate(session: OfficeSession, kind: TemplateKind, example: boolean, options?: RunOptions): Promise<TemplateResult> {
  const { run, supports, budgetBytes, lang } = session;
  const phases = new Phases(options, 2);
  phases.begin(
    1,
    both((x) => x.excel.phase.outline),
  );
  phases.checkpoint();
  const outline = await reading(readOutline(run));
  phases.checkpoint();
  // a protected structure refuses a new sheet: said before anything is written
  if (outline.structureProtected) throw new UserFacingError(OT.structureProtected(OT.forTemplate));
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
  phases.begin(
    2,
    both((x) => x.excel.phase.write),
  );
  let syncs: number;
  let notes: Text[];
  try {
    const r = await applySheetPlans(run, plans, {
      existingSheets: outline.sheets,
      existingNames: outline.names,
      protectedSheets: outline.protectedSheets,
      structureProtected: outline.structureProtected,
      supports,
      activate: sheet,
      budgetBytes,
    });
    syncs = outline.syncs + r.syncs;
    session.added(r.created);
    notes = cosmeticsNote(r);
  } catch (e) {
    if (e instanceof SheetExistsError) throw new UserFacingError(sheetAppeared(e.sheets, { ru: "создания шаблона", en: "the template was being created" }));
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
  const result = { sheet, syncs, ...(notes.length ? { notes } : {}) };
  return phases.finish(result, join([both((x) => x.excel.cancelledAfterWrite), both((x) => x.templates.created(sheet))]));
}
