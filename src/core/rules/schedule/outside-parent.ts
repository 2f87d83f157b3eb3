import { compareYMD } from "../../periods";
import { scheduleRule } from "../define";
import { fmtInterval, q, spanOf, cellText } from "../helpers";
import type { Hit } from "../types";
import { KIND_EN, KIND_RU, withParents } from "./items";

/** An activity lies inside its stage, a control point inside its activity or stage. */
export default scheduleRule({
  id: "schedule/outside-parent",
  severity: "error",
  title: { ru: "Мероприятие внутри этапа, контрольная точка внутри мероприятия", en: "Activities lie inside their stage, control points inside their activity" },
  check(plan, ctx) {
    const out: Hit[] = [];
    for (const { item, parent } of withParents(plan)) {
      if (!parent) continue;
      const ps = spanOf(ctx, parent.start, parent.end);
      // a parent that ends before it starts is wrong itself (schedule/end-before-start): nothing to measure against
      if (!ps.start || !ps.end || compareYMD(ps.start, ps.end) > 0) continue;
      const sp = spanOf(ctx, item.start, item.end);
      const pText = fmtInterval({ start: ps.start, end: ps.end });
      const bad: { cell: NonNullable<typeof item.start> }[] = [];
      if (sp.start && item.start && compareYMD(sp.start, ps.start) < 0) bad.push({ cell: item.start });
      if (sp.end && item.end && compareYMD(sp.end, ps.end) > 0 && !(item.start && bad.length > 0 && item.start === item.end)) bad.push({ cell: item.end });
      for (const b of bad)
        out.push({
          row: b.cell.row,
          col: b.cell.col,
          message: {
            ru: `Срок «${q(cellText(b.cell))}» (${KIND_RU[item.kind]} «${q(item.name.text)}») вне сроков «${q(parent.name.text)}» (${pText.ru}): ожидается дата внутри них.`,
            en: `The date «${q(cellText(b.cell))}» (${KIND_EN[item.kind]} «${q(item.name.text)}») lies outside «${q(parent.name.text)}» (${pText.en}): a date inside it is expected.`,
          },
        });
    }
    return out;
  },
});
