import { planRule } from "../define";
import { memo, q } from "../helpers";
import type { Hit } from "../types";

/** «Количество участников» holds a number («25», «25 чел.»), not text. */
export default planRule({
  id: "plan/participants-not-number",
  severity: "error",
  title: { ru: "Количество участников — число", en: "The participants count is a number" },
  visitor() {
    const out: Hit[] = [];
    const message = memo((text: string) => ({
      ru: `Количество участников «${q(text)}» — не число: ожидается целое число, например «25».`,
      en: `The participants count «${q(text)}» is not a number: a whole number such as «25» is expected.`,
    }));
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          const c = a.participantsCount;
          if (!c || c.number.kind !== "text") continue;
          out.push({ row: c.row, col: c.col, message: message(c.text) });
        }
      },
      done: () => out,
    };
  },
});
