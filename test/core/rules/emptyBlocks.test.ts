/**
 * Empty required blocks of a passport are reported at the block's own cell, and a freshly inserted template,
 * checked, lists what is still to be filled.
 */
import { validateWorkbook } from "../../../src/core/rules";
import { buildTemplate } from "../../../src/core/templates";
import { PASSPORT_ROW as P, seedLikePassportWorkbook } from "../../fixtures/seedLike";
import { planToSnapshot } from "../../helpers/planToSnapshot";

const BLOCK_RULES = [
  "passport/name-missing",
  "passport/goal-missing",
  "passport/term-missing",
  "passport/leader-missing",
  "passport/indicators-missing",
  "passport/results-missing",
  "passport/financing-missing",
];

describe("empty required blocks of a pasted passport", () => {
  test.each([
    ["goal", [[P.goal, 1, ""]], "passport/goal-missing", P.goal, "error"],
    ["goal written as a dash", [[P.goal, 1, "–"]], "passport/goal-missing", P.goal, "error"],
    ["leader", [[P.leader, 1, ""]], "passport/leader-missing", P.leader, "error"],
    ["term", [[P.term, 1, ""]], "passport/term-missing", P.term, "error"],
    ["results", [[P.results, 1, ""]], "passport/results-missing", P.results, "warning"],
    [
      "indicator rows",
      [
        [P.indicator1, 0, ""],
        [P.indicator2, 0, ""],
        [P.indicator3, 0, ""],
      ],
      "passport/indicators-missing",
      P.indicators,
      "error",
    ],
  ] as const)("an empty %s is reported at its label", (_what, edits, rule, row, severity) => {
    const report = validateWorkbook(seedLikePassportWorkbook({ edits: edits.map((e) => [...e]) }));
    const found = report.sheets[0].findings.filter((f) => BLOCK_RULES.includes(f.rule));
    expect(found).toEqual([expect.objectContaining({ rule, row, col: 0, severity })]);
  });

  test("the seed-shaped passport, complete, has none of them", () => {
    const report = validateWorkbook(seedLikePassportWorkbook());
    expect(report.sheets[0].findings.filter((f) => BLOCK_RULES.includes(f.rule))).toEqual([]);
  });
});

describe("a freshly inserted passport template", () => {
  const plans = buildTemplate("passport", { lang: "ru", sheetName: "Паспорт", instance: 1, today: { year: 2025, month: 3, day: 1 } });
  const report = validateWorkbook(planToSnapshot(plans));
  const sheet = report.sheets.find((s) => s.sheet === "Паспорт")!;

  test("lists the blocks still to be filled, each at its own cell", () => {
    const rules = sheet.findings.filter((f) => BLOCK_RULES.includes(f.rule));
    // the term is filled in by the template itself
    expect(rules.map((f) => f.rule).sort()).toEqual([
      "passport/financing-missing",
      "passport/goal-missing",
      "passport/indicators-missing",
      "passport/leader-missing",
      "passport/name-missing",
      "passport/results-missing",
    ]);
    const cells = new Set(rules.map((f) => `${f.row}:${f.col}`));
    expect(cells.size).toBe(rules.length);
  });
});
