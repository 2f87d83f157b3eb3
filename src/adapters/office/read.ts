/**
 * readWorkbook: the whole workbook as a WorkbookSnapshot, in as few round trips as Office.js allows.
 *
 * Round trips (context.sync calls):
 * - Office.js cannot ask for a sheet's used range before it knows the sheet, and the sheet list is
 *   only known after a sync. So an unknown workbook costs 2 syncs: (1) the sheet list and the
 *   workbook's names, (2) every sheet's used range (values, formulas, number formats, address),
 *   merged areas, sheet names, visibility, protection and chart names (SheetSnapshot.charts, only when some).
 * - With `sheetNames` (e.g. the names from the previous read) everything is asked in 1 sync. If the
 *   workbook gained sheets, a 2nd sync reads them; if a named sheet is gone, the read starts over
 *   without the hint (1 failed + 2 syncs).
 * - Chunked (`chunked: true`, or "auto" after Excel refused an oversized response): the structure
 *   sync(s) above load each used range's address only; then rows are read in chunks, each chunk in
 *   its own sync so that no response exceeds `budgetBytes` (4 MB by default; Excel on the web refuses
 *   5 MB). Count = structure syncs (1 with a correct hint, else 2) + chunk syncs; a 100,000 × 7 sheet
 *   of short texts is about 7–9 chunks. Several small sheets share one chunk sync.
 */
import { type RangeRef } from "../../core/address";
import type { CellValue, NameSnapshot, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../../core/workbook";
import { DEFAULT_PAYLOAD_BUDGET, SyncCounter, addressRef, errorCode, excelApi, jsonBytes, resolveSupports, type ExcelRun, type OfficeOptions } from "./common";

export interface ReadOptions extends OfficeOptions {
  /** The sheet names expected (e.g. from the previous snapshot): when right, the read takes 1 sync. */
  sheetNames?: string[];
  /** Read range.formulas (default true). */
  formulas?: boolean;
  /** Read range.numberFormat (default true). */
  numberFormats?: boolean;
  /**
   * false: one data sync whatever the size. true: addresses first, then rows in chunks.
   * "auto" (default): one data sync; if Excel refuses the payload size, read again in chunks.
   */
  chunked?: boolean | "auto";
  /** Largest response a chunk may produce (UTF-8 bytes of JSON). Default 4,000,000. */
  budgetBytes?: number;
  /**
   * Read only these sheets (1 sync, not chunked further than `chunked` says): every other sheet is in the
   * snapshot by name only, with no cells, names or charts, visible and unprotected as far as it says. A sheet of
   * the list that does not exist rejects with ItemNotFound. For a command about one sheet (adopting a passport).
   */
  only?: string[];
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** round trips used (failed ones included) */
  syncs: number;
  /** chunk syncs among them (0 when not chunked) */
  chunks: number;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

interface SheetHandles {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  names?: Excel.NamedItemCollection;
  charts: Excel.ChartCollection;
}

interface Structure {
  sheets: { name: string; visibility: SheetVisibility; protected: boolean; used: RangeRef | null; merges: RangeRef[]; names: NameSnapshot[]; charts: string[]; data?: Grids }[];
  workbookNames: NameSnapshot[];
}

interface Grids {
  values: CellValue[][];
  formulas?: unknown[][];
  numberFormats?: string[][];
}

export async function readWorkbook(run: ExcelRun, options: ReadOptions = {}): Promise<ReadResult> {
  const supports = resolveSupports(options.supports);
  const wantFormulas = options.formulas !== false;
  const wantFormats = options.numberFormats !== false;
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const mode = options.chunked ?? "auto";
  return run(async (ctx) => {
    const counter = new SyncCounter();
    const readOnce = async (withData: boolean): Promise<Structure> => {
      if (options.only) return readStructure(ctx, counter, supports, options.only, withData, wantFormulas, wantFormats, true);
      if (options.sheetNames?.length) {
        try {
          return await readStructure(ctx, counter, supports, options.sheetNames, withData, wantFormulas, wantFormats);
        } catch (e) {
          if (errorCode(e) !== "ItemNotFound") throw e;
          // a hinted sheet is gone: start over from the sheet list
        }
      }
      return readStructure(ctx, counter, supports, null, withData, wantFormulas, wantFormats);
    };
    let structure: Structure;
    let chunks = 0;
    if (mode === true) {
      structure = await readOnce(false);
      chunks = await readChunks(ctx, counter, structure, budget, wantFormulas, wantFormats);
    } else {
      try {
        structure = await readOnce(true);
      } catch (e) {
        const code = errorCode(e);
        if (mode !== "auto" || (code !== "ResponsePayloadSizeLimitExceeded" && code !== "RequestPayloadSizeLimitExceeded")) throw e;
        structure = await readOnce(false);
        chunks = await readChunks(ctx, counter, structure, budget, wantFormulas, wantFormats);
      }
    }
    return { snapshot: buildSnapshot(structure, wantFormulas, wantFormats), syncs: counter.count, chunks };
  });
}

/** Queues what one sheet needs. `withData`: the used range's cells too, else its address only. */
function queueSheet(ws: Excel.Worksheet, name: string, supports: (s: string, v: string) => boolean, withData: boolean, formulas: boolean, formats: boolean): SheetHandles {
  ws.load("name,visibility");
  ws.protection.load("protected");
  const used = ws.getUsedRangeOrNullObject(true);
  const props = ["address"];
  if (withData) {
    props.push("values");
    if (formulas) props.push("formulas");
    if (formats) props.push("numberFormat");
  }
  used.load(props.join(","));
  let merged: Excel.RangeAreas | undefined;
  if (excelApi(supports, "1.13")) {
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("areas/items/address");
  }
  const names = ws.names;
  names.load(excelApi(supports, "1.7") ? "items/name,items/formula" : "items/name,items/value,items/type");
  // chart names (ExcelApi 1.1): compute replaces its own chart by name
  const charts = ws.charts;
  charts.load("items/name");
  return { name, ws, used, merged, names, charts };
}

async function readStructure(
  ctx: Excel.RequestContext,
  counter: SyncCounter,
  supports: (s: string, v: string) => boolean,
  hint: string[] | null,
  withData: boolean,
  formulas: boolean,
  formats: boolean,
  onlyHinted = false,
): Promise<Structure> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const wbNames = ctx.workbook.names;
  wbNames.load(excelApi(supports, "1.7") ? "items/name,items/formula" : "items/name,items/value,items/type");
  const handles = new Map<string, SheetHandles>();
  for (const name of hint ?? []) handles.set(name.toLocaleLowerCase(), queueSheet(worksheets.getItem(name), name, supports, withData, formulas, formats));
  await counter.sync(ctx);

  const all = worksheets.items.map((w) => ({ name: w.name, id: w.id }));
  const missing = onlyHinted ? [] : all.filter((s) => !handles.has(s.name.toLocaleLowerCase()));
  if (missing.length) {
    for (const s of missing) handles.set(s.name.toLocaleLowerCase(), queueSheet(worksheets.getItem(s.id), s.name, supports, withData, formulas, formats));
    await counter.sync(ctx);
  }

  const structure: Structure = { sheets: [], workbookNames: readNames(wbNames, supports) };
  for (const s of all) {
    const h = handles.get(s.name.toLocaleLowerCase());
    if (!h) {
      // not asked for (`only`): the name, nothing else
      structure.sheets.push({ name: s.name, visibility: "visible", protected: false, used: null, merges: [], names: [], charts: [] });
      continue;
    }
    const used = h.used.isNullObject ? null : addressRef(h.used.address);
    const merges = h.merged && !h.merged.isNullObject ? h.merged.areas.items.map((a) => addressRef(a.address)) : [];
    const sheet: Structure["sheets"][number] = {
      name: h.ws.name,
      visibility: VISIBILITY[h.ws.visibility] ?? "visible",
      protected: h.ws.protection.protected,
      used,
      merges,
      names: h.names ? readNames(h.names, supports) : [],
      charts: h.charts.items.map((c) => c.name),
    };
    if (withData && used) {
      // Excel may answer null instead of failing when a range is over its cell limit: read in chunks then.
      if (!Array.isArray(h.used.values)) throw Object.assign(new Error("range too large to read at once"), { code: "ResponsePayloadSizeLimitExceeded" });
      sheet.data = { values: h.used.values as CellValue[][] };
      if (formulas) sheet.data.formulas = h.used.formulas;
      if (formats) sheet.data.numberFormats = h.used.numberFormat as string[][];
    }
    structure.sheets.push(sheet);
  }
  return structure;
}

function readNames(coll: Excel.NamedItemCollection, supports: (s: string, v: string) => boolean): NameSnapshot[] {
  const withFormula = excelApi(supports, "1.7");
  return coll.items.map((n) => {
    const formula = withFormula ? n.formula : n.type === "Range" ? `=${n.value}` : `=${JSON.stringify(n.value)}`;
    return nameSnapshot(n.name, String(formula));
  });
}

/** "=Паспорт!$B$3" → sheet + ref; constants and multi-area names keep only the formula. */
export function nameSnapshot(name: string, formula: string): NameSnapshot {
  const text = formula.replace(/^=/, "").trim();
  if (!text.includes("!") || /[,(]/.test(text.replace(/'[^']*'/g, ""))) return { name, formula };
  try {
    const r = addressRefWithSheet(text);
    if (!r.sheet || r.sheet.startsWith("#")) return { name, formula };
    return { name, sheet: r.sheet, ref: { top: r.top, left: r.left, bottom: r.bottom, right: r.right }, formula };
  } catch {
    return { name, formula };
  }
}

function addressRefWithSheet(text: string): RangeRef & { sheet?: string } {
  const bang = text.lastIndexOf("!");
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { ...addressRef(text.slice(bang + 1)), sheet };
}

/** Reads the used ranges row by row in chunks; returns the number of chunk syncs. */
async function readChunks(ctx: Excel.RequestContext, counter: SyncCounter, structure: Structure, budget: number, formulas: boolean, formats: boolean): Promise<number> {
  interface Job {
    sheet: Structure["sheets"][number];
    nextRow: number; // offset within the used range
  }
  const jobs: Job[] = structure.sheets.filter((s) => s.used).map((s) => {
    s.data = { values: [] };
    if (formulas) s.data.formulas = [];
    if (formats) s.data.numberFormats = [];
    return { sheet: s, nextRow: 0 };
  });
  // a cautious first guess (Cyrillic text is 2 bytes a letter); later chunks use the measured size
  const perCellGuess = 28 + (formulas ? 28 : 0) + (formats ? 16 : 0);
  let bytesPerCell = perCellGuess;
  let chunks = 0;
  while (jobs.some((j) => j.nextRow < rows(j.sheet.used!))) {
    let room = budget * 0.95;
    const requests: { job: Job; start: number; count: number; range: Excel.Range }[] = [];
    for (const job of jobs) {
      const used = job.sheet.used!;
      const left = rows(used) - job.nextRow;
      if (left <= 0 || room <= 0) continue;
      const cols = used.right - used.left + 1;
      const rowBytes = Math.max(1, cols * bytesPerCell);
      const count = Math.min(left, Math.max(1, Math.floor(room / rowBytes)));
      const ws = ctx.workbook.worksheets.getItem(job.sheet.name);
      const range = ws.getRangeByIndexes(used.top + job.nextRow, used.left, count, cols);
      range.load(["values", ...(formulas ? ["formulas"] : []), ...(formats ? ["numberFormat"] : [])]);
      requests.push({ job, start: job.nextRow, count, range });
      room -= count * rowBytes;
      if (room < rowBytes) break;
    }
    try {
      await counter.sync(ctx);
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || requests.every((r) => r.count === 1)) throw e;
      bytesPerCell *= 2; // too big after all: ask for half as many rows
      continue;
    }
    chunks++;
    let bytes = 0;
    let cells = 0;
    for (const r of requests) {
      const values = r.range.values as CellValue[][];
      r.job.sheet.data!.values.push(...values);
      if (formulas) r.job.sheet.data!.formulas!.push(...r.range.formulas);
      if (formats) r.job.sheet.data!.numberFormats!.push(...(r.range.numberFormat as string[][]));
      r.job.nextRow += r.count;
      bytes += jsonBytes(values) + (formulas ? jsonBytes(r.range.formulas) : 0) + (formats ? jsonBytes(r.range.numberFormat) : 0);
      cells += values.length * (values[0]?.length ?? 0);
    }
    // learn the real size per cell from what came back (with a margin for uneven rows)
    if (cells > 0) bytesPerCell = Math.max(4, (bytes / cells) * 1.08);
  }
  return chunks;
}

const rows = (r: RangeRef) => r.bottom - r.top + 1;

function buildSnapshot(structure: Structure, wantFormulas: boolean, wantFormats: boolean): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = structure.sheets.map((s) => {
    const snap: SheetSnapshot = {
      name: s.name,
      values: [],
      merges: s.merges,
      visibility: s.visibility,
      protected: s.protected,
    };
    if (s.charts.length) snap.charts = s.charts;
    if (wantFormulas) snap.formulas = [];
    if (wantFormats) snap.numberFormats = [];
    if (!s.used || !s.data) return snap;
    // Anchor at A1: pad the rows and columns before the used range.
    const height = s.used.bottom + 1;
    const width = s.used.right + 1;
    for (let r = 0; r < height; r++) {
      const inRows = r >= s.used.top;
      const src = inRows ? r - s.used.top : -1;
      const vRow: CellValue[] = new Array(width);
      const fRow: (string | null)[] = new Array(width);
      const nRow: string[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const j = c - s.used.left;
        const inside = inRows && j >= 0;
        vRow[c] = inside ? normValue(s.data.values[src]?.[j]) : "";
        if (wantFormulas) {
          const f = inside ? s.data.formulas?.[src]?.[j] : undefined;
          fRow[c] = typeof f === "string" && f.startsWith("=") ? f : null;
        }
        if (wantFormats) nRow[c] = inside ? String(s.data.numberFormats?.[src]?.[j] ?? "General") : "General";
      }
      snap.values.push(vRow);
      if (wantFormulas) snap.formulas!.push(fRow);
      if (wantFormats) snap.numberFormats!.push(nRow);
    }
    return snap;
  });
  return { sheets, names: [...structure.workbookNames, ...structure.sheets.flatMap((s) => s.names)] };
}

function normValue(v: unknown): CellValue {
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
