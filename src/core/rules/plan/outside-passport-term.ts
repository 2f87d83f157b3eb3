import type { TextCell } from "../../model";
import { planRule } from "../define";
import { outsidePassportTerm, q, sentence, whereOutside, cellText } from "../helpers";
import { forPeriodCells } from "./cells";

/**
 * The passport is the model the plan is checked against: every activity lies inside the project term of
 * the workbook's passport, each reported at its own cell (whether or not the plan states a term of its
 * own). A plan that states its own term («на 2021-2022 учебный год») outside the passport's is reported at
 * that term too. The August right before a school-year term is plan/period-before-school-year (a warning).
 */
export default planRule({
  id: "plan/outside-passport-term",
  severity: "error",
  title: { ru: "Мероприятия плана внутри срока проекта по паспорту", en: "Plan activities lie inside the passport's term" },
  visitor(plan, ctx) {
    const check = outsidePassportTerm<TextCell>(ctx, {
      term: plan.term,
      termMessage: (own, tp) => ({
        ru: `Срок плана (${own.ru}) выходит за пределы ${tp.ru}: ожидается срок плана внутри срока проекта.`,
        en: `The plan's term (${own.en}) lies outside ${tp.en}: a plan term inside the project term is expected.`,
      }),
      cellOf: (c) => c,
      skipAugustBefore: true,
      cellMessage: (c, o, tp) => {
        const list = o.parts.map((x) => whereOutside(x, o.term));
        const what = typeof c.raw === "number" ? { ru: "Дата", en: "The date" } : { ru: `Срок «${q(cellText(c))}»`, en: `The period «${q(cellText(c))}»` };
        return {
          ru: `${what.ru} выходит за пределы ${tp.ru}: ${list.map((x) => x.ru).join("; ")}. Ожидается срок внутри срока проекта.`,
          en: sentence(`${what.en} lies outside ${tp.en}: ${list.map((x) => x.en).join("; ")}`) + " A period inside the project term is expected.",
        };
      },
    });
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) forPeriodCells(list[i], check.visit);
      },
      done: check.done,
    };
  },
});
