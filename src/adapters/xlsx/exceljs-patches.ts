/**
 * Targeted fixes to ExcelJS 4.4's data validations, applied once when this adapter is loaded.
 *
 * 1. ExcelJS expands every validation range it reads into one entry per cell. A validation over
 *    whole columns (common in real templates: sqref="D2:D1048576") becomes a million entries:
 *    seconds to read, tens of seconds to write. Patched: each range is kept as one entry keyed by
 *    the range ("D2:D1048576"); ExcelJS's writer already writes such a key as its own sqref.
 * 2. When writing, ExcelJS squeezes per-cell entries back into ranges after sorting addresses as
 *    strings ("A10" < "A9"), which yields overlapping ranges (A10:A11 and A9:A11). Patched: per-cell
 *    entries are first gathered into disjoint rectangles, so ExcelJS has nothing left to squeeze.
 *
 * The cost: worksheet.dataValidations.find("B5") (ExcelJS's per-cell lookup) does not see a rule
 * read as part of a range. The adapter does not use it. If ExcelJS's internals are not where this
 * expects them (another version), nothing is patched.
 */
import { columnLetter, formatRange, parseCell, parseRange, type RangeRef } from "../../core/address";

interface XformProto {
  parseClose(this: XformState, name: string): boolean;
  render(this: XformState, xmlStream: unknown, model: Record<string, unknown>): void;
  __poPatched?: boolean;
}
interface XformState {
  model: Record<string, unknown>;
  _address?: string;
  _dataValidation?: { formulae?: unknown[]; operator?: unknown };
}

/** Per-cell entries ("B5") gathered into disjoint rectangles of equal rules; range entries are kept. */
export function compactValidations(model: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const cells = new Map<string, { row: number; col: number; rule: unknown; key: string }>();
  for (const [address, rule] of Object.entries(model)) {
    if (rule === undefined) continue;
    const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
    if (!m) {
      out[address] = rule;
      continue;
    }
    const { row, col } = parseCell(address);
    cells.set(`${row},${col}`, { row, col, rule, key: JSON.stringify(rule) });
  }
  const order = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const taken = new Set<string>();
  const free = (row: number, col: number, key: string): boolean => {
    const id = `${row},${col}`;
    return !taken.has(id) && cells.get(id)?.key === key;
  };
  for (const c of order) {
    if (taken.has(`${c.row},${c.col}`)) continue;
    let right = c.col;
    while (free(c.row, right + 1, c.key)) right++;
    let bottom = c.row;
    for (;;) {
      let all = true;
      for (let col = c.col; col <= right && all; col++) all = free(bottom + 1, col, c.key);
      if (!all) break;
      bottom++;
    }
    for (let row = c.row; row <= bottom; row++) for (let col = c.col; col <= right; col++) taken.add(`${row},${col}`);
    const r: RangeRef = { top: c.row, left: c.col, bottom, right };
    out[formatRange(r)] = c.rule;
  }
  return out;
}

function patchDataValidations(): void {
  let Xform: { prototype: XformProto } | undefined;
  try {
    // an ExcelJS internal without typings, loaded only if it is there (hence require, not import)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Xform = require("exceljs/lib/xlsx/xform/sheet/data-validations-xform.js");
  } catch {
    return;
  }
  const proto = Xform?.prototype;
  if (!proto || typeof proto.parseClose !== "function" || typeof proto.render !== "function" || proto.__poPatched) return;

  const originalParseClose = proto.parseClose;
  proto.parseClose = function parseClose(this: XformState, name: string): boolean {
    if (name !== "dataValidation" || typeof this._address !== "string" || !this._dataValidation) return originalParseClose.call(this, name);
    const dv = this._dataValidation;
    if (!dv.formulae || !dv.formulae.length) {
      delete dv.formulae;
      delete dv.operator;
    }
    for (const addr of this._address.split(/\s+/).filter(Boolean)) {
      let key = addr;
      try {
        const r = parseRange(addr);
        key = r.top === r.bottom && r.left === r.right ? `${columnLetter(r.left)}${r.top + 1}` : formatRange(r);
      } catch {
        /* keep the text as it was */
      }
      this.model[key] = dv;
    }
    return true;
  };

  const originalRender = proto.render;
  proto.render = function render(this: XformState, xmlStream: unknown, model: Record<string, unknown>): void {
    return originalRender.call(this, xmlStream, model ? compactValidations(model) : model);
  };
  proto.__poPatched = true;
}

patchDataValidations();
