/**
 * Plan rules written as visitors run together in one pass over the activities, a block at a time
 * (define.ts visitPlan). That pass must find exactly what each rule finds on its own: the same findings,
 * in the same order, across block and section boundaries (numbering carries state from one block to the next).
 */
import { pastedPlan, plansToSnapshot, projectPlans } from "../../../scripts/bench/generate";
import { visitPlan } from "../../../src/core/rules/define";
import { RULES, validateRecognized } from "../../../src/core/rules";
import type { ActivityVisitor, Hit, PlanRule, Rule } from "../../../src/core/rules/types";
import { recognizeWorkbook } from "../../../src/core/recognition";
import type { ImplementationPlan } from "../../../src/core/model";
import { withoutInternalSheets, type WorkbookSnapshot } from "../../../src/core/workbook";

/** A visitor run alone, one activity at a time (blocks of one): no shared pass, no block boundary in a section. */
function oneByOne(plan: ImplementationPlan, v: ActivityVisitor): Hit[] {
  for (const s of plan.sections) {
    v.section?.(s);
    for (let i = 0; i < s.activities.length; i++) v.activities?.(s.activities, i, i + 1, s);
  }
  return v.done();
}

/** The same rules, each plan rule run alone that way (validation then finds no visitor to share a pass). */
const ALONE: Rule[] = RULES.map((r) => (r.appliesTo === "plan" && r.visitor ? ({ ...r, visitor: undefined, check: (doc, ctx) => oneByOne(doc, r.visitor!(doc, ctx)) } as PlanRule) : r));

/** [label, workbook, whether a section holds more than one block of activities] */
const CASES: [string, () => WorkbookSnapshot, boolean][] = [
  ["a pasted plan of 3,000 rows (page breaks, split rows, mistakes; sections of up to 48)", () => pastedPlan(3000), false],
  [
    "a template project of 2,000 rows with a passport (sections of hundreds)",
    () => withoutInternalSheets(plansToSnapshot(projectPlans({ seed: 5, planRows: 2000, indicators: 6, controlPoints: 12 }))),
    true,
  ],
];

describe("plan rules in one pass", () => {
  test("every plan rule is a visitor (a rule with only a check would read the plan again on its own)", () => {
    const plan = RULES.filter((r): r is PlanRule => r.appliesTo === "plan");
    expect(plan.length).toBeGreaterThan(10);
    expect(plan.filter((r) => !r.visitor).map((r) => r.id)).toEqual([]);
  });

  test.each(CASES)("%s: the same findings as each rule alone", (_label, make, longSections) => {
    const rec = recognizeWorkbook(make());
    const planSheet = rec.sheets.find((s) => s.kind === "plan");
    const plan = planSheet?.document as ImplementationPlan | undefined;
    // the cases cross section boundaries, and (the template) block boundaries of 256 activities inside a section
    const longest = Math.max(...plan!.sections.map((s) => s.activities.length));
    if (longSections) expect(longest).toBeGreaterThan(256);
    expect(plan!.sections.length).toBeGreaterThan(1);
    const together = validateRecognized(rec);
    const alone = validateRecognized(rec, ALONE);
    const count = together.sheets.reduce((n, s) => n + s.findings.length, 0);
    expect(count).toBeGreaterThan(20);
    expect(together).toEqual(alone);
  });

  test("sections and blocks are visited in order, each activity once", () => {
    const rec = recognizeWorkbook(pastedPlan(1500));
    const plan = rec.sheets.find((s) => s.kind === "plan")!.document as ImplementationPlan;
    const seen: number[] = [];
    const sectionsSeen: number[] = [];
    const [hits] = visitPlan(plan, [
      {
        section: (s) => void sectionsSeen.push(plan.sections.indexOf(s)),
        activities(list, from, to) {
          for (let i = from; i < to; i++) seen.push(list[i].row);
        },
        done: () => [],
      },
    ]);
    expect(hits).toEqual([]);
    expect(sectionsSeen).toEqual(plan.sections.map((_, i) => i));
    expect(seen).toEqual(plan.sections.flatMap((s) => s.activities.map((a) => a.row)));
  });
});
