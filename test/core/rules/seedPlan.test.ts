/**
 * The seed implementation plan (docs/DOMAIN.md, «The seed documents»), pasted into Excel with
 * invented people: the mistakes it really has are found, each at its cell, and nothing else is an error.
 */
import type { Finding } from "../../../src/core/findings";
import { validateWorkbook } from "../../../src/core/rules";
import { METHODIST_PHONE_A, METHODIST_PHONE_B, PLAN_COL as C, PLAN_ROW as R, seedLikePlanWorkbook } from "../../fixtures/seedLike";

const report = validateWorkbook(seedLikePlanWorkbook()).sheets[0];
const at = (row: number, col: number, rule?: string): Finding[] => report.findings.filter((f) => f.row === row && f.col === col && (!rule || f.rule === rule));
const errors = report.findings.filter((f) => f.severity === "error");

describe("the seed plan", () => {
  it("is a plan sheet", () => {
    expect(report.kind).toBe("plan");
  });

  it("4th session «Апрель 2021 г.» goes backwards after «Февраль 2022 г.»", () => {
    const [f] = at(R.sessions, C.period, "plan/sessions-backwards");
    expect(f.severity).toBe("error");
    expect(f.message.ru).toContain("«Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.»");
    expect(f.message.ru).toContain("4-е занятие (апрель 2021 г.) раньше предыдущего (февраль 2022 г.)");
    expect(f.message.en).toContain("session 4 (April 2021)");
  });

  it("4th session «Апрель 2021 г.» lies outside the 2021-2022 school year", () => {
    const [f] = at(R.sessions, C.period, "plan/period-outside-term");
    expect(f.severity).toBe("error");
    expect(f.message.ru).toContain("срока документа (сентябрь 2021 г. – август 2022 г.)");
    expect(f.message.ru).toContain("апрель 2021 г. — раньше начала");
    expect(f.message.ru).not.toContain("октябрь 2021");
  });

  it("«Январь 2021 г., июль 2022 г.»: January 2021 lies outside the school year", () => {
    const [f] = at(R.analysis, C.period, "plan/period-outside-term");
    expect(f.severity).toBe("error");
    expect(f.message.ru).toContain("«Январь 2021 г., июль 2022 г.»");
    expect(f.message.ru).toContain("январь 2021 г. — раньше начала");
    expect(f.message.ru).not.toContain("июль 2022 г. —");
  });

  it("one person has two different phones: a warning at each cell", () => {
    const a = at(R.bank, C.responsible, "person/phone-mismatch");
    const b = at(R.infoSupport, C.responsible, "person/phone-mismatch");
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].severity).toBe("warning");
    expect(a[0].message.ru).toContain(`здесь телефон ${METHODIST_PHONE_A}`);
    expect(a[0].message.ru).toContain(`F${R.infoSupport + 1}`);
    expect(b[0].message.ru).toContain(`здесь телефон ${METHODIST_PHONE_B}`);
    expect(report.findings.filter((f) => f.rule === "person/phone-mismatch")).toHaveLength(2);
  });

  it("a responsible person with no position: a warning", () => {
    const [f] = at(R.bank, C.responsible, "person/position-missing");
    expect(f.severity).toBe("warning");
    expect(f.message.ru).toBe("«Тарасенко Л.М.»: не указана должность. Ожидается «Тарасенко Л.М., должность, т. 31-40-68».");
  });

  it("«Август 2021 г.» (the August conference, just before the school year) is a warning, not an error", () => {
    for (const row of [R.augustOrg, R.augustConference]) {
      const found = at(row, C.period);
      expect(found.map((f) => [f.rule, f.severity])).toEqual([["plan/period-before-school-year", "warning"]]);
      expect(found[0].message.ru).toContain("Срок «Август 2021 г.» приходится на август перед началом учебного года (август 2021 г.)");
      expect(found[0].message.ru).toContain("срока документа (сентябрь 2021 г. – август 2022 г.)");
      expect(found[0].message.en).toContain("falls in the August before the school year");
    }
  });

  it("a month any further outside the school year stays an error («Июль 2021 г.»)", () => {
    const r = validateWorkbook(seedLikePlanWorkbook({ edits: [[R.augustOrg, C.period, "Июль 2021 г."]] })).sheets[0];
    expect(r.findings.filter((f) => f.row === R.augustOrg && f.col === C.period).map((f) => [f.rule, f.severity])).toEqual([["plan/period-outside-term", "error"]]);
    const r2 = validateWorkbook(seedLikePlanWorkbook({ edits: [[R.augustOrg, C.period, "Июль - август 2021 г."]] })).sheets[0];
    expect(r2.findings.filter((f) => f.row === R.augustOrg && f.col === C.period).map((f) => [f.rule, f.severity])).toEqual([["plan/period-outside-term", "error"]]);
    const r3 = validateWorkbook(seedLikePlanWorkbook({ edits: [[R.augustOrg, C.period, "Август 2022 г."]] })).sheets[0];
    expect(r3.findings.filter((f) => f.row === R.augustOrg && f.col === C.period)).toEqual([]);
  });

  it("August that runs into the school year («Август - сентябрь 2021 г.») is the same warning", () => {
    const r = validateWorkbook(seedLikePlanWorkbook({ edits: [[R.augustOrg, C.period, "Август - сентябрь 2021 г."]] })).sheets[0];
    expect(r.findings.filter((f) => f.row === R.augustOrg && f.col === C.period).map((f) => [f.rule, f.severity])).toEqual([["plan/period-before-school-year", "warning"]]);
  });

  it("has no other errors: every other period parses and lies in the school year, counts are numbers, everyone responsible is named", () => {
    expect(errors.map((f) => [f.row, f.col, f.rule]).sort()).toEqual(
      [
        [R.sessions, C.period, "plan/period-outside-term"],
        [R.sessions, C.period, "plan/sessions-backwards"],
        [R.analysis, C.period, "plan/period-outside-term"],
      ].sort(),
    );
  });

  it("has no warnings or notes beyond the August rows and the person findings (the split row is joined, headers are skipped)", () => {
    expect(
      report.findings
        .filter((f) => f.severity !== "error")
        .map((f) => f.rule)
        .sort(),
    ).toEqual(["person/phone-mismatch", "person/phone-mismatch", "person/position-missing", "plan/period-before-school-year", "plan/period-before-school-year"]);
  });

  it("sorts findings by row, then column", () => {
    const keys = report.findings.map((f) => f.row * 100 + f.col);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });
});
