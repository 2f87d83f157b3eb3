/**
 * selectCell: shows a finding's cell — activates its sheet and selects the cell, in 1 sync. Excel refuses to
 * activate a hidden sheet or select on it (Worksheet.activate: "the worksheet must be visible"; the fake models the
 * refusal as InvalidOperation, the exact code is unconfirmed): then one more sync asks whether the sheet is hidden,
 * and SheetHiddenError says so.
 */
import { SyncCounter, type ExcelRun } from "./common";

export class SheetHiddenError extends Error {
  readonly code = "SheetHidden";
  constructor(readonly sheet: string) {
    super(`Sheet is hidden: ${sheet}`);
    this.name = "SheetHiddenError";
  }
}

export async function selectCell(run: ExcelRun, sheet: string, row: number, col: number): Promise<{ syncs: number }> {
  return run(async (ctx) => {
    const counter = new SyncCounter();
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getCell(row, col).select();
    try {
      await counter.sync(ctx);
    } catch (e) {
      const probe = ctx.workbook.worksheets.getItemOrNullObject(sheet);
      probe.load("visibility");
      try {
        await counter.sync(ctx);
      } catch {
        throw e;
      }
      if (!probe.isNullObject && probe.visibility !== "Visible") throw new SheetHiddenError(sheet);
      throw e;
    }
    return { syncs: counter.count };
  });
}
