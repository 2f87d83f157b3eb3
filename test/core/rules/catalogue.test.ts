/**
 * Every rule in the catalogue: one workbook where it fires (at the expected cell) and one where it stays
 * quiet. The table must cover every rule in RULES.
 */
import { RULES, validateWorkbook } from "../../../src/core/rules";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";
import {
  across,
  DIRECTOR,
  PASSPORT_ROW as P,
  PLAN_HEADER,
  SCHEDULE_ROW as S,
  seedLikePassportSheet,
  seedLikePassportWorkbook,
  seedLikeScheduleSheet,
  sheet,
  workbook,
  type Row,
} from "../../fixtures/seedLike";

// ---- a small plan: title with the school year, header, one section, activities from row 3

const FIRST = 3;
interface Act {
  n?: CellValue;
  activity?: CellValue;
  period?: CellValue;
  count?: CellValue;
  resp?: CellValue;
}
const act = (a: Act = {}): Row => [a.n ?? 1, a.activity ?? "Семинар для педагогов", a.period ?? "Октябрь 2021 г.", "Педагоги", a.count ?? 5, a.resp ?? DIRECTOR, "Протокол"];
const planSheet = (rows: Row[], name = "План") => sheet(name, [["План реализации проекта на 2021-2022 учебный год"], PLAN_HEADER, ["Методическая деятельность"], ...rows], [across(2, 0, 6)], 7);
const plan = (...rows: Row[]): WorkbookSnapshot => workbook([planSheet(rows)]);
const planOne = (a: Act) => plan(act(a));

const passport = (...edits: [number, number, CellValue][]) => seedLikePassportWorkbook({ edits });
const schedule = (...edits: [number, number, CellValue][]) => workbook([seedLikeScheduleSheet({ edits })]);
const withPassportTerm = (term: string, doc: WorkbookSnapshot) => workbook([seedLikePassportSheet({ edits: [[P.term, 1, term]] }), ...doc.sheets]);

const allOutcomes: [number, number, CellValue][] = [P.cp12, P.cp13, P.cp22, P.cp33, P.cp34, P.cp35, P.cp36, P.cp37, P.cp38].map((r) => [r, 2, "Протокол"]);
const stageDates: [number, number, CellValue][] = [
  [P.stage1, 3, "Апрель 2017"],
  [P.stage1, 4, "Апрель 2017"],
  [P.stage2, 3, "Май 2017"],
  [P.stage2, 4, "Август 2017"],
  [P.stage3, 3, "Август 2017"],
  [P.stage3, 4, "Декабрь 2017"],
  [P.stage4, 3, "Декабрь 2017"],
  [P.stage4, 4, "Декабрь 2017"],
];
const cpRows = [P.cp11, P.cp12, P.cp13, P.cp21, P.cp22, P.cp31, P.cp32, P.cp33, P.cp34, P.cp35, P.cp36, P.cp37, P.cp38, P.cp41];
const responsibleColumn = (except?: number): [number, number, CellValue][] => [
  [P.stagesHeader, 5, "Ответственный"],
  ...cpRows.filter((r) => r !== except).map((r): [number, number, CellValue] => [r, 5, DIRECTOR]),
];
const twoYears = (total: string): [number, number, CellValue][] => [
  [P.financing, 1, "2017 год"],
  [P.financing, 2, "2018 год"],
  [P.financing, 3, "Всего"],
  [P.local, 2, "0,00"],
  [P.local, 3, total],
];

interface Case {
  rule: string;
  fires: WorkbookSnapshot;
  /** [sheet index, row, col] of one finding it must make */
  at: [number, number, number];
  quiet: WorkbookSnapshot;
}

const CASES: Case[] = [
  // plan
  { rule: "plan/period-missing", fires: planOne({ period: "" }), at: [0, FIRST, 2], quiet: planOne({}) },
  { rule: "plan/period-unparsed", fires: planOne({ period: "когда-нибудь" }), at: [0, FIRST, 2], quiet: planOne({ period: "По плану (не реже, чем 1 раз в квартал)" }) },
  {
    rule: "plan/term-missing",
    fires: workbook([sheet("План", [["План мероприятий проекта"], PLAN_HEADER, ["Методическая деятельность"], act()], [across(2, 0, 6)], 7)]),
    at: [0, 0, 0],
    quiet: planOne({}),
  },
  { rule: "plan/period-impossible-date", fires: planOne({ period: "31.02.2022" }), at: [0, FIRST, 2], quiet: planOne({ period: "28.02.2022" }) },
  { rule: "plan/period-end-before-start", fires: planOne({ period: "Ноябрь 2021 г. - сентябрь 2021 г." }), at: [0, FIRST, 2], quiet: planOne({ period: "Сентябрь 2021 г. - ноябрь 2021 г." }) },
  { rule: "plan/sessions-backwards", fires: planOne({ period: "Декабрь 2021 г. Октябрь 2021 г." }), at: [0, FIRST, 2], quiet: planOne({ period: "Октябрь 2021 г. Декабрь 2021 г." }) },
  { rule: "plan/period-outside-term", fires: planOne({ period: "Октябрь 2022 г." }), at: [0, FIRST, 2], quiet: planOne({ period: "Август 2022 г." }) },
  {
    rule: "plan/outside-passport-term",
    fires: withPassportTerm("Сентябрь 2021 – декабрь 2021", plan(act(), act({ n: 2, period: "Март 2022 г." }))),
    at: [1, FIRST + 1, 2],
    quiet: withPassportTerm("Сентябрь 2021 – август 2022", plan(act(), act({ n: 2, period: "Март 2022 г." }))),
  },
  {
    rule: "plan/period-before-school-year",
    fires: planOne({ period: "Август 2021 г." }),
    at: [0, FIRST, 2],
    // a calendar-year plan: August is inside its term
    quiet: workbook([sheet("План", [["План реализации проекта на 2021 год"], PLAN_HEADER, ["Методическая деятельность"], act({ period: "Август 2021 г." })], [across(2, 0, 6)], 7)]),
  },
  { rule: "plan/participants-not-number", fires: planOne({ count: "около 20" }), at: [0, FIRST, 4], quiet: planOne({ count: "20 чел." }) },
  { rule: "plan/participants-negative", fires: planOne({ count: "-5" }), at: [0, FIRST, 4], quiet: planOne({ count: "0" }) },
  { rule: "plan/participants-missing", fires: planOne({ count: "" }), at: [0, FIRST, 4], quiet: planOne({ count: 12 }) },
  { rule: "plan/responsible-missing", fires: planOne({ resp: "" }), at: [0, FIRST, 5], quiet: planOne({}) },
  { rule: "plan/numbering", fires: plan(act({ n: 1 }), act({ n: 3 })), at: [0, FIRST + 1, 0], quiet: plan(act({ n: 1 }), act({ n: 2 })) },
  { rule: "plan/activity-missing", fires: planOne({ activity: "" }), at: [0, FIRST, 1], quiet: planOne({}) },
  // passport
  { rule: "passport/term-missing", fires: passport([P.term, 1, "до завершения"]), at: [0, P.term, 1], quiet: passport() },
  { rule: "passport/leader-missing", fires: passport([P.leader, 1, ""]), at: [0, P.leader, 0], quiet: passport() },
  { rule: "passport/name-missing", fires: passport([P.fullName, 0, ""]), at: [0, P.title, 0], quiet: passport() },
  { rule: "passport/goal-missing", fires: passport([P.goal, 1, ""]), at: [0, P.goal, 0], quiet: passport() },
  {
    rule: "passport/indicators-missing",
    fires: passport([P.indicator1, 0, ""], [P.indicator2, 0, ""], [P.indicator3, 0, ""]),
    at: [0, P.indicators, 0],
    quiet: passport(),
  },
  { rule: "passport/results-missing", fires: passport([P.results, 1, ""]), at: [0, P.results, 0], quiet: passport() },
  {
    rule: "passport/financing-missing",
    fires: passport([P.federal, 1, ""], [P.regional, 1, ""], [P.local, 1, ""], [P.extra, 1, ""], [P.total, 1, ""]),
    at: [0, P.financing, 0],
    quiet: passport([P.federal, 1, ""], [P.regional, 1, ""], [P.local, 1, "0,00"], [P.extra, 1, ""], [P.total, 1, "0,00"]),
  },
  { rule: "passport/indicator-base-missing", fires: passport([P.indicator1, 1, ""]), at: [0, P.indicator1, 1], quiet: passport() },
  { rule: "passport/indicator-plan-missing", fires: passport([P.indicator1, 3, ""]), at: [0, P.indicator1, 3], quiet: passport() },
  { rule: "passport/indicator-not-number", fires: passport([P.indicator1, 4, "около 87%"]), at: [0, P.indicator1, 4], quiet: passport([P.indicator1, 4, "87,5%"]) },
  { rule: "passport/indicator-direction", fires: passport([P.indicator1, 4, "80%"]), at: [0, P.indicator1, 4], quiet: passport([P.indicator1, 4, "86%"]) },
  { rule: "passport/financing-not-number", fires: passport([P.local, 1, "тысяча"]), at: [0, P.local, 1], quiet: passport([P.local, 1, "1 440,00"]) },
  { rule: "passport/financing-negative", fires: passport([P.federal, 1, "-10,00"]), at: [0, P.federal, 1], quiet: passport([P.federal, 1, "‒"]) },
  { rule: "passport/financing-total", fires: passport([P.total, 1, "4000"]), at: [0, P.total, 1], quiet: passport([P.total, 1, "4 464"]) },
  { rule: "passport/financing-period-total", fires: passport(...twoYears("1500,00")), at: [0, P.local, 3], quiet: passport(...twoYears("1440,00")) },
  { rule: "passport/stage-date-unparsed", fires: passport([P.cp11, 3, "когда-нибудь"]), at: [0, P.cp11, 3], quiet: passport() },
  { rule: "passport/stage-date-impossible", fires: passport([P.cp11, 3, "31.04.2017"]), at: [0, P.cp11, 3], quiet: passport([P.cp11, 3, "30.04.2017"]) },
  { rule: "passport/stage-end-before-start", fires: passport([P.cp21, 4, "Апрель 2017"]), at: [0, P.cp21, 4], quiet: passport() },
  { rule: "passport/stage-outside-term", fires: passport([P.cp41, 4, "Январь 2018"]), at: [0, P.cp41, 4], quiet: passport() },
  {
    rule: "passport/control-point-outside-stage",
    fires: passport([P.stage2, 3, "Май 2017"], [P.stage2, 4, "Июль 2017"]),
    at: [0, P.cp22, 4],
    quiet: passport([P.stage2, 3, "Май 2017"], [P.stage2, 4, "Август 2017"]),
  },
  { rule: "passport/control-point-date-missing", fires: passport([P.cp11, 4, ""]), at: [0, P.cp11, 4], quiet: passport() },
  { rule: "passport/stage-dates-missing", fires: passport(), at: [0, P.stage1, 1], quiet: passport(...stageDates) },
  { rule: "passport/stage-without-control-points", fires: passport([P.cp41, 0, "5"], [P.cp41, 1, "Этап 5. Отчётность"]), at: [0, P.stage4, 1], quiet: passport() },
  { rule: "passport/stage-numbering", fires: passport([P.cp12, 0, "1.3."]), at: [0, P.cp12, 0], quiet: passport() },
  { rule: "passport/control-point-outcome-missing", fires: passport(), at: [0, P.cp12, 2], quiet: passport(...allOutcomes) },
  { rule: "passport/control-point-responsible-missing", fires: passport(...responsibleColumn(P.cp11)), at: [0, P.cp11, 5], quiet: passport(...responsibleColumn()) },
  { rule: "passport/risk-measure-missing", fires: passport([P.risk2, 2, ""]), at: [0, P.risk2, 2], quiet: passport() },
  // calendar plan
  { rule: "schedule/date-missing", fires: schedule([S.act11, 3, ""]), at: [0, S.act11, 3], quiet: schedule() },
  { rule: "schedule/date-unparsed", fires: schedule([S.act11, 2, "когда-нибудь"]), at: [0, S.act11, 2], quiet: schedule() },
  { rule: "schedule/term-missing", fires: schedule([S.title, 0, "План-график реализации проекта «Сетевая методическая школа»"]), at: [0, S.title, 0], quiet: schedule() },
  { rule: "schedule/date-impossible", fires: schedule([S.act11, 2, "31.09.2021"]), at: [0, S.act11, 2], quiet: schedule([S.act11, 2, "30.09.2021"]) },
  { rule: "schedule/end-before-start", fires: schedule([S.act21, 3, "Октябрь 2021 г."]), at: [0, S.act21, 3], quiet: schedule() },
  { rule: "schedule/date-outside-term", fires: schedule([S.act21, 3, "Сентябрь 2022 г."]), at: [0, S.act21, 3], quiet: schedule() },
  {
    rule: "schedule/outside-passport-term",
    fires: withPassportTerm("Сентябрь 2021 – декабрь 2021", schedule()),
    at: [1, S.stage2, 3],
    quiet: withPassportTerm("Сентябрь 2021 – август 2022", schedule()),
  },
  { rule: "schedule/outside-parent", fires: schedule([S.cp111, 3, "Октябрь 2021 г."]), at: [0, S.cp111, 3], quiet: schedule() },
  { rule: "schedule/responsible-missing", fires: schedule([S.act11, 4, ""]), at: [0, S.act11, 4], quiet: schedule() },
  { rule: "schedule/document-missing", fires: schedule([S.cp111, 5, ""]), at: [0, S.cp111, 5], quiet: schedule() },
  { rule: "schedule/stage-without-control-points", fires: schedule([S.cp211, 0, "2.2"], [S.cp211, 1, "Итоговый семинар"]), at: [0, S.stage2, 1], quiet: schedule() },
  { rule: "schedule/numbering", fires: schedule([S.act12, 0, "1.3"]), at: [0, S.act12, 0], quiet: schedule() },
  // people across the workbook
  {
    rule: "person/phone-mismatch",
    fires: workbook([planSheet([act({ resp: "Лебедева И.П., директор, т. 31-40-12" })], "План"), planSheet([act({ resp: "Лебедева И.П., директор, т. 31-99-99" })], "План 2")]),
    at: [1, FIRST, 5],
    quiet: workbook([planSheet([act({ resp: "Лебедева И.П., директор, т. 31-40-12" })], "План"), planSheet([act({ resp: "И.П. Лебедева, директор, тел. 31 40 12" })], "План 2")]),
  },
  {
    rule: "person/position-missing",
    fires: plan(act({ resp: "Лебедева И.П., т. 31-40-12" })),
    at: [0, FIRST, 5],
    quiet: plan(act({ resp: "Лебедева И.П., т. 31-40-12" }), act({ n: 2, resp: "Лебедева И.П., директор" })),
  },
];

describe("the rule catalogue", () => {
  it("covers every rule with a fires/quiet case", () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("has unique ids, a severity, a kind, and titles in both languages", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(plan|passport|schedule|person)\/[a-z-]+$/);
      expect(["error", "warning", "info"]).toContain(r.severity);
      expect(["passport", "plan", "schedule", "workbook"]).toContain(r.appliesTo);
      expect(r.title.ru).toMatch(/[а-я]/);
      expect(r.title.en).toMatch(/^[A-Z«]/);
    }
  });

  describe.each(CASES)("$rule", ({ rule, fires, at, quiet }) => {
    const severity = RULES.find((r) => r.id === rule)!.severity;

    it("fires at the offending cell, with a message in both languages", () => {
      const report = validateWorkbook(fires);
      const [sheetIndex, row, col] = at;
      const found = report.sheets[sheetIndex].findings.filter((f) => f.rule === rule && f.row === row && f.col === col);
      expect(found.length).toBeGreaterThanOrEqual(1);
      const f = found[0];
      expect(f.severity).toBe(severity);
      expect(f.sheet).toBe(report.sheets[sheetIndex].sheet);
      expect(f.message.ru.length).toBeGreaterThan(20);
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.message.ru).not.toMatch(/undefined|NaN|\[object/);
      expect(f.message.en).not.toMatch(/undefined|NaN|\[object/);
    });

    it("stays quiet when the document is right", () => {
      const report = validateWorkbook(quiet);
      expect(report.sheets.flatMap((s) => s.findings).filter((f) => f.rule === rule)).toEqual([]);
    });
  });
});
