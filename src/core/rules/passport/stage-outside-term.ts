import { passportRule } from "../define";
import { fmtInterval, partsOutside, q, cellText } from "../helpers";
import type { Hit } from "../types";

/** Stages and control points fall inside the project term. */
export default passportRule({
  id: "passport/stage-outside-term",
  severity: "error",
  title: { ru: "Этапы и контрольные точки внутри срока реализации", en: "Stages and control points lie inside the project term" },
  check(doc, ctx) {
    const out: Hit[] = [];
    const term = ctx.term;
    if (!term) return out;
    const t = fmtInterval(term);
    for (const s of doc.stages?.stages ?? [])
      for (const item of [s, ...s.controlPoints])
        for (const c of [item.start, item.end]) {
          if (!c) continue;
          const p = ctx.period(c);
          if (!p.ok) continue;
          const parts = partsOutside(p.period, term);
          if (parts.length === 0) continue;
          out.push({
            row: c.row,
            col: c.col,
            message: {
              ru: `Срок «${q(cellText(c))}» («${q(item.name.text)}») вне срока реализации проекта (${t.ru}): ожидается дата внутри срока.`,
              en: `The date «${q(cellText(c))}» («${q(item.name.text)}») lies outside the project term (${t.en}): a date inside the term is expected.`,
            },
          });
        }
    return out;
  },
});
