/** What a fake cell holds: content (a value or formula) and format, and a deep copy of it. */
import type { FakeCell, FakeEdge } from "./model";

export function hasContent(c: FakeCell): boolean {
  return c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== "");
}

export function hasFormat(c: FakeCell): boolean {
  return c.numberFormat !== undefined || c.fill !== undefined || c.font !== undefined || c.wrap !== undefined || c.hAlign !== undefined || c.vAlign !== undefined || c.borders !== undefined;
}

export function cloneCell(c: FakeCell): FakeCell {
  const out: FakeCell = { ...c };
  if (c.font) out.font = { ...c.font };
  if (c.borders) {
    out.borders = {};
    for (const [e, b] of Object.entries(c.borders)) out.borders[e as FakeEdge] = { ...b! };
  }
  return out;
}
