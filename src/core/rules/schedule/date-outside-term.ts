import { scheduleRule } from "../define";
import { outsideTerm, q, termPhrase, cellText } from "../helpers";
import type { Hit } from "../types";
import { datedCells, withParents } from "./items";

/**
 * Every date lies inside the calendar plan's own term (its title or term cells). What lies outside the
 * passport's term is reported by schedule/outside-passport-term.
 */
export default scheduleRule({
  id: "schedule/date-outside-term",
  severity: "error",
  title: { ru: "Сроки плана-графика внутри срока реализации", en: "Calendar plan dates lie inside the term" },
  check(plan, ctx) {
    const out: Hit[] = [];
    const own = ctx.ownTerm;
    if (!own) return out;
    const tp = termPhrase(ctx, own, "own");
    for (const { item } of withParents(plan)) {
      for (const c of datedCells(item)) {
        if (!c) continue;
        const o = outsideTerm(ctx, c);
        if (!o || o.against !== "own") continue;
        out.push({
          row: c.row,
          col: c.col,
          message: {
            ru: `Срок «${q(cellText(c))}» («${q(item.name.text)}») выходит за пределы ${tp.ru}: ожидается дата внутри срока.`,
            en: `The date «${q(cellText(c))}» («${q(item.name.text)}») lies outside ${tp.en}: a date inside the term is expected.`,
          },
        });
      }
    }
    return out;
  },
});
