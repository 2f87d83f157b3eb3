/** compute over Office.js: read (1–2 syncs), compute, write (1 sync, and 1 for its chart). Protected sheets are left out and said so. */
import { computePlans } from "../../core/compute";
import { ApplyPlansError, applySheetPlans, readWorkbook, type ApplyResult } from "../../adapters/office";
import { ru } from "../../i18n/ru";
import { en } from "../../i18n/en";
import { UserFacingError } from "../actions";
import type { ComputeResult, RunOptions } from "../engine";
import { Phases, both, cosmeticsNote, lower, quoteList, reading, writeFailure } from "./shared";
import type { OfficeSession } from "./session";
import { dropEmptyCharts } from "./outcomes";
import { officeTexts as OT } from "./texts";

export async function compute(session: OfficeSession, overwrite: boolean, options?: RunOptions): Promise<ComputeResult> {
  const { run, supports, budgetBytes, lang } = session;
  const phases = new Phases(options, 3);
  phases.begin(
    1,
    both((x) => x.excel.phase.read),
  );
  phases.checkpoint();
  const read = session.learn(await reading(readWorkbook(run, { supports, ...session.hint })));
  phases.begin(
    2,
    both((x) => x.excel.phase.compute),
  );
  const computed = computePlans(read.snapshot, { lang, overwrite });
  // no chart while its series have no data: Excel may refuse it (EmptyChartSeries)
  const charted = dropEmptyCharts(computed.plans, read.snapshot);
  // A protected sheet is never written to, and never unprotected: its part is left out and said so.
  const locked = new Set(read.snapshot.sheets.filter((s) => s.protected).map((s) => lower(s.name)));
  const plans = charted.plans.filter((p) => !locked.has(lower(p.sheet)));
  const protectedSheets = [...new Set(charted.plans.filter((p) => locked.has(lower(p.sheet))).map((p) => p.sheet))];
  if (read.structureProtected && plans.some((p) => p.create || p.visibility)) throw new UserFacingError(OT.structureProtected(OT.forCompute));
  const notes = [...computed.notes, ...(charted.dropped ? [OT.chartNoData] : [])];
  if (protectedSheets.length) {
    const list = quoteList(protectedSheets);
    notes.push({ ru: ru.excel.protectedCompute(list.ru), en: en.excel.protectedCompute(list.en) });
  }
  phases.begin(
    3,
    both((x) => x.excel.phase.write),
  );
  let written: Pick<ApplyResult, "syncs" | "created"> & Partial<ApplyResult> = { syncs: 0, created: [] };
  if (plans.length) {
    try {
      written = await applySheetPlans(run, plans, {
        existingSheets: read.snapshot.sheets.map((s) => s.name),
        existingNames: read.snapshot.names.map((n) => n.name),
        protectedSheets: [...protectedSheets],
        supports,
        budgetBytes,
      });
      session.added(written.created);
    } catch (e) {
      if (e instanceof ApplyPlansError)
        throw new UserFacingError(
          writeFailure(
            e,
            plans,
            both((x) => x.excel.retryCompute),
          ),
        );
      throw e;
    }
  }
  if (written.skippedParts?.some((x) => x.part === "charts")) notes.push(OT.chartApi);
  notes.push(...cosmeticsNote(written));
  const result: ComputeResult = {
    cellsWritten: plans.reduce((n, p) => n + p.cells.length, 0),
    conflicts: overwrite ? [] : computed.conflicts.filter((c) => !locked.has(lower(c.sheet))),
    notes,
    syncs: read.syncs + written.syncs,
    ...(protectedSheets.length ? { protectedSheets } : {}),
    ...(computed.offers.length ? { offers: computed.offers } : {}),
  };
  return phases.finish(
    result,
    both((x) => x.excel.cancelledAfterWrite),
  );
}
