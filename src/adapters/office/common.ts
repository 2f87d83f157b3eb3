/**
 * Shared pieces of the Office.js adapter. The `Excel` global is never touched here: callers pass
 * `Excel.run` (or the fake's `run`) in, and requirement sets are asked through `supports`.
 */
import { parseRange, type RangeRef } from "../../core/address";
import { utf8Length } from "../../core/utf8";
export { utf8Length };

/** Excel.run's shape. Pass `Excel.run` (or `(batch) => Excel.run(batch)`) or the fake's `run`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported, injectable so tests can switch API sets off. */
export type Supports = (set: string, version: string) => boolean;

export interface OfficeOptions {
  /** Defaults to Office.context.requirements.isSetSupported when Office is loaded, else "everything supported". */
  supports?: Supports;
}

export function resolveSupports(s?: Supports): Supports {
  if (s) return s;
  return (set, version) => {
    try {
      if (typeof Office !== "undefined" && Office.context?.requirements) return Office.context.requirements.isSetSupported(set, version);
    } catch {
      /* Office not initialised: assume the newest API */
    }
    return true;
  };
}

export const excelApi = (supports: Supports, version: string) => supports("ExcelApi", version);

/** A sheet name as Excel writes it in a reference: the core's quoteSheet. */
export { quoteSheet as sheetPrefix } from "../../core/address";

/** A programming or host error from Office.js: `code` as in Excel.ErrorCodes. */
export function errorCode(e: unknown): string | undefined {
  return e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** Excel refused a round trip for the size of its request or of its answer (Excel on the web: 5 MB each). */
export function isSizeRefusal(e: unknown): boolean {
  const code = errorCode(e);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

export function errorLocation(e: unknown): string {
  const d = e && typeof e === "object" ? (e as { debugInfo?: { errorLocation?: string } }).debugInfo : undefined;
  return d?.errorLocation ?? "";
}

/** Counts round trips of one Excel.run. */
export class SyncCounter {
  count = 0;
  async sync(ctx: Excel.RequestContext): Promise<void> {
    this.count++;
    await ctx.sync();
  }
}

/** "Sheet1!B2:D10", "'Мой лист'!A1" → rectangle (0-based). */
export function addressRef(address: string): RangeRef {
  const r = parseRange(address);
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}

/** Requests and responses are kept under this (Excel on the web rejects above 5 MB). */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/**
 * Splits a set of cells into rectangles of named cells only: runs along each row, then runs of rows
 * with the same column span are stacked. Returns rectangles in row-major order.
 */
export function rectangles(cells: { row: number; col: number }[]): RangeRef[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = byRow.get(row);
    if (list) list.push(col);
    else byRow.set(row, [col]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, RangeRef>();
  const out: RangeRef[] = [];
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [l, r] of runs) {
      const k = `${l}:${r}`;
      seen.add(k);
      const rect = open.get(k);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) out.push(rect);
        const fresh = { top: row, left: l, bottom: row, right: r };
        open.set(k, fresh);
      }
    }
    for (const [k, rect] of open)
      if (!seen.has(k) && rect.bottom < row) {
        out.push(rect);
        open.delete(k);
      }
  }
  out.push(...open.values());
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
