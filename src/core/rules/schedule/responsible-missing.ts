import { scheduleRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";
import { KIND_EN, KIND_RU, withParents } from "./items";

/** Each activity and control point has a responsible person. */
export default scheduleRule({
  id: "schedule/responsible-missing",
  severity: "error",
  title: { ru: "У мероприятий и контрольных точек есть ответственный", en: "Activities and control points have a responsible person" },
  check(plan) {
    const out: Hit[] = [];
    const col = plan.columns.responsible;
    if (col === undefined) {
      out.push({
        row: plan.headerRow,
        col: 0,
        message: { ru: "В плане-графике нет столбца «Ответственный»: ожидается столбец с ФИО ответственного.", en: "The calendar plan has no «Ответственный» column: a column with the responsible person is expected." },
      });
      return out;
    }
    for (const { item } of withParents(plan)) {
      if (item.kind === "stage" || item.responsible) continue;
      out.push({
        row: item.row,
        col,
        message: {
          ru: `У элемента «${q(item.name.text)}» (${KIND_RU[item.kind]}) не указан ответственный: ожидается «Фамилия И.О., должность».`,
          en: `«${q(item.name.text)}» (${KIND_EN[item.kind]}) has no responsible person: «Surname I.O., position» is expected.`,
        },
      });
    }
    return out;
  },
});
