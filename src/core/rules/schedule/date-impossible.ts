import { scheduleRule } from "../define";
import { impossibleDateHits } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** A date that does not exist («31.02.2025») makes the document wrong: an error, not a reading problem. */
export default scheduleRule({
  id: "schedule/date-impossible",
  severity: "error",
  title: { ru: "Даты существуют в календаре", en: "Dates exist in the calendar" },
  check(plan, ctx) {
    const out: Hit[] = [];
    for (const { item } of withParents(plan)) {
      const cells = item.start && item.end && item.start.row === item.end.row && item.start.col === item.end.col ? [item.start] : [item.start, item.end];
      for (const c of cells) {
        if (!c) continue;
        const p = ctx.period(c);
        impossibleDateHits(c, p, out);
      }
    }
    return out;
  },
});
