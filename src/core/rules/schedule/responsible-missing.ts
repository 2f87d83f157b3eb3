import type { ScheduleItem } from "../../model";
import { scheduleRule } from "../define";
import { q, responsibleMissing } from "../helpers";
import { KIND_EN, KIND_RU, withParents } from "./items";

/** Each activity and control point has a responsible person. */
export default scheduleRule({
  id: "schedule/responsible-missing",
  severity: "error",
  title: { ru: "У мероприятий и контрольных точек есть ответственный", en: "Activities and control points have a responsible person" },
  check(plan) {
    const check = responsibleMissing<ScheduleItem>(plan, {
      noColumn: {
        ru: "В плане-графике нет столбца «Ответственный»: ожидается столбец с ФИО ответственного.",
        en: "The calendar plan has no «Ответственный» column: a column with the responsible person is expected.",
      },
      message: (item) => ({
        ru: `У элемента «${q(item.name.text)}» (${KIND_RU[item.kind]}) не указан ответственный: ожидается «Фамилия И.О., должность».`,
        en: `«${q(item.name.text)}» (${KIND_EN[item.kind]}) has no responsible person: «Surname I.O., position» is expected.`,
      }),
    });
    for (const { item } of withParents(plan)) if (item.kind !== "stage") check.visit(item);
    return check.done();
  },
});
