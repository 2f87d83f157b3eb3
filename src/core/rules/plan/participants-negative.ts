import { planRule } from "../define";
import { fmtNumber } from "../helpers";
import type { Hit } from "../types";

/** A count of people is a whole number, zero or more. */
export default planRule({
  id: "plan/participants-negative",
  severity: "error",
  title: { ru: "Количество участников — целое неотрицательное число", en: "The participants count is a whole non-negative number" },
  visitor() {
    const out: Hit[] = [];
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          const c = a.participantsCount;
          if (!c || c.number.kind !== "number") continue;
          const v = c.number.value;
          if (v >= 0 && v % 1 === 0) continue;
          const n = fmtNumber(v);
          out.push({
            row: c.row,
            col: c.col,
            message: {
              ru: `Количество участников «${n.ru}» ${v < 0 ? "отрицательное" : "дробное"}: ожидается целое число не меньше 0.`,
              en: `The participants count «${n.en}» is ${v < 0 ? "negative" : "not whole"}: a whole number of 0 or more is expected.`,
            },
          });
        }
      },
      done: () => out,
    };
  },
});
