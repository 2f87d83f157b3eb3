import { scheduleRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Each stage has at least one control point (its own or one of its activities'). */
export default scheduleRule({
  id: "schedule/stage-without-control-points",
  severity: "warning",
  title: { ru: "В каждом этапе плана-графика есть контрольная точка", en: "Every calendar plan stage has a control point" },
  check(plan) {
    const out: Hit[] = [];
    for (const s of plan.stages) {
      const n = s.controlPoints.length + s.activities.reduce((k, a) => k + a.controlPoints.length, 0);
      if (n > 0) continue;
      out.push({
        row: s.row,
        col: s.name.col,
        message: {
          ru: `В этапе «${q(s.name.text)}» нет контрольных точек: ожидается хотя бы одна.`,
          en: `The stage «${q(s.name.text)}» has no control points: at least one is expected.`,
        },
      });
    }
    return out;
  },
});
