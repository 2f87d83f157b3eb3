/**
 * Shared by the integration tests: the command line run in-process over files in a temp folder, the blocks of
 * a snapshot found through their PO_* names, serial dates, error values, and checks of conditional formats by
 * a real spreadsheet (each rule's formula written into cells of a copy, which LibreOffice then calculates).
 *
 * The expectations in the tests are computed here from the cells' values, independently of src/core/compute.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatCell, parseRange, quoteSheet, type RangeRef } from "../../src/core/address";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { loadWorkbook, writePlansToXlsx } from "../../src/adapters/xlsx";
import { isErrorValue, type CellValue, type CellWrite, type SheetPlan, type SheetSnapshot, type WorkbookSnapshot } from "../../src/core/workbook";

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `project-office …` in-process with `cwd` as its folder; resolves to the exit code and what it printed. */
export async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { isTTY: false, cwd, out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Like cli(), but a non-zero exit fails the test with what the command printed. */
export async function cliOk(cwd: string, ...argv: string[]): Promise<string> {
  const r = await cli(cwd, ...argv);
  if (r.code !== 0) throw new Error(`project-office ${argv.join(" ")} exited ${r.code}\n${r.out}${r.err}`);
  return r.out;
}

// ---------------------------------------------------------------------------------------------
// Blocks and cells

export interface Block {
  sheet: SheetSnapshot;
  ref: RangeRef;
}

export function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet «${name}» (sheets: ${wb.sheets.map((x) => x.name).join(", ")})`);
  return s;
}

/** The block a PO_* name marks. */
export function block(wb: WorkbookSnapshot, name: string): Block {
  const n = wb.names.find((x) => x.name === name);
  if (!n || n.sheet === undefined || !n.ref) throw new Error(`no name ${name} pointing at a range (names: ${wb.names.map((x) => x.name).join(", ")})`);
  return { sheet: sheetOf(wb, n.sheet), ref: n.ref };
}

export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? "";
}

export function isBlank(v: CellValue): boolean {
  return v === "" || v === null || (typeof v === "string" && v.trim() === "");
}

export function numberOr0(v: CellValue): number {
  return typeof v === "number" ? v : 0;
}

/** Every cell holding an error value, as "Sheet!A1 = #REF!". */
export function errorCells(wb: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const s of wb.sheets) s.values.forEach((row, r) => row.forEach((v, c) => isErrorValue(v) && out.push(`${s.name}!${formatCell({ row: r, col: c })} = ${v}`)));
  return out;
}

/** Every formula of the workbook: "Sheet!A1" → formula text. */
export function formulasOf(wb: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) s.formulas?.forEach((row, r) => row.forEach((f, c) => f && out.set(`${s.name}!${formatCell({ row: r, col: c })}`, f)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates: Excel serials ↔ calendar days

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function serialToYMD(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH + Math.floor(serial) * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function ymdToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY);
}

/** The last day of the serial's month (EOMONTH(x, 0)). */
export function endOfMonth(serial: number): number {
  const { year, month } = serialToYMD(serial);
  return ymdToSerial(year, month + 1, 0);
}

/** Today as the spreadsheet's TODAY() gives it (the local calendar day). */
export function todaySerial(now = new Date()): number {
  return ymdToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// ---------------------------------------------------------------------------------------------
// Conditional formats, evaluated by the spreadsheet

export interface CfRule {
  /** 0-based order on the sheet (priority) */
  index: number;
  ref: RangeRef;
  formula: string;
  /** "#RRGGBB" or undefined */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** the sheet holding the rule's value for each cell of ref, at the same addresses */
  checkSheet: string;
}

/** A formula relative to `ref`'s top-left cell, moved to (row, col) and pointing into `sheet` from another sheet. */
export function shiftFormula(formula: string, dRow: number, dCol: number, sheet: string): string {
  const prefix = `${quoteSheet(sheet)}!`;
  let out = "";
  let i = 0;
  const f = formula.replace(/^=/, "");
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      const j = f.indexOf('"', i + 1);
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/.exec(f.slice(i));
    const prev = i > 0 ? f[i - 1] : "";
    if (m && !/[\w.!'$]/.test(prev)) {
      const [, colAbs, letters, rowAbs, digits] = m;
      const col = parseRange(`${letters}1`).left + (colAbs ? 0 : dCol);
      const row = Number(digits) - 1 + (rowAbs ? 0 : dRow);
      const cell = formatCell({ row, col });
      const colPart = cell.replace(/\d+$/, "");
      out += `${prefix}${colAbs}${colPart}${rowAbs}${row + 1}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return `=${out}`;
}

function hex(argb: string | undefined): string | undefined {
  return argb ? `#${argb.replace(/^#/, "").slice(-6).toUpperCase()}` : undefined;
}

/**
 * Writes a copy of `file` with one extra sheet per conditional format rule of `sheet`: the rule's formula in
 * every cell of its range (at the same addresses), so that a recalculation shows where the rule applies.
 */
export async function withRuleCells(file: string, sheet: string, out: string): Promise<CfRule[]> {
  const wb = await loadWorkbook(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? [];
  const rules: CfRule[] = [];
  const plans: SheetPlan[] = [];
  for (const cf of cfs) {
    for (const rule of cf.rules) {
      const index = rules.length;
      const ref = parseRange(cf.ref.split(/\s+/)[0]);
      const formula = String(((rule.formulae as string[] | undefined) ?? [])[0] ?? "");
      const style = (rule.style ?? {}) as { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } };
      const checkSheet = `_cf${index + 1}`;
      rules.push({ index, ref, formula, fill: hex(style.fill?.bgColor?.argb), fontColor: hex(style.font?.color?.argb), bold: style.font?.bold, checkSheet });
      const cells: CellWrite[] = [];
      for (let r = ref.top; r <= ref.bottom; r++) for (let c = ref.left; c <= ref.right; c++) cells.push({ row: r, col: c, formula: shiftFormula(formula, r - ref.top, c - ref.left, sheet) });
      plans.push({ sheet: checkSheet, create: true, cells });
    }
  }
  await writePlansToXlsx(plans, { base: file, out });
  return rules;
}
