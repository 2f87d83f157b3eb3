import { scheduleRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";
import { KIND_EN, KIND_RU, withParents } from "./items";

/** Activities have a start and an end; control points at least their date (end). */
export default scheduleRule({
  id: "schedule/date-missing",
  severity: "error",
  title: { ru: "У мероприятий и контрольных точек есть сроки", en: "Activities and control points have dates" },
  check(plan) {
    const out: Hit[] = [];
    const endCol = plan.columns.end ?? plan.columns.period;
    const startCol = plan.columns.start ?? plan.columns.period;
    for (const { item } of withParents(plan)) {
      if (item.kind === "stage") continue;
      const missingEnd = !item.end && endCol !== undefined;
      const missingStart = item.kind === "activity" && !item.start && startCol !== undefined;
      if (!missingEnd && !missingStart) continue;
      const what =
        missingEnd && missingStart ? { ru: "сроки начала и окончания", en: "start and end" } : missingEnd ? { ru: "срок окончания", en: "end date" } : { ru: "срок начала", en: "start date" };
      out.push({
        row: item.row,
        col: (missingEnd ? endCol : startCol) ?? item.name.col,
        message: {
          ru: `У элемента «${q(item.name.text)}» (${KIND_RU[item.kind]}) не указан ${what.ru}: ожидается дата или месяц и год.`,
          en: `«${q(item.name.text)}» (${KIND_EN[item.kind]}) has no ${what.en}: a date or a month and year is expected.`,
        },
      });
    }
    return out;
  },
});
