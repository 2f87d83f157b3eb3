/**
 * Which term a plan is held to (docs/DOMAIN.md: the project term comes from the passport in the same workbook,
 * else from the sheet's own term cell or title). With a passport, every activity outside the passport's term
 * is reported at the activity's own cell, whatever the plan's title says; a plan that states its own term is
 * also held to that. The August right before a school-year term is a warning.
 */
import type { Finding } from "../../../src/core/findings";
import { validateWorkbook } from "../../../src/core/rules";
import {
  across,
  DIRECTOR,
  PLAN_COL as C,
  PLAN_HEADER,
  PLAN_ROW as R,
  seedLikePassportSheet,
  seedLikePlanSheet,
  seedLikeProjectWorkbook,
  seedLikeScheduleSheet,
  PASSPORT_ROW,
  sheet,
  workbook,
  SCHEDULE_ROW as S,
} from "../../fixtures/seedLike";

const planOf = (wb: ReturnType<typeof validateWorkbook>) => wb.sheets.find((s) => s.kind === "plan")!;
const cells = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => [f.row, f.col]);

/** The seed plan's activity rows whose «Сроки» name dates (not «В течение года», not «По плану …»). */
const DATED = [R.augustOrg, R.review, R.sessions, R.platform, R.augustConference, R.recommendations, R.conferences, R.infoSupport, R.publications, R.website, R.monitoring, R.analysis];

describe("a plan with its own term in a workbook with a passport", () => {
  it("the passport is the model: each activity outside the passport's term is reported at its cell", () => {
    // the passport runs September–December 2021, the plan says the whole school year
    const rep = planOf(validateWorkbook(seedLikeProjectWorkbook("Сентябрь 2021 – декабрь 2021")));
    const outside = cells(rep.findings, "plan/outside-passport-term");
    // the plan's own term, at its title cell
    expect(outside).toContainEqual([R.termTitle, 0]);
    // every activity with a date in 2022 (or before September 2021), each at its «Сроки» cell
    for (const row of [R.sessions, R.recommendations, R.conferences, R.publications, R.website, R.monitoring, R.analysis]) expect(outside).toContainEqual([row, C.period]);
    // inside the passport's term: not reported
    for (const row of [R.review, R.platform, R.infoSupport]) expect(outside).not.toContainEqual([row, C.period]);
    // «В течение года», «По плану …» mean the plan's own year: the title finding says it, not each row
    for (const row of [R.bank, R.workingGroup]) expect(rep.findings.filter((f) => f.row === row && f.col === C.period)).toEqual([]);
    // nothing reported twice at one cell for one reason
    const keys = rep.findings.filter((f) => f.severity === "error").map((f) => `${f.row}:${f.col}:${f.rule}`);
    expect(new Set(keys).size).toBe(keys.length);
    const f = rep.findings.find((x) => x.rule === "plan/outside-passport-term" && x.row === R.monitoring)!;
    expect(f.severity).toBe("error");
    expect(f.message.ru).toBe(
      "Срок «Июнь 2022 г.» выходит за пределы срока реализации проекта по паспорту (сентябрь 2021 г. – декабрь 2021 г., лист «Паспорт»): июнь 2022 г. — позже окончания. Ожидается срок внутри срока проекта.",
    );
  });

  it("a plan for another period entirely: still every dated activity at its cell, and the plan's term", () => {
    const rep = planOf(validateWorkbook(seedLikeProjectWorkbook("Апрель 2017 – декабрь 2017")));
    const outside = cells(rep.findings, "plan/outside-passport-term");
    expect(outside).toContainEqual([R.termTitle, 0]);
    for (const row of DATED) expect(outside).toContainEqual([row, C.period]);
    expect(outside).toHaveLength(DATED.length + 1);
  });

  it("inside the project but outside the plan's own year: an error against the plan's term", () => {
    const wb = seedLikeProjectWorkbook("Январь 2021 – декабрь 2023", {
      edits: [
        [R.review, C.period, "Ноябрь 2022 г."],
        [R.platform, C.period, "Январь 2024 г."],
      ],
    });
    const rep = planOf(validateWorkbook(wb));
    const at = (row: number) => rep.findings.filter((f) => f.row === row && f.col === C.period && f.severity === "error").map((f) => f.rule);
    expect(at(R.review)).toEqual(["plan/period-outside-term"]);
    // outside both: once, against the passport
    expect(at(R.platform)).toEqual(["plan/outside-passport-term"]);
    // the plan's school year lies inside the project: no finding at its title
    expect(rep.findings.filter((f) => f.row === R.termTitle)).toEqual([]);
  });

  it("the passport's term equal to the school year: the seed's mistakes are the same findings as without a passport", () => {
    const alone = planOf(validateWorkbook(workbook([seedLikePlanSheet()])));
    const withPassport = planOf(validateWorkbook(seedLikeProjectWorkbook("Сентябрь 2021 – август 2022")));
    const errors = (fs: Finding[]) =>
      fs
        .filter((f) => f.severity === "error")
        .map((f) => [f.row, f.col])
        .sort();
    expect(errors(withPassport.findings)).toEqual(errors(alone.findings));
    expect(cells(withPassport.findings, "plan/outside-passport-term").sort()).toEqual(
      [
        [R.sessions, C.period],
        [R.analysis, C.period],
      ].sort(),
    );
    // the August conference: a warning against the passport's school-year term too
    expect(cells(withPassport.findings, "plan/period-before-school-year").sort()).toEqual(
      [
        [R.augustOrg, C.period],
        [R.augustConference, C.period],
      ].sort(),
    );
  });

  it("a project that starts in October: August is two months early, an error", () => {
    const rep = planOf(validateWorkbook(seedLikeProjectWorkbook("Октябрь 2021 – август 2022")));
    expect(rep.findings.filter((f) => f.row === R.augustOrg && f.col === C.period).map((f) => [f.rule, f.severity])).toEqual([["plan/outside-passport-term", "error"]]);
  });
});

describe("a plan without a term of its own", () => {
  const plan = sheet(
    "План",
    [
      ["План реализации проекта «Сетевая методическая школа»"],
      PLAN_HEADER,
      ["Методическая деятельность"],
      [1, "Семинар", "Октябрь 2017 г.", "Педагоги", 5, DIRECTOR, "Протокол"],
      [2, "Конференция", "Февраль 2018 г.", "Педагоги", 50, DIRECTOR, "Резолюция"],
      [3, "Сайт", "В течение года", "Педагоги", 5, DIRECTOR, "Новости"],
    ],
    [across(2, 0, 6)],
    7,
  );

  it("is held to the passport's term", () => {
    const rep = planOf(validateWorkbook(workbook([seedLikePassportSheet(), plan])));
    expect(rep.findings.filter((f) => f.severity === "error").map((f) => [f.row, f.col, f.rule])).toEqual([[4, 2, "plan/outside-passport-term"]]);
  });

  it("without a passport, nothing to hold it to", () => {
    const rep = planOf(validateWorkbook(workbook([plan])));
    expect(rep.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a calendar plan with its own term in a workbook with a passport", () => {
  it("each date outside the passport's term at its cell", () => {
    const wb = workbook([seedLikePassportSheet({ edits: [[PASSPORT_ROW.term, 1, "Сентябрь 2021 – декабрь 2021"]] }), seedLikeScheduleSheet({ edits: [[S.act12, 3, "Январь 2022 г."]] })]);
    const rep = validateWorkbook(wb).sheets.find((s) => s.kind === "schedule")!;
    const outside = cells(rep.findings, "schedule/outside-passport-term");
    expect(outside).toContainEqual([S.title, 0]);
    expect(outside).toContainEqual([S.act12, 3]);
    expect(outside).toContainEqual([S.stage2, 3]);
    expect(outside).not.toContainEqual([S.stage2, 2]);
    expect(outside).toContainEqual([S.cp211, 3]);
    expect(cells(rep.findings, "schedule/date-outside-term")).toEqual([]);
  });
});

describe("a range written backwards with its year once («Декабрь - ноябрь 2021 г.»)", () => {
  const one = (period: string) =>
    validateWorkbook(seedLikeProjectWorkbook("Сентябрь 2021 – август 2022", { edits: [[R.review, C.period, period]] }))
      .sheets.find((s) => s.kind === "plan")!
      .findings.filter((f) => f.row === R.review && f.col === C.period)
      .map((f) => [f.rule, f.severity]);

  it("is an end before its start, not a year from the December before", () => {
    expect(one("Декабрь - ноябрь 2021 г.")).toEqual([["plan/period-end-before-start", "error"]]);
    expect(one("Май - апрель 2022 г.")).toEqual([["plan/period-end-before-start", "error"]]);
  });

  it("across the New Year of a school year it is the school year's span («Октябрь - март 2022 г.»)", () => {
    expect(one("Октябрь - март 2022 г.")).toEqual([]);
    expect(one("с ноября 2021 г. по май")).toEqual([]);
  });
});
