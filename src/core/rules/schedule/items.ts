import type { CalendarPlan, ScheduleItem } from "../../model";

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
