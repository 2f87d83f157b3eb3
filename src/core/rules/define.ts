import type { ImplementationPlan } from "../model";
import type { ActivityVisitor, Hit, PassportRule, PlanRule, ScheduleRule, WorkbookRule } from "./types";

/** Identity helpers that give each rule file its type. */
export const passportRule = (r: Omit<PassportRule, "appliesTo">): PassportRule => ({ ...r, appliesTo: "passport" });
/** A plan rule: a check, or a visitor (whose check is the visitor run over the plan alone). */
export const planRule = (
  r: Omit<PlanRule, "appliesTo" | "check" | "visitor"> & ({ check: PlanRule["check"]; visitor?: undefined } | { visitor: NonNullable<PlanRule["visitor"]>; check?: undefined }),
): PlanRule => {
  const visitor = r.visitor;
  if (visitor) return { ...r, visitor, check: (doc, ctx) => visitPlan(doc, [visitor(doc, ctx)])[0], appliesTo: "plan" };
  return { ...r, check: r.check!, appliesTo: "plan" };
};

export const scheduleRule = (r: Omit<ScheduleRule, "appliesTo">): ScheduleRule => ({ ...r, appliesTo: "schedule" });
export const workbookRule = (r: Omit<WorkbookRule, "appliesTo">): WorkbookRule => ({ ...r, appliesTo: "workbook" });

/** Activities per block of the shared pass: a block's activities and their cells stay in the processor's cache across the rules. */
const BLOCK = 256;

/** Runs visitors over a plan's sections and activities in one pass, a block at a time; their hits, in the visitors' order. */
export function visitPlan(plan: ImplementationPlan, visitors: readonly ActivityVisitor[]): Hit[][] {
  const sectionVisitors = visitors.filter((v) => v.section);
  const activityVisitors = visitors.filter((v) => v.activities);
  const sections = plan.sections;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    for (let k = 0; k < sectionVisitors.length; k++) sectionVisitors[k].section!(s);
    const list = s.activities;
    for (let from = 0; from < list.length; from += BLOCK) {
      const to = Math.min(list.length, from + BLOCK);
      for (let k = 0; k < activityVisitors.length; k++) activityVisitors[k].activities!(list, from, to, s);
    }
  }
  return visitors.map((v) => v.done());
}
