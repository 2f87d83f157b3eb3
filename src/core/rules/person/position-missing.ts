import { workbookRule } from "../define";
import type { SheetHit } from "../types";
import { occurrences } from "./occurrences";

/**
 * A person is named with a position («Лебедева И.П., директор»). Quiet when the same person's position is
 * given anywhere else in the workbook (writing it once is enough), and in a column that by design holds only
 * a name (a calendar plan's «Ответственный»: see PeopleCell.nameOnly).
 */
export default workbookRule({
  id: "person/position-missing",
  severity: "warning",
  title: { ru: "У ответственного указана должность", en: "A responsible person's position is given" },
  check(wb) {
    const out: SheetHit[] = [];
    const all = occurrences(wb);
    const known = new Set<string>();
    for (const o of all) if (o.person.position) known.add(o.person.key);
    for (const o of all) {
      if (o.person.position || o.cell.nameOnly || known.has(o.person.key)) continue;
      out.push({
        sheet: o.sheet,
        row: o.cell.row,
        col: o.cell.col,
        message: {
          ru: `«${o.person.name}»: не указана должность. Ожидается «${o.person.name}, должность${o.person.phones.length ? `, т. ${o.person.phones[0]}` : ""}».`,
          en: `«${o.person.name}»: no position is given. «${o.person.name}, position${o.person.phones.length ? `, phone ${o.person.phones[0]}` : ""}» is expected.`,
        },
      });
    }
    return out;
  },
});
