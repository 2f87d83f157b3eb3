import { compareYMD } from "../../periods";
import { scheduleRule } from "../define";
import { q, spanOf, ymdText, cellText } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** The end is not before the start. */
export default scheduleRule({
  id: "schedule/end-before-start",
  severity: "error",
  title: { ru: "Элемент плана-графика заканчивается не раньше начала", en: "A calendar plan item does not end before it starts" },
  check(plan, ctx) {
    const out: Hit[] = [];
    for (const { item } of withParents(plan)) {
      const sp = spanOf(ctx, item.start, item.end);
      if (!sp.start || !sp.end || !item.end || compareYMD(sp.start, sp.end) <= 0) continue;
      out.push({
        row: item.end.row,
        col: item.end.col,
        message: {
          ru: `Окончание «${q(cellText(item.end))}» раньше начала «${q(item.start ? cellText(item.start) : "")}» («${q(item.name.text)}»): ожидается окончание не раньше начала (${ymdText(sp.start).ru}).`,
          en: `The end «${q(cellText(item.end))}» is before the start «${q(item.start ? cellText(item.start) : "")}» («${q(item.name.text)}»): an end no earlier than the start (${ymdText(sp.start).en}) is expected.`,
        },
      });
    }
    return out;
  },
});
