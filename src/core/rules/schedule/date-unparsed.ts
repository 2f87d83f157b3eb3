import { scheduleRule } from "../define";
import { periodReadingHits } from "../helpers";
import type { Hit } from "../types";
import { datedCells, withParents } from "./items";

/** Start and end cells can be read as dates. */
export default scheduleRule({
  id: "schedule/date-unparsed",
  severity: "warning",
  title: { ru: "Сроки плана-графика записаны понятно", en: "Calendar plan dates can be read" },
  check(plan, ctx) {
    const out: Hit[] = [];
    for (const { item } of withParents(plan)) for (const c of datedCells(item)) periodReadingHits(c, ctx.period(c), out);
    return out;
  },
});
