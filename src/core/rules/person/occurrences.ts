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
    // index loops: this runs once per check, before the JIT optimises it, where for…of allocates per step
    const cells = peopleCells(s.document);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      for (let j = 0; j < cell.persons.length; j++) out.push({ sheet: s.sheet, sheetIndex: s.index, cell, person: cell.persons[j] });
    }
  }
  return out;
}

/** Digits of a phone: «31-40-12» and «31 40 12» are one phone. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, "");
}

/**
 * Two phones (as digits) are the same number written with or without the city code or the country prefix:
 * «45-12-30» and «8 (8482) 45-12-30», «+7 846 200-11-22» and «8 846 200-11-22».
 */
export function samePhone(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && short.length < 10 && long.endsWith(short)) return true;
  return short.length >= 10 && long.slice(-10) === short.slice(-10);
}
