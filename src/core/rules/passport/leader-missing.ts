import { passportRule } from "../define";
import { blockAt } from "../helpers";
import type { Hit } from "../types";

/** The project has a leader (руководитель): the person responsible for it. */
export default passportRule({
  id: "passport/leader-missing",
  severity: "error",
  title: { ru: "Указан руководитель проекта", en: "The project leader is named" },
  check(doc) {
    if (doc.leader) return [];
    const out: Hit[] = [];
    const at = blockAt(doc, "leader");
    out.push({
      row: at.row,
      col: at.col,
      message: {
        ru: "В паспорте не указан руководитель проекта: ожидается строка «Руководитель проекта» с должностью и ФИО.",
        en: "The passport names no project leader: a row «Руководитель проекта» with the position and full name is expected.",
      },
    });
    return out;
  },
});
