import { scheduleRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** A control point names the document that proves it. */
export default scheduleRule({
  id: "schedule/document-missing",
  severity: "warning",
  title: { ru: "У контрольной точки указан подтверждающий документ", en: "A control point names its proving document" },
  check(plan) {
    const out: Hit[] = [];
    const col = plan.columns.document;
    if (col === undefined) return out;
    for (const { item } of withParents(plan))
      if (item.kind === "controlPoint" && !item.document)
        out.push({
          row: item.row,
          col,
          message: {
            ru: `У контрольной точки «${q(item.name.text)}» не указан подтверждающий документ: ожидается, например, «Приказ», «Протокол», «Отчёт».`,
            en: `The control point «${q(item.name.text)}» names no proving document: e.g. «Приказ», «Протокол», «Отчёт» is expected.`,
          },
        });
    return out;
  },
});
