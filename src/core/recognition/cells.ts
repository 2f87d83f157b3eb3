/**
 * Cell readers every recogniser shares (plan, calendar plan, passport blocks): a number cell, a cell of
 * people, a dash that means "nobody". Recognisers import these, never one another.
 */
import type { NumberCell, PeopleCell, TextCell } from "../model";
import { parseNumber } from "../numbers";
import { valueText, type Grid } from "./grid";
import { parsePeople } from "./people";

export function numberCell(grid: Grid, r: number, col: number | undefined): NumberCell | undefined {
  if (col === undefined || col < 0) return undefined;
  const raw = grid.value(r, col);
  if (typeof raw === "number") {
    // the common case, built directly: thousands of these, one object shape
    return { row: r, col, raw, text: valueText(raw), number: parseNumber(raw, grid.numberFormat(r, col)) };
  }
  const cell = grid.cell(r, col);
  if (!cell) return undefined;
  const out: NumberCell = { row: cell.row, col: cell.col, raw: cell.raw, text: cell.text, number: parseNumber(cell.raw, grid.numberFormat(r, col)) };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.also !== undefined) out.also = cell.also;
  return out;
}

/** «-», «–», «—»: written for "nobody", "nothing". */
const DASHES_ONLY = /^[\s\-‐‑‒–—―−]+$/;

export function isDashOnly(text: string): boolean {
  return DASHES_ONLY.test(text);
}

/** The people of a cell; a cell with only a dash names nobody (the same as an empty cell). */
export function peopleCell(cell: TextCell | undefined, nameOnly = false): PeopleCell | undefined {
  if (!cell || (cell.text !== "" && isDashOnly(cell.text))) return undefined;
  const p = parsePeople(cell.text);
  const out: PeopleCell = { row: cell.row, col: cell.col, raw: cell.raw, text: cell.text, persons: p.persons };
  if (nameOnly) out.nameOnly = true;
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.also !== undefined) out.also = cell.also;
  if (p.unrecognised) out.unrecognised = p.unrecognised;
  return out;
}
