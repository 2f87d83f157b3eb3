import { compareYMD } from "../../periods";
import { planRule } from "../define";
import { q, spanOf, ymdText, cellText } from "../helpers";
import type { Hit } from "../types";

/** «Ноябрь 2021 г. – сентябрь 2021 г.», or a start date column after the end date column: the end lies before the start. */
export default planRule({
  id: "plan/period-end-before-start",
  severity: "error",
  title: { ru: "Срок мероприятия начинается раньше, чем заканчивается", en: "An activity period starts before it ends" },
  visitor(_plan, ctx) {
    const out: Hit[] = [];
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          if (a.period) {
            const p = ctx.period(a.period);
            if (p.ok && p.period.kind === "interval" && !p.period.deadline && compareYMD(p.period.start, p.period.end) > 0) {
              const st = ymdText(p.period.start);
              const en = ymdText(p.period.end);
              out.push({
                row: a.period.row,
                col: a.period.col,
                message: {
                  ru: `Срок «${q(cellText(a.period))}» заканчивается (${en.ru}) раньше, чем начинается (${st.ru}): ожидается начало не позже окончания.`,
                  en: `The period «${q(cellText(a.period))}» ends (${en.en}) before it starts (${st.en}): the start must not be after the end.`,
                },
              });
            }
          }
          if (a.start && a.end) {
            const sp = spanOf(ctx, a.start, a.end);
            if (sp.start && sp.end && compareYMD(sp.start, sp.end) > 0)
              out.push({
                row: a.end.row,
                col: a.end.col,
                message: {
                  ru: `Окончание «${q(cellText(a.end))}» раньше начала «${q(cellText(a.start))}»: ожидается окончание не раньше начала (${ymdText(sp.start).ru}).`,
                  en: `The end «${q(cellText(a.end))}» is before the start «${q(cellText(a.start))}»: an end no earlier than the start (${ymdText(sp.start).en}) is expected.`,
                },
              });
          }
        }
      },
      done: () => out,
    };
  },
});
