import { passportRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";

/** Each indicator has a base value (achievement is counted from it). */
export default passportRule({
  id: "passport/indicator-base-missing",
  severity: "error",
  title: { ru: "У показателя есть базовое значение", en: "Every indicator has a base value" },
  check(doc) {
    const out: Hit[] = [];
    const t = doc.indicators;
    if (!t || t.indicators.length === 0) return out;
    if (t.baseCol === undefined) {
      out.push({
        row: t.at.row,
        col: t.at.col,
        message: {
          ru: "В таблице показателей нет столбца базового значения: ожидается столбец «Базовое значение» или год до начала проекта (например «2016 год»).",
          en: "The indicator table has no base value column: a «Базовое значение» column or a year before the project (e.g. «2016 год») is expected.",
        },
      });
      return out;
    }
    for (const ind of t.indicators) {
      if (ind.base && ind.base.number.kind !== "empty") continue;
      out.push({
        row: ind.row,
        col: t.baseCol,
        message: {
          ru: `У показателя «${q(ind.name.text)}» нет базового значения${t.baseYear ? ` (${t.baseYear} год)` : ""}: ожидается число.`,
          en: `The indicator «${q(ind.name.text)}» has no base value${t.baseYear ? ` (${t.baseYear})` : ""}: a number is expected.`,
        },
      });
    }
    return out;
  },
});
