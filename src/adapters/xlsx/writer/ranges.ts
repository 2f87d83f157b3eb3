/** Range and sheet-name arithmetic the writer's parts share. */
import type { RangeRef } from "../../../core/address";

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function same(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** a minus b as up to four rectangles: the rows above and below b, then the columns left and right of it. */
export function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  const out: RangeRef[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** The sheet's name as the workbook spells it. */
export function actualSheetName(sheets: readonly string[], name: string): string {
  return sheets.find((s) => sameSheetName(s, name)) ?? name;
}
