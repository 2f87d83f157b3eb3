import { planRule } from "../define";
import { hit } from "../helpers";
import type { Hit } from "../types";

/** Every activity says when it happens. */
export default planRule({
  id: "plan/period-missing",
  severity: "error",
  title: { ru: "У каждого мероприятия указаны сроки", en: "Every activity has a period" },
  visitor(plan) {
    const out: Hit[] = [];
    const col = plan.columns.period;
    if (col === undefined) {
      out.push(
        hit(
          { row: plan.headerRow, col: 0 },
          "В таблице плана нет столбца «Сроки»: ожидается столбец со сроками мероприятий.",
          "The plan table has no «Сроки» column: a column with the activity periods is expected.",
        ),
      );
      return { done: () => out };
    }
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          if (!a.period && !a.start && !a.end)
            out.push(
              hit(
                { row: a.row, col },
                `Не указаны сроки мероприятия «${short(a.activity?.text)}»: ожидается, например, «Октябрь 2021 г.» или «В течение года».`,
                `The activity «${short(a.activity?.text)}» has no period: expected e.g. «Октябрь 2021 г.» or «В течение года».`,
              ),
            );
        }
      },
      done: () => out,
    };
  },
});

function short(t: string | undefined): string {
  const s = (t ?? "").replace(/\s+/g, " ").trim();
  return s.length > 60 ? s.slice(0, 59) + "…" : s || "без названия";
}
