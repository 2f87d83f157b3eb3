import { passportRule } from "../define";
import { blockAt } from "../helpers";
import type { Hit } from "../types";

/** The passport gives its financing: sources and amounts (a zero is an amount; an empty table is not). */
export default passportRule({
  id: "passport/financing-missing",
  severity: "warning",
  title: { ru: "Указано финансирование проекта", en: "The project financing is given" },
  check(doc) {
    if (
      (doc.financing?.sources ?? []).some((s) => s.values.some((v) => v !== undefined && v.number.kind !== "empty") || (s.total !== undefined && s.total.number.kind !== "empty")) ||
      (doc.financing?.total?.values ?? []).some((v) => v !== undefined && v.number.kind !== "empty")
    )
      return [];
    const at = blockAt(doc, "financing");
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "В паспорте не указано финансирование: ожидаются источники финансирования и суммы по годам (ноль — тоже сумма).",
          en: "The passport gives no financing: the funding sources and their amounts by year are expected (a zero is an amount too).",
        },
      },
    ];
    return out;
  },
});
