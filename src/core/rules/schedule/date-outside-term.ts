import { scheduleRule } from "../define";
import { partsOutside, q, termPhrase } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** Every date lies inside the term: the calendar plan's own, else the passport's. */
export default scheduleRule({
  id: "schedule/date-outside-term",
  severity: "error",
  title: { ru: "Сроки плана-графика внутри срока реализации", en: "Calendar plan dates lie inside the term" },
  check(plan, ctx) {
    const out: Hit[] = [];
    const term = ctx.term;
    if (!term) return out;
    const tp = termPhrase(ctx, term, ctx.termSource);
    for (const { item } of withParents(plan)) {
      const seen = new Set<string>();
      for (const c of [item.start, item.end]) {
        if (!c || seen.has(`${c.row}:${c.col}`)) continue;
        seen.add(`${c.row}:${c.col}`);
        const p = ctx.period(c);
        if (!p.ok || partsOutside(p.period, term).length === 0) continue;
        out.push({
          row: c.row,
          col: c.col,
          message: {
            ru: `Срок «${q(c.text)}» («${q(item.name.text)}») выходит за пределы ${tp.ru}: ожидается дата внутри срока.`,
            en: `The date «${q(c.text)}» («${q(item.name.text)}») lies outside ${tp.en}: a date inside the term is expected.`,
          },
        });
      }
    }
    return out;
  },
});
