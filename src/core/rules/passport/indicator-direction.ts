import { passportRule } from "../define";
import { fmtNumber, q } from "../helpers";
import type { Hit } from "../types";

/** Planned values move in the indicator's direction: up for growth, down for decline (equal is fine). */
export default passportRule({
  id: "passport/indicator-direction",
  severity: "warning",
  title: { ru: "Плановые значения меняются в направлении показателя", en: "Planned values move in the indicator's direction" },
  check(doc) {
    const out: Hit[] = [];
    const t = doc.indicators;
    if (!t) return out;
    for (const ind of t.indicators) {
      let prev: { value: number; label: string } | undefined;
      if (ind.base && ind.base.number.kind === "number") prev = { value: ind.base.number.value, label: ind.baseYear ? `базовое, ${ind.baseYear}` : "базовое" };
      for (const v of ind.plan) {
        if (v.value.number.kind !== "number") continue;
        const cur = v.value.number.value;
        if (prev) {
          const wrong = ind.direction === "growth" ? cur < prev.value : cur > prev.value;
          if (wrong) {
            const a = fmtNumber(cur);
            const b = fmtNumber(prev.value);
            out.push({
              row: v.value.row,
              col: v.value.col,
              message:
                ind.direction === "growth"
                  ? {
                      ru: `Плановое значение «${q(v.value.text)}» (${q(v.period.label)}) показателя «${q(ind.name.text)}» меньше предыдущего (${b.ru}, ${prev.label}), а показатель растущий: ожидается не меньше ${b.ru}.`,
                      en: `The planned value «${q(v.value.text)}» (${q(v.period.label)}) of the growth indicator «${q(ind.name.text)}» is below the previous one (${b.en}): at least ${b.en} is expected (${a.en} given).`,
                    }
                  : {
                      ru: `Плановое значение «${q(v.value.text)}» (${q(v.period.label)}) показателя «${q(ind.name.text)}» больше предыдущего (${b.ru}, ${prev.label}), а показатель на снижение: ожидается не больше ${b.ru}.`,
                      en: `The planned value «${q(v.value.text)}» (${q(v.period.label)}) of the decline indicator «${q(ind.name.text)}» is above the previous one (${b.en}): at most ${b.en} is expected (${a.en} given).`,
                    },
            });
          }
        }
        prev = { value: cur, label: v.period.label };
      }
    }
    return out;
  },
});
