import { planRule } from "../define";
import type { Hit } from "../types";

/**
 * A plan checked with no term at all (none in its title, no passport in the workbook, no earlier sheet it continues)
 * says so: its periods cannot be held to anything, and a person should know that nothing was.
 */
export default planRule({
  id: "plan/term-missing",
  severity: "warning",
  title: { ru: "План проверяется со сроком реализации", en: "The plan is checked against a term" },
  visitor(plan, ctx) {
    if (ctx.term) return { done: () => [] };
    const at = plan.title ?? { row: Math.max(0, plan.headerRow), col: plan.columns.activity ?? 0 };
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "Срок реализации не найден: в заголовке нет срока («на 2023-2024 учебный год»), в книге нет паспорта проекта — сроки мероприятий не сверены ни с каким сроком.",
          en: "No term found: the title states none («на 2023-2024 учебный год») and the workbook has no passport — the activity periods were not held to any term.",
        },
      },
    ];
    return { done: () => out };
  },
});
