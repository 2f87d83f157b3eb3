import { backwardSessions } from "../../periods";
import { planRule } from "../define";
import type { Text } from "../../i18n";
import { fmtInterval, memo, q } from "../helpers";
import type { Hit } from "../types";

/** «Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.»: sessions listed in one cell go forward in time. */
export default planRule({
  id: "plan/sessions-backwards",
  severity: "error",
  title: { ru: "Занятия, перечисленные в одной ячейке, идут по порядку времени", en: "Sessions listed in one cell go forward in time" },
  visitor(_plan, ctx) {
    const out: Hit[] = [];
    const messages = memo((text: string): Text[] => {
      const p = ctx.period({ row: 0, col: 0, raw: text, text });
      if (!p.ok || p.period.kind !== "sessions") return [];
      const sessions = p.period.sessions;
      return backwardSessions(p.period).map((i) => {
        const cur = fmtInterval(sessions[i]);
        const prev = fmtInterval(sessions[i - 1]);
        return {
          ru: `В сроках «${q(text)}» ${i + 1}-е занятие (${cur.ru}) раньше предыдущего (${prev.ru}): ожидается занятие позже предыдущего (проверьте год).`,
          en: `In «${q(text)}» session ${i + 1} (${cur.en}) comes before the one listed before it (${prev.en}): a session later than the one before is expected (check the year).`,
        };
      });
    });
    return {
      activities(list, from, to) {
        for (let i = from; i < to; i++) {
          const a = list[i];
          if (!a.period || typeof a.period.raw === "number") continue;
          for (const m of messages(a.period.text)) out.push({ row: a.period.row, col: a.period.col, message: m });
        }
      },
      done: () => out,
    };
  },
});
