/** The term block: «Срок реализации проекта | Апрель 2017 – декабрь 2017», or a start and an end cell. */
import type { Term } from "../../model";
import type { Grid } from "../grid";
import { note } from "../tables";
import { termFromStartEnd, termFromText } from "../terms";
import type { RecognitionNote } from "../types";
import type { PassportBlock } from "./blocks";
import { valueCells } from "./values";

export function readTerm(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): Term | undefined {
  const cells = valueCells(grid, b);
  if (cells.length === 0) {
    const at = b.label ?? { row: b.ref.top, col: b.ref.left };
    note(notes, "recognition/term", "warning", at.row, at.col, {
      ru: "Срок реализации не указан: ожидается месяц и год начала и окончания, например «Апрель 2017 – декабрь 2017».",
      en: "The project term is empty: expected the month and year of start and end, e.g. «Апрель 2017 – декабрь 2017».",
    });
    return undefined;
  }
  // two date cells: start and end
  if (cells.length >= 2 && cells[0].row === cells[1].row && typeof cells[0].raw === "number" && typeof cells[1].raw === "number") {
    return termFromStartEnd(cells[0], cells[1], "label");
  }
  const cell = cells[0];
  const interval = termFromText(cell.text);
  if (interval) return { cell, interval, source: "label" };
  if (cells.length >= 2) {
    const both = termFromStartEnd(cells[0], cells[1], "label");
    if (both && both.interval) return both;
  }
  return { cell, interval: null, source: "label" };
}
