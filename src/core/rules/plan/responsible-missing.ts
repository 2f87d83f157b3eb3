import type { Activity } from "../../model";
import { planRule } from "../define";
import { responsibleMissing } from "../helpers";

/** Each activity has a responsible person. */
export default planRule({
  id: "plan/responsible-missing",
  severity: "error",
  title: { ru: "У каждого мероприятия есть ответственный", en: "Every activity has a responsible person" },
  visitor(plan) {
    const check = responsibleMissing<Activity>(plan, {
      noColumn: {
        ru: "В таблице плана нет столбца «Ответственный»: ожидается столбец с ФИО, должностью и телефоном ответственного.",
        en: "The plan table has no «Ответственный» column: a column with the responsible person's name, position and phone is expected.",
      },
      message: () => ({
        ru: "Не указан ответственный: ожидается «Фамилия И.О., должность, т. …».",
        en: "No responsible person: expected «Surname I.O., position, phone».",
      }),
    });
    const visit = check.visit;
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) visit(list[i]);
      },
      done: check.done,
    };
  },
});
