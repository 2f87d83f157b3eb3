import type { TextCell } from "../../model";
import { planRule } from "../define";
import { impossibleDateHits } from "../helpers";
import type { Hit } from "../types";
import { forPeriodCells, uncalculated } from "./cells";

/** A date that does not exist («31.02.2025») makes the document wrong: an error, not a reading problem. */
export default planRule({
  id: "plan/period-impossible-date",
  severity: "error",
  title: { ru: "Даты существуют в календаре", en: "Dates exist in the calendar" },
  visitor(_plan, ctx) {
    const out: Hit[] = [];
    const visit = (c: TextCell): void => {
      if (uncalculated(c)) return;
      const p = ctx.period(c);
      impossibleDateHits(c, p, out);
    };
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) forPeriodCells(list[i], visit);
      },
      done: () => out,
    };
  },
});
