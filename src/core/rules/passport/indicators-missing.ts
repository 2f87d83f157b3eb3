import { passportRule } from "../define";
import { blockAt } from "../helpers";
import type { Hit } from "../types";

/** The passport has at least one indicator row: a project is measured by its indicators. */
export default passportRule({
  id: "passport/indicators-missing",
  severity: "error",
  title: { ru: "В паспорте есть показатели", en: "The passport has indicators" },
  check(doc) {
    if ((doc.indicators?.indicators.length ?? 0) > 0) return [];
    const at = blockAt(doc, "indicators");
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "В паспорте нет показателей: ожидается таблица «Показатели проекта» хотя бы с одной строкой (наименование, базовое и плановые значения).",
          en: "The passport has no indicators: a table «Показатели проекта» with at least one row (name, base and planned values) is expected.",
        },
      },
    ];
    return out;
  },
});
