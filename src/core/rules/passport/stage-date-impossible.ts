import { passportRule } from "../define";
import { impossibleDateHits } from "../helpers";
import type { Hit } from "../types";
import { stageDateCells } from "./stage-cells";

/** A date that does not exist («31.02.2025») makes the document wrong: an error, not a reading problem. */
export default passportRule({
  id: "passport/stage-date-impossible",
  severity: "error",
  title: { ru: "Даты существуют в календаре", en: "Dates exist in the calendar" },
  check(doc, ctx) {
    const out: Hit[] = [];
    for (const c of stageDateCells(doc)) impossibleDateHits(c, ctx.period(c), out);
    return out;
  },
});
