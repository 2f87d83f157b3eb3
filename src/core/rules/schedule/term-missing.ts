import { scheduleRule } from "../define";
import type { Hit } from "../types";

/**
 * A calendar plan checked with no term at all (none in its title, no passport in the workbook, no earlier sheet it continues)
 * says so: its periods cannot be held to anything, and a person should know that nothing was.
 */
export default scheduleRule({
  id: "schedule/term-missing",
  severity: "warning",
  title: { ru: "План-график проверяется со сроком реализации", en: "The calendar plan is checked against a term" },
  check(plan, ctx) {
    if (ctx.term) return [];
    const at = plan.title ?? { row: Math.max(0, plan.headerRow), col: plan.columns.name ?? 0 };
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "Срок реализации не найден: в заголовке нет срока («на 2023-2024 учебный год»), в книге нет паспорта проекта — сроки этапов и мероприятий не сверены ни с каким сроком.",
          en: "No term found: the title states none («на 2023-2024 учебный год») and the workbook has no passport — the dates of its stages and activities were not held to any term.",
        },
      },
    ];
    return out;
  },
});
