import { planRule } from "../define";
import type { Hit } from "../types";

/** Each activity has a responsible person. */
export default planRule({
  id: "plan/responsible-missing",
  severity: "error",
  title: { ru: "У каждого мероприятия есть ответственный", en: "Every activity has a responsible person" },
  check(plan) {
    const out: Hit[] = [];
    const col = plan.columns.responsible;
    if (col === undefined) {
      out.push({
        row: plan.headerRow,
        col: 0,
        message: {
          ru: "В таблице плана нет столбца «Ответственный»: ожидается столбец с ФИО, должностью и телефоном ответственного.",
          en: "The plan table has no «Ответственный» column: a column with the responsible person's name, position and phone is expected.",
        },
      });
      return out;
    }
    for (const s of plan.sections)
      for (const a of s.activities)
        if (!a.responsible)
          out.push({
            row: a.row,
            col,
            message: {
              ru: "Не указан ответственный: ожидается «Фамилия И.О., должность, т. …».",
              en: "No responsible person: expected «Surname I.O., position, phone».",
            },
          });
    return out;
  },
});
