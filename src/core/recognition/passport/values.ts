/** The cells of a passport block, shared by the block readers: its values without the label, joined, or as lines. */
import type { NumberCell, TextCell } from "../../model";
import { normKey, type Grid } from "../grid";
import { isNumbering, within } from "../tables";
import { passportLabel, type PassportBlock } from "./blocks";

/** Non-empty cells of a block, row by row, without the label cell itself. */
export function valueCells(grid: Grid, b: PassportBlock): TextCell[] {
  const out: TextCell[] = [];
  for (let r = b.ref.top; r <= b.ref.bottom; r++) {
    for (const c of within(grid.filledCols(r), b.ref.left, b.ref.right)) {
      if (b.label && r === b.label.row && c === b.label.col) continue;
      const cell = grid.cell(r, c);
      if (!cell) continue;
      // a label cell inside a named range (template: label + value)
      if (!b.label && typeof cell.raw === "string" && passportLabel(cell.raw) === b.kind && out.length === 0) continue;
      out.push(cell);
    }
  }
  return out;
}

export function joinValues(cells: TextCell[]): TextCell | undefined {
  if (cells.length === 0) return undefined;
  let v = cells[0];
  for (let i = 1; i < cells.length; i++) {
    v = { ...v, text: `${v.text}\n${cells[i].text}`, also: [...(v.also ?? []), { row: cells[i].row, col: cells[i].col }] };
  }
  return v;
}

const LIST_HEADER = new Set([
  "№",
  "пп",
  "№пп",
  "результат",
  "результаты",
  "наименование",
  "программа",
  "программы",
  "наименованиепрограммы",
  "наименованиепроекта",
  "no",
  "result",
  "results",
  "name",
  "programme",
  "programmes",
]);

/** Each line of each cell as an item (results, programmes); numbering cells and header words are skipped. */
export function lines(cells: TextCell[]): TextCell[] {
  const out: TextCell[] = [];
  for (const c of cells) {
    if (LIST_HEADER.has(normKey(c.text))) continue;
    if (isNumbering(c.text) && cells.some((o) => o.row === c.row && o !== c)) continue;
    for (const line of c.text.split("\n")) {
      const t = line.trim();
      if (t !== "") out.push({ ...c, text: t });
    }
  }
  return out;
}

/** Every filled cell of a block, the label too (the approval stamp and the title are read whole). */
export function blockCells(grid: Grid, b: PassportBlock): TextCell[] {
  const cells: TextCell[] = [];
  for (let r = b.ref.top; r <= b.ref.bottom; r++)
    for (const c of within(grid.filledCols(r), b.ref.left, b.ref.right)) {
      const cell = grid.cell(r, c);
      if (cell) cells.push(cell);
    }
  return cells;
}

export function emptyNumber(row: number, col: number): NumberCell {
  return { row, col, raw: "", text: "", number: { kind: "empty", dash: false } };
}
