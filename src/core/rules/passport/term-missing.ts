import { passportRule } from "../define";
import { blockAt, q } from "../helpers";
import type { Hit } from "../types";

/** The passport states its term: month and year of start and end. */
export default passportRule({
  id: "passport/term-missing",
  severity: "error",
  title: { ru: "В паспорте указан срок реализации", en: "The passport states the project term" },
  check(doc) {
    const out: Hit[] = [];
    if (!doc.term) {
      const at = blockAt(doc, "term", "termStart", "termEnd");
      out.push({
        row: at.row,
        col: at.col,
        message: {
          ru: "В паспорте не найден срок реализации: ожидается строка «Срок реализации проекта» со значением вида «Апрель 2017 – декабрь 2017».",
          en: "The passport has no project term: a row «Срок реализации проекта» with a value such as «Апрель 2017 – декабрь 2017» is expected.",
        },
      });
    } else if (!doc.term.interval) {
      const c = doc.term.cell;
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Срок реализации «${q(c.text)}» не распознан: ожидается месяц и год начала и окончания, например «Апрель 2017 – декабрь 2017».`,
          en: `The project term «${q(c.text)}» is not understood: the month and year of start and end are expected, e.g. «Апрель 2017 – декабрь 2017».`,
        },
      });
    } else if (
      doc.term.interval.start.year > doc.term.interval.end.year ||
      (doc.term.interval.start.year === doc.term.interval.end.year && doc.term.interval.start.month > doc.term.interval.end.month)
    ) {
      const c = doc.term.cell;
      out.push({
        row: c.row,
        col: c.col,
        message: {
          ru: `Срок реализации «${q(c.text)}» заканчивается раньше, чем начинается: ожидается начало не позже окончания.`,
          en: `The project term «${q(c.text)}» ends before it starts: the start must not be after the end.`,
        },
      });
    }
    return out;
  },
});
