/**
 * Clean documents shaped like the seeds, in many layouts and terms, and the mistakes planted into them.
 * Everything here is a spec (plain data); test/fixtures/pasted.ts writes it as real .xlsx files.
 */
import type { Severity } from "../../src/core/findings";
import { clone, type PlanField, type SheetSpec } from "../fixtures/pasted";
import { MISTAKES } from "./variants/mistakes";
import { cleanPassport, type PassportOptions } from "./variants/passports";
import { cleanPlan, type PlanOptions } from "./variants/plans";
import { cleanSchedule, type ScheduleOptions } from "./variants/schedules";
import type { Term } from "./variants/terms";

export * from "./variants/terms";
export * from "./variants/plans";
export * from "./variants/passports";
export * from "./variants/schedules";
export * from "./variants/mistakes";

// The variants

/** What is allowed in a clean workbook besides nothing: what approved documents routinely do (domain.md). */
export const ROUTINE = new Set([
  // an empty «итоги» cell
  "passport/control-point-outcome-missing",
  // a stage row without dates of its own
  "passport/stage-dates-missing",
]);

export interface Variant {
  name: string;
  /** the term of the plan or calendar plan, for planting periods */
  term?: Term;
  sheets: SheetSpec[];
  /** further rules allowed (warnings, infos) in this variant, by policy */
  allow?: string[];
}

export interface Planted {
  sheet: string;
  /** the mark key of the cell */
  key: string;
  rule: string;
  severity: Severity;
}

export interface PlantedVariant extends Variant {
  planted: Planted[];
}

const school = (y: number): Term => ({ kind: "school", y });
const calendar = (y: number): Term => ({ kind: "calendar", y });
const plan = (o: PlanOptions): SheetSpec => ({ kind: "plan", spec: cleanPlan(o) });
const passport = (o: PassportOptions): SheetSpec => ({ kind: "passport", spec: cleanPassport(o) });
const schedule = (o: ScheduleOptions): SheetSpec => ({ kind: "schedule", spec: cleanSchedule(o) });

const REORDERED: PlanField[] = ["number", "activity", "category", "count", "period", "responsible", "result"];
const RESULT_BEFORE: PlanField[] = ["number", "activity", "period", "category", "count", "result", "responsible"];

export function cleanVariants(): Variant[] {
  const v = (name: string, term: Term | undefined, sheets: SheetSpec[], allow?: string[]): Variant => ({ name, term, sheets, allow });
  return [
    v("plan-2021-seedlike", school(2021), [plan({ term: school(2021), pageEvery: 3, split: true, broken: true, columnNumbers: true, august: true })], ["plan/period-before-school-year"]),
    v("plan-2022-plain", school(2022), [plan({ term: school(2022), sections: [1, 0, 2, 5], perSection: 3, seed: 3 })]),
    v("plan-2024-offset", school(2024), [plan({ term: school(2024), offset: 1, pageEvery: 4, seed: 5 })]),
    v("plan-2024-unmerged-sections", school(2024), [plan({ term: school(2024), sectionsMerged: false, sections: [2, 6, 7], perSection: 3, seed: 7 })]),
    v("plan-2025-calendar", calendar(2025), [plan({ term: calendar(2025), seed: 1 })]),
    v("plan-2025-calendar-reordered", calendar(2025), [plan({ term: calendar(2025), columns: REORDERED, pageEvery: 5, broken: true, seed: 9 })]),
    v("plan-2023-result-before-responsible", school(2023), [plan({ term: school(2023), columns: RESULT_BEFORE, titleInOneCell: true, seed: 11 })]),
    v("plan-2025-name-with-year", calendar(2025), [plan({ term: calendar(2025), nameWithYear: true, columnNumbers: true, seed: 13 })]),
    v("plan-2022-long", school(2022), [plan({ term: school(2022), perSection: 6, pageEvery: 7, split: true, seed: 2 })]),
    v("plan-2021-approved-block", school(2021), [plan({ term: school(2021), approvedBlock: true, sectionNumbers: "roman", numberDots: true, pageEvery: 4, broken: true, seed: 14 })]),
    v("plan-2023-two-row-header", school(2023), [plan({ term: school(2023), twoRowHeader: true, pageEvery: 4, seed: 16 })]),
    v("plan-2022-split-sessions", school(2022), [plan({ term: school(2022), splitSessions: true, pageEvery: 5, broken: true, seed: 17 })]),
    v("plan-2024-spaced", calendar(2024), [plan({ term: calendar(2024), sectionNumbers: "arabic", blankBetween: true, titleUnmerged: true, columnNumbers: true, seed: 15 })]),
    v("passport-2023-quarters", undefined, [passport({ term: { kind: "year", y: 2023, from: 4 } })]),
    v("passport-2023-tabbed", undefined, [passport({ term: { kind: "year", y: 2023, from: 2 }, labelCol: 1, outcomes: true, baseLabel: true })]),
    v("passport-2024-2026-years", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2026 }, stageDates: true, outcomes: true })]),
    v("passport-2024-2026-dates", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2026 }, labelCol: 1, stageDates: true, realDates: true, termAsDates: true })]),
    v("passport-2025-stage-dates", undefined, [passport({ term: { kind: "year", y: 2025, from: 1 }, stageDates: true, realDates: true, baseLabel: true })]),
    v("passport-2022-school-year", undefined, [passport({ term: { kind: "school", y: 2022 }, stageDates: true })]),
    v("passport-2024-2026-tables", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2026 }, tables: true, names: true, percentNumbers: true, stageDates: true, outcomes: true })]),
    v("passport-2024-2025-total-first", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2025 }, totalFirst: true, spaced: true, labelCol: 1, stageDates: true, realDates: true })]),
    v("passport-2023-percent-numbers", undefined, [passport({ term: { kind: "year", y: 2023, from: 3 }, percentNumbers: true, labelCol: 1, names: true })]),
    v("schedule-2024", calendar(2024), [schedule({ term: calendar(2024) })]),
    v("schedule-2023-dates-gantt", school(2023), [schedule({ term: school(2023), realDates: true, gantt: true })]),
    v("schedule-2025-period-column", calendar(2025), [schedule({ term: calendar(2025), periodColumn: true, numberDots: true })]),
    v("project-2021-school-year", school(2021), [
      passport({ term: { kind: "school", y: 2021 }, sheet: "Паспорт" }),
      plan({ term: school(2021), sheet: "План", pageEvery: 4, august: true, seed: 4 }),
    ], ["plan/period-before-school-year"]),
    v("project-2024-2026", calendar(2025), [
      passport({ term: { kind: "multi", from: 2024, to: 2026 }, sheet: "Паспорт", stageDates: true }),
      plan({ term: calendar(2025), sheet: "План 2025", seed: 6 }),
      schedule({ term: calendar(2024), sheet: "План-график" }),
    ]),
    v("project-plan-without-own-term", calendar(2025), [
      passport({ term: { kind: "multi", from: 2024, to: 2025 }, labelCol: 1 }),
      plan({ term: calendar(2025), noTitleTerm: true, seed: 8 }),
      schedule({ term: calendar(2025), noTitleTerm: true, realDates: true }),
    ]),
  ];
}

export function plantedVariants(): PlantedVariant[] {
  const clean = new Map(cleanVariants().map((v) => [v.name, v]));
  const out: PlantedVariant[] = [];
  for (const m of MISTAKES) {
    for (const name of m.into) {
      const base = clean.get(name);
      if (!base) throw new Error(`no variant ${name}`);
      const v: Variant = clone(base);
      const planted = m.plant(v, base.term);
      out.push({ ...v, name: `${m.name}--${name}`, planted });
    }
  }
  return out;
}
