/**
 * The committed seed fixtures (test/fixtures/xlsx/, written by scripts/make-fixtures.js): the two seed documents of docs/DOMAIN.md pasted
 * into Excel with invented people, checked through `project-office validate FILE --json`. The seed plan's real
 * mistakes are found at their cells; its correct rows get no error; the approved passport has no error.
 */
import * as path from "path";
import { readXlsx } from "../../src/adapters/xlsx";
import { runCli } from "./cli";
import { buildWorkbook, seedPassportSpec, seedPlanSpec, type SheetSpec } from "../fixtures/pasted";

const DIR = path.join(__dirname, "..", "fixtures", "xlsx");

interface Issue {
  cell: string;
  severity: string;
  rule: string;
  message: string;
}

async function validate(file: string): Promise<{ code: number; sheets: { name: string; kind: string; issues: Issue[] }[] }> {
  const r = await runCli(DIR, "validate", file, "--json");
  return { code: r.code, sheets: JSON.parse(r.out).files[0].sheets };
}

const planSheets: SheetSpec[] = [{ kind: "plan", spec: seedPlanSpec() }];
const passportSheets: SheetSpec[] = [{ kind: "passport", spec: seedPassportSpec() }];

describe("the committed seed files are what scripts/make-fixtures.js writes", () => {
  test.each([
    ["seed-plan.xlsx", planSheets],
    ["seed-passport.xlsx", passportSheets],
  ])("%s", async (file, sheets) => {
    const committed = await readXlsx(path.join(DIR, file));
    const built = await readXlsx(Buffer.from(await buildWorkbook(sheets).wb.xlsx.writeBuffer()));
    expect(committed.sheets.map((s) => [s.name, s.values, s.merges])).toEqual(built.sheets.map((s) => [s.name, s.values, s.merges]));
  });
});

describe("the seed plan, pasted (seed-plan.xlsx)", () => {
  const m = buildWorkbook(planSheets).marks["План реализации"];
  let result: Awaited<ReturnType<typeof validate>>;
  beforeAll(async () => {
    result = await validate("seed-plan.xlsx");
  });

  it("is a plan with errors: exit code 1", () => {
    expect(result.code).toBe(1);
    expect(result.sheets.map((s) => s.kind)).toEqual(["plan"]);
  });

  it("reports exactly the seed's real mistakes as errors, each at its cell", () => {
    const errors = result.sheets[0].issues.filter((i) => i.severity === "error").map((i) => [i.cell, i.rule]);
    expect(errors.sort()).toEqual(
      [
        // the 4th session «Апрель 2021 г.» goes backwards and lies before the school year
        [m["edu.2.period"], "plan/period-outside-term"],
        [m["edu.2.period"], "plan/sessions-backwards"],
        // «Январь 2021 г., июль 2022 г.»: January 2021 lies before the school year
        [m["mon.2.period"], "plan/period-outside-term"],
      ].sort(),
    );
  });

  it("warns about the August conference rows, the person with two phones and the person without a position", () => {
    const warnings = result.sheets[0].issues.filter((i) => i.severity !== "error").map((i) => [i.cell, i.severity, i.rule]);
    expect(warnings.sort()).toEqual(
      [
        [m["org.1.period"], "warning", "plan/period-before-school-year"],
        [m["diss.1.period"], "warning", "plan/period-before-school-year"],
        [m["edu.4.responsible"], "warning", "person/phone-mismatch"],
        [m["info.1.responsible"], "warning", "person/phone-mismatch"],
        [m["edu.4.responsible"], "warning", "person/position-missing"],
      ].sort(),
    );
  });
});

describe("the seed passport, pasted (seed-passport.xlsx)", () => {
  it("has no error; only what approved passports routinely leave out", async () => {
    const r = await validate("seed-passport.xlsx");
    expect(r.code).toBe(0);
    expect(r.sheets.map((s) => s.kind)).toEqual(["passport"]);
    const rules = new Set(r.sheets[0].issues.map((i) => i.rule));
    expect([...rules].sort()).toEqual(["passport/control-point-outcome-missing", "passport/stage-dates-missing"]);
    expect(new Set(r.sheets[0].issues.filter((i) => i.rule === "passport/stage-dates-missing").map((i) => i.severity))).toEqual(new Set(["info"]));
  });
});
