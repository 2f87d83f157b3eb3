import type { Passport, TextCell } from "../../model";

/** The start and end cells of every stage and control point, in table order: what the date rules read. */
export function stageDateCells(doc: Passport): TextCell[] {
  const out: TextCell[] = [];
  for (const s of doc.stages?.stages ?? []) for (const item of [s, ...s.controlPoints]) for (const c of [item.start, item.end]) if (c) out.push(c);
  return out;
}
