import { intervalWithin } from "../../periods";
import type { TextCell } from "../../model";
import { planRule } from "../define";
import { fmtInterval, outsideTerm, q, sentence, termPhrase, whereOutside } from "../helpers";
import type { Hit } from "../types";
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
          ru: `Срок плана (${fmtInterval(plan.term.interval).ru}) выходит за пределы ${tp.ru}: ожидается срок плана внутри срока проекта.`,
          en: `The plan's term (${fmtInterval(plan.term.interval).en}) lies outside ${tp.en}: a plan term inside the project term is expected.`,
        },
      });
    }
    const visit = (c: TextCell): void => {
      const o = outsideTerm(ctx, c);
      if (!o || o.against !== "passport" || o.august) return;
      const list = o.parts.map((x) => whereOutside(x, pt));
      const what = typeof c.raw === "number" ? { ru: "Дата", en: "The date" } : { ru: `Срок «${q(c.text)}»`, en: `The period «${q(c.text)}»` };
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `${what.ru} выходит за пределы ${tp.ru}: ${list.map((x) => x.ru).join("; ")}. Ожидается срок внутри срока проекта.`,
          en: sentence(`${what.en} lies outside ${tp.en}: ${list.map((x) => x.en).join("; ")}`) + " A period inside the project term is expected.",
        },
      });
    };
    for (const s of plan.sections) for (const a of s.activities) forPeriodCells(a, visit);
    return out;
  },
});
