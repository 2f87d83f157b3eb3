/**
 * The add-in's own workbooks: `project-office new passport|plan|schedule X.xlsx --example` in both languages
 * validate with no finding at all (no error, no warning, no note), each on its own and all three in one
 * workbook; the English templates are read through their named ranges just as the Russian ones.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "./cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-examples-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Out {
  files: { file: string; sheets: { name: string; kind: string; issues: { cell: string; severity: string; rule: string; message: string }[] }[] }[];
}

const KINDS = ["passport", "plan", "schedule"] as const;

describe.each(["ru", "en"] as const)("examples in %s", (lang) => {
  test.each(KINDS)("%s --example: recognised, and no findings", async (kind) => {
    const file = `${kind}-${lang}.xlsx`;
    expect((await runCli(dir, "new", kind, file, "--example", "--lang", lang)).code).toBe(0);
    const r = await runCli(dir, "validate", file, "--json", "--lang", lang);
    const out = JSON.parse(r.out) as Out;
    const sheets = out.files[0].sheets.filter((s) => !s.name.startsWith("_"));
    expect(sheets.map((s) => s.kind)).toEqual([kind]);
    expect(sheets.flatMap((s) => s.issues.map((i) => `${i.cell} ${i.severity} ${i.rule}: ${i.message}`))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("all three in one workbook: the plan and the calendar plan checked against the passport, no findings", async () => {
    const file = `project-${lang}.xlsx`;
    for (const kind of KINDS) expect((await runCli(dir, "new", kind, file, "--example", "--lang", lang)).code).toBe(0);
    const r = await runCli(dir, "validate", file, "--json", "--lang", lang);
    const sheets = (JSON.parse(r.out) as Out).files[0].sheets.filter((s) => !s.name.startsWith("_"));
    expect(sheets.map((s) => s.kind)).toEqual([...KINDS]);
    expect(sheets.flatMap((s) => s.issues.map((i) => `${s.name}!${i.cell} ${i.severity} ${i.rule}: ${i.message}`))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("a mistake planted into the template's plan is found at its cell", async () => {
    const file = `plan-${lang}.xlsx`;
    if (!fs.existsSync(path.join(dir, file))) expect((await runCli(dir, "new", "plan", file, "--example", "--lang", lang)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, file));
    const ws = wb.worksheets.find((w) => !w.name.startsWith("_"))!;
    // the header row: find the period and count columns by their header text, then the first activity row below
    let header = 0;
    let periodCol = 0;
    let countCol = 0;
    ws.eachRow((row, r) => {
      row.eachCell((c, col) => {
        const v = String(c.value ?? "");
        if (!header && /^(Сроки|Period)/.test(v)) {
          header = r;
          periodCol = col;
        }
        if (header === r && /^(Количество участников|Number of participants)/.test(v)) countCol = col;
      });
    });
    expect(header).toBeGreaterThan(0);
    let first = 0;
    for (let r = header + 1; r < header + 10 && !first; r++) if (/^\d+$/.test(String(ws.getCell(r, 1).value ?? ""))) first = r;
    ws.getCell(first, periodCol).value = "Май 2030 г.";
    ws.getCell(first + 1, countCol).value = "много";
    await wb.xlsx.writeFile(path.join(dir, `bad-${file}`));
    const r = await runCli(dir, "validate", `bad-${file}`, "--json", "--lang", lang);
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.out) as Out).files[0].sheets.flatMap((s) => s.issues);
    const col = (n: number) => String.fromCharCode(64 + n);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cell: `${col(periodCol)}${first}`, severity: "error", rule: "plan/period-outside-term" }),
        expect.objectContaining({ cell: `${col(countCol)}${first + 1}`, severity: "error", rule: "plan/participants-not-number" }),
      ]),
    );
    expect(issues.filter((i) => i.severity === "error")).toHaveLength(2);
  });
});
