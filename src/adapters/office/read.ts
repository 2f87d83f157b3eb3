/**
 * readWorkbook: the whole workbook as a WorkbookSnapshot, in as few round trips as Office.js allows.
 *
 * Round trips (context.sync calls). A read is made of phases, each one sync:
 * - "list": the sheet list and the workbook's names, plus every sheet named in the hint (`sheetNames` or `only`).
 *   Office.js cannot ask for a sheet's used range before it knows the sheet, and the sheet list is only known
 *   after a sync, so an unknown workbook needs a second phase:
 * - "sheets": every listed sheet the hint did not name.
 *   For each sheet: its used range (values, formulas, number formats, address), merged areas, name,
 *   visibility, protection, sheet names and chart names (SheetSnapshot.charts, only when some).
 * So: no hint 2 syncs; a correct hint 1; a hint missing new sheets 2; a hint naming a sheet that is gone 1 failed
 * + 2 (it starts over without the hint); `only` 1 (a missing sheet rejects with ItemNotFound).
 * Merged areas (ExcelApi 1.13) are asked per used range in the same phases; `getMergedAreasOrNullObject` fails over
 * 512 merged areas, and then the phase is asked again without them and the merged areas sheet by sheet, each in a
 * request of its own whose failure leaves that sheet without merges (readMerges): the read never fails for them.
 *
 * Large workbooks. Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded).
 * - "auto" (default): the phases above carry the cells. If Excel refuses a phase for its size, that
 *   phase alone is asked again with the used ranges' addresses only (what earlier phases returned is
 *   kept: the sheet list is not read twice), and the rows are then read in chunks. No hint:
 *   list 1 + refused 1 + addresses 1 + chunks. Correct hint or `only`: refused 1 + list with addresses 1
 *   + chunks. A sheet whose values come back null (over Excel's cell limit) is chunked without a refusal.
 * - `chunked: true`: the phases load addresses only, then the chunks: 1 + chunks with a correct hint,
 *   2 + chunks without. Pass it when the previous read of the workbook was chunked (`nextReadOptions`):
 *   it saves the refused try, whose response Excel builds in full before refusing it.
 * - `chunked: false`: one data read whatever the size; a refusal rejects.
 * Chunks: rows are read in chunks, one sync each, sized so that a response stays under `budgetBytes` (4 MB by
 * default; the 5 MB cap leaves room for error). The first chunk sync is a probe: every sheet to chunk gets a share
 * of it sized for long text (about 1,000 Cyrillic letters a cell), small sheets first, so that several small sheets
 * come whole in one sync; later chunks are sized from the bytes each sheet's last chunk measured. Excel does not say
 * by how much a refused response was over, so the refused rows are then asked for a quarter at a time until read.
 * Measured with the fake (5 MB cap): a 100,000 × 7 sheet of short texts (29 MB) is 9 chunks; 20,000 × 5 cells of
 * 400 Cyrillic letters (152 MB with formulas) 43 chunks, no refusal.
 */
import { type RangeRef } from "../../core/address";
import { RANGE_READ_CELLS_MAX } from "../../core/excelLimits";
import type { CellValue, NameSnapshot, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../../core/workbook";
import { DEFAULT_PAYLOAD_BUDGET, SyncCounter, addressRef, errorCode, errorLocation, excelApi, isSizeRefusal, jsonBytes, resolveSupports } from "./common";
import type { ExcelRun, OfficeOptions, Supports } from "./common";

export interface ReadOptions extends OfficeOptions {
  /** The sheet names expected (e.g. from the previous snapshot): when right, the read takes 1 sync. */
  sheetNames?: string[];
  /** Read range.formulas (default true). */
  formulas?: boolean;
  /** Read range.numberFormat (default true). */
  numberFormats?: boolean;
  /**
   * false: one data sync whatever the size. true: addresses first, then rows in chunks (no doomed
   * one-shot try: pass it when the last read of this workbook was chunked, see nextReadOptions).
   * "auto" (default): one data sync; if Excel refuses the payload size, the rest in chunks.
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
  /** chunk syncs among them (0 when not chunked; refused chunks not counted) */
  chunks: number;
  /** syncs Excel refused as too large (the one-shot try and chunks), counted in `syncs` */
  refusals: number;
  /** workbook structure protection (ExcelApi 1.7): no sheet can be added, hidden or deleted */
  structureProtected?: boolean;
  /** sheets whose merged areas Excel would not list (over 512 in the used range): their snapshot has no merges */
  mergesUnread?: string[];
}

/** Excel refuses to read more than 5,000,000 cells in one range (core/excelLimits.ts, with its sources). A chunk never asks for more. */
export const MAX_READ_CELLS = RANGE_READ_CELLS_MAX;

/** Excel refused a read for its size: the payload (5 MB on the web) or the cell count (5,000,000). */
function isTooLargeToRead(e: unknown): boolean {
  return isSizeRefusal(e) || errorCode(e) === "RangeExceedsLimit";
}

/**
 * Merged areas of the sheets whose phase could not list them, each sheet in a request of its own:
 * `getMergedAreasOrNullObject` (ExcelApi 1.13) "will fail to return the result" when a range holds more than 512 merged
 * areas ([Api set] note in @types/office-js), and a failed request delivers nothing. Asked per used range (formats
 * included). The sheets Excel still refuses are returned; their snapshot has no merges.
 */
async function readMerges(ctx: Excel.RequestContext, counter: SyncCounter, structure: Structure): Promise<string[]> {
  const unread: string[] = [];
  for (const s of structure.sheets.filter((x) => x.asked)) {
    const areas = ctx.workbook.worksheets.getItem(s.name).getUsedRange(false).getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    try {
      await counter.sync(ctx);
      s.merges = areas.isNullObject ? [] : areas.areas.items.map((a) => addressRef(a.address));
    } catch {
      unread.push(s.name);
    }
  }
  return unread;
}

/**
 * What to pass to the next readWorkbook of the same workbook (the next command of the session):
 * the sheet names (1 sync instead of 2 while they stay right; a stale list costs 1 failed sync) and
 * `chunked: true` when this read was chunked in more than one piece or had its one-shot try refused,
 * so that the next read does not repeat the doomed try. A workbook that shrank back goes "auto" again.
 */
export function nextReadOptions(last: ReadResult): Pick<ReadOptions, "sheetNames" | "chunked"> {
  return {
    sheetNames: last.snapshot.sheets.map((s) => s.name),
    chunked: last.chunks > 1 || (last.chunks > 0 && last.refusals > 0) ? true : "auto",
  };
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

interface SheetHandles {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** the used range's cells were asked for (else its address only) */
  withData: boolean;
  merged?: Excel.RangeAreas;
  names?: Excel.NamedItemCollection;
  charts: Excel.ChartCollection;
}

interface Structure {
  sheets: { name: string; visibility: SheetVisibility; protected: boolean; used: RangeRef | null; merges: RangeRef[]; names: NameSnapshot[]; charts: string[]; data?: Grids; asked?: boolean }[];
  workbookNames: NameSnapshot[];
}

interface Grids {
  values: CellValue[][];
  formulas?: unknown[][];
  numberFormats?: string[][];
}

/** What each sheet phase loads. */
interface Want {
  supports: Supports;
  /** ask merged areas in the phases (turned off after Excel refused them: see readMerges) */
  merges: boolean;
  formulas: boolean;
  formats: boolean;
}

/** The "list" phase's answer, and the sheets read so far (by lower-case name). */
interface Listing {
  sheets: { name: string; id: string }[];
  workbookNames: NameSnapshot[];
  handles: Map<string, SheetHandles>;
  structureProtected: boolean;
}

const key = (name: string) => name.toLocaleLowerCase();

export async function readWorkbook(run: ExcelRun, options: ReadOptions = {}): Promise<ReadResult> {
  const supports = resolveSupports(options.supports);
  const want: Want = { supports, merges: excelApi(supports, "1.13"), formulas: options.formulas !== false, formats: options.numberFormats !== false };
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const mode = options.chunked ?? "auto";
  return run(async (ctx) => {
    const counter = new SyncCounter();
    let withData = mode !== true;
    let refusals = 0;
    // One phase, with the cells while they are wanted. When Excel refuses its size ("auto"), this
    // phase alone is asked again with addresses only, and so are the phases after it.
    const sized = async <T>(fn: (data: boolean) => Promise<T>): Promise<T> => {
      if (!withData) return fn(false);
      try {
        return await fn(true);
      } catch (e) {
        if (mode !== "auto" || !isTooLargeToRead(e)) throw e;
        refusals++;
        withData = false;
        return fn(false);
      }
    };
    // Merged areas that Excel will not list (over 512) fail the phase: ask it again without them.
    let mergesDropped = false;
    const phase = async <T>(fn: (data: boolean) => Promise<T>): Promise<T> => {
      try {
        return await sized(fn);
      } catch (e) {
        if (!want.merges || !/getMergedAreas/i.test(errorLocation(e))) throw e;
        want.merges = false;
        mergesDropped = true;
        return sized(fn);
      }
    };

    const hint = options.only ?? (options.sheetNames?.length ? options.sheetNames : []);
    let listing: Listing;
    try {
      listing = await phase((data) => listPhase(ctx, counter, want, hint, data));
    } catch (e) {
      if (options.only || !hint.length || errorCode(e) !== "ItemNotFound") throw e;
      // a hinted sheet is gone: start over from the sheet list
      listing = await phase((data) => listPhase(ctx, counter, want, [], data));
    }
    if (!options.only) {
      const missing = listing.sheets.filter((s) => !listing.handles.has(key(s.name)));
      if (missing.length) {
        const more = await phase((data) => sheetsPhase(ctx, counter, want, missing, data));
        for (const [k, h] of more) listing.handles.set(k, h);
      }
    }
    const structure = assemble(listing, want, mode === false);
    const chunked = await readChunks(ctx, counter, structure, budget, want.formulas, want.formats);
    const mergesUnread = mergesDropped ? await readMerges(ctx, counter, structure) : [];
    return {
      snapshot: buildSnapshot(structure, want.formulas, want.formats),
      syncs: counter.count,
      chunks: chunked.chunks,
      refusals: refusals + chunked.refusals,
      structureProtected: listing.structureProtected,
      ...(mergesUnread.length ? { mergesUnread } : {}),
    };
  });
}

/** Queues what one sheet needs. `withData`: the used range's cells too, else its address only. */
function queueSheet(ws: Excel.Worksheet, name: string, want: Want, withData: boolean): SheetHandles {
  const { supports } = want;
  ws.load("name,visibility");
  ws.protection.load("protected");
  const used = ws.getUsedRangeOrNullObject(true);
  const props = ["address"];
  if (withData) {
    props.push("values");
    if (want.formulas) props.push("formulas");
    if (want.formats) props.push("numberFormat");
  }
  used.load(props.join(","));
  let merged: Excel.RangeAreas | undefined;
  if (want.merges) {
    merged = ws.getUsedRange(false).getMergedAreasOrNullObject();
    merged.load("areas/items/address");
  }
  const names = ws.names;
  names.load(excelApi(supports, "1.7") ? "items/name,items/formula" : "items/name,items/value,items/type");
  // chart names (ExcelApi 1.1): compute replaces its own chart by name
  const charts = ws.charts;
  charts.load("items/name");
  return { name, ws, used, withData, merged, names, charts };
}

/** Phase "list" (1 sync): the sheet list, the workbook's names and the hinted sheets. */
async function listPhase(ctx: Excel.RequestContext, counter: SyncCounter, want: Want, hint: string[], withData: boolean): Promise<Listing> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const wbNames = ctx.workbook.names;
  wbNames.load(excelApi(want.supports, "1.7") ? "items/name,items/formula" : "items/name,items/value,items/type");
  const handles = new Map<string, SheetHandles>();
  for (const name of hint) handles.set(key(name), queueSheet(worksheets.getItem(name), name, want, withData));
  const protection = excelApi(want.supports, "1.7") ? ctx.workbook.protection.load("protected") : undefined;
  await counter.sync(ctx);
  return { sheets: worksheets.items.map((w) => ({ name: w.name, id: w.id })), workbookNames: readNames(wbNames, want.supports), handles, structureProtected: protection?.protected === true };
}

/** Phase "sheets" (1 sync): sheets known from the list phase. */
async function sheetsPhase(ctx: Excel.RequestContext, counter: SyncCounter, want: Want, sheets: { name: string; id: string }[], withData: boolean): Promise<Map<string, SheetHandles>> {
  const worksheets = ctx.workbook.worksheets;
  const handles = new Map<string, SheetHandles>();
  for (const s of sheets) handles.set(key(s.name), queueSheet(worksheets.getItem(s.id), s.name, want, withData));
  await counter.sync(ctx);
  return handles;
}

/** The loaded phases as a Structure. Sheets left without `data` are read in chunks. */
function assemble(listing: Listing, want: Want, strict: boolean): Structure {
  const structure: Structure = { sheets: [], workbookNames: listing.workbookNames };
  for (const s of listing.sheets) {
    const h = listing.handles.get(key(s.name));
    if (!h) {
      // not asked for (`only`): the name, nothing else
      structure.sheets.push({ name: s.name, visibility: "visible", protected: false, used: null, merges: [], names: [], charts: [] });
      continue;
    }
    const used = h.used.isNullObject ? null : addressRef(h.used.address);
    const sheet: Structure["sheets"][number] = {
      name: h.ws.name,
      visibility: VISIBILITY[h.ws.visibility] ?? "visible",
      protected: h.ws.protection.protected,
      used,
      merges: h.merged && !h.merged.isNullObject ? h.merged.areas.items.map((a) => addressRef(a.address)) : [],
      names: h.names ? readNames(h.names, want.supports) : [],
      charts: h.charts.items.map((c) => c.name),
      asked: !h.merged,
    };
    if (h.withData && used) {
      if (Array.isArray(h.used.values)) {
        sheet.data = { values: h.used.values as CellValue[][] };
        if (want.formulas) sheet.data.formulas = h.used.formulas;
        if (want.formats) sheet.data.numberFormats = h.used.numberFormat as string[][];
      } else if (strict) {
        // Excel may answer null instead of failing when a range is over its cell limit
        throw Object.assign(new Error("range too large to read at once"), { code: "ResponsePayloadSizeLimitExceeded" });
      } // else: no data, read in chunks
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

/** A sheet's first chunk assumes this many bytes a cell: about 1,000 Cyrillic letters in values and as many in formulas. */
const PROBE_BYTES_PER_VALUE = 2048;
/** A sheet's chunk holds at most this many times the cells measured so far for it (a tiny first sample is not trusted with the whole budget). */
const GROWTH = 128;
/** Margin on the measured size (rows are uneven). */
const MARGIN = 1.04;

/**
 * Reads the used ranges of the sheets that have no data yet, row by row in chunks (one sync each).
 * Each sheet starts with a cautious probe; later chunks are sized from the bytes its last chunk
 * measured (the whole chunk or its last eighth of rows, whichever is larger per cell, so that rows
 * growing longer are seen before they are asked for). Excel does not say by how much a refused
 * response was over, so after a refusal the refused rows are asked for in quarters until they are read.
 */
async function readChunks(ctx: Excel.RequestContext, counter: SyncCounter, structure: Structure, budget: number, formulas: boolean, formats: boolean): Promise<{ chunks: number; refusals: number }> {
  interface Job {
    sheet: Structure["sheets"][number];
    nextRow: number; // offset within the used range
    bytesPerCell: number; // the estimate the next chunk is sized with
    measuredCells: number; // cells read so far (0: the next chunk is the probe)
    maxRows: number; // after a refusal: at most this many rows a chunk…
    maxRowsUntil: number; // …until nextRow reaches this
  }
  const probe = PROBE_BYTES_PER_VALUE * (1 + (formulas ? 1 : 0)) + (formats ? 32 : 0);
  const jobs: Job[] = structure.sheets
    .filter((s) => s.used && !s.data)
    .map((s) => {
      s.data = { values: [] };
      if (formulas) s.data.formulas = [];
      if (formats) s.data.numberFormats = [];
      return { sheet: s, nextRow: 0, bytesPerCell: probe, measuredCells: 0, maxRows: Infinity, maxRowsUntil: 0 };
    });
  const sizeOf = (r: Excel.Range, from: number) =>
    jsonBytes((r.values as unknown[][]).slice(from)) + (formulas ? jsonBytes(r.formulas.slice(from)) : 0) + (formats ? jsonBytes((r.numberFormat as unknown[][]).slice(from)) : 0);
  let chunks = 0;
  let refusals = 0;
  while (jobs.some((j) => j.nextRow < rows(j.sheet.used!))) {
    let room = budget * 0.95;
    const requests: { job: Job; start: number; count: number; range: Excel.Range }[] = [];
    // Probes first, smallest sheet first, each with an equal share of what is left (so that every
    // sheet is measured in the first chunk sync); then the measured sheets in order.
    const pending = jobs.filter((j) => j.nextRow < rows(j.sheet.used!));
    const probes = pending.filter((j) => j.measuredCells === 0).sort((a, b) => cellCount(a.sheet.used!) - cellCount(b.sheet.used!));
    let probesLeft = probes.length;
    for (const job of [...probes, ...pending.filter((j) => j.measuredCells > 0)]) {
      if (room <= 0) break;
      const used = job.sheet.used!;
      const left = rows(used) - job.nextRow;
      const cols = used.right - used.left + 1;
      const rowBytes = Math.max(1, cols * job.bytesPerCell);
      const share = job.measuredCells === 0 ? room / probesLeft-- : room;
      let count = Math.min(left, Math.max(1, Math.floor(share / rowBytes)));
      if (job.measuredCells > 0) count = Math.min(count, Math.max(1, Math.floor((job.measuredCells * GROWTH) / cols)));
      if (job.nextRow < job.maxRowsUntil) count = Math.min(count, job.maxRows);
      count = Math.min(count, Math.max(1, Math.floor(MAX_READ_CELLS / cols)));
      const ws = ctx.workbook.worksheets.getItem(job.sheet.name);
      const range = ws.getRangeByIndexes(used.top + job.nextRow, used.left, count, cols);
      range.load(["values", ...(formulas ? ["formulas"] : []), ...(formats ? ["numberFormat"] : [])]);
      requests.push({ job, start: job.nextRow, count, range });
      room -= count * rowBytes;
    }
    try {
      await counter.sync(ctx);
    } catch (e) {
      const code = errorCode(e);
      if ((code !== "ResponsePayloadSizeLimitExceeded" && code !== "RangeExceedsLimit") || requests.every((r) => r.count === 1)) throw e;
      refusals++;
      // somewhere in these rows the cells are longer than thought: a quarter of them at a time until they are read
      for (const r of requests) {
        r.job.maxRows = Math.max(1, Math.floor(r.count / 4));
        r.job.maxRowsUntil = r.start + r.count;
      }
      continue;
    }
    chunks++;
    for (const r of requests) {
      const values = r.range.values as CellValue[][];
      const data = r.job.sheet.data!;
      append(data.values, values);
      if (formulas) append(data.formulas!, r.range.formulas);
      if (formats) append(data.numberFormats!, r.range.numberFormat as string[][]);
      r.job.nextRow += r.count;
      // learn this sheet's size per cell from what came back
      const cols = values[0]?.length ?? 0;
      if (values.length && cols) {
        const tail = values.length - Math.max(1, Math.ceil(values.length / 8));
        const perCell = Math.max(sizeOf(r.range, 0) / (values.length * cols), sizeOf(r.range, tail) / ((values.length - tail) * cols));
        r.job.bytesPerCell = Math.max(4, perCell * MARGIN);
        r.job.measuredCells += values.length * cols;
      }
    }
  }
  return { chunks, refusals };
}

const rows = (r: RangeRef) => r.bottom - r.top + 1;
const cellCount = (r: RangeRef) => rows(r) * (r.right - r.left + 1);

/** push(...rows) without spreading (a chunk of a narrow sheet can have more rows than a call takes arguments) */
function append<T>(into: T[], rows: T[]): void {
  for (const row of rows) into.push(row);
}

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
