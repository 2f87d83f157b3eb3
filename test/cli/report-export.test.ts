/**
 * `report` and `export` in-process over real files: usage errors (exit 2, nothing written), the register's
 * sheets and tables in the written file, English, exit 1 when a check found errors, --as-of in the settings
 * cell; export --json's documented shape and the human listing.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, readXlsx } from "../../src/adapters/xlsx";
import { parseAsOf } from "../../src/cli/report";
import { main } from "../../src/cli/main";
import { cli, tempDir } from "../integration/helpers";

const EXAMPLES = path.resolve(__dirname, "../../examples");
let dir: string;
const run = (...argv: string[]) => cli(dir, ...argv);

beforeAll(async () => {
  dir = tempDir("po-report-");
  fs.mkdirSync(path.join(dir, "in"));
  for (const f of fs.readdirSync(EXAMPLES).filter((x) => x.endsWith(".xlsx"))) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, "in", f));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("report", () => {
  test("bad usage: no input, no -o, not .xlsx, an existing output, a bad --as-of — exit 2 and no file", async () => {
    expect((await run("report", "-o", "a.xlsx")).code).toBe(2);
    const noOut = await run("report", "in");
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("-o");
    expect((await run("report", "in", "-o", "a.csv")).code).toBe(2);
    const badDate = await run("report", "in", "-o", "a.xlsx", "--as-of", "2026-13-01");
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain("ГГГГ-ММ-ДД");
    expect(fs.existsSync(path.join(dir, "a.xlsx"))).toBe(false);
    fs.writeFileSync(path.join(dir, "taken.xlsx"), "x");
    expect((await run("report", "in", "-o", "taken.xlsx")).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "taken.xlsx"), "utf8")).toBe("x");
  });

  test("the examples: exit 0, four sheets with their tables, the report date in the settings, frozen header, print setup", async () => {
    const r = await run("report", "in", "-o", "svod.xlsx", "--as-of", "2026-03-31");
    expect(r.code).toBe(0);
    expect(r.out).toContain("В своде проектов: 3 (файлов: 3).");
    const wb = await loadWorkbook(path.join(dir, "svod.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Свод", "Свод — показатели", "Свод — контрольные точки", "Свод — замечания"]);
    const reg = wb.getWorksheet("Свод")!;
    const date = reg.getCell("E3").value as Date;
    expect(date.toISOString().slice(0, 10)).toBe("2026-03-31");
    const tables = wb.worksheets.map((w) => (w.getTables() as unknown as { table?: { name: string }; name?: string }[]).map((t) => t.table?.name ?? t.name));
    expect(tables).toEqual([["PO_Register"], ["PO_RegisterIndicators"], ["PO_RegisterPoints"], ["PO_RegisterFindings"]]);
    expect(reg.views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
    expect(reg.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    expect(reg.pageSetup.printTitlesRow).toBe("9:9");
  });

  test("a file with errors gives exit 1; --lang en writes English sheets", async () => {
    const snap = await readXlsx(path.join(dir, "in", "plan-example.xlsx"));
    expect(snap.sheets.length).toBeGreaterThan(0);
    fs.mkdirSync(path.join(dir, "bad"));
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "in", "plan-example.xlsx"));
    // a participants count below zero: an error of the check
    const ws = wb.getWorksheet("План реализации")!;
    ws.getCell("G6").value = -5;
    await wb.xlsx.writeFile(path.join(dir, "bad", "plan.xlsx"));
    const r = await run("report", "bad", "-o", "bad.xlsx", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Projects in the register: 1");
    const out = await readXlsx(path.join(dir, "bad.xlsx"));
    expect(out.sheets.map((s) => s.name)).toEqual(["Register", "Register — indicators", "Register — control points", "Register — findings"]);
    expect(out.sheets[3].values.slice(2).some((row) => row[4] === "error")).toBe(true);
  });

  test("on a terminal a progress bar goes to stderr, as validate's", async () => {
    let err = "";
    const code = await main(["report", "in", "-o", "tty.xlsx"], { isTTY: true, cwd: dir, out: () => undefined, err: (t) => void (err += t) });
    expect(code).toBe(0);
    expect(err).toMatch(/\[#*\.*\] 1\/3 in[/\\]/);
  });

  test("--as-of: an ISO date, else today", () => {
    expect(parseAsOf("2026-02-28", "ru")).toEqual({ year: 2026, month: 2, day: 28 });
    expect(() => parseAsOf("2026-02-30", "ru")).toThrow();
    expect(() => parseAsOf("31.12.2026", "en")).toThrow(/YYYY-MM-DD/);
    expect(parseAsOf(undefined, "ru", new Date(2026, 11, 3))).toEqual({ year: 2026, month: 12, day: 3 });
  });
});

describe("export", () => {
  test("--json: files → documents with passport fields, indicators per period, financing, stages, plan activities with parsed periods", async () => {
    fs.writeFileSync(path.join(dir, "in", "сломан.xlsx"), "nope");
    const r = await run("export", "in", "--json");
    fs.rmSync(path.join(dir, "in", "сломан.xlsx"));
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["files"]);
    const broken = j.files.find((f: { file: string }) => f.file.endsWith("сломан.xlsx"));
    expect(broken.documents).toEqual([]);
    expect(typeof broken.error).toBe("string");
    const passport = j.files.find((f: { file: string }) => f.file.endsWith("passport-example.xlsx")).documents[0];
    expect(passport).toMatchObject({ sheet: "Паспорт", kind: "passport", shortName: "Цифровая методическая среда", term: { start: "2026-01-01", end: "2026-12-31" } });
    expect(passport.leader[0]).toMatchObject({ name: "Воронцова Елена Павловна", phones: ["8 (800) 000-00-01"] });
    expect(passport.indicators[0]).toMatchObject({
      direction: "growth",
      base: 40,
      values: [
        { period: "2026-Q1", plan: 45, fact: 46 },
        { period: "2026-Q2", plan: 55, fact: 54 },
        { period: "2026-Q3", plan: 65, fact: 60 },
        { period: "2026-Q4", plan: 80 },
      ],
    });
    expect(passport.periods[0]).toEqual({ key: "2026-Q1", year: 2026, quarter: 1, start: "2026-01-01", end: "2026-03-31" });
    expect(passport.financing.years).toEqual([2026]);
    expect(passport.financing.sources.map((s: { name: string; values: number[] }) => [s.name, s.values[0]])).toContainEqual(["местный бюджет", 2480.5]);
    expect(passport.stages[0].controlPoints[0]).toMatchObject({ number: "1.1", end: { date: "2026-01-01" } });
    const plan = j.files.find((f: { file: string }) => f.file.endsWith("plan-example.xlsx")).documents[0];
    expect(plan.sections[0].activities[0].period).toEqual({ text: "Январь 2026 г.", kind: "interval", start: "2026-01-01", end: "2026-01-31" });
    expect(plan.activityCount).toBe(13);
    const schedule = j.files.find((f: { file: string }) => f.file.endsWith("schedule-example.xlsx")).documents[0];
    expect(schedule.stages[0].activities[0].controlPoints[0]).toMatchObject({ kind: "controlPoint", name: "Паспорт проекта утверждён" });
  });

  test("without --json: one line per document", async () => {
    const r = await run("export", "in/passport-example.xlsx", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/passport-example\.xlsx — Паспорт: passport \(indicators: 4, stages: 4, control points: 10\)/);
  });
});
