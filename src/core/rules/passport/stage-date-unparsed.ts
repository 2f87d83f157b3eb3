import { passportRule } from "../define";
import { periodReadingHits } from "../helpers";
import type { Hit } from "../types";
import { stageDateCells } from "./stage-cells";

/** Start and end cells of stages and control points can be read as dates. */
export default passportRule({
  id: "passport/stage-date-unparsed",
  severity: "warning",
  title: { ru: "Сроки этапов и контрольных точек записаны понятно", en: "Stage and control point dates can be read" },
  check(doc, ctx) {
    const out: Hit[] = [];
    for (const c of stageDateCells(doc)) periodReadingHits(c, ctx.period(c), out);
    return out;
  },
});
