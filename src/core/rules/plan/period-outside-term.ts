import type { TextCell } from "../../model";
import { planRule } from "../define";
import type { Text } from "../../i18n";
import { outsideTerm, q, sentence, termPhrase, whereOutside, type OutsideTerm, cellText } from "../helpers";
import type { Hit } from "../types";
import { forPeriodCells } from "./cells";

/**
 * Every activity falls inside the plan's own term (its title «на 2021-2022 учебный год» or term cell). What
 * lies outside the passport's term is reported by plan/outside-passport-term; the August right before a
 * school year by plan/period-before-school-year (a warning).
 */
export default planRule({
  id: "plan/period-outside-term",
  severity: "error",
  title: { ru: "Сроки мероприятий внутри срока реализации", en: "Activity periods lie inside the term" },
  visitor(_plan, ctx) {
    const out: Hit[] = [];
    const own = ctx.ownTerm;
    if (!own) return { done: () => out };
    const tp = termPhrase(ctx, own, "own");
    // one message per distinct cell value (the result of outsideTerm is shared by equal values)
    const messages = new Map<OutsideTerm, Text>();
    const dateMessages = new Map<OutsideTerm, Text>();
    const messageFor = (what: string, o: OutsideTerm): Text => {
      const list = o.parts.map((x) => whereOutside(x, o.term));
      return {
        ru: `Срок ${what} выходит за пределы ${tp.ru}: ${list.map((x) => x.ru).join("; ")}. Ожидается срок внутри срока реализации.`,
        en: sentence(`The period ${what} lies outside ${tp.en}: ${list.map((x) => x.en).join("; ")}`) + " A period inside the term is expected.",
      };
    };
    const visit = (c: TextCell): void => {
      const o = outsideTerm(ctx, c);
      if (!o || o.against !== "own" || o.august) return;
      if (typeof c.raw === "number") {
        // a real date: quoted as the date it is (one message per distinct date, as for texts)
        let d = dateMessages.get(o);
        if (!d) {
          const list = o.parts.map((x) => whereOutside(x, o.term));
          d = {
            ru: `Дата выходит за пределы ${tp.ru}: ${list.map((x) => x.ru).join("; ")}. Ожидается дата внутри срока реализации.`,
            en: sentence(`The date lies outside ${tp.en}: ${list.map((x) => x.en).join("; ")}`) + " A date inside the term is expected.",
          };
          dateMessages.set(o, d);
        }
        out.push({ row: c.row, col: c.col, message: d });
        return;
      }
      let m = messages.get(o);
      if (!m) messages.set(o, (m = messageFor(`«${q(cellText(c))}»`, o)));
      out.push({ row: c.row, col: c.col, message: m });
    };
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) forPeriodCells(list[i], visit);
      },
      done: () => out,
    };
  },
});
