import { scheduleRule } from "../define";
import { impossibleDateHits } from "../helpers";
import type { Hit } from "../types";
import { datedCells, withParents } from "./items";

/** A date that does not exist («31.02.2025») makes the document wrong: an error, not a reading problem. */
export default scheduleRule({
  id: "schedule/date-impossible",
  severity: "error",
  title: { ru: "Даты существуют в календаре", en: "Dates exist in the calendar" },
  check(plan, ctx) {
    const out: Hit[] = [];
    for (const { item } of withParents(plan)) for (const c of datedCells(item)) impossibleDateHits(c, ctx.period(c), out);
    return out;
  },
});
