import { passportRule } from "../define";
import { blank, blockAt } from "../helpers";
import type { Hit } from "../types";

/** The passport names the project (its full or short name), the first thing a commission reads. */
export default passportRule({
  id: "passport/name-missing",
  severity: "error",
  title: { ru: "Указано наименование проекта", en: "The project is named" },
  check(doc) {
    if (!blank(doc.fullName?.text) || !blank(doc.shortName?.text)) return [];
    const at = blockAt(doc, "fullName", "shortName", "title");
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "В паспорте не указано наименование проекта: ожидается строка «Наименование проекта» с полным наименованием.",
          en: "The passport does not name the project: a row «Наименование проекта» with its full name is expected.",
        },
      },
    ];
    return out;
  },
});
