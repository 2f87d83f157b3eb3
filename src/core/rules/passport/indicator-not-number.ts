import type { NumberCell } from "../../model";
import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Base, planned and actual values are numbers («85%», «7», «1,5»). */
export default passportRule({
  id: "passport/indicator-not-number",
  severity: "error",
  title: { ru: "Значения показателей — числа", en: "Indicator values are numbers" },
  check(doc) {
    const out: Hit[] = [];
    const t = doc.indicators;
    if (!t) return out;
    const test = (c: NumberCell | undefined, indicator: string) => {
      if (!c || c.number.kind !== "text") return;
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Значение «${q(c.text)}» показателя «${q(indicator)}» — не число: ожидается число, например «86%» или «7».`,
          en: `The value «${q(c.text)}» of the indicator «${q(indicator)}» is not a number: a number such as «86%» or «7» is expected.`,
        },
      });
    };
    for (const ind of t.indicators) {
      test(ind.base, ind.name.text);
      for (const v of ind.plan) test(v.value, ind.name.text);
      for (const v of ind.fact) test(v.value, ind.name.text);
    }
    return out;
  },
});
