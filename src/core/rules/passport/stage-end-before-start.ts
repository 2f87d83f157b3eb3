import { compareYMD } from "../../periods";
import { passportRule } from "../define";
import { q, spanOf, ymdText, cellText } from "../helpers";
import type { Hit } from "../types";

/** «Срок окончания» is not before «Срок начала». */
export default passportRule({
  id: "passport/stage-end-before-start",
  severity: "error",
  title: { ru: "Этап и контрольная точка заканчиваются не раньше начала", en: "Stages and control points do not end before they start" },
  check(doc, ctx) {
    const out: Hit[] = [];
    for (const s of doc.stages?.stages ?? [])
      for (const item of [s, ...s.controlPoints]) {
        const span = spanOf(ctx, item.start, item.end);
        if (!span.start || !span.end || !item.end || compareYMD(span.start, span.end) <= 0) continue;
        out.push({
          row: item.end.row,
          col: item.end.col,
          message: {
            ru: `Срок окончания «${q(cellText(item.end))}» раньше срока начала «${q(cellText(item.start!))}» («${q(item.name.text)}»): ожидается окончание не раньше начала (${ymdText(span.start).ru}).`,
            en: `The end «${q(cellText(item.end))}» is before the start «${q(cellText(item.start!))}» («${q(item.name.text)}»): an end no earlier than the start (${ymdText(span.start).en}) is expected.`,
          },
        });
      }
    return out;
  },
});
