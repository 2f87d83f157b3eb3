import type { Activity, TextCell } from "../../model";

/** Calls fn for each cell that says when an activity happens: «Сроки», and the optional start and end date columns. */
export function forPeriodCells(a: Activity, fn: (c: TextCell) => void): void {
  if (a.period) fn(a.period);
  if (a.start) fn(a.start);
  if (a.end) fn(a.end);
}

/** A formula cell the workbook has not calculated: nothing to check in it. */
export function uncalculated(c: TextCell): boolean {
  return c.text === "" && c.formula !== undefined;
}
