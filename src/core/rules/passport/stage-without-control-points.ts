import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Each stage ends in at least one control point. */
export default passportRule({
  id: "passport/stage-without-control-points",
  severity: "warning",
  title: { ru: "В каждом этапе есть контрольная точка", en: "Every stage has a control point" },
  check(doc) {
    const out: Hit[] = [];
    for (const s of doc.stages?.stages ?? [])
      if (s.controlPoints.length === 0)
        out.push({
          row: s.row,
          col: s.name.col,
          message: {
            ru: `В этапе «${q(s.name.text)}» нет контрольных точек: ожидается хотя бы одна (например «${s.number ? s.number.text.replace(/\.$/, "") : "1"}.1. Контрольная точка …»).`,
            en: `The stage «${q(s.name.text)}» has no control points: at least one is expected (e.g. «${s.number ? s.number.text.replace(/\.$/, "") : "1"}.1. Контрольная точка …»).`,
          },
        });
    return out;
  },
});
