/**
 * The seed passport (docs/DOMAIN.md, «The seed documents») pasted into Excel, with invented people: an
 * approved document, so no errors; what approved passports routinely leave out is at most a warning.
 */
import { validateWorkbook } from "../../../src/core/rules";
import { PASSPORT_ROW as R, seedLikePassportWorkbook } from "../../fixtures/seedLike";

describe("the seed passport", () => {
  const report = validateWorkbook(seedLikePassportWorkbook()).sheets[0];

  it("is a passport with no errors", () => {
    expect(report.kind).toBe("passport");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("its empty «итоги» cells are warnings, one per control point", () => {
    const rows = report.findings.filter((f) => f.rule === "passport/control-point-outcome-missing").map((f) => f.row);
    expect(rows).toEqual([R.cp12, R.cp13, R.cp22, R.cp33, R.cp34, R.cp35, R.cp36, R.cp37, R.cp38]);
    expect(new Set(report.findings.filter((f) => f.rule === "passport/control-point-outcome-missing").map((f) => f.severity))).toEqual(new Set(["warning"]));
  });

  it("its stage rows without dates of their own are information, with the span of their control points", () => {
    const f = report.findings.filter((x) => x.rule === "passport/stage-dates-missing");
    expect(f.map((x) => [x.row, x.severity])).toEqual([
      [R.stage1, "info"],
      [R.stage2, "info"],
      [R.stage3, "info"],
      [R.stage4, "info"],
    ]);
    expect(f[2].message.ru).toContain("по контрольным точкам — август 2017 г. – декабрь 2017 г.");
  });

  it("the blank first quarter before the project starts needs no value", () => {
    expect(report.findings.filter((f) => f.rule.startsWith("passport/indicator"))).toEqual([]);
  });

  it("the financing total 1440 + 3024 = 4464 checks out", () => {
    expect(report.findings.filter((f) => f.rule.startsWith("passport/financing"))).toEqual([]);
  });

  it("has nothing else to say", () => {
    const rules = new Set(report.findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual(["passport/control-point-outcome-missing", "passport/stage-dates-missing"]);
  });

  it("a planted wrong total is an error at its cell", () => {
    const r = validateWorkbook(seedLikePassportWorkbook({ edits: [[R.total, 1, "4446,00"]] })).sheets[0];
    const f = r.findings.filter((x) => x.severity === "error");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "passport/financing-total", row: R.total, col: 1, sheet: "Паспорт" });
    expect(f[0].message.ru).toBe("«Всего» (2017 год) = «4446,00», а сумма источников = 4464,00: ожидается 4464,00.");
  });

  it("a total within a cent of the sum is not an error", () => {
    const r = validateWorkbook(seedLikePassportWorkbook({ edits: [[R.total, 1, "4464,01"]] })).sheets[0];
    expect(r.findings.filter((x) => x.severity === "error")).toEqual([]);
  });
});
