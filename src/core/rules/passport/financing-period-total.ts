import { formatNumberEn, formatNumberRu, roundFloat } from "../../numbers";
import { passportRule } from "../define";
import { q, TOLERANCE } from "../helpers";
import type { Hit } from "../types";

/** The «Всего» column (over the period) of each row equals the sum of its years. */
export default passportRule({
  id: "passport/financing-period-total",
  severity: "error",
  title: { ru: "Итог за период равен сумме по годам", en: "The total over the period equals the sum of the years" },
  check(doc) {
    const out: Hit[] = [];
    const f = doc.financing;
    if (!f || !f.totalCol || f.years.length === 0) return out;
    for (const r of [...f.sources, ...(f.total ? [f.total] : [])]) {
      const t = r.total;
      if (!t || t.number.kind !== "number") continue;
      let sum = 0;
      let computable = true;
      for (const v of r.values) {
        if (!v || v.number.kind === "empty") continue;
        if (v.number.kind !== "number") computable = false;
        else sum += v.number.value;
      }
      if (!computable) continue;
      sum = roundFloat(sum);
      if (Math.abs(t.number.value - sum) > TOLERANCE) {
        const e = { ru: formatNumberRu(sum, 2), en: formatNumberEn(sum, 2) };
        out.push({
          row: t.row,
          col: t.col,
          message: {
            ru: `Итог за период «${q(t.text)}» (${q(r.name.text)}) не равен сумме по годам ${e.ru}: ожидается ${e.ru}.`,
            en: `The total over the period «${q(t.text)}» (${q(r.name.text)}) differs from the sum of the years, ${e.en}: ${e.en} is expected.`,
          },
        });
      }
    }
    return out;
  },
});
