import { numberingParts } from "../../recognition/tables";
import { scheduleRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

/** Numbers are hierarchical («1», «1.1», «1.1.1») and go in order under their parent. */
export default scheduleRule({
  id: "schedule/numbering",
  severity: "warning",
  title: { ru: "Нумерация плана-графика иерархическая и по порядку", en: "Calendar plan numbering is hierarchical and in order" },
  check(plan) {
    const out: Hit[] = [];
    if (plan.columns.number === undefined) return out;
    const nextChild = new Map<string, number>();
    const numberOf = new Map<object, number[]>();
    let nextStage = 1;
    for (const { item, parent } of withParents(plan)) {
      const parts = item.number ? numberingParts(item.number.text) : null;
      const parentParts = parent ? numberOf.get(parent) : [];
      if (!parentParts) continue;
      const key = parentParts.join(".");
      const n = parent ? nextChild.get(key) ?? 1 : nextStage;
      const want = [...parentParts, n];
      if (!parts || parts.join(".") !== want.join(".")) {
        const at = item.number ?? { row: item.row, col: plan.columns.number };
        out.push({
          row: at.row,
          col: at.col,
          message: {
            ru: `Номер «${q(item.number?.text ?? "")}» у «${q(item.name.text)}» не по порядку: ожидается ${want.join(".")}.`,
            en: `The number «${q(item.number?.text ?? "")}» of «${q(item.name.text)}» is out of order: ${want.join(".")} is expected.`,
          },
        });
      }
      const used = parts && parts.length === want.length && parts.slice(0, -1).join(".") === key ? parts : want;
      numberOf.set(item, used);
      if (parent) nextChild.set(key, used[used.length - 1] + 1);
      else nextStage = used[0] + 1;
    }
    return out;
  },
});
