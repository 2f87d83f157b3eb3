import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Where the stage table has a «Ответственный» column, every control point names a person. */
export default passportRule({
  id: "passport/control-point-responsible-missing",
  severity: "error",
  title: { ru: "У контрольной точки есть ответственный", en: "A control point has a responsible person" },
  check(doc) {
    const out: Hit[] = [];
    const t = doc.stages;
    if (!t || !t.hasResponsibleColumn) return out;
    for (const s of t.stages)
      for (const cp of s.controlPoints)
        if (!cp.responsible)
          out.push({
            row: cp.row,
            col: t.columns?.responsible ?? cp.name.col,
            message: {
              ru: `У контрольной точки «${q(cp.name.text)}» не указан ответственный: ожидается «Фамилия И.О., должность».`,
              en: `The control point «${q(cp.name.text)}» has no responsible person: «Surname I.O., position» is expected.`,
            },
          });
    return out;
  },
});
