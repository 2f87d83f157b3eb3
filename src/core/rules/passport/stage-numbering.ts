import { numberingParts } from "../../recognition/tables";
import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Stages are numbered 1, 2, 3 …; the control points of stage k are k.1, k.2 … */
export default passportRule({
  id: "passport/stage-numbering",
  severity: "warning",
  title: { ru: "Нумерация этапов и контрольных точек иерархическая и по порядку", en: "Stages and control points are numbered hierarchically and in order" },
  check(doc) {
    const out: Hit[] = [];
    let expectedStage = 1;
    for (const s of doc.stages?.stages ?? []) {
      const sp = s.number ? numberingParts(s.number.text) : null;
      const stageNo = sp && sp.length === 1 ? sp[0] : expectedStage;
      if (!s.number || !sp) {
        out.push({ row: s.row, col: s.name.col, message: { ru: `Этап «${q(s.name.text)}» без номера: ожидается ${expectedStage}.`, en: `The stage «${q(s.name.text)}» has no number: ${expectedStage} is expected.` } });
      } else if (stageNo !== expectedStage) {
        out.push({
          row: s.number.row,
          col: s.number.col,
          message: { ru: `Номер этапа «${q(s.number.text)}» не по порядку: ожидается ${expectedStage}.`, en: `The stage number «${q(s.number.text)}» is out of order: ${expectedStage} is expected.` },
        });
      }
      expectedStage = stageNo + 1;
      let expectedPoint = 1;
      for (const cp of s.controlPoints) {
        const want = `${stageNo}.${expectedPoint}`;
        const p = cp.number ? numberingParts(cp.number.text) : null;
        if (!cp.number || !p) {
          out.push({ row: cp.row, col: cp.name.col, message: { ru: `Контрольная точка «${q(cp.name.text)}» без номера: ожидается ${want}.`, en: `The control point «${q(cp.name.text)}» has no number: ${want} is expected.` } });
          expectedPoint++;
          continue;
        }
        if (p.length !== 2 || p[0] !== stageNo || p[1] !== expectedPoint) {
          out.push({
            row: cp.number.row,
            col: cp.number.col,
            message: {
              ru: `Номер контрольной точки «${q(cp.number.text)}» не по порядку в этапе ${stageNo}: ожидается ${want}.`,
              en: `The control point number «${q(cp.number.text)}» is out of order in stage ${stageNo}: ${want} is expected.`,
            },
          });
        }
        expectedPoint = (p.length === 2 && p[0] === stageNo ? p[1] : expectedPoint) + 1;
      }
    }
    return out;
  },
});
