import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** «Итоги завершения» name the outcome or the document that proves the control point. Often left empty in approved passports: a warning. */
export default passportRule({
  id: "passport/control-point-outcome-missing",
  severity: "warning",
  title: { ru: "У контрольной точки указаны итоги завершения", en: "A control point names its outcome" },
  check(doc) {
    const out: Hit[] = [];
    const t = doc.stages;
    if (!t || !t.hasOutcomeColumn) return out;
    for (const s of t.stages)
      for (const cp of s.controlPoints)
        if (!cp.outcome)
          out.push({
            row: cp.row,
            col: t.columns?.outcome ?? cp.name.col,
            message: {
              ru: `У контрольной точки «${q(cp.name.text)}» не заполнены итоги завершения: ожидается результат или документ, который её подтверждает.`,
              en: `The control point «${q(cp.name.text)}» has no outcome: the result or the document that proves it is expected.`,
            },
          });
    return out;
  },
});
