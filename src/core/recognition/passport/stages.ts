/** Stages and control points: hierarchical numbering, name, outcome, start and end, responsible person. */
import type { Stage, StageItem, StageTable } from "../../model";
import { peopleCell } from "../cells";
import { appendText, normKey, valueText, type Grid } from "../grid";
import { isColumnNumberRow, isNumbering, matchHeader, nameOnlyColumn, noteRow, numberingParts, type RoleDef, within } from "../tables";
import type { RecognitionNote } from "../types";
import type { PassportBlock } from "./blocks";

type StageRole = "number" | "name" | "outcome" | "start" | "end" | "responsible";

export const STAGE_ROLES: readonly RoleDef<StageRole>[] = [
  { role: "number", test: (k) => k.startsWith("№") || k === "пп" || k === "nпп" || k === "no" },
  {
    role: "outcome",
    test: (k) =>
      k.startsWith("итог") ||
      k.startsWith("результат") ||
      k.startsWith("документ") ||
      k.startsWith("подтвержд") ||
      k.startsWith("виддокумент") ||
      k.startsWith("completion") ||
      k.startsWith("outcome") ||
      k.startsWith("proving"),
  },
  { role: "start", test: (k) => k.startsWith("срокначала") || k.startsWith("начало") || k.startsWith("датаначала") || k.startsWith("сроконачала") || k === "start" || k.startsWith("startdate") },
  {
    role: "end",
    test: (k) =>
      k.startsWith("срококончания") ||
      k.startsWith("окончание") ||
      k.startsWith("датаокончания") ||
      k.startsWith("срокисполнения") ||
      k.startsWith("срокзавершения") ||
      k === "срок" ||
      k === "сроки" ||
      k === "end" ||
      k.startsWith("enddate") ||
      k === "deadline",
  },
  { role: "responsible", test: (k) => k.startsWith("ответствен") || k.startsWith("исполнител") || k.startsWith("responsible") },
  {
    role: "name",
    test: (k) => k.startsWith("наименован") || k.startsWith("этап") || k.startsWith("контрольн") || k.startsWith("мероприят") || k.startsWith("stage") || k.startsWith("controlpoint") || k === "name",
  },
];

export function readStages(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): StageTable {
  const { top, bottom, left, right } = b.ref;
  const at = b.label ?? { row: top, col: left };
  let cols: Partial<Record<StageRole, number>> | undefined;
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  let lastItem: StageItem | undefined;
  let nameOnly = false;
  for (let r = top; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    if (!cols || !isNumbering(valueText(grid.own(r, cols.number ?? -1)))) {
      const h = matchHeader(grid, r, filled, STAGE_ROLES);
      if (h.roles.name !== undefined && h.count >= 3) {
        cols = h.roles;
        nameOnly = cols.responsible !== undefined && nameOnlyColumn(grid.own(r, cols.responsible), false);
        continue;
      }
    }
    if (b.label && r === b.label.row) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    if (!cols) {
      noteRow(notes, grid, r, filled, { ru: "над этапами нет строки заголовков", en: "no header row above the stages" });
      continue;
    }
    const numberCell_ = grid.cell(r, cols.number);
    const parts = numberCell_ ? numberingParts(numberCell_.text) : null;
    const name = grid.cell(r, cols.name);
    const item: StageItem = { row: r, name: name ?? { row: r, col: cols.name ?? left, raw: "", text: "" } };
    if (numberCell_) item.number = numberCell_;
    const outcome = grid.cell(r, cols.outcome);
    if (outcome) item.outcome = outcome;
    const start = grid.cell(r, cols.start);
    if (start) item.start = start;
    const end = grid.cell(r, cols.end);
    if (end) item.end = end;
    const resp = peopleCell(grid.cell(r, cols.responsible), nameOnly);
    if (resp) item.responsible = resp;

    const nameKey = name ? normKey(name.text) : "";
    const looksStage = nameKey.startsWith("этап") || nameKey.startsWith("stage");
    const looksPoint = nameKey.startsWith("контрольнаяточка") || nameKey.startsWith("кт") || nameKey.startsWith("controlpoint");
    if (!numberCell_ && !name) {
      // the rest of a row split at a page break
      if (lastItem) {
        if (outcome) lastItem.outcome = lastItem.outcome ? appendText(lastItem.outcome, outcome) : outcome;
        if (start && !lastItem.start) lastItem.start = start;
        if (end && !lastItem.end) lastItem.end = end;
        if (resp && !lastItem.responsible) lastItem.responsible = resp;
        continue;
      }
      noteRow(notes, grid, r, filled, { ru: "строка без номера и наименования", en: "a row with neither number nor name" });
      continue;
    }
    const isStage = parts ? parts.length === 1 && !looksPoint : looksStage;
    if (isStage) {
      stage = { ...item, controlPoints: [] };
      stages.push(stage);
      lastItem = stage;
    } else if (stage) {
      stage.controlPoints.push(item);
      lastItem = item;
    } else {
      noteRow(notes, grid, r, filled, { ru: "контрольная точка до первого этапа", en: "a control point before the first stage" });
    }
  }
  return {
    at,
    stages,
    hasOutcomeColumn: cols?.outcome !== undefined,
    hasResponsibleColumn: cols?.responsible !== undefined,
    hasStartColumn: cols?.start !== undefined,
    hasEndColumn: cols?.end !== undefined,
    columns: { ...(cols ?? {}) },
  };
}
