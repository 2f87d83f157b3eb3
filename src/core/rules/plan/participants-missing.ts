import { planRule } from "../define";
import type { Hit } from "../types";

/** The count column is there but the cell is empty (or a dash). */
export default planRule({
  id: "plan/participants-missing",
  severity: "warning",
  title: { ru: "Указано количество участников", en: "The participants count is given" },
  check(plan) {
    const out: Hit[] = [];
    const col = plan.columns.count;
    if (col === undefined) return out;
    for (const s of plan.sections)
      for (const a of s.activities) {
        const c = a.participantsCount;
        if (c && c.number.kind !== "empty") continue;
        out.push({
          row: a.row,
          col,
          message: {
            ru: "Не указано количество участников: ожидается число, например «25».",
            en: "The participants count is empty: a number such as «25» is expected.",
          },
        });
      }
    return out;
  },
});
