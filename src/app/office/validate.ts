/**
 * validate over Office.js: read (1 sync with a right hint, 2 without), check, restore earlier marks (2), mark (2).
 * The findings always stand; marks that Excel could not make are said so (marksIncomplete).
 */
import type { Text } from "../../core/i18n";
import { withoutInternalSheets } from "../../core/workbook";
import { validateWorkbook } from "../../core/rules";
import { MARKS_SHEET, applyMarks, readWorkbook, type MarksResult } from "../../adapters/office";
import type { RunOptions, ValidationResult } from "../engine";
import { NOTHING, Phases, both, hostDetail, protectedNotes, reading } from "./shared";
import type { OfficeSession } from "./session";
import { officeTexts as OT } from "./texts";

export async function validate(session: OfficeSession, options?: RunOptions): Promise<ValidationResult> {
  const { run, supports, budgetBytes, lang } = session;
  const phases = new Phases(options, 4);
  phases.begin(
    1,
    both((x) => x.excel.phase.read),
  );
  phases.checkpoint();
  const read = session.learn(await reading(readWorkbook(run, { supports, ...session.hint })));
  phases.begin(
    2,
    both((x) => x.excel.phase.check),
  );
  const report = validateWorkbook(withoutInternalSheets(read.snapshot));
  const marks = report.sheets.flatMap((s) => s.findings.map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, text: f.message[lang] })));
  phases.checkpoint();
  let syncs = read.syncs;
  const done = (extra: { notes?: Text[]; marksIncomplete?: boolean } = {}): ValidationResult => ({
    sheets: report.sheets,
    syncs,
    ...(extra.notes?.length ? { notes: extra.notes } : {}),
    ...(extra.marksIncomplete ? { marksIncomplete: true } : {}),
  });
  // Earlier marks are restored first so that the new ones save the person's own fills and notes.
  const hadMarks = read.snapshot.sheets.some((s) => s.name === MARKS_SHEET);
  // a protected structure refuses the store sheet (adding, hiding, deleting it): the findings stand, no mark is made
  if (read.structureProtected && marks.length) return done({ notes: [OT.marksStructure], marksIncomplete: true });
  phases.begin(
    3,
    both((x) => x.excel.phase.unmark),
  );
  const earlier: Text[] = [];
  if (hadMarks) {
    try {
      const cleared = await session.clearAll();
      syncs += cleared.syncs;
      if (cleared.pendingNotes) earlier.push(OT.pendingNotes(cleared.pendingNotes));
    } catch (e) {
      // The findings stand; no new mark is made over marks that could not be removed.
      return done({ notes: [both((x) => x.excel.clearFailed(hostDetail(e)))], marksIncomplete: true });
    }
  }
  phases.begin(
    4,
    both((x) => x.excel.phase.mark),
    hadMarks ? both((x) => x.excel.cancelledOldMarks) : NOTHING,
  );
  let marked: MarksResult = { syncs: 0, cells: 0, skipped: [] };
  // the pane's setting «mark cells» off: findings only (earlier marks are still restored)
  if (marks.length && options?.mark !== false) {
    try {
      marked = await applyMarks(run, marks, { supports, budgetBytes });
      if (marked.cells > 0) session.added([MARKS_SHEET]);
    } catch (e) {
      return done({ notes: [both((x) => x.excel.marksFailed(hostDetail(e)))], marksIncomplete: true });
    }
  }
  syncs += marked.syncs;
  const fillOnly = marked.fillOnly?.length ? [OT.fillOnly(marked.fillOnly.length)] : [];
  const result = done({ notes: [...earlier, ...protectedNotes(marked.skipped, (x, sheet, n) => x.excel.protectedMarks(sheet, n)), ...fillOnly] });
  return phases.finish(result, marked.cells > 0 ? both((x) => x.excel.cancelledMarksLeft(marked.cells)) : hadMarks ? both((x) => x.excel.cancelledOldMarks) : NOTHING);
}
