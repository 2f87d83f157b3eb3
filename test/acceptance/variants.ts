/**
 * The acceptance variants: clean documents (documents.ts) in many layouts and terms, and the mistakes planted into
 * them. Everything here is a spec (plain data); test/fixtures/pasted.ts writes it as real .xlsx files.
 */
import type { Severity } from "../../src/core/findings";
import { clone, date, type PassportSpec, type PlanField, type PlanSpec, type ScheduleSpec, type SheetSpec, type Value } from "../fixtures/pasted";
import {
  activity,
  low,
  MONTHS,
  termMonth,
  cleanPassport,
  cleanPlan,
  cleanSchedule,
  mon,
  scheduleRow,
  stageRow,
  type PassportOptions,
  type PlanOptions,
  type ScheduleOptions,
  type Term,
} from "./documents";

export * from "./documents";
// ---------------------------------------------------------------------------------------------
// The variants

/** What is allowed in a clean workbook besides nothing: what approved documents routinely do (docs/DOMAIN.md, «Severity»). */
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
    v(
      "project-2021-school-year",
      school(2021),
      [passport({ term: { kind: "school", y: 2021 }, sheet: "Паспорт" }), plan({ term: school(2021), sheet: "План", pageEvery: 4, august: true, seed: 4 })],
      ["plan/period-before-school-year"],
    ),
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

// ---------------------------------------------------------------------------------------------
// Planted mistakes: one per workbook, at a known cell

type Mutator = (v: Variant) => Planted[];

function planOf(v: Variant, i = 0): PlanSpec {
  const s = v.sheets.filter((x) => x.kind === "plan")[i];
  if (!s || s.kind !== "plan") throw new Error(`${v.name}: no plan`);
  return s.spec;
}
function passportOf(v: Variant): PassportSpec {
  const s = v.sheets.find((x) => x.kind === "passport");
  if (!s || s.kind !== "passport") throw new Error(`${v.name}: no passport`);
  return s.spec;
}
function scheduleOf(v: Variant): ScheduleSpec {
  const s = v.sheets.find((x) => x.kind === "schedule");
  if (!s || s.kind !== "schedule") throw new Error(`${v.name}: no schedule`);
  return s.spec;
}
const sheetName = (v: Variant, kind: SheetSpec["kind"]): string => {
  const s = v.sheets.find((x) => x.kind === kind)!;
  return s.spec.sheet ?? (kind === "plan" ? "План реализации" : kind === "passport" ? "Паспорт" : "План-график");
};

/** Sets one field of plan activity `id` and expects `rule` at that cell. */
const planCell =
  (id: string, field: PlanField, value: Value, rule: string, severity: Severity = "error", expectField: PlanField = field): Mutator =>
  (v) => {
    (activity(planOf(v), id) as unknown as Record<string, Value>)[field] = value;
    return [{ sheet: sheetName(v, "plan"), key: `${id}.${expectField}`, rule, severity }];
  };

export interface Mistake {
  name: string;
  /** the clean variants it is planted into */
  into: string[];
  plant: (v: Variant, term: Term | undefined) => Planted[];
}

export const MISTAKES: Mistake[] = [
  {
    name: "period-outside-term",
    into: ["plan-2021-seedlike", "plan-2024-offset", "plan-2025-calendar-reordered", "plan-2021-approved-block", "plan-2024-spaced"],
    plant: (v, t) => planCell("s2a1", "period", mon(t!.y + 2, 5), "plan/period-outside-term")(v),
  },
  {
    name: "period-outside-term-real-date",
    into: ["plan-2022-plain", "plan-2025-calendar"],
    plant: (v, t) => planCell("s1a2", "period", date(t!.y - 1, 3, 10), "plan/period-outside-term")(v),
  },
  {
    name: "period-july-before-school-year",
    into: ["plan-2021-seedlike", "plan-2024-unmerged-sections"],
    plant: (v, t) => planCell("s2a2", "period", mon(t!.y, 7), "plan/period-outside-term")(v),
  },
  {
    name: "period-august-before-school-year-is-a-warning",
    into: ["plan-2022-plain", "plan-2023-result-before-responsible"],
    plant: (v, t) => planCell("s3a1", "period", mon(t!.y, 8), "plan/period-before-school-year", "warning")(v),
  },
  {
    name: "end-before-start",
    into: ["plan-2021-seedlike", "plan-2025-calendar", "plan-2023-result-before-responsible", "plan-2024-spaced"],
    plant: (v, t) => {
      const a = termMonth(t!, 4);
      const b = termMonth(t!, 1);
      return planCell("s3a2", "period", `${mon(a.y, a.m)} - ${low(mon(b.y, b.m))}`, "plan/period-end-before-start")(v);
    },
  },
  {
    name: "sessions-backwards",
    into: ["plan-2024-offset", "plan-2025-calendar-reordered", "plan-2022-long"],
    plant: (v, t) => {
      const [a, b, c] = [2, 6, 5].map((i) => termMonth(t!, i));
      return planCell("s1a1", "period", `${mon(a.y, a.m)} ${mon(b.y, b.m)} ${mon(c.y, c.m)}`, "plan/sessions-backwards")(v);
    },
  },
  {
    name: "period-unparsed",
    into: ["plan-2022-plain", "plan-2024-unmerged-sections"],
    plant: (v) => planCell("s2a1", "period", "по согласованию", "plan/period-unparsed", "warning")(v),
  },
  {
    name: "participants-as-text",
    into: ["plan-2023-two-row-header", "plan-2021-seedlike", "plan-2025-calendar-reordered", "plan-2023-result-before-responsible", "plan-2021-approved-block"],
    plant: (v) => planCell("s2a2", "count", "много", "plan/participants-not-number")(v),
  },
  {
    name: "participants-negative",
    into: ["plan-2024-offset", "plan-2025-name-with-year", "plan-2023-two-row-header"],
    plant: (v) => planCell("s1a2", "count", "-5", "plan/participants-negative")(v),
  },
  {
    name: "responsible-missing",
    into: ["plan-2021-seedlike", "plan-2024-unmerged-sections", "plan-2025-calendar-reordered", "plan-2022-long", "plan-2024-spaced", "plan-2021-approved-block"],
    plant: (v) => planCell("s3a1", "responsible", "", "plan/responsible-missing")(v),
  },
  {
    name: "one-person-two-phones",
    into: ["plan-2021-seedlike", "plan-2025-calendar"],
    plant: (v) => planCell("s2a1", "responsible", "Воронина Т.С., директор, т. 45-99-99", "person/phone-mismatch", "warning")(v),
  },
  {
    name: "plan-activity-outside-passport-term",
    into: ["project-2024-2026", "project-plan-without-own-term"],
    plant: (v) => {
      const p = planOf(v);
      activity(p, "s1a1").period = mon(2027, 2);
      return [{ sheet: sheetName(v, "plan"), key: "s1a1.period", rule: "plan/outside-passport-term", severity: "error" }];
    },
  },
  {
    name: "plan-activity-after-the-school-year",
    into: ["project-2021-school-year"],
    plant: (v) => {
      activity(planOf(v), "s2a1").period = mon(2022, 10);
      return [{ sheet: sheetName(v, "plan"), key: "s2a1.period", rule: "plan/outside-passport-term", severity: "error" }];
    },
  },
  {
    name: "plan-activity-inside-passport-outside-own-term",
    into: ["project-2024-2026"],
    plant: (v) => {
      // «на 2025 год» inside a 2024–2026 project: March 2024 is the project's, not this plan's
      activity(planOf(v), "s2a1").period = mon(2024, 3);
      return [{ sheet: sheetName(v, "plan"), key: "s2a1.period", rule: "plan/period-outside-term", severity: "error" }];
    },
  },
  {
    name: "financing-total-per-year",
    into: ["passport-2024-2025-total-first", "passport-2023-quarters", "passport-2024-2026-years", "project-2024-2026", "passport-2024-2026-tables", "passport-2023-percent-numbers"],
    plant: (v) => {
      const f = passportOf(v).financing;
      f.sum.values[0] = "9999,00";
      const planted: Planted[] = [{ sheet: sheetName(v, "passport"), key: "fin.sum.y.0", rule: "passport/financing-total", severity: "error" }];
      // the «Всего» column of the «Всего» row no longer adds up either: it is the same mistake seen from the period
      if (f.totalColumn) planted.push({ sheet: sheetName(v, "passport"), key: "fin.sum.total", rule: "passport/financing-period-total", severity: "error" });
      return planted;
    },
  },
  {
    name: "financing-total-over-period",
    into: ["passport-2024-2026-years", "passport-2024-2026-dates", "passport-2024-2026-tables"],
    plant: (v) => {
      passportOf(v).financing.rows[2].total = "100,00";
      // reported on that source's row only: «Всего» over the period is still the sum of the years, and right
      return [{ sheet: sheetName(v, "passport"), key: "fin.2.total", rule: "passport/financing-period-total", severity: "error" }];
    },
  },
  {
    name: "financing-as-text",
    into: ["passport-2023-tabbed"],
    plant: (v) => {
      passportOf(v).financing.rows[3].values[0] = "три тысячи";
      return [{ sheet: sheetName(v, "passport"), key: "fin.3.y.0", rule: "passport/financing-not-number", severity: "error" }];
    },
  },
  {
    name: "indicator-plan-missing",
    into: ["passport-2023-quarters", "passport-2024-2026-years", "passport-2023-tabbed", "passport-2022-school-year", "passport-2024-2026-tables", "passport-2023-percent-numbers"],
    plant: (v) => {
      const ind = passportOf(v).indicators;
      const j = ind.rows[1].values.length - 1;
      ind.rows[1].values[j] = "";
      return [{ sheet: sheetName(v, "passport"), key: `ind.1.v.${j}`, rule: "passport/indicator-plan-missing", severity: "error" }];
    },
  },
  {
    name: "indicator-value-as-text",
    into: ["passport-2023-quarters", "passport-2025-stage-dates", "passport-2024-2026-dates", "passport-2024-2026-tables", "passport-2023-percent-numbers"],
    plant: (v) => {
      passportOf(v).indicators.rows[0].values[2] = "около 60%";
      return [{ sheet: sheetName(v, "passport"), key: "ind.0.v.2", rule: "passport/indicator-not-number", severity: "error" }];
    },
  },
  {
    name: "control-point-outside-stage",
    into: ["passport-2024-2026-years", "passport-2025-stage-dates", "passport-2024-2026-tables"],
    plant: (v) => {
      const p = passportOf(v);
      const s3 = stageRow(p, "s3");
      // the first control point of stage 2 ends where stage 3 ends
      stageRow(p, "cp2.1").end = s3.end;
      return [{ sheet: sheetName(v, "passport"), key: "cp2.1.end", rule: "passport/control-point-outside-stage", severity: "error" }];
    },
  },
  {
    name: "control-point-outside-term",
    into: ["passport-2023-quarters", "passport-2024-2026-dates", "passport-2023-tabbed", "passport-2023-percent-numbers"],
    plant: (v) => {
      const p = passportOf(v);
      const cp = stageRow(p, "cp4.1");
      const real = cp.end instanceof Date;
      const y = real ? (cp.end as Date).getUTCFullYear() + 1 : Number(/(\d{4})/.exec(String(cp.end))![1]) + 1;
      cp.end = real ? date(y, 2, 28) : `Февраль ${y}`;
      const planted: Planted[] = [{ sheet: sheetName(v, "passport"), key: "cp4.1.end", rule: "passport/stage-outside-term", severity: "error" }];
      if (stageRow(p, "s4").end) planted.push({ sheet: sheetName(v, "passport"), key: "cp4.1.end", rule: "passport/control-point-outside-stage", severity: "error" });
      return planted;
    },
  },
  {
    name: "control-point-end-before-start",
    into: ["passport-2023-quarters", "passport-2024-2025-total-first"],
    plant: (v) => {
      const cp = stageRow(passportOf(v), "cp2.2");
      // the end: the month before the start
      if (cp.start instanceof Date) cp.end = new Date(cp.start.getTime() - 86_400_000);
      else {
        const [mName, y] = String(cp.start).split(" ");
        const i = MONTHS.indexOf(mName);
        cp.end = i > 0 ? `${MONTHS[i - 1]} ${y}` : `Декабрь ${Number(y) - 1}`;
      }
      return [{ sheet: sheetName(v, "passport"), key: "cp2.2.end", rule: "passport/stage-end-before-start", severity: "error" }];
    },
  },
  {
    name: "stage-date-unparsed",
    into: ["passport-2023-tabbed"],
    plant: (v) => {
      stageRow(passportOf(v), "cp3.1").start = "после согласования";
      return [{ sheet: sheetName(v, "passport"), key: "cp3.1.start", rule: "passport/stage-date-unparsed", severity: "warning" }];
    },
  },
  {
    name: "risk-measure-dash",
    into: ["passport-2024-2025-total-first"],
    plant: (v) => {
      passportOf(v).risks[2].measure = "–";
      return [{ sheet: sheetName(v, "passport"), key: "risk.2.measure", rule: "passport/risk-measure-missing", severity: "warning" }];
    },
  },
  {
    name: "responsible-dash",
    into: ["plan-2022-plain"],
    plant: (v) => planCell("s1a1", "responsible", "—", "plan/responsible-missing")(v),
  },
  {
    name: "split-sessions-backwards",
    into: ["plan-2022-split-sessions"],
    plant: (v) => {
      // the sessions carried over the page break go back to the first autumn: reported at the row's own «Сроки» cell
      activity(planOf(v), "s2a1").continued!.period = "Сентябрь 2022 г.";
      return [{ sheet: sheetName(v, "plan"), key: "s2a1.period", rule: "plan/sessions-backwards", severity: "error" }];
    },
  },
  {
    name: "end-before-start-one-year",
    into: ["plan-2021-seedlike", "plan-2025-calendar"],
    plant: (v, t) => {
      const y = t!.kind === "school" ? t!.y : t!.y;
      return planCell("s2a1", "period", `Декабрь - ноябрь ${y} г.`, "plan/period-end-before-start")(v);
    },
  },
  {
    name: "sessions-backwards-on-lines",
    into: ["plan-2021-approved-block"],
    plant: (v, t) => {
      const [a, b, c] = [1, 4, 2].map((i) => termMonth(t!, i));
      return planCell("s2a2", "period", `${mon(a.y, a.m)}\n${mon(b.y, b.m)}\n${mon(c.y, c.m)}`, "plan/sessions-backwards")(v);
    },
  },
  {
    name: "stage-numbering",
    into: ["passport-2023-quarters", "passport-2024-2026-years"],
    plant: (v) => {
      stageRow(passportOf(v), "cp2.2").number = "2.3.";
      return [{ sheet: sheetName(v, "passport"), key: "cp2.2.number", rule: "passport/stage-numbering", severity: "warning" }];
    },
  },
  {
    name: "stage-without-control-points",
    into: ["passport-2023-tabbed", "passport-2025-stage-dates"],
    plant: (v) => {
      const p = passportOf(v);
      const cp = stageRow(p, "cp4.1");
      p.stages.splice(p.stages.indexOf(cp), 1);
      return [{ sheet: sheetName(v, "passport"), key: "s4.name", rule: "passport/stage-without-control-points", severity: "warning" }];
    },
  },
  {
    name: "risk-without-measure",
    into: ["passport-2023-quarters", "passport-2024-2026-dates", "passport-2024-2026-tables"],
    plant: (v) => {
      passportOf(v).risks[1].measure = "";
      return [{ sheet: sheetName(v, "passport"), key: "risk.1.measure", rule: "passport/risk-measure-missing", severity: "warning" }];
    },
  },
  {
    name: "schedule-date-outside-term",
    into: ["schedule-2024", "schedule-2023-dates-gantt"],
    plant: (v, t) => {
      const r = scheduleRow(scheduleOf(v), "2.1");
      const x = termMonth(t!, 13);
      r.end = r.end instanceof Date ? date(x.y, x.m, 28) : mon(x.y, x.m);
      return [{ sheet: sheetName(v, "schedule"), key: "2.1.end", rule: "schedule/date-outside-term", severity: "error" }];
    },
  },
  {
    name: "schedule-end-before-start",
    into: ["schedule-2024", "schedule-2023-dates-gantt"],
    plant: (v, t) => {
      const r = scheduleRow(scheduleOf(v), "1.2");
      const x = termMonth(t!, 0);
      r.end = r.end instanceof Date ? date(x.y, x.m, 20) : mon(x.y, x.m);
      return [{ sheet: sheetName(v, "schedule"), key: "1.2.end", rule: "schedule/end-before-start", severity: "error" }];
    },
  },
  {
    name: "schedule-responsible-missing",
    into: ["schedule-2024", "project-2024-2026", "schedule-2025-period-column"],
    plant: (v) => {
      scheduleRow(scheduleOf(v), "1.1.1").responsible = "";
      return [{ sheet: sheetName(v, "schedule"), key: "1.1.1.responsible", rule: "schedule/responsible-missing", severity: "error" }];
    },
  },
  {
    name: "schedule-period-outside-term",
    into: ["schedule-2025-period-column"],
    plant: (v) => {
      scheduleRow(scheduleOf(v), "2.1").period = "Май 2025 г. - февраль 2026 г.";
      return [
        { sheet: sheetName(v, "schedule"), key: "2.1.period", rule: "schedule/date-outside-term", severity: "error" },
        // and outside its stage (May–December)
        { sheet: sheetName(v, "schedule"), key: "2.1.period", rule: "schedule/outside-parent", severity: "error" },
      ];
    },
  },
  {
    name: "schedule-stage-numbering",
    into: ["schedule-2024", "schedule-2025-period-column"],
    plant: (v) => {
      const r = scheduleRow(scheduleOf(v), "1.2");
      r.number = String(r.number).replace("1.2", "1.3");
      return [{ sheet: sheetName(v, "schedule"), key: "1.2.number", rule: "schedule/numbering", severity: "warning" }];
    },
  },
  {
    name: "schedule-outside-passport-term",
    into: ["project-plan-without-own-term"],
    plant: (v) => {
      scheduleRow(scheduleOf(v), "2.2").end = date(2026, 1, 31);
      return [{ sheet: sheetName(v, "schedule"), key: "2.2.end", rule: "schedule/outside-passport-term", severity: "error" }];
    },
  },
];

/** Every mistake planted into each variant it names: a fresh copy each time. */
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
