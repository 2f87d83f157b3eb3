/**
 * Applies SheetPlans to a WorkbookSnapshot the way an adapter would, without calculating: a formula cell reads
 * back with its formula and the value "" (nothing is evaluated). Enough to feed compute and recognition with
 * what a template wrote, and to apply compute's own plans for an idempotence check.
 */
import { sheetRange } from "../../src/core/address";
import type { CellValue, NameSnapshot, SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook";

export function planToSnapshot(plans: readonly SheetPlan[], base?: WorkbookSnapshot): WorkbookSnapshot {
  const wb: WorkbookSnapshot = base ? structuredClone(base) : { sheets: [], names: [] };
  for (const plan of plans) {
    let sheet = wb.sheets.find((s) => s.name === plan.sheet);
    if (plan.create && sheet) throw new Error(`the sheet exists: ${plan.sheet}`);
    if (!sheet) {
      if (!plan.create) throw new Error(`no such sheet: ${plan.sheet}`);
      sheet = { name: plan.sheet, values: [], formulas: [], numberFormats: [], merges: [], visibility: "visible", protected: false };
      wb.sheets.push(sheet);
    }
    if (plan.visibility) sheet.visibility = plan.visibility;
    for (const st of plan.styles ?? []) {
      if (st.style.numberFormat === undefined) continue;
      for (let r = st.ref.top; r <= st.ref.bottom; r++) for (let c = st.ref.left; c <= st.ref.right; c++) setFormat(sheet, r, c, st.style.numberFormat);
    }
    for (const cell of plan.cells) {
      if (cell.formula !== undefined) set(sheet, cell.row, cell.col, "", cell.formula);
      else if (cell.value !== undefined) set(sheet, cell.row, cell.col, cell.value ?? "", null);
      if (cell.style?.numberFormat !== undefined) setFormat(sheet, cell.row, cell.col, cell.style.numberFormat);
    }
    sheet.merges.push(...(plan.merges ?? []));
    for (const n of plan.names ?? []) {
      const target = n.sheet ?? plan.sheet;
      const snap: NameSnapshot = { name: n.name, sheet: target, ref: n.ref, formula: `=${sheetRange(target, n.ref)}` };
      const i = wb.names.findIndex((x) => x.name.toLowerCase() === n.name.toLowerCase());
      if (i >= 0) wb.names[i] = snap;
      else wb.names.push(snap);
    }
    rectangular(sheet);
  }
  return wb;
}

/** Puts a typed value (formula removed) into a snapshot cell: what a person does by hand. */
export function typeInto(wb: WorkbookSnapshot, sheetName: string, row: number, col: number, value: CellValue, formula: string | null = null): void {
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no such sheet: ${sheetName}`);
  set(sheet, row, col, value, formula);
  rectangular(sheet);
}

function set(sheet: SheetSnapshot, row: number, col: number, value: CellValue, formula: string | null): void {
  rowOf(sheet.values, row)[col] = value;
  rowOf(sheet.formulas!, row)[col] = formula;
}

function setFormat(sheet: SheetSnapshot, row: number, col: number, format: string): void {
  rowOf(sheet.numberFormats!, row)[col] = format;
}

function rowOf<T>(grid: T[][], row: number): T[] {
  while (grid.length <= row) grid.push([]);
  return grid[row];
}

/** Pads every grid to the same rectangle, as snapshots are. */
function rectangular(sheet: SheetSnapshot): void {
  const grids = [sheet.values, sheet.formulas!, sheet.numberFormats!];
  const rows = Math.max(...grids.map((g) => g.length));
  const cols = Math.max(0, ...grids.flatMap((g) => g.map((r) => r.length)));
  const fills: unknown[] = ["", null, "General"];
  grids.forEach((g, i) => {
    while (g.length < rows) g.push([]);
    for (let r = 0; r < rows; r++) {
      const row = g[r] as unknown[];
      for (let c = 0; c < cols; c++) if (row[c] === undefined) row[c] = fills[i];
    }
  });
}
