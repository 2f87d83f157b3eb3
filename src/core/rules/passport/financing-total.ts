import { formatNumberEn, formatNumberRu, roundFloat } from "../../numbers";
import { passportRule } from "../define";
import { q, TOLERANCE } from "../helpers";
import type { Hit } from "../types";

/** «Всего» equals the sum of the sources, for every year column (within a cent). */
export default passportRule({
  id: "passport/financing-total",
  severity: "error",
  title: { ru: "«Всего» равно сумме источников за каждый год", en: "«Всего» equals the sum of the sources for every year" },
  check(doc) {
    const out: Hit[] = [];
    const f = doc.financing;
    if (!f || !f.total) return out;
    const sources = f.sources.filter((s) => !s.part);
    const columns: { col: number; label: string; get: (r: (typeof sources)[number]) => (typeof r.values)[number] }[] = f.years.map((y, i) => ({ col: y.col, label: y.label, get: (r) => r.values[i] }));
    if (f.totalCol) columns.push({ col: f.totalCol.col, label: f.totalCol.label, get: (r) => r.total });
    for (const c of columns) {
      let sum = 0;
      let computable = true;
      let any = false;
      for (const s of sources) {
        const v = c.get(s);
        if (!v || v.number.kind === "empty") continue;
        if (v.number.kind !== "number") computable = false;
        else {
          sum += v.number.value;
          any = true;
        }
      }
      if (!computable) continue;
      sum = roundFloat(sum);
      const total = c.get(f.total);
      const decimals = 2;
      const expectedRu = formatNumberRu(sum, decimals);
      const expectedEn = formatNumberEn(sum, decimals);
      const col = c.label ? ` (${q(c.label)})` : "";
      if (!total || total.number.kind === "empty") {
        // a «Всего» formula the workbook has not calculated: the formula adds it up
        if (!any || sum === 0 || total?.formula) continue;
        out.push({
          row: f.total.row,
          col: c.col,
          message: { ru: `«Всего»${col} не заполнено: ожидается сумма источников ${expectedRu}.`, en: `«Всего»${col} is empty: the sum of the sources, ${expectedEn}, is expected.` },
        });
        continue;
      }
      if (total.number.kind !== "number") continue;
      if (Math.abs(total.number.value - sum) > TOLERANCE) {
        out.push({
          row: total.row,
          col: total.col,
          message: {
            ru: `«Всего»${col} = «${q(total.text)}», а сумма источников = ${expectedRu}: ожидается ${expectedRu}.`,
            en: `«Всего»${col} is «${q(total.text)}» but the sources add up to ${expectedEn}: ${expectedEn} is expected.`,
          },
        });
      }
    }
    return out;
  },
});
