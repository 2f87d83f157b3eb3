import { intervalWithin } from "../../periods";
import { scheduleRule } from "../define";
import { fmtInterval, outsideTerm, q, termPhrase } from "../helpers";
import type { Hit } from "../types";
import { datedCells, withParents } from "./items";

/**
 * Every date of the calendar plan lies inside the project term of the workbook's passport, each reported at
 * its own cell; a calendar plan that states a term of its own outside the passport's is reported at that term too.
 */
export default scheduleRule({
  id: "schedule/outside-passport-term",
  severity: "error",
  title: { ru: "План-график укладывается в срок проекта по паспорту", en: "The calendar plan lies inside the passport's term" },
  check(plan, ctx) {
    const out: Hit[] = [];
    const pt = ctx.passportTerm;
    if (!pt) return out;
    const tp = termPhrase(ctx, pt, "passport");
    if (plan.term && plan.term.interval && !intervalWithin(plan.term.interval, pt)) {
      const c = plan.term.cell;
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Срок плана-графика (${fmtInterval(plan.term.interval).ru}) выходит за пределы ${tp.ru}: ожидается срок внутри срока проекта.`,
          en: `The calendar plan's term (${fmtInterval(plan.term.interval).en}) lies outside ${tp.en}: a term inside the project term is expected.`,
        },
      });
    }
    for (const { item } of withParents(plan)) {
      for (const c of datedCells(item)) {
        if (!c) continue;
        const o = outsideTerm(ctx, c);
        if (!o || o.against !== "passport") continue;
        out.push({
          row: c.row,
          col: c.col,
          message: {
            ru: `Срок «${q(c.text)}» («${q(item.name.text)}») выходит за пределы ${tp.ru}: ожидается дата внутри срока проекта.`,
            en: `The date «${q(c.text)}» («${q(item.name.text)}») lies outside ${tp.en}: a date inside the project term is expected.`,
          },
        });
      }
    }
    return out;
  },
});
