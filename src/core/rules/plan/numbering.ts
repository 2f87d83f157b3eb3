import { numberingParts } from "../../recognition/tables";
import { planRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Numbering goes 1, 2, 3 … in each section (restarting per section, as in the seed, or running on through the plan). */
export default planRule({
  id: "plan/numbering",
  severity: "warning",
  title: { ru: "Нумерация мероприятий в разделе по порядку", en: "Activities are numbered in order within a section" },
  visitor(plan, ctx) {
    const out: Hit[] = [];
    const col = plan.columns.number;
    if (col === undefined) return { done: () => out };
    // numbering restarts in each section (the seed), or runs on through the whole plan: both are in order
    // a sheet that continues a plan from an earlier sheet may go on with its numbering
    let runOn = (ctx.continues?.lastNumber ?? 0) + 1;
    let expected = 1;
    let place = 0;
    let first = true;
    return {
      section() {
        expected = 1;
        place = 0;
        first = true;
      },
      activities(list, from, to, s) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          place++;
          if (!a.number) {
            out.push({ row: a.row, col, message: { ru: `Мероприятие без номера: ожидается № ${expected}.`, en: `An activity without a number: № ${expected} is expected.` } });
            expected++;
            first = false;
            continue;
          }
          const parts = numberingParts(a.number.text);
          if (!parts || parts.length !== 1) continue;
          const n = parts[0];
          // in order: it follows the number before it, or it has its place (1, 2, 2, 4: only the second «2» is out)
          const inOrder = n === expected || n === place || (first && n === runOn);
          if (!inOrder) {
            out.push({
              row: a.number.row,
              col: a.number.col,
              message: {
                ru: `Номер «${q(a.number.text)}» не по порядку${s.name ? ` в разделе «${q(s.name.text)}»` : ""}: ожидается ${expected}.`,
                en: `The number «${q(a.number.text)}» is out of order${s.name ? ` in the section «${q(s.name.text)}»` : ""}: ${expected} is expected.`,
              },
            });
          }
          expected = n + 1;
          runOn = n + 1;
          first = false;
        }
      },
      done: () => out,
    };
  },
});
