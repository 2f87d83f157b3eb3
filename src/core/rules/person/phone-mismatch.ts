import { formatCell } from "../../address";
import type { Person } from "../../model";
import { workbookRule } from "../define";
import { memo } from "../helpers";
import type { SheetHit } from "../types";
import { occurrences, phoneKey, samePhone, type Occurrence } from "./occurrences";

interface Variant {
  /** the phones of this way of writing the person, as digits */
  phones: Set<string>;
  occurrences: Occurrence[];
}

/**
 * One person keeps one phone across the workbook: the same surname and initials with phones that share
 * nothing is a warning at each cell that differs from the phone most often given (at every cell on a tie).
 * Linear in the number of occurrences: they are grouped by their set of phones first.
 */
export default workbookRule({
  id: "person/phone-mismatch",
  severity: "warning",
  title: { ru: "У одного человека один телефон во всей книге", en: "One person keeps one phone across the workbook" },
  check(wb) {
    const out: SheetHit[] = [];
    const byKey = new Map<string, Map<string, Variant>>();
    const signatureOf = memo((joined: string) => [...new Set(joined.split("\n").map(phoneKey))].sort().join(","));
    // by person object first (persons are shared by every cell with the same text): no join per occurrence
    const byPerson = new Map<Person, string>();
    const all = occurrences(wb);
    for (let i = 0; i < all.length; i++) {
      const o = all[i];
      if (o.person.phones.length === 0) continue;
      let signature = byPerson.get(o.person);
      if (signature === undefined) byPerson.set(o.person, (signature = signatureOf(o.person.phones.join("\n"))));
      let variants = byKey.get(o.person.key);
      if (!variants) byKey.set(o.person.key, (variants = new Map()));
      let v = variants.get(signature);
      if (!v) variants.set(signature, (v = { phones: new Set(signature.split(",")), occurrences: [] }));
      v.occurrences.push(o);
    }
    const shares = (a: Variant, b: Variant) => [...a.phones].some((x) => [...b.phones].some((y) => samePhone(x, y)));
    for (const variants of byKey.values()) {
      if (variants.size < 2) continue;
      const list = [...variants.values()];
      if (list.every((v) => shares(v, list[0]))) continue;
      // how many occurrences agree with each way of writing
      const agree = list.map((v) => list.reduce((n, w) => n + (shares(v, w) ? w.occurrences.length : 0), 0));
      const best = Math.max(...agree);
      const ref = list[agree.indexOf(best)];
      const tie = list.some((v, i) => agree[i] === best && !shares(v, ref));
      for (const v of list) {
        if (!tie && shares(v, ref)) continue;
        const other = list.find((w) => !shares(v, w));
        if (!other) continue;
        const o2 = other.occurrences[0];
        for (const o of v.occurrences) {
          const where = `${o2.sheet !== o.sheet ? `лист «${o2.sheet}», ` : ""}ячейка ${formatCell(o2.cell)}`;
          const whereEn = `${o2.sheet !== o.sheet ? `sheet «${o2.sheet}», ` : ""}cell ${formatCell(o2.cell)}`;
          out.push({
            sheet: o.sheet,
            row: o.cell.row,
            col: o.cell.col,
            message: {
              ru: `«${o.person.name}»: здесь телефон ${o.person.phones.join(", ")}, а в другом месте (${where}) — ${o2.person.phones.join(", ")}. Ожидается один телефон у одного человека.`,
              en: `«${o.person.name}»: the phone here is ${o.person.phones.join(", ")} but ${o2.person.phones.join(", ")} elsewhere (${whereEn}). One person is expected to keep one phone.`,
            },
          });
        }
      }
    }
    return out;
  },
});
