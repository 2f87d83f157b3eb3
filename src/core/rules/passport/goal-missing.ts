import { passportRule } from "../define";
import { blank, blockAt } from "../helpers";
import type { Hit } from "../types";

/** The passport states the project goal: without it the indicators and results measure nothing. */
export default passportRule({
  id: "passport/goal-missing",
  severity: "error",
  title: { ru: "Указана цель проекта", en: "The project goal is stated" },
  check(doc) {
    if (!blank(doc.goal?.text)) return [];
    const at = blockAt(doc, "goal");
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "В паспорте не указана цель проекта: ожидается строка «Цель проекта» с формулировкой цели.",
          en: "The passport states no goal: a row «Цель проекта» with the goal is expected.",
        },
      },
    ];
    return out;
  },
});
