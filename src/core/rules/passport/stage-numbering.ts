import { numberingParts } from "../../recognition/tables";
import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/**
 * Stages are numbered 1, 2, 3 …; the control points of stage k are k.1, k.2 … One mistake is one finding: a
 * number is in order when it follows the number written before it or when it has its place in the sequence
 * (1, 2, 2, 4: only the second «2»; 1, 3, 3: only the first «3»), and a stage's control points may follow the
 * number the stage should have or the one it was given.
 */
export default passportRule({
  id: "passport/stage-numbering",
  severity: "warning",
  title: { ru: "Нумерация этапов и контрольных точек иерархическая и по порядку", en: "Stages and control points are numbered hierarchically and in order" },
  check(doc) {
    const out: Hit[] = [];
    let afterWritten = 1;
    let place = 0;
    for (const s of doc.stages?.stages ?? []) {
      place++;
      const sp = s.number ? numberingParts(s.number.text) : null;
      const written = sp && sp.length === 1 ? sp[0] : undefined;
      const inOrder = written !== undefined && (written === afterWritten || written === place);
      const stageNo = written ?? afterWritten;
      const stageWant = afterWritten;
      const underStage = (k: number) => k === stageNo || k === stageWant || k === place;
      if (!s.number || !sp) {
        out.push({
          row: s.row,
          col: s.name.col,
          message: { ru: `Этап «${q(s.name.text)}» без номера: ожидается ${afterWritten}.`, en: `The stage «${q(s.name.text)}» has no number: ${afterWritten} is expected.` },
        });
      } else if (!inOrder) {
        out.push({
          row: s.number.row,
          col: s.number.col,
          message: { ru: `Номер этапа «${q(s.number.text)}» не по порядку: ожидается ${afterWritten}.`, en: `The stage number «${q(s.number.text)}» is out of order: ${afterWritten} is expected.` },
        });
      }
      afterWritten = stageNo + 1;
      let afterPoint = 1;
      let pointPlace = 0;
      for (const cp of s.controlPoints) {
        pointPlace++;
        const want = `${stageNo}.${afterPoint}`;
        const p = cp.number ? numberingParts(cp.number.text) : null;
        if (!cp.number || !p) {
          out.push({
            row: cp.row,
            col: cp.name.col,
            message: { ru: `Контрольная точка «${q(cp.name.text)}» без номера: ожидается ${want}.`, en: `The control point «${q(cp.name.text)}» has no number: ${want} is expected.` },
          });
          afterPoint++;
          continue;
        }
        const ok = p.length === 2 && underStage(p[0]) && (p[1] === afterPoint || p[1] === pointPlace);
        if (!ok) {
          out.push({
            row: cp.number.row,
            col: cp.number.col,
            message: {
              ru: `Номер контрольной точки «${q(cp.number.text)}» не по порядку в этапе ${stageNo}: ожидается ${want}.`,
              en: `The control point number «${q(cp.number.text)}» is out of order in stage ${stageNo}: ${want} is expected.`,
            },
          });
        }
        afterPoint = (p.length === 2 && underStage(p[0]) ? p[1] : afterPoint) + 1;
      }
    }
    return out;
  },
});
