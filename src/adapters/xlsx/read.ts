/**
 * Node's side of the .xlsx reader: a path or bytes in (read-bytes.ts does the reading, for Node and the
 * browser alike), and the ExcelJS load the writing commands need for a base workbook — after the same
 * checks, so that a file the reader refuses is refused in the same words.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import type { RangeRef } from "../../core/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core/workbook";
import "./exceljs-patches";
import { cannotOpenReason, notFoundReason, READ_REASONS, XlsxReadError } from "./errors";
import { fromFileFormula } from "./formulas";
import { installNameLayer, namesOf, toNameSnapshots } from "./names";
import { readPackage, visibility, type ReadXlsxOptions, type XlsxReadResult } from "./read-bytes";
import { dateToSerial } from "./serial";

export { dateToSerial, type ReadXlsxOptions };

async function toBytes(input: string | Uint8Array): Promise<Uint8Array> {
  if (typeof input !== "string") return input;
  try {
    // synchronous: the file is needed at once and nothing else waits meanwhile; the asynchronous read adds a
    // round trip through libuv's thread pool to every file (about 0.3 ms, more on a busy machine)
    return fs.readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxReadError("notFound", notFoundReason(input), String(e));
    throw new XlsxReadError("cannotOpen", cannotOpenReason(input, code), String(e));
  }
}

/**
 * Reads every worksheet of an .xlsx file (a path or its bytes) with the check path's reader (read-bytes.ts).
 * Rejects with XlsxReadError when the file is not a readable workbook; sheets it could not read are in `skipped`.
 */
export async function readXlsx(input: string | Uint8Array, options: ReadXlsxOptions = {}): Promise<XlsxReadResult> {
  return readPackage(await toBytes(input), options).result;
}

/**
 * Loads a workbook with ExcelJS for writing into it, after the reader has read it (the same checks and the
 * same messages: a file the reader refuses is not loaded). The workbook keeps its defined names exactly as
 * stored when written back (see names.ts).
 */
export async function loadWorkbook(input: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = await toBytes(input);
  const { names } = readPackage(bytes, { formulas: false, numberFormats: false, valuesOnly: true });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    // the reader read the file: ExcelJS cannot make sense of something in it
    throw new XlsxReadError("unreadable", READ_REASONS.unreadable, e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) throw new XlsxReadError("noSheets", READ_REASONS.noSheets);
  installNameLayer(wb, names);
  return wb;
}

/**
 * The snapshot of a workbook in memory: loaded with loadWorkbook (names exactly as stored), or built
 * or loaded with ExcelJS directly (names as ExcelJS keeps them: plain ranges only).
 */
export function snapshotWorkbook(wb: ExcelJS.Workbook, options: ReadXlsxOptions = {}): WorkbookSnapshot {
  const sheets = wb.worksheets.map((ws) => snapshotSheet(ws, options));
  return {
    sheets,
    names: toNameSnapshots(
      namesOf(wb),
      sheets.map((s) => s.name),
    ),
  };
}

// ExcelJS internals used for speed (stable in 4.x): rows and cells as sparse arrays, merges by master.
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}
interface SheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

const T = ExcelJS.ValueType;

function snapshotSheet(ws: ExcelJS.Worksheet, options: ReadXlsxOptions): SheetSnapshot {
  const wantFormulas = options.formulas !== false;
  const wantFormats = options.numberFormats !== false;
  const valuesOnly = options.valuesOnly === true;
  const internals = ws as unknown as SheetInternals;

  const merges: RangeRef[] = Object.values(internals._merges ?? {}).map(({ model: m }) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));

  // Pass 1: the extent.
  let rows = 0;
  let cols = 0;
  for (const m of merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  const rowList = internals._rows ?? [];
  for (let r = 0; r < rowList.length; r++) {
    const row = rowList[r];
    if (!row) continue;
    const cells = (row as unknown as RowInternals)._cells;
    for (let c = cells.length - 1; c >= 0; c--) {
      const cell = cells[c];
      if (!cell) continue;
      if (valuesOnly && (cell.type === T.Null || cell.type === T.Merge)) continue;
      if (c + 1 > cols) cols = c + 1;
      if (r + 1 > rows) rows = r + 1;
      break;
    }
  }
  if (rows === 0 || cols === 0) {
    // An empty sheet reads as A1 alone, as Office's used range gives it.
    rows = 1;
    cols = 1;
  }

  // Pass 2: the grids.
  const values: CellValue[][] = new Array(rows);
  const formulas: (string | null)[][] | undefined = wantFormulas ? new Array(rows) : undefined;
  const numberFormats: string[][] | undefined = wantFormats ? new Array(rows) : undefined;
  for (let r = 0; r < rows; r++) {
    const vr: CellValue[] = new Array(cols).fill("");
    values[r] = vr;
    const fr = formulas ? (formulas[r] = new Array(cols).fill(null)) : undefined;
    const nr = numberFormats ? (numberFormats[r] = new Array(cols).fill("General")) : undefined;
    const row = rowList[r];
    if (!row) continue;
    const cells = (row as unknown as RowInternals)._cells;
    const n = Math.min(cells.length, cols);
    for (let c = 0; c < n; c++) {
      const cell = cells[c];
      if (!cell) continue;
      if (nr) {
        const fmt = cell.numFmt;
        if (fmt) nr[c] = fmt;
      }
      const type = cell.type;
      if (type === T.Null || type === T.Merge) continue;
      if (type === T.Formula) {
        vr[c] = plainValue(cell.result);
        if (fr) {
          const text = cell.formula;
          fr[c] = text ? fromFileFormula(text) : null;
        }
        continue;
      }
      vr[c] = plainValue(cell.value);
    }
  }

  const snapshot: SheetSnapshot = {
    name: ws.name,
    values,
    merges,
    visibility: visibility(ws.state),
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
  };
  if (formulas) snapshot.formulas = formulas;
  if (numberFormats) snapshot.numberFormats = numberFormats;
  return snapshot;
}

/** An ExcelJS value (or formula result) → what Office's range.values gives. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : "#NUM!";
    case "string":
    case "boolean":
      return v;
    case "object":
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : dateToSerial(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
  if (typeof o.error === "string") return o.error;
  if ("formula" in o || "sharedFormula" in o) return plainValue(o.result);
  if ("text" in o) return plainValue(o.text);
  if ("hyperlink" in o) return String(o.hyperlink ?? "");
  return "";
}
