/**
 * The command line in-process over real .xlsx files in a temp folder: new, validate (--json shape,
 * folders, exit codes, report), compute (beside the input, never over it, refuses over typed cells).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { cli } from "../integration/helpers";

let dir: string;
const run = (...argv: string[]) => cli(dir, ...argv);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-cli-"));
  for (const k of ["passport", "plan", "schedule"]) expect((await run("new", k, `${k}.xlsx`, "--example")).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("new", () => {
  test("adds a second passport to an existing workbook as «Паспорт (2)», the first sheet untouched", async () => {
    const file = path.join(dir, "passport.xlsx");
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(file);
    const firstValues = before.getWorksheet("Паспорт")!.getSheetValues();
    const r = await run("new", "passport", "passport.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toContain("«Паспорт (2)»");
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    expect(after.getWorksheet("Паспорт")!.getSheetValues()).toEqual(firstValues);
    expect(after.getWorksheet("Паспорт (2)")).toBeDefined();
    fs.copyFileSync(path.join(dir, "plan.xlsx"), path.join(dir, "passport.xlsx.bak"));
  });

  test("refuses an unknown template and a non-.xlsx name with exit 2", async () => {
    expect((await run("new", "budget", "x.xlsx")).code).toBe(2);
    expect((await run("new", "plan", "x.txt")).code).toBe(2);
    expect(fs.existsSync(path.join(dir, "x.txt"))).toBe(false);
  });
});

describe("validate", () => {
  test("--json has exactly the documented shape", async () => {
    const r = await run("validate", "schedule.xlsx", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["files"]);
    expect(j.files).toHaveLength(1);
    const f = j.files[0];
    expect(Object.keys(f)).toEqual(["file", "sheets"]);
    expect(f.file).toBe("schedule.xlsx");
    for (const sh of f.sheets) {
      expect(Object.keys(sh)).toEqual(["name", "kind", "issues"]);
      expect(["passport", "plan", "schedule", "other"]).toContain(sh.kind);
      for (const i of sh.issues) {
        expect(Object.keys(i)).toEqual(["cell", "severity", "rule", "message"]);
        expect(i.cell).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(["error", "warning", "info"]).toContain(i.severity);
      }
    }
    expect(f.sheets.find((s: { name: string }) => s.name === "План-график").kind).toBe("schedule");
  });

  test("a planted error gives exit 1 and is reported at its cell", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "plan.xlsx"));
    const ws = wb.getWorksheet("План реализации")!;
    // the first activity's «Сроки» cell: a period outside the plan's term
    let target = "";
    ws.eachRow((row, r) => {
      const v = row.getCell(3).value;
      if (!target && r > 5 && typeof v === "string" && /20\d\d/.test(v)) target = `C${r}`;
    });
    ws.getCell(target).value = "Май 2001 г.";
    await wb.xlsx.writeFile(path.join(dir, "bad-plan.xlsx"));
    const r = await run("validate", "bad-plan.xlsx", "--json");
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out).files[0].sheets.flatMap((s: { issues: unknown[] }) => s.issues);
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ cell: target, severity: "error" })]));
    fs.rmSync(path.join(dir, "bad-plan.xlsx"));
  });

  test("a folder with broken files: exit 2, a message per broken file without a stack, full results for the good one", async () => {
    const sub = path.join(dir, "inbox");
    fs.mkdirSync(path.join(sub, "nested"), { recursive: true });
    fs.copyFileSync(path.join(dir, "plan.xlsx"), path.join(sub, "nested", "good.xlsx"));
    fs.writeFileSync(path.join(sub, "random.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const good = fs.readFileSync(path.join(dir, "plan.xlsx"));
    fs.writeFileSync(path.join(sub, "truncated.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    fs.writeFileSync(path.join(sub, "text.xlsx"), "это не книга Excel\n");
    const r = await run("validate", "inbox", "--json", "--lang", "en");
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files as { file: string; error?: string; sheets: unknown[] }[];
    expect(files.map((f) => path.basename(f.file)).sort()).toEqual(["good.xlsx", "random.xlsx", "text.xlsx", "truncated.xlsx"]);
    for (const f of files.filter((x) => x.file !== path.join("inbox", "nested", "good.xlsx"))) expect(f.error).toBeTruthy();
    expect(files.find((f) => f.file.endsWith("good.xlsx"))!.sheets.length).toBeGreaterThan(0);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(3);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("the human output ends with a summary table for a folder, and --report writes it as a workbook", async () => {
    const r = await run("validate", ".", "--report", "summary.xlsx");
    expect(r.out).toMatch(/Проверено файлов: \d+/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "summary.xlsx"));
    const ws = wb.getWorksheet("Сводка проверки")!;
    expect(ws.getCell("A1").value).toBe("Файл");
    expect(String(ws.getCell("A2").value)).toMatch(/\.xlsx$/);
    // a second run never overwrites the report
    expect((await run("validate", ".", "--report", "summary.xlsx")).code).toBe(2);
  });

  test("a missing file is exit 2 with a message", async () => {
    const r = await run("validate", "nope.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("nope.xlsx");
  });
});

describe("compute", () => {
  test("writes a new file beside the input and never over it", async () => {
    const before = fs.readFileSync(path.join(dir, "passport.xlsx"));
    const r1 = await run("compute", "passport.xlsx");
    expect(r1.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "passport.computed.xlsx"))).toBe(true);
    const r2 = await run("compute", "passport.xlsx");
    expect(r2.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "passport.computed (2).xlsx"))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "passport.xlsx")).equals(before)).toBe(true);
    expect((await run("compute", "passport.xlsx", "-o", "passport.xlsx")).code).toBe(2);
    expect((await run("compute", "passport.xlsx", "-o", "plan.xlsx")).code).toBe(2);
  });

  test("refuses, naming the cell, when a person typed into a computed cell", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "passport.xlsx"));
    const ws = wb.getWorksheet("Паспорт")!;
    let owned = "";
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const f = (c.value as { formula?: string } | null)?.formula;
        if (!owned && typeof f === "string" && f.includes("IFERROR(")) owned = c.address;
      }),
    );
    ws.getCell(owned).value = 0.5;
    await wb.xlsx.writeFile(path.join(dir, "typed.xlsx"));
    const r = await run("compute", "typed.xlsx", "--in-place");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Паспорт!${owned}`);
    expect(fs.existsSync(path.join(dir, "typed.computed.xlsx"))).toBe(false);
  });
});
