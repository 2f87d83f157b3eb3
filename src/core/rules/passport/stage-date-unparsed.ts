import { passportRule } from "../define";
import { periodReadingHits } from "../helpers";
import type { Hit } from "../types";

/** Start and end cells of stages and control points can be read as dates. */
export default passportRule({
  id: "passport/stage-date-unparsed",
  severity: "warning",
  title: { ru: "Сроки этапов и контрольных точек записаны понятно", en: "Stage and control point dates can be read" },
  check(doc, ctx) {
    const out: Hit[] = [];
    for (const s of doc.stages?.stages ?? [])
      for (const item of [s, ...s.controlPoints])
        for (const c of [item.start, item.end]) {
          if (!c) continue;
          const p = ctx.period(c);
          periodReadingHits(c, p, out);
        }
    return out;
  },
});
