import { passportRule } from "../define";
import { fmtNumber, q } from "../helpers";
import type { Indicator } from "../../model";
import type { Hit } from "../types";

/** A count (not a share in %) planned by quarters. */
function accumulatesWithinYear(ind: Indicator): boolean {
  if (!ind.plan.some((v) => v.period.quarter !== undefined)) return false;
  if (ind.unit !== undefined && ind.unit.includes("%")) return false;
  const percent = (c: Indicator["base"]) => c !== undefined && c.number.kind === "number" && c.number.percent;
  return !percent(ind.base) && !ind.plan.some((v) => percent(v.value)) && !/^(доля|процент|удельный)/i.test(ind.name.text.trim());
}

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
      // a count planned by quarters accumulates within the year (2, 5, 8, 12 events): its quarters start again from
      // zero, and only the year's last quarter is held to the annual value before it
      const accumulates = accumulatesWithinYear(ind);
      let annual = prev;
      let year: number | undefined;
      const numbered = ind.plan.filter((v) => v.value.number.kind === "number");
      for (let i = 0; i < numbered.length; i++) {
        const v = numbered[i];
        if (v.value.number.kind !== "number") continue;
        const cur = v.value.number.value;
        const lastOfYear = accumulates && numbered.slice(i + 1).every((w) => w.period.year !== v.period.year);
        if (accumulates && v.period.year !== year) {
          year = v.period.year;
          prev = undefined;
        }
        if (lastOfYear && annual && (!prev || (ind.direction === "growth" ? annual.value > prev.value : annual.value < prev.value))) prev = annual;
        if (lastOfYear) annual = { value: cur, label: v.period.label };
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
