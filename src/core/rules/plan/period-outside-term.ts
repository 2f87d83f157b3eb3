import type { TextCell } from "../../model";
import { planRule } from "../define";
import type { Text } from "../../i18n";
import { memo, partsOutside, q, sentence, termPhrase, whereOutside } from "../helpers";
import type { Hit } from "../types";
import { forPeriodCells } from "./cells";

/** Every activity falls inside the term: the plan's own (title «на 2021-2022 учебный год»), else the passport's. */
export default planRule({
  id: "plan/period-outside-term",
  severity: "error",
  title: { ru: "Сроки мероприятий внутри срока реализации", en: "Activity periods lie inside the term" },
  check(plan, ctx) {
    const out: Hit[] = [];
    const term = ctx.term;
    if (!term) return out;
    const tp = termPhrase(ctx, term, ctx.termSource);
    const message = memo((text: string): Text | null => {
      const p = ctx.period({ row: 0, col: 0, raw: text, text });
      if (!p.ok) return null;
      const parts = partsOutside(p.period, term);
      if (parts.length === 0) return null;
      const list = parts.map((x) => whereOutside(x, term));
      return {
        ru: `Срок «${q(text)}» выходит за пределы ${tp.ru}: ${list.map((x) => x.ru).join("; ")}. Ожидается срок внутри срока реализации.`,
        en: sentence(`The period «${q(text)}» lies outside ${tp.en}: ${list.map((x) => x.en).join("; ")}`) + " A period inside the term is expected.",
      };
    });
    const visit = (c: TextCell): void => {
      if (typeof c.raw === "number") {
        // a real date: checked on its own (the memo is by text)
        const p = ctx.period(c);
        if (!p.ok || partsOutside(p.period, term).length === 0) return;
        const list = partsOutside(p.period, term).map((x) => whereOutside(x, term));
        out.push({ row: c.row, col: c.col, message: { ru: `Дата выходит за пределы ${tp.ru}: ${list.map((x) => x.ru).join("; ")}. Ожидается дата внутри срока реализации.`, en: sentence(`The date lies outside ${tp.en}: ${list.map((x) => x.en).join("; ")}`) + " A date inside the term is expected." } });
        return;
      }
      const m = message(c.text);
      if (m) out.push({ row: c.row, col: c.col, message: m });
    };
    for (const s of plan.sections)
      for (const a of s.activities) forPeriodCells(a, visit);
    return out;
  },
});
