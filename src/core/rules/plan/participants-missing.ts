import { planRule } from "../define";
import type { Hit } from "../types";

/** The count column is there but the cell is empty (or a dash). */
export default planRule({
  id: "plan/participants-missing",
  severity: "warning",
  title: { ru: "Указано количество участников", en: "The participants count is given" },
  visitor(plan) {
    const out: Hit[] = [];
    const col = plan.columns.count;
    if (col === undefined) return { done: () => out };
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
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
      },
      done: () => out,
    };
  },
});
