import { passportRule } from "../define";
import { blank, blockAt } from "../helpers";
import type { Hit } from "../types";

/** The passport states the project results. */
export default passportRule({
  id: "passport/results-missing",
  severity: "warning",
  title: { ru: "Указаны результаты проекта", en: "The project results are stated" },
  check(doc) {
    if (doc.results.some((r) => !blank(r.text))) return [];
    const at = blockAt(doc, "results");
    const out: Hit[] = [
      {
        row: at.row,
        col: at.col,
        message: {
          ru: "В паспорте не указаны результаты проекта: ожидается строка «Результаты проекта» с перечнем результатов.",
          en: "The passport states no results: a row «Результаты проекта» with the list of results is expected.",
        },
      },
    ];
    return out;
  },
});
