import { scheduleRule } from "../define";
import { periodReadingHits } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** Start and end cells can be read as dates. */
export default scheduleRule({
  id: "schedule/date-unparsed",
  severity: "warning",
  title: { ru: "Сроки плана-графика записаны понятно", en: "Calendar plan dates can be read" },
  check(plan, ctx) {
    const out: Hit[] = [];
    for (const { item } of withParents(plan)) {
      const cells = item.start && item.end && item.start.row === item.end.row && item.start.col === item.end.col ? [item.start] : [item.start, item.end];
      for (const c of cells) {
        if (!c) continue;
        const p = ctx.period(c);
        periodReadingHits(c, p, out);
      }
    }
    return out;
  },
});
