import { planRule } from "../define";
import type { Hit } from "../types";

/** A numbered row says what is done. */
export default planRule({
  id: "plan/activity-missing",
  severity: "warning",
  title: { ru: "У мероприятия есть описание", en: "Every activity says what is done" },
  check(plan) {
    const out: Hit[] = [];
    const col = plan.columns.activity;
    if (col === undefined) return out;
    for (const s of plan.sections)
      for (const a of s.activities)
        if (!a.activity)
          out.push({
            row: a.row,
            col,
            message: { ru: "Не указано, что за мероприятие: ожидается описание деятельности.", en: "The activity is not described: a description is expected." },
          });
    return out;
  },
});
