/** clearMarks over Office.js: read the store (1 sync), restore fills and notes and remove the store (1 sync). */
import { StructureProtectedError, type MarksResult } from "../../adapters/office";
import { UserFacingError } from "../actions";
import type { ClearMarksResult, RunOptions } from "../engine";
import { Phases, both, hostDetail, protectedNotes } from "./shared";
import type { OfficeSession } from "./session";
import { officeTexts as OT } from "./texts";

export async function clearMarks(session: OfficeSession, options?: RunOptions): Promise<ClearMarksResult> {
  const phases = new Phases(options, 1);
  phases.begin(
    1,
    both((x) => x.excel.phase.unmark),
  );
  phases.checkpoint();
  let r: MarksResult;
  try {
    r = await session.clearAll();
  } catch (e) {
    if (e instanceof StructureProtectedError) throw new UserFacingError(OT.structureProtected(OT.forClear));
    throw new UserFacingError(both((x) => x.excel.clearFailed(hostDetail(e))));
  }
  const notes = protectedNotes(r.skipped, (x, sheet, n) => x.excel.protectedClear(sheet, n));
  // notes this Excel cannot put back: which Excel can finish the clearing
  if (r.pendingNotes) notes.push(OT.pendingNotes(r.pendingNotes));
  return notes.length ? { syncs: r.syncs, notes } : { syncs: r.syncs };
}
