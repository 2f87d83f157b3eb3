/** selectCell: shows a finding's cell — activates its sheet and selects the cell, in 1 sync. */
import { SyncCounter, type ExcelRun } from "./common";

export async function selectCell(run: ExcelRun, sheet: string, row: number, col: number): Promise<{ syncs: number }> {
  return run(async (ctx) => {
    const counter = new SyncCounter();
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getCell(row, col).select();
    await counter.sync(ctx);
    return { syncs: counter.count };
  });
}
