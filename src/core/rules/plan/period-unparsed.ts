import type { TextCell } from "../../model";
import { planRule } from "../define";
import { periodReadingHits } from "../helpers";
import type { Hit } from "../types";
import { forPeriodCells, uncalculated } from "./cells";

/** A period the parser cannot read is reported with the parser's reason, never guessed; a part read with a caveat is named. */
export default planRule({
  id: "plan/period-unparsed",
  severity: "warning",
  title: { ru: "Сроки мероприятий записаны понятно", en: "Activity periods can be read" },
  visitor(_plan, ctx) {
    const out: Hit[] = [];
    const visit = (c: TextCell): void => {
      if (uncalculated(c)) return;
      const p = ctx.period(c);
      periodReadingHits(c, p, out);
    };
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) forPeriodCells(list[i], visit);
      },
      done: () => out,
    };
  },
});
