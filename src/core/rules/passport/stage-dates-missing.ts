import { compareYMD } from "../../periods";
import { passportRule } from "../define";
import { fmtInterval, q, spanOf } from "../helpers";
import type { Hit } from "../types";

/**
 * A stage row without dates of its own is routine in approved passports: its span is that of its control
 * points. Reported as information, with the span that follows from them.
 */
export default passportRule({
  id: "passport/stage-dates-missing",
  severity: "info",
  title: { ru: "У этапа указаны собственные сроки", en: "A stage has dates of its own" },
  check(doc, ctx) {
    const out: Hit[] = [];
    const t = doc.stages;
    if (!t || (!t.hasStartColumn && !t.hasEndColumn)) return out;
    for (const s of t.stages) {
      if (s.start || s.end) continue;
      let from: ReturnType<typeof spanOf>["start"];
      let to: ReturnType<typeof spanOf>["end"];
      for (const cp of s.controlPoints) {
        const sp = spanOf(ctx, cp.start, cp.end);
        const a = sp.start ?? sp.end;
        const b = sp.end ?? sp.start;
        if (a && (!from || compareYMD(a, from) < 0)) from = a;
        if (b && (!to || compareYMD(b, to) > 0)) to = b;
      }
      const span = from && to ? fmtInterval({ start: from, end: to }) : undefined;
      out.push({
        row: s.row,
        col: s.name.col,
        message: {
          ru: `У этапа «${q(s.name.text)}» нет собственных сроков${span ? ` (по контрольным точкам — ${span.ru})` : ""}: при желании укажите сроки начала и окончания этапа.`,
          en: `The stage «${q(s.name.text)}» has no dates of its own${span ? ` (its control points span ${span.en})` : ""}: you may give the stage's start and end.`,
        },
      });
    }
    return out;
  },
});
