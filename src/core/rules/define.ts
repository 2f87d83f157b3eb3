import type { PassportRule, PlanRule, ScheduleRule, WorkbookRule } from "./types";

/** Identity helpers that give each rule file its type. */
export const passportRule = (r: Omit<PassportRule, "appliesTo">): PassportRule => ({ ...r, appliesTo: "passport" });
export const planRule = (r: Omit<PlanRule, "appliesTo">): PlanRule => ({ ...r, appliesTo: "plan" });
export const scheduleRule = (r: Omit<ScheduleRule, "appliesTo">): ScheduleRule => ({ ...r, appliesTo: "schedule" });
export const workbookRule = (r: Omit<WorkbookRule, "appliesTo">): WorkbookRule => ({ ...r, appliesTo: "workbook" });
