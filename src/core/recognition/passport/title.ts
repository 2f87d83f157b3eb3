/** The title block: «ПАСПОРТ муниципального проекта «…»». */
import type { TextCell } from "../../model";
import { tidy, type Grid } from "../grid";
import type { PassportBlock } from "./blocks";
import { blockCells } from "./values";

/** «ПАСПОРТ» then «муниципального проекта «…»»: the full name, from the first «…» to the last ». */
export function readTitle(grid: Grid, b: PassportBlock): TextCell | undefined {
  const cells = blockCells(grid, b);
  if (cells.length === 0) return undefined;
  const first = cells[0];
  const afterWord = first.text.replace(/^\s*паспорт\s*/i, "");
  const rest = [afterWord, ...cells.slice(1).map((c) => c.text)].filter((t) => t !== "");
  if (rest.length === 0) return undefined;
  const whole = tidy(rest.join(" ").replace(/\n/g, " "));
  const open = whole.indexOf("«");
  const close = whole.lastIndexOf("»");
  const text = open >= 0 && close > open ? whole.slice(open + 1, close) : whole;
  const at = afterWord !== "" || cells.length === 1 ? first : cells[1];
  return { row: at.row, col: at.col, raw: at.raw, text, also: cells.filter((c) => c !== at).map((c) => ({ row: c.row, col: c.col })) };
}
