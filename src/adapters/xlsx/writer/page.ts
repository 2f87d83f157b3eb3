/** The sheet's view and page: freeze panes and print setup. */
import type ExcelJS from "exceljs";
import { formatCell } from "../../../core/address";
import type { HeaderFooterText, SheetPlan } from "../../../core/workbook";

/** Freezes the top `rows` and left `cols` (none: unfreezes), keeping the rest of the sheet's view. */
export function applyFreeze(ws: ExcelJS.Worksheet, freeze: NonNullable<SheetPlan["freeze"]>): void {
  const { rows, cols } = freeze;
  const base = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
  const { state: _s, xSplit: _x, ySplit: _y, topLeftCell: _t, ...rest } = base as Record<string, unknown>;
  ws.views = [
    rows > 0 || cols > 0
      ? ({ ...rest, state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: formatCell({ row: rows, col: cols }) } as ExcelJS.WorksheetView)
      : ({ ...rest, state: "normal" } as ExcelJS.WorksheetView),
  ];
}

/**
 * A4 (paper size 9), the orientation, fit to one page wide, rows repeated at the top of each page, header and
 * footer (&L/&C/&R sections of <oddHeader>/<oddFooter>), manual row breaks.
 */
export function applyPrint(ws: ExcelJS.Worksheet, p: NonNullable<SheetPlan["print"]>): void {
  const setup: Partial<ExcelJS.PageSetup> = { ...ws.pageSetup, paperSize: 9, orientation: p.orientation };
  if (p.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (p.titleRows) setup.printTitlesRow = `${p.titleRows.top + 1}:${p.titleRows.bottom + 1}`;
  ws.pageSetup = setup;
  if (p.header || p.footer) ws.headerFooter = { ...ws.headerFooter, oddHeader: sections(p.header), oddFooter: sections(p.footer) };
  // a break before row r (0-based) is ExcelJS's break after the 1-based row r
  for (const r of p.breaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
}

function sections(h: HeaderFooterText | undefined): string | undefined {
  return h ? `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}` : undefined;
}
