import { compareYMD, intervalWithin } from "../../periods";
import { scheduleRule } from "../define";
import { fmtInterval, partsOutside, q, termPhrase } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** With a term of its own, the calendar plan is still checked against the passport's term (what the own term already catches is not repeated). */
export default scheduleRule({
  id: "schedule/outside-passport-term",
  severity: "error",
  title: { ru: "План-график укладывается в срок проекта по паспорту", en: "The calendar plan lies inside the passport's term" },
  check(plan, ctx) {
    const out: Hit[] = [];
    const pt = ctx.passportTerm;
    if (!pt || ctx.termSource !== "own" || !ctx.term) return out;
    const own = ctx.term;
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
      if (compareYMD(plan.term.interval.end, pt.start) < 0 || compareYMD(plan.term.interval.start, pt.end) > 0) return out;
    }
    for (const { item } of withParents(plan)) {
      for (const c of [item.start, item.end]) {
        if (!c) continue;
        const p = ctx.period(c);
        if (!p.ok || partsOutside(p.period, own).length > 0 || partsOutside(p.period, pt).length === 0) continue;
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
