import type { Text } from "../../i18n";
import type { Person } from "../../model";
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
    // index loops: this runs once per check, mostly before the JIT optimises it, where for…of allocates per step
    for (let i = 0; i < all.length; i++) if (all[i].person.position) known.add(all[i].person.key);
    // one message per person object (persons are shared by every cell with the same text; messages are plain data)
    const messages = new Map<Person, Text>();
    for (let i = 0; i < all.length; i++) {
      const o = all[i];
      const p = o.person;
      if (p.position || o.cell.nameOnly || known.has(p.key)) continue;
      let message = messages.get(p);
      if (!message) {
        message = {
          ru: `«${p.name}»: не указана должность. Ожидается «${p.name}, должность${p.phones.length ? `, т. ${p.phones[0]}` : ""}».`,
          en: `«${p.name}»: no position is given. «${p.name}, position${p.phones.length ? `, phone ${p.phones[0]}` : ""}» is expected.`,
        };
        messages.set(p, message);
      }
      out.push({ sheet: o.sheet, row: o.cell.row, col: o.cell.col, message });
    }
    return out;
  },
});
