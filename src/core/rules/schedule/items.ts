import type { CalendarPlan, ScheduleItem, TextCell } from "../../model";

export interface ItemWithParent {
  item: ScheduleItem;
  parent?: ScheduleItem;
}

/** Every item of a calendar plan with the item it belongs to (a stage for activities, a stage or an activity for control points). */
export function withParents(plan: CalendarPlan): ItemWithParent[] {
  const out: ItemWithParent[] = [];
  for (const s of plan.stages) {
    out.push({ item: s });
    for (const cp of s.controlPoints) out.push({ item: cp, parent: s });
    for (const a of s.activities) {
      out.push({ item: a, parent: s });
      for (const cp of a.controlPoints) out.push({ item: cp, parent: a });
    }
  }
  return out.sort((a, b) => a.item.row - b.item.row);
}

export const KIND_RU: Record<ScheduleItem["kind"], string> = { stage: "этап", activity: "мероприятие", controlPoint: "контрольная точка" };
export const KIND_EN: Record<ScheduleItem["kind"], string> = { stage: "stage", activity: "activity", controlPoint: "control point" };

/** The start and end cells of an item; one cell when both come from one «Срок» column. */
export function datedCells(item: ScheduleItem): TextCell[] {
  const out: TextCell[] = [];
  if (item.start) out.push(item.start);
  if (item.end && !(item.start && item.start.row === item.end.row && item.start.col === item.end.col)) out.push(item.end);
  return out;
}
