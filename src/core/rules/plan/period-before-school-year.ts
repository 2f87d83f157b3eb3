import type { TextCell } from "../../model";
import { planRule } from "../define";
import { fmtInterval, outsideTerm, q, termPhrase, cellText } from "../helpers";
import type { Hit } from "../types";
import { forPeriodCells } from "./cells";

/**
 * A plan for a school year («на 2021-2022 учебный год», September to August) traditionally lists the August
 * teachers' conference held just before the year starts («Август 2021 г.»). That is not wrong enough to be an
 * error: a warning, so that someone looks. Any month further outside the term stays an error
 * (plan/period-outside-term, plan/outside-passport-term).
 */
export default planRule({
  id: "plan/period-before-school-year",
  severity: "warning",
  title: { ru: "Август перед учебным годом: мероприятие до начала срока", en: "The August before a school year: an activity before the term starts" },
  visitor(_plan, ctx) {
    const out: Hit[] = [];
    if (!ctx.term && !ctx.ownTerm) return { done: () => out };
    const visit = (c: TextCell): void => {
      const o = outsideTerm(ctx, c);
      if (!o || !o.august) return;
      const tp = termPhrase(ctx, o.term, o.against);
      const aug = fmtInterval(o.parts[0]);
      const what = typeof c.raw === "number" ? { ru: "Дата", en: "The date" } : { ru: `Срок «${q(cellText(c))}»`, en: `The period «${q(cellText(c))}»` };
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `${what.ru} приходится на август перед началом учебного года (${aug.ru}), до начала ${tp.ru}. Так бывает с августовской конференцией; если мероприятие относится к этому плану, укажите его в сроке или перенесите в план прошлого года.`,
          en: `${what.en} falls in the August before the school year (${aug.en}), before the start of ${tp.en}. That is usual for the August teachers' conference; if the activity belongs to this plan, include it in the term or move it to last year's plan.`,
        },
      });
    };
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) forPeriodCells(list[i], visit);
      },
      done: () => out,
    };
  },
});
