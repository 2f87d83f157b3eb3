import { planRule } from "../define";
import type { Hit } from "../types";

/** A numbered row says what is done. */
export default planRule({
  id: "plan/activity-missing",
  severity: "warning",
  title: { ru: "У мероприятия есть описание", en: "Every activity says what is done" },
  visitor(plan) {
    const out: Hit[] = [];
    const col = plan.columns.activity;
    if (col === undefined) return { done: () => out };
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          if (!a.activity)
            out.push({
              row: a.row,
              col,
              message: { ru: "Не указано, что за мероприятие: ожидается описание деятельности.", en: "The activity is not described: a description is expected." },
            });
        }
      },
      done: () => out,
    };
  },
});
