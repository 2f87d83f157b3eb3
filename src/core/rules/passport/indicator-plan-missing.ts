import { compareYMD } from "../../periods";
import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** A planned value for every period the project covers; a quarter before the project starts needs none. */
export default passportRule({
  id: "passport/indicator-plan-missing",
  severity: "error",
  title: { ru: "Плановые значения показателя на каждый период срока проекта", en: "An indicator has a planned value for every period of the term" },
  check(doc, ctx) {
    const out: Hit[] = [];
    const t = doc.indicators;
    const term = ctx.term;
    if (!t || !term) return out;
    for (const ind of t.indicators) {
      for (const v of ind.plan) {
        const i = v.period.interval;
        const covered = compareYMD(i.end, term.start) >= 0 && compareYMD(i.start, term.end) <= 0;
        if (!covered || v.value.number.kind !== "empty") continue;
        out.push({
          row: v.value.row,
          col: v.value.col,
          message: {
            ru: `Нет планового значения показателя «${q(ind.name.text)}» на период «${q(v.period.label)}», который входит в срок проекта: ожидается число.`,
            en: `The indicator «${q(ind.name.text)}» has no planned value for «${q(v.period.label)}», a period inside the project term: a number is expected.`,
          },
        });
      }
    }
    return out;
  },
});
