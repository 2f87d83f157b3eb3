import { numberingParts } from "../../recognition/tables";
import { planRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Numbering restarts in each section and goes 1, 2, 3 … */
export default planRule({
  id: "plan/numbering",
  severity: "warning",
  title: { ru: "Нумерация мероприятий в разделе по порядку", en: "Activities are numbered in order within a section" },
  check(plan) {
    const out: Hit[] = [];
    const col = plan.columns.number;
    if (col === undefined) return out;
    for (const s of plan.sections) {
      let expected = 1;
      for (const a of s.activities) {
        if (!a.number) {
          out.push({ row: a.row, col, message: { ru: `Мероприятие без номера: ожидается № ${expected}.`, en: `An activity without a number: № ${expected} is expected.` } });
          expected++;
          continue;
        }
        const parts = numberingParts(a.number.text);
        if (!parts || parts.length !== 1) continue;
        if (parts[0] !== expected) {
          out.push({
            row: a.number.row,
            col: a.number.col,
            message: {
              ru: `Номер «${q(a.number.text)}» не по порядку${s.name ? ` в разделе «${q(s.name.text)}»` : ""}: ожидается ${expected}.`,
              en: `The number «${q(a.number.text)}» is out of order${s.name ? ` in the section «${q(s.name.text)}»` : ""}: ${expected} is expected.`,
            },
          });
        }
        expected = parts[0] + 1;
      }
    }
    return out;
  },
});
