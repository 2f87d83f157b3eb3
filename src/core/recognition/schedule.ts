/**
 * Calendar plan (план-график): stage → activity → control point, each with start, end, responsible person
 * and the proving document; month columns of a Gantt chart to the right are ignored.
 */
import type { CalendarPlan, ScheduleActivity, ScheduleColumn, ScheduleItem, ScheduleItemKind, ScheduleStage, TextCell, Term } from "../model";
import { Grid, normKey, tidy, valueText } from "./grid";
import { peopleCell } from "./cells";
import { termFromTexts } from "./terms";
import type { PlanRange, RecognitionNote } from "./types";
import { isColumnNumberRow, isNumbering, isTimelineRow, matchHeader, nameOnlyColumn, noteRow, numberingParts, type RoleDef, within } from "./tables";

/** Header keys (normKey) of each column; English ones are the add-in's own English template («Level», «Name», «Start» …). */
export const SCHEDULE_ROLES: readonly RoleDef<ScheduleColumn>[] = [
  { role: "number", test: (k) => k.startsWith("№") || k === "пп" || k === "nпп" || k.startsWith("кодwbs") || k === "wbs" || k === "no" },
  { role: "kind", test: (k) => k === "тип" || k === "вид" || k.startsWith("типэлемент") || k.startsWith("уровень") || k.startsWith("типзадач") || k === "level" || k === "type" },
  {
    role: "start",
    test: (k) => k.startsWith("срокначала") || k.startsWith("начало") || k.startsWith("датаначала") || k.startsWith("плановоеначало") || k === "start" || k.startsWith("startdate"),
  },
  {
    role: "end",
    test: (k) =>
      k.startsWith("срококончания") ||
      k.startsWith("окончание") ||
      k.startsWith("датаокончания") ||
      k.startsWith("срокзавершения") ||
      k.startsWith("плановоеокончание") ||
      k === "end" ||
      k.startsWith("enddate") ||
      k === "deadline",
  },
  { role: "responsible", test: (k) => k.startsWith("ответствен") || k.startsWith("исполнител") || k.startsWith("responsible") },
  {
    role: "document",
    test: (k) =>
      k.startsWith("документ") ||
      k.startsWith("подтвержд") ||
      k.startsWith("результат") ||
      k.startsWith("итог") ||
      k.startsWith("видотчет") ||
      k.startsWith("виддокумент") ||
      k.startsWith("proving") ||
      k.startsWith("document") ||
      k.startsWith("result") ||
      k.startsWith("outcome"),
  },
  { role: "period", test: (k) => k === "срок" || k === "сроки" || k.startsWith("срокисполнения") || k.startsWith("срокреализации") || k.startsWith("период") || k === "period" || k === "dates" },
  {
    role: "name",
    test: (k) =>
      k.startsWith("наименован") ||
      k.startsWith("этап") ||
      k.startsWith("мероприят") ||
      k.startsWith("контрольн") ||
      k.startsWith("работ") ||
      k.startsWith("задач") ||
      k === "name" ||
      k.startsWith("stage") ||
      k.startsWith("activity") ||
      k.startsWith("task"),
  },
];

export function isScheduleHeader(roles: Partial<Record<ScheduleColumn, number>>): boolean {
  if (roles.name === undefined) return false;
  const dates = (roles.start !== undefined && roles.end !== undefined) || roles.period !== undefined || roles.end !== undefined;
  return dates && (roles.responsible !== undefined || roles.document !== undefined);
}

export function readSchedule(grid: Grid, range: PlanRange, notes: RecognitionNote[], presetTerm?: Term, presetTitle?: TextCell): CalendarPlan | undefined {
  let cols: Partial<Record<ScheduleColumn, number>> | undefined;
  let headerRow = -1;
  const titleCells: TextCell[] = [];
  const stages: ScheduleStage[] = [];
  let stage: ScheduleStage | undefined;
  let activity: ScheduleActivity | undefined;
  let nameOnly = false;

  for (let r = range.top; r <= range.bottom; r++) {
    const filled = within(grid.filledCols(r), range.left, range.right);
    if (filled.length === 0) continue;
    const numText = cols && cols.number !== undefined ? valueText(grid.own(r, cols.number)) : "";
    if (!cols || !isNumbering(numText)) {
      const h = matchHeader(grid, r, filled, SCHEDULE_ROLES);
      if (isScheduleHeader(h.roles)) {
        cols = h.roles;
        if (headerRow < 0) headerRow = r;
        nameOnly = cols.responsible !== undefined && nameOnlyColumn(grid.own(r, cols.responsible), false);
        continue;
      }
    }
    if (!cols) {
      for (const c of filled) {
        const cell = grid.cell(r, c);
        if (cell) titleCells.push(cell);
      }
      continue;
    }
    if (isColumnNumberRow(grid, r, filled)) continue;
    // a Gantt chart's year and month rows under the header are part of the header, not items
    if (isTimelineRow(grid, r, filled, Object.values(cols))) continue;
    const name = grid.cell(r, cols.name);
    if (!name) {
      noteRow(notes, grid, r, filled, { ru: "строка без наименования", en: "a row without a name" });
      continue;
    }
    const number = grid.cell(r, cols.number);
    const kind = itemKind(grid, r, cols, name, number);
    const item: ScheduleItem = { kind, row: r, name };
    if (number) item.number = number;
    const start = grid.cell(r, cols.start ?? cols.period);
    if (start) item.start = start;
    const end = grid.cell(r, cols.end ?? cols.period);
    if (end) item.end = end;
    const resp = peopleCell(grid.cell(r, cols.responsible), nameOnly);
    if (resp) item.responsible = resp;
    const doc = grid.cell(r, cols.document);
    if (doc) item.document = doc;

    if (kind === "stage") {
      stage = { ...item, kind: "stage", activities: [], controlPoints: [] };
      stages.push(stage);
      activity = undefined;
    } else if (!stage) {
      noteRow(notes, grid, r, filled, { ru: "мероприятие или контрольная точка до первого этапа", en: "an activity or control point before the first stage" });
    } else if (kind === "activity") {
      activity = { ...item, kind: "activity", controlPoints: [] };
      stage.activities.push(activity);
    } else {
      const depth = number ? (numberingParts(number.text)?.length ?? 0) : 0;
      if (activity && depth !== 2) activity.controlPoints.push(item);
      else stage.controlPoints.push(item);
    }
  }
  if (!cols) return undefined;
  let title = presetTitle;
  if (!title && titleCells.length > 0) {
    const first = titleCells[0];
    title = { row: first.row, col: first.col, raw: first.raw, text: tidy(titleCells.map((c) => c.text).join(" ")), also: titleCells.slice(1).map((c) => ({ row: c.row, col: c.col })) };
  }
  const term = presetTerm ?? termFromTexts(titleCells, "title");
  return { kind: "schedule", title, term, columns: cols, headerRow, stages };
}

function itemKind(grid: Grid, r: number, cols: Partial<Record<ScheduleColumn, number>>, name: TextCell, number: TextCell | undefined): ScheduleItemKind {
  if (cols.kind !== undefined) {
    const k = normKey(grid.text(r, cols.kind));
    if (k.startsWith("этап") || k === "stage") return "stage";
    if (k.startsWith("контрольн") || k === "кт" || k.startsWith("веха") || k.startsWith("controlpoint") || k === "milestone") return "controlPoint";
    if (k.startsWith("мероприят") || k.startsWith("работ") || k.startsWith("задач") || k === "activity" || k === "task") return "activity";
  }
  const nk = normKey(name.text);
  if (nk.startsWith("этап") || /^stage\d/.test(nk)) return "stage";
  if (nk.startsWith("контрольнаяточка") || nk.startsWith("кт") || nk.startsWith("controlpoint")) return "controlPoint";
  const parts = number ? numberingParts(number.text) : null;
  if (parts) return parts.length === 1 ? "stage" : parts.length === 2 ? "activity" : "controlPoint";
  return "activity";
}
