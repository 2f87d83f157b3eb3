import type { ScheduleItem, TextCell } from "../../model";
import { scheduleRule } from "../define";
import { outsidePassportTerm, q, cellText } from "../helpers";
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
    const check = outsidePassportTerm<{ cell: TextCell; item: ScheduleItem }>(ctx, {
      term: plan.term,
      termMessage: (own, tp) => ({
        ru: `Срок плана-графика (${own.ru}) выходит за пределы ${tp.ru}: ожидается срок внутри срока проекта.`,
        en: `The calendar plan's term (${own.en}) lies outside ${tp.en}: a term inside the project term is expected.`,
      }),
      cellOf: (c) => c.cell,
      cellMessage: ({ cell: c, item }, _o, tp) => ({
        ru: `Срок «${q(cellText(c))}» («${q(item.name.text)}») выходит за пределы ${tp.ru}: ожидается дата внутри срока проекта.`,
        en: `The date «${q(cellText(c))}» («${q(item.name.text)}») lies outside ${tp.en}: a date inside the project term is expected.`,
      }),
    });
    for (const { item } of withParents(plan)) for (const cell of datedCells(item)) check.visit({ cell, item });
    return check.done();
  },
});
