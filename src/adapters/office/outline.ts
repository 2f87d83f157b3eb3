/**
 * The workbook's outline — sheet names and defined names — in one round trip: what a template needs
 * to pick a free sheet name, its instance number and the passport term it refers to.
 */
import { SyncCounter, type ExcelRun } from "./common";

export interface Outline {
  sheets: string[];
  names: string[];
  /** sheets whose protection is on (a template must not write into them) */
  protectedSheets: string[];
  syncs: number;
}

export async function readOutline(run: ExcelRun): Promise<Outline> {
  return run(async (ctx) => {
    const counter = new SyncCounter();
    const sheets = ctx.workbook.worksheets.load("items/name,items/protection/protected");
    const names = ctx.workbook.names.load("items/name");
    await counter.sync(ctx);
    return {
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => n.name),
      protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
      syncs: counter.count,
    };
  });
}
