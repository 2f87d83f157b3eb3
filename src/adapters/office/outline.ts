/**
 * The workbook's outline — sheet names and defined names — in one round trip: what a template needs
 * to pick a free sheet name, its instance number and the passport term it refers to; and whether the workbook's
 * structure is protected (workbook.protection, ExcelApi 1.7; the manifest requires 1.14), which refuses a new sheet.
 */
import { SyncCounter, type ExcelRun } from "./common";

export interface Outline {
  sheets: string[];
  names: string[];
  /** sheets whose protection is on (a template must not write into them) */
  protectedSheets: string[];
  /** workbook structure protection (ExcelApi 1.7): no sheet can be added, hidden or deleted */
  structureProtected: boolean;
  syncs: number;
}

export async function readOutline(run: ExcelRun): Promise<Outline> {
  return run(async (ctx) => {
    const counter = new SyncCounter();
    const sheets = ctx.workbook.worksheets.load("items/name,items/protection/protected");
    const names = ctx.workbook.names.load("items/name");
    const protection = ctx.workbook.protection.load("protected");
    await counter.sync(ctx);
    return {
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => n.name),
      protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
      structureProtected: protection.protected === true,
      syncs: counter.count,
    };
  });
}
