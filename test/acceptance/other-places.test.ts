/**
 * Other places' layouts (test/fixtures/otherPlaces.ts), clean and with one planted mistake each: every planted
 * mistake is found at its cell with its severity, and no correct cell gets an error.
 */
import type { Finding } from "../../src/core/findings";
import { recognizeWorkbook } from "../../src/core/recognition";
import { validateWorkbook } from "../../src/core/rules";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import {
  ACTIVITIES,
  continuedPlanWorkbook,
  GANTT_ROW as G,
  ganttScheduleSheet,
  OTHER_FIRST_ROW as FIRST,
  OTHER_HEADERS,
  otherPlanSheet,
  passportWithPlanSheet,
  PP_ROW as PP,
} from "../fixtures/otherPlaces";
import { workbook } from "../fixtures/seedLike";

const all = (wb: WorkbookSnapshot): Finding[] => validateWorkbook(wb).sheets.flatMap((s) => s.findings);
const show = (f: Finding) => `${f.sheet}!R${f.row + 1}C${f.col + 1} ${f.severity} ${f.rule}: ${f.message.ru}`;

const [ROAD_MAP, AUDIENCE_FIRST, SCHOOL_CALENDAR] = OTHER_HEADERS;

const CLEAN: [string, WorkbookSnapshot][] = [
  ...OTHER_HEADERS.map((h): [string, WorkbookSnapshot] => [h.name, workbook([otherPlanSheet(h)])]),
  ["a plan continued on a second sheet", continuedPlanWorkbook()],
  ["a passport with its plan below it", workbook([passportWithPlanSheet()])],
  ["a calendar plan drawn as a Gantt chart", workbook([ganttScheduleSheet()])],
];

interface Planted {
  name: string;
  wb: WorkbookSnapshot;
  sheet: string;
  row: number;
  col: number;
  rule: string;
  severity: Finding["severity"];
}

const PLANTED: Planted[] = [
  {
    name: "road map: a period after the term",
    wb: workbook([otherPlanSheet(ROAD_MAP, { edits: [[FIRST + 1, ROAD_MAP.col.period, "Сентябрь 2024 г."]] })]),
    sheet: "План",
    row: FIRST + 1,
    col: ROAD_MAP.col.period,
    rule: "plan/period-outside-term",
    severity: "error",
  },
  {
    name: "audience first: no responsible person",
    wb: workbook([otherPlanSheet(AUDIENCE_FIRST, { edits: [[FIRST + 2, AUDIENCE_FIRST.col.responsible, ""]] })]),
    sheet: "План",
    row: FIRST + 2,
    col: AUDIENCE_FIRST.col.responsible,
    rule: "plan/responsible-missing",
    severity: "error",
  },
  {
    name: "audience first: a negative count",
    wb: workbook([otherPlanSheet(AUDIENCE_FIRST, { edits: [[FIRST, AUDIENCE_FIRST.col.count, -8]] })]),
    sheet: "План",
    row: FIRST,
    col: AUDIENCE_FIRST.col.count,
    rule: "plan/participants-negative",
    severity: "error",
  },
  {
    name: "school calendar: a date that does not exist",
    wb: workbook([otherPlanSheet(SCHOOL_CALENDAR, { edits: [[FIRST + 3, SCHOOL_CALENDAR.col.period, "31.09.2023"]] })]),
    sheet: "План",
    row: FIRST + 3,
    col: SCHOOL_CALENDAR.col.period,
    rule: "plan/period-impossible-date",
    severity: "error",
  },
  {
    name: "continued plan: a period on the second sheet after the first sheet's term",
    wb: continuedPlanWorkbook([[FIRST + 1, AUDIENCE_FIRST.col.period, "Июнь 2025 г."]]),
    sheet: "План (2)",
    row: FIRST + 1,
    col: AUDIENCE_FIRST.col.period,
    rule: "plan/period-outside-term",
    severity: "error",
  },
  {
    name: "a plan with no term anywhere",
    wb: workbook([otherPlanSheet(ROAD_MAP, { title: "План мероприятий проекта «Цифровая школа»" })]),
    sheet: "План",
    row: 0,
    col: 0,
    rule: "plan/term-missing",
    severity: "warning",
  },
  {
    name: "passport with its plan: an activity after the passport's term",
    wb: workbook([passportWithPlanSheet([[PP.plan1 + 2, 2, "Июнь 2024 г."]])]),
    sheet: "Проект",
    row: PP.plan1 + 2,
    col: 2,
    rule: "plan/outside-passport-term",
    severity: "error",
  },
  {
    name: "passport with its plan: an empty goal",
    wb: workbook([passportWithPlanSheet([[PP.goal, 1, ""]])]),
    sheet: "Проект",
    row: PP.goal,
    col: 0,
    rule: "passport/goal-missing",
    severity: "error",
  },
  {
    name: "passport with its plan: no indicator rows",
    wb: workbook([
      passportWithPlanSheet([
        [PP.indicator1, 0, ""],
        [PP.indicator1, 1, ""],
        [PP.indicator1, 2, ""],
      ]),
    ]),
    sheet: "Проект",
    row: PP.indicators,
    col: 0,
    rule: "passport/indicators-missing",
    severity: "error",
  },
  {
    name: "Gantt chart: a control point after its activity",
    wb: workbook([ganttScheduleSheet([[G.cp111, 3, "Октябрь 2023 г."]])]),
    sheet: "Календарный план",
    row: G.cp111,
    col: 3,
    rule: "schedule/outside-parent",
    severity: "error",
  },
];

describe("other places' layouts, clean", () => {
  test.each(CLEAN)("%s: nothing to report", (_name, wb) => {
    expect(all(wb).map(show)).toEqual([]);
  });

  test("the passport and the plan below it are two documents, both checked", () => {
    const wb = workbook([passportWithPlanSheet()]);
    expect(recognizeWorkbook(wb).sheets.map((s) => [s.sheet, s.kind, s.part])).toEqual([
      ["Проект", "passport", undefined],
      ["Проект", "plan", 1],
    ]);
    // one sheet in the report, with the findings of both
    expect(validateWorkbook(wb).sheets.map((s) => s.sheet)).toEqual(["Проект"]);
  });

  test("every activity of every layout is read", () => {
    for (const h of OTHER_HEADERS) {
      const findings = all(workbook([otherPlanSheet(h, { edits: ACTIVITIES.map((_, i): [number, number, string] => [FIRST + i, h.col.period, "Сентябрь 2030 г."]) })]));
      expect(findings.filter((f) => f.rule === "plan/period-outside-term").map((f) => f.row)).toEqual(ACTIVITIES.map((_, i) => FIRST + i));
    }
  });
});

describe("other places' layouts, one planted mistake each", () => {
  test.each(PLANTED)("$name", (p) => {
    const findings = all(p.wb);
    expect(findings.filter((f) => f.sheet === p.sheet && f.row === p.row && f.col === p.col && f.rule === p.rule).map((f) => f.severity)).toEqual([p.severity]);
    // no false error: every error is the planted one
    expect(findings.filter((f) => f.severity === "error" && !(f.row === p.row && f.sheet === p.sheet)).map(show)).toEqual([]);
  });
});
