import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** A control point has a date by which it is reached («Срок окончания»). */
export default passportRule({
  id: "passport/control-point-date-missing",
  severity: "error",
  title: { ru: "У контрольной точки есть срок", en: "A control point has a date" },
  check(doc) {
    const out: Hit[] = [];
    const t = doc.stages;
    if (!t || (!t.hasEndColumn && !t.hasStartColumn)) return out;
    for (const s of t.stages)
      for (const cp of s.controlPoints) {
        if (cp.end || (!t.hasEndColumn && cp.start)) continue;
        out.push({
          row: cp.row,
          col: t.columns?.end ?? t.columns?.start ?? cp.name.col,
          message: {
            ru: `У контрольной точки «${q(cp.name.text)}» не указан срок окончания: ожидается месяц и год, например «Апрель 2017».`,
            en: `The control point «${q(cp.name.text)}» has no end date: a month and year such as «Апрель 2017» is expected.`,
          },
        });
      }
    return out;
  },
});
