/** Merged cells: new merges replace the old ones they overlap, as in Excel. */
import type ExcelJS from "exceljs";
import type { RangeRef } from "../../../core/address";
import { overlaps, same } from "./ranges";

interface MergeInternals {
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

function existingMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  return Object.values((ws as unknown as MergeInternals)._merges ?? {}).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

export function applyMerges(ws: ExcelJS.Worksheet, merges: RangeRef[]): void {
  for (const m of merges) {
    const current = existingMerges(ws);
    if (current.some((e) => same(e, m))) continue;
    // As Excel does when merging over merged cells: the old merges inside give way.
    for (const e of current) if (overlaps(e, m)) ws.unMergeCells(e.top + 1, e.left + 1, e.bottom + 1, e.right + 1);
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
}
