import type { PeopleCell, Person } from "../../model";
import { peopleCells } from "../../model";
import type { RecognizedWorkbook } from "../../recognition/types";

export interface Occurrence {
  sheet: string;
  sheetIndex: number;
  cell: PeopleCell;
  person: Person;
}

const cache = new WeakMap<RecognizedWorkbook, Occurrence[]>();

/** Every person named in the workbook's documents, in sheet order (computed once per recognised workbook). */
export function occurrences(wb: RecognizedWorkbook): Occurrence[] {
  const hit = cache.get(wb);
  if (hit) return hit;
  const out: Occurrence[] = [];
  cache.set(wb, out);
  for (const s of wb.sheets) {
    if (!s.document) continue;
    for (const cell of peopleCells(s.document)) for (const person of cell.persons) out.push({ sheet: s.sheet, sheetIndex: s.index, cell, person });
  }
  return out;
}

/** Digits of a phone: «31-40-12» and «31 40 12» are one phone. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, "");
}
