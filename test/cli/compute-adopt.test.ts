/**
 * `project-office compute` over a real .xlsx holding a seed-shaped pasted passport: the offer is printed,
 * `--adopt` writes the copy on a new sheet of the output (the original sheet unchanged), compute then works
 * on it, validate finds only what the template asks that the pasted form did not have, and the output says
 * plainly that the chart is made in Excel and not in the file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx, writePlansToXlsx } from "../../src/adapters/xlsx";
import type { Passport } from "../../src/core/model";
import { recognizeWorkbook } from "../../src/core/recognition";
import type { CellWrite, SheetSnapshot } from "../../src/core/workbook";
import { seedLikePassportSheet } from "../fixtures/seedLike";
import { cli } from "../integration/helpers";

let dir: string;
const run = (...argv: string[]) => cli(dir, ...argv);

/** The pasted sheet as a file: its values and merges, nothing the add-in made. */
async function writeSheet(s: SheetSnapshot, file: string): Promise<void> {
  const cells: CellWrite[] = [];
  s.values.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && cells.push({ row: r, col: c, value: v })));
  await writePlansToXlsx([{ sheet: s.name, create: true, cells, merges: s.merges }], { out: file });
}

const sheetOf = (snap: { sheets: SheetSnapshot[] }, name: string) => snap.sheets.find((s) => s.name === name)!;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-adopt-"));
  await writeSheet(seedLikePassportSheet(), path.join(dir, "pasted.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("compute over a pasted passport", () => {
  test("without --adopt: prints the offer and how to take it, writes no file, exits 1 (nothing computed)", async () => {
    const r = await run("compute", "pasted.xlsx", "--lang", "ru");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Лист «Паспорт» — паспорт проекта, вставленный без шаблона и без столбцов факта");
    expect(r.out).toContain("project-office compute pasted.xlsx --adopt");
    expect(r.err).toContain("рассчитывать нечего");
    expect(fs.existsSync(path.join(dir, "pasted.computed.xlsx"))).toBe(false);
  });

  test("the offer in English with --lang en", async () => {
    const r = await run("compute", "pasted.xlsx", "--lang", "en");
    expect(r.out).toContain("Sheet «Паспорт» is a project passport pasted without the template");
    expect(r.out).toContain("To copy it: project-office compute pasted.xlsx --adopt");
  });

  test("--adopt: a new sheet holds the passport in the template; the original sheet is unchanged; compute and validate work on it", async () => {
    const r = await run("compute", "pasted.xlsx", "--adopt", "-o", "adopted.xlsx", "--lang", "ru");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("перенесён в шаблон на новый лист «Паспорт (2)»; исходный лист не изменён");
    expect(r.out).toContain("Диаграмма «План и факт по показателям» («Паспорт (2)») в файл не записана: её строит в Excel команда «Рассчитать» надстройки «Проектный офис»");
    expect(r.out).toContain("Записан файл adopted.xlsx");

    const input = await readXlsx(path.join(dir, "pasted.xlsx"));
    const output = await readXlsx(path.join(dir, "adopted.xlsx"));
    expect(sheetOf(output, "Паспорт")).toEqual(sheetOf(input, "Паспорт"));
    expect(output.sheets.map((s) => s.name)).toEqual(["Паспорт", "_po_lists", "Паспорт (2)"]);

    const rec = recognizeWorkbook(output).sheets;
    const original = rec.find((s) => s.sheet === "Паспорт")!.document as Passport;
    const copy = rec.find((s) => s.sheet === "Паспорт (2)")!;
    expect(copy.source).toBe("names");
    const d = copy.document as Passport;
    expect(d.fullName?.text).toBe(original.fullName?.text);
    expect(d.term?.interval).toEqual(original.term?.interval);
    expect(d.indicators!.indicators.map((x) => x.plan.map((v) => (v.value.number.kind === "number" ? v.value.number.value : null)))).toEqual(
      original.indicators!.indicators.map((x) => x.plan.map((v) => (v.value.number.kind === "number" ? v.value.number.value : null))),
    );
    expect(d.financing!.sources.map((s) => s.values[0]?.number)).toEqual([0, 0, 1440, 3024].map((value) => ({ kind: "number", value, percent: false })));
    expect(d.stages!.stages.flatMap((s) => [s.name.text, ...s.controlPoints.map((c) => c.name.text)])).toEqual(
      original.stages!.stages.flatMap((s) => [s.name.text, ...s.controlPoints.map((c) => c.name.text)]),
    );

    // compute again on the output: no offer (already copied), no conflicts, the chart said to be Excel's
    const again = await run("compute", "adopted.xlsx", "-o", "adopted2.xlsx", "--lang", "ru");
    expect(again.code).toBe(0);
    expect(again.out).not.toContain("без столбцов факта");
    expect(again.out).toContain("Диаграмма «План и факт по показателям» («Паспорт (2)») в файл не записана");
    const twice = await readXlsx(path.join(dir, "adopted2.xlsx"));
    expect(sheetOf(twice, "Паспорт")).toEqual(sheetOf(input, "Паспорт"));
    expect(sheetOf(twice, "Паспорт (2)").formulas).toEqual(sheetOf(output, "Паспорт (2)").formulas);

    const v = await run("validate", "adopted2.xlsx", "--json", "--lang", "ru");
    const sheets = JSON.parse(v.out).files[0].sheets as { name: string; issues: { rule: string; severity: string }[] }[];
    const errors = sheets.find((s) => s.name === "Паспорт (2)")!.issues.filter((i) => i.severity === "error");
    expect(new Set(errors.map((e) => e.rule))).toEqual(new Set(["passport/control-point-responsible-missing"]));
  });

  test("--adopt with nothing to adopt says so and computes as usual", async () => {
    expect((await run("new", "passport", "template.xlsx", "--example")).code).toBe(0);
    const r = await run("compute", "template.xlsx", "--adopt", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("--adopt: the workbook has no pasted passport without actual-value columns");
    expect(r.out).toContain("The chart «Plan and actual per indicator» («Паспорт») is not in the file");
    expect(r.out).not.toMatch(/a sheet plan cannot make a chart/);
  });
});
