import type { NumberCell } from "../../model";
import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Amounts are numbers («1440,00»), not text. */
export default passportRule({
  id: "passport/financing-not-number",
  severity: "error",
  title: { ru: "Суммы финансирования — числа", en: "Financing amounts are numbers" },
  check(doc) {
    const out: Hit[] = [];
    const f = doc.financing;
    if (!f) return out;
    const test = (c: NumberCell | undefined, source: string) => {
      if (!c || c.number.kind !== "text") return;
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Сумма «${q(c.text)}» (${q(source)}) — не число: ожидается сумма${f.unit ? ` в ${f.unit}` : ""}, например «1440,00».`,
          en: `The amount «${q(c.text)}» (${q(source)}) is not a number: an amount${f.unit ? ` in ${f.unit}` : ""} such as «1440,00» is expected.`,
        },
      });
    };
    for (const r of [...f.sources, ...(f.total ? [f.total] : [])]) {
      for (const v of r.values) test(v, r.name.text);
      test(r.total, r.name.text);
    }
    return out;
  },
});
