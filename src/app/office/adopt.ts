/** adoptPassport over Office.js: read the pasted sheet only (1 sync), copy it into the template on a new sheet (1 sync, and 1 for its finishing touches). */
import { adoptPassport as adoptCore } from "../../core/compute";
import { ApplyPlansError, SheetExistsError, applySheetPlans, readWorkbook } from "../../adapters/office";
import { UserFacingError } from "../actions";
import type { AdoptResult, RunOptions } from "../engine";
import { Phases, both, cosmeticsNote, join, lower, reading, sheetAppeared, writeFailure } from "./shared";
import type { OfficeSession } from "./session";
import { adoptOutcome } from "./outcomes";
import { officeTexts as OT } from "./texts";

export async function adoptPassport(session: OfficeSession, sheet: string, options?: RunOptions): Promise<AdoptResult> {
  const { run, supports, budgetBytes, lang } = session;
  const phases = new Phases(options, 2);
  phases.begin(
    1,
    both((x) => x.excel.phase.read),
  );
  phases.checkpoint();
  // one round trip: the sheet list, the names and the pasted passport's sheet only
  const read = await reading(
    readWorkbook(run, { supports, only: [sheet], chunked: session.hint.chunked }).catch((e) => {
      if ((e as { code?: unknown })?.code === "ItemNotFound") throw new UserFacingError(both((x) => x.compute.adoptGone(sheet)));
      throw e;
    }),
  );
  phases.checkpoint();
  const outcome = adoptOutcome(() => adoptCore(read.snapshot, sheet, { lang }));
  if (!outcome.ok) throw new UserFacingError(both((x) => x.compute.adoptNotPassport(sheet)));
  const adopted = outcome.result;
  phases.begin(
    2,
    both((x) => x.excel.phase.write),
  );
  if (read.structureProtected) throw new UserFacingError(OT.structureProtected(OT.forAdopt));
  let syncs: number;
  let finishing: ReturnType<typeof cosmeticsNote>;
  try {
    const w = await applySheetPlans(run, adopted.plans, {
      existingSheets: read.snapshot.sheets.map((s) => s.name),
      existingNames: read.snapshot.names.map((n) => n.name),
      supports,
      activate: adopted.sheet,
      budgetBytes,
    });
    syncs = read.syncs + w.syncs;
    session.added(w.created);
    finishing = cosmeticsNote(w);
  } catch (e) {
    if (e instanceof SheetExistsError) throw new UserFacingError(sheetAppeared(e.sheets, { ru: "переноса паспорта", en: "the passport was being copied" }));
    if (e instanceof ApplyPlansError) {
      const made = e.created.some((c) => lower(c) === lower(adopted.sheet));
      throw new UserFacingError(writeFailure(e, adopted.plans, made ? both((x) => x.excel.retryTemplate(adopted.sheet)) : null));
    }
    throw e;
  }
  const result = { source: adopted.source, sheet: adopted.sheet, notes: [...adopted.notes, ...finishing], syncs };
  return phases.finish(result, join([both((x) => x.excel.cancelledAfterWrite), both((x) => x.compute.adopted(adopted.source, adopted.sheet))]));
}
