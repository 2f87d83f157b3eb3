/** Terms of the variants (a school year or a calendar year) and their periods as people write them. */
import { date, type Value } from "../../fixtures/pasted";

export const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
export const GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
export const mon = (y: number, m: number, g = " г.") => `${MONTHS[m - 1]} ${y}${g}`;
export const low = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export type Term = { kind: "school"; y: number } | { kind: "calendar"; y: number };

/** Month m of the term's i-th month (0 = first): school years start in September. */
export function termMonth(t: Term, i: number): { y: number; m: number } {
  const first = t.kind === "calendar" ? 0 : 8;
  const k = first + i;
  return { y: t.y + Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Correct «Сроки» cells for a term, in the ways people write them. */
export function periodsFor(t: Term): Value[] {
  const M = (i: number, g?: string) => {
    const x = termMonth(t, i);
    return mon(x.y, x.m, g);
  };
  const m = (i: number) => termMonth(t, i);
  const last = m(11);
  return [
    M(1),
    `${MONTHS[m(2).m - 1]} - ${low(M(3))}`,
    `${MONTHS[m(1).m - 1]}-${low(M(3, "г."))}`,
    `${M(0)} - ${low(M(9))}`,
    `С ${GENITIVE[m(0).m - 1]} ${m(0).y} г. по ${GENITIVE[m(10).m - 1]} ${m(10).y} г.`,
    "В течение года",
    "По плану (не реже, чем 1 раз в квартал)",
    `${M(1)} ${M(3)} ${M(5)}`,
    `${M(2)}\n${M(4)}\n${M(7)}`,
    `до 25 ${GENITIVE[m(3).m - 1]} ${m(3).y} г.`,
    `15.${String(m(4).m).padStart(2, "0")}.${m(4).y}`,
    date(m(6).y, m(6).m, 14),
    "ежемесячно",
    M(8),
    `${M(2)}, ${low(M(10))}`,
    `${M(0)} - ${low(M(10))} (не реже, чем 1 раз в год)`,
    `${MONTHS[last.m - 1]} ${last.y} г. `,
    `${m(5).y}`.length ? M(5) : "",
  ];
}
