import type { NumberCell } from "../../model";
import { passportRule } from "../define";
import { fmtNumber, q } from "../helpers";
import type { Hit } from "../types";

/** Money is zero or more. */
export default passportRule({
  id: "passport/financing-negative",
  severity: "error",
  title: { ru: "Суммы финансирования не отрицательные", en: "Financing amounts are not negative" },
  check(doc) {
    const out: Hit[] = [];
    const f = doc.financing;
    if (!f) return out;
    const test = (c: NumberCell | undefined, source: string) => {
      if (!c || c.number.kind !== "number" || c.number.value >= 0) return;
      const n = fmtNumber(c.number.value);
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Сумма ${n.ru} (${q(source)}) отрицательная: ожидается сумма не меньше 0.`,
          en: `The amount ${n.en} (${q(source)}) is negative: an amount of 0 or more is expected.`,
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
