import { compareYMD, intervalWithin } from "../../periods";
import type { TextCell } from "../../model";
import { planRule } from "../define";
import { fmtInterval, partsOutside, q, termPhrase, whereOutside } from "../helpers";
import type { Hit } from "../types";
import { forPeriodCells } from "./cells";

/**
 * The passport is the model the plan is checked against. A plan without a term of its own is checked
 * against the passport's term by plan/period-outside-term. A plan with its own term («на 2021-2022 учебный
 * год») is checked here: its term must lie inside the passport's, and activities inside the plan's term but
 * outside the passport's are reported (what is outside the plan's own term is reported once, there).
 * When the two terms share no month, the one finding at the plan's term says it all.
 */
export default planRule({
  id: "plan/outside-passport-term",
  severity: "error",
  title: { ru: "План укладывается в срок проекта по паспорту", en: "The plan lies inside the passport's term" },
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
          ru: `Срок плана (${fmtInterval(plan.term.interval).ru}) выходит за пределы ${tp.ru}: ожидается срок плана внутри срока проекта.`,
          en: `The plan's term (${fmtInterval(plan.term.interval).en}) lies outside ${tp.en}: a plan term inside the project term is expected.`,
        },
      });
      // no common month at all: the plan is for another period (or the passport is another project's); one finding says it
      if (compareYMD(plan.term.interval.end, pt.start) < 0 || compareYMD(plan.term.interval.start, pt.end) > 0) return out;
    }
    const visit = (c: TextCell): void => {
      const p = ctx.period(c);
      if (!p.ok) return;
      const parts = partsOutside(p.period, pt).filter((x) => intervalWithin(x, own));
      if (parts.length === 0 || partsOutside(p.period, own).length > 0) return;
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Срок «${q(c.text)}» выходит за пределы ${tp.ru}: ${parts.map((x) => whereOutside(x, pt).ru).join("; ")}. Ожидается срок внутри срока проекта.`,
          en: `The period «${q(c.text)}» lies outside ${tp.en}: ${parts.map((x) => whereOutside(x, pt).en).join("; ")}. A period inside the project term is expected.`,
        },
      });
    };
    for (const s of plan.sections)
      for (const a of s.activities) {
        forPeriodCells(a, visit);
      }
    return out;
  },
});
