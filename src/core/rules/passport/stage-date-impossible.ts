import { passportRule } from "../define";
import { impossibleDateHits } from "../helpers";
import type { Hit } from "../types";

/** A date that does not exist («31.02.2025») makes the document wrong: an error, not a reading problem. */
export default passportRule({
  id: "passport/stage-date-impossible",
  severity: "error",
  title: { ru: "Даты существуют в календаре", en: "Dates exist in the calendar" },
  check(doc, ctx) {
    const out: Hit[] = [];
    for (const s of doc.stages?.stages ?? [])
      for (const item of [s, ...s.controlPoints])
        for (const c of [item.start, item.end]) {
          if (!c) continue;
          const p = ctx.period(c);
          impossibleDateHits(c, p, out);
        }
    return out;
  },
});
