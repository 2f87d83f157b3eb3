/**
 * The passports' calculation settings as the workbook holds them: for each PO_Passport<n>_Settings block,
 * where it is and its two thresholds (achievement at least … for «в плане» and «риск»), for the pane's
 * settings section. Two round trips: the names, then the blocks' addresses and values.
 */
import { parseRange } from "../core/address";
import { parseBlockName } from "../core/templates/names";
import { PASSPORT_LAYOUT } from "../core/templates/layout";
import type { ExcelRun } from "../adapters/office";

export interface PassportThresholds {
  sheet: string;
  /** the block's top-left cell (0-based), to select it */
  row: number;
  col: number;
  /** shares (0.95 = 95 %); undefined when the cell holds no number */
  onPlan?: number;
  atRisk?: number;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

export async function readPassportSettings(run: ExcelRun): Promise<PassportThresholds[]> {
  const S = PASSPORT_LAYOUT.settings;
  return run(async (ctx) => {
    const names = ctx.workbook.names.load("items/name");
    await ctx.sync();
    const blocks = names.items.filter((n) => {
      const p = parseBlockName(n.name);
      return p?.kind === "passport" && p.block === "Settings";
    });
    if (!blocks.length) return [];
    const ranges = blocks.map((n) => n.getRange().load(["address", "values"]));
    await ctx.sync();
    return ranges.map((r) => {
      const ref = parseRange(r.address);
      const v = r.values;
      return { sheet: ref.sheet ?? "", row: ref.top, col: ref.left, onPlan: num(v[S.rows.onPlan]?.[S.value]), atRisk: num(v[S.rows.atRisk]?.[S.value]) };
    });
  });
}
