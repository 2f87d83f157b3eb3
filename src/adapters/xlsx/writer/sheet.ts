/**
 * One checked SheetPlan applied to an ExcelJS workbook. The order: create the sheet, column widths,
 * values and formulas, merges, range styles, cell styles (the more specific wins), names, tables,
 * data validations, cleared then new conditional formats, freeze panes, print setup, visibility, tab colour.
 */
import type ExcelJS from "exceljs";
import { sheetRange } from "../../../core/address";
import type { SheetPlan } from "../../../core/workbook";
import { toFileFormula } from "../formulas";
import { installNameLayer } from "../names";
import { addConditionalFormat, clearConditionalFormats } from "./conditionalFormats";
import { applyMerges } from "./merges";
import { applyFreeze, applyPrint } from "./page";
import { sameSheetName } from "./ranges";
import { argb, styleCell, styleRange } from "./styles";
import { addTable } from "./tables";
import { addValidation } from "./validations";

function writeCells(ws: ExcelJS.Worksheet, cells: NonNullable<SheetPlan["cells"]>): void {
  for (const c of cells) {
    if (c.formula === undefined && c.value === undefined) continue;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula !== undefined) cell.value = { formula: toFileFormula(c.formula) } as ExcelJS.CellFormulaValue;
    else cell.value = c.value === "" ? null : (c.value as ExcelJS.CellValue);
  }
}

function writeNames(wb: ExcelJS.Workbook, plan: SheetPlan, names: NonNullable<SheetPlan["names"]>): void {
  const layer = installNameLayer(wb);
  for (const n of names) {
    const target = wb.worksheets.find((w) => sameSheetName(w.name, n.sheet ?? plan.sheet))!.name;
    const text = sheetRange(target, n.ref);
    const i = layer.findIndex((r) => r.scope === undefined && r.name.toLowerCase() === n.name.toLowerCase());
    if (i >= 0) layer[i] = { name: layer[i].name, text };
    else layer.push({ name: n.name, text });
  }
}

export function applyPlan(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = plan.create ? wb.addWorksheet(plan.sheet) : wb.worksheets.find((w) => sameSheetName(w.name, plan.sheet))!;

  for (const c of plan.columnWidths ?? []) ws.getColumn(c.col + 1).width = c.width;
  for (const r of plan.rowHeights ?? []) ws.getRow(r.row + 1).height = r.height;
  writeCells(ws, plan.cells ?? []);
  applyMerges(ws, plan.merges ?? []);
  for (const s of plan.styles ?? []) styleRange(ws, s.ref, s.style);
  for (const c of plan.cells ?? []) if (c.style) styleCell(ws.getCell(c.row + 1, c.col + 1), c.style);
  if (plan.names?.length) writeNames(wb, plan, plan.names);
  for (const t of plan.tables ?? []) addTable(ws, t);
  for (const v of plan.validations ?? []) addValidation(ws, v);
  if (plan.clearConditionalFormats?.length) clearConditionalFormats(ws, plan.clearConditionalFormats);
  for (const f of plan.conditionalFormats ?? []) addConditionalFormat(ws, f);
  if (plan.freeze) applyFreeze(ws, plan.freeze);
  if (plan.print) applyPrint(ws, plan.print);
  if (plan.visibility) ws.state = plan.visibility;
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}

/** Excel opens on the active tab: it must be a visible sheet. */
export function keepActiveTabVisible(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const views = (wb.views ?? []) as Partial<ExcelJS.WorkbookView>[];
  const active = views[0]?.activeTab ?? 0;
  if (sheets[active] && (sheets[active].state ?? "visible") === "visible") return;
  const firstVisible = sheets.findIndex((s) => (s.state ?? "visible") === "visible");
  if (firstVisible < 0) return;
  const first = views[0] ?? {};
  wb.views = [{ ...first, activeTab: firstVisible, firstSheet: Math.min(first.firstSheet ?? 0, firstVisible) } as ExcelJS.WorkbookView, ...views.slice(1)] as ExcelJS.WorkbookView[];
  for (const s of sheets) {
    if ((s.state ?? "visible") !== "visible" && s.views?.[0] && (s.views[0] as { tabSelected?: boolean }).tabSelected) {
      s.views = [{ ...s.views[0], tabSelected: false } as unknown as ExcelJS.WorksheetView, ...s.views.slice(1)];
    }
  }
}
