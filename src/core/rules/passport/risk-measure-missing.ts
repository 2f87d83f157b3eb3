import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Each key risk has a measure that prevents it; a missing one is reported at its empty cell. */
export default passportRule({
  id: "passport/risk-measure-missing",
  severity: "warning",
  title: { ru: "У риска есть мероприятие по предупреждению", en: "A risk has a preventive measure" },
  check(doc) {
    const out: Hit[] = [];
    for (const r of doc.risks)
      if (!r.measure)
        out.push({
          row: r.row,
          col: r.measureCol ?? r.name.col,
          message: {
            ru: `У риска «${q(r.name.text)}» нет мероприятия по предупреждению: ожидается мера, которая снижает риск.`,
            en: `The risk «${q(r.name.text)}» has no preventive measure: a measure that reduces it is expected.`,
          },
        });
    return out;
  },
});
