import { compareYMD } from "../../periods";
import { passportRule } from "../define";
import { fmtInterval, q, spanOf, cellText } from "../helpers";
import type { Hit } from "../types";

/** A control point falls inside its stage, when the stage has dates of its own. */
export default passportRule({
  id: "passport/control-point-outside-stage",
  severity: "error",
  title: { ru: "Контрольная точка внутри сроков своего этапа", en: "A control point lies inside its stage" },
  check(doc, ctx) {
    const out: Hit[] = [];
    for (const s of doc.stages?.stages ?? []) {
      const st = spanOf(ctx, s.start, s.end);
      // a stage that ends before it starts is wrong itself (passport/stage-end-before-start): nothing to measure against
      if (!st.start || !st.end || compareYMD(st.start, st.end) > 0) continue;
      const stage = fmtInterval({ start: st.start, end: st.end });
      for (const cp of s.controlPoints) {
        const sp = spanOf(ctx, cp.start, cp.end);
        const early = sp.start && compareYMD(sp.start, st.start) < 0 ? cp.start : undefined;
        const late = sp.end && compareYMD(sp.end, st.end) > 0 ? cp.end : undefined;
        for (const c of [early, late]) {
          if (!c) continue;
          out.push({
            row: c.row,
            col: c.col,
            message: {
              ru: `Срок «${q(cellText(c))}» контрольной точки «${q(cp.name.text)}» вне сроков этапа «${q(s.name.text)}» (${stage.ru}): ожидается дата внутри этапа.`,
              en: `The date «${q(cellText(c))}» of the control point «${q(cp.name.text)}» lies outside its stage «${q(s.name.text)}» (${stage.en}): a date inside the stage is expected.`,
            },
          });
        }
      }
    }
    return out;
  },
});
