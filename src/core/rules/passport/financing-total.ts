import { formatNumberEn, formatNumberRu, roundFloat } from "../../numbers";
import { passportRule } from "../define";
import { q, TOLERANCE } from "../helpers";
import type { FinancingRow, NumberCell } from "../../model";
import type { Hit } from "../types";

/** A row's total over the period as its years add up (when they are all numbers), else as written. */
function ownTotal(r: FinancingRow): NumberCell | undefined {
  let sum = 0;
  let any = false;
  for (const v of r.values) {
    if (!v || v.number.kind === "empty") continue;
    if (v.number.kind !== "number") return r.total;
    sum += v.number.value;
    any = true;
  }
  if (!any || !r.total) return r.total;
  return { ...r.total, number: { kind: "number", value: roundFloat(sum), percent: false } };
}

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
    // a source whose own total over the period is wrong is reported on its row (financing-period-total); here it
    // counts with the sum of its years, so that a correct «Всего» is not reported as wrong too
    if (f.totalCol) columns.push({ col: f.totalCol.col, label: f.totalCol.label, get: (r) => (r === f.total ? r.total : ownTotal(r)) });
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
