/** The people blocks of a passport: leader, responsible executor, co-executors. */
import type { PeopleCell, TextCell } from "../../model";
import { peopleCell } from "../cells";
import { normKey, type Grid } from "../grid";
import type { PassportBlock } from "./blocks";
import { valueCells } from "./values";

const PEOPLE_HEADER = new Set(["фио", "должность", "телефон", "тел", "контактныйтелефон", "фамилияимяотчество", "fullname", "name", "position", "phone"]);

/**
 * People of a block, one PeopleCell per row: a pasted cell with several people and line breaks stays one
 * cell; a template row «ФИО | Должность | Телефон» is read as «ФИО, должность, телефон». A header row of
 * those words is skipped.
 */
export function peopleRows(grid: Grid, b: PassportBlock): PeopleCell[] {
  const out: PeopleCell[] = [];
  let current: TextCell | undefined;
  let currentRow = -1;
  const flush = () => {
    const c = peopleCell(current);
    if (c) out.push(c);
    current = undefined;
  };
  for (const cell of valueCells(grid, b)) {
    if (PEOPLE_HEADER.has(normKey(cell.text))) continue;
    if (cell.row !== currentRow) {
      flush();
      currentRow = cell.row;
      current = cell;
    } else if (current) {
      current = { ...current, text: `${current.text}, ${cell.text}`, also: [...(current.also ?? []), { row: cell.row, col: cell.col }] };
    }
  }
  flush();
  // a pasted value that continues on the rows below the label (no label column there): one person per row is right too
  return out;
}
