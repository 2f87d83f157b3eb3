/**
 * The command line over Word documents: `validate FILE.docx` names cells by table, row and column (text and
 * JSON), `import FILE.docx` writes the recognised document as the add-in's template filled with its data and
 * prints the check's findings, never over an existing file unless --force; unreadable documents get a plain
 * message and exit code 2.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "../../src/adapters/xlsx";
import type { Passport } from "../../src/core/model";
import { recognizeWorkbook } from "../../src/core/recognition";
import { validateWorkbook } from "../../src/core/rules";
import { seedLikePassportSheet, seedLikePlanSheet, workbook } from "../fixtures/seedLike";
import { seedPassportDocx, seedPlanDocx, seedScheduleDocx } from "../fixtures/docx/seeds";
import { encrypted, notZip, noTables } from "../fixtures/docx/hostile";
import { cli } from "../integration/helpers";

let dir: string;
const run = (...argv: string[]) => cli(dir, ...argv);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-docx-"));
  fs.writeFileSync(path.join(dir, "passport.docx"), await seedPassportDocx());
  fs.writeFileSync(path.join(dir, "plan.docx"), await seedPlanDocx());
  fs.writeFileSync(path.join(dir, "schedule.docx"), await seedScheduleDocx());
  fs.writeFileSync(path.join(dir, "text.docx"), notZip());
  fs.writeFileSync(path.join(dir, "locked.docx"), encrypted());
  fs.writeFileSync(path.join(dir, "memo.docx"), await noTables());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("validate FILE.docx", () => {
  test("names each finding's cell as in Word, in Russian and English; the same findings as the pasted plan", async () => {
    const r = await run("validate", "plan.docx", "--lang", "ru");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/таблица \d, строка \d+, столбец \d/);
    expect(r.out).not.toMatch(/^\s+[A-Z]+\d+\s/m);
    // the same findings as the pasted plan, at the same places; other cells named as in Word, not in A1
    const pasted = validateWorkbook(workbook([seedLikePlanSheet()])).sheets.flatMap((s) => s.findings);
    for (const f of pasted) expect(r.out).toContain(f.message.ru.split(" (ячейка")[0]);
    expect(r.out).toContain("а в другом месте (таблица 4, строка 4, столбец 6) — 31-44-05");
    expect(r.out).not.toMatch(/ячейка [A-Z]+\d/);
    const en = await run("validate", "plan.docx", "--lang", "en");
    expect(en.out).toMatch(/table \d, row \d+, column \d/);
  });

  test("--json gives the place as fields: table, row, column (or paragraph)", async () => {
    const r = await run("validate", "passport.docx", "--json", "--lang", "ru");
    const json = JSON.parse(r.out);
    const issues = json.files[0].sheets.flatMap((s: { issues: unknown[] }) => s.issues);
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      if ("table" in i) expect(i.cell).toBe(`таблица ${i.table}, строка ${i.row}, столбец ${i.column}`);
      else expect(i.cell).toMatch(new RegExp(`^абзац ${i.paragraph}`));
    }
    expect(issues.some((i: { table?: number }) => i.table === 2)).toBe(true);
  });

  test.each([
    ["text.docx", /не является zip-архивом/],
    ["locked.docx", /защищён паролем/],
    ["memo.docx", /в документе нет таблиц/],
  ])("%s: a plain message and exit code 2", async (file, message) => {
    const r = await run("validate", file, "--lang", "ru");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\bat\s|\.js:\d/);
  });

  test("a folder: .docx files are checked beside workbooks", async () => {
    const r = await run("validate", ".", "--lang", "en");
    expect(r.out).toContain("passport.docx");
    expect(r.out).toContain("schedule.docx");
  });
});

describe("import FILE.docx", () => {
  test("the passport becomes the template filled with its data; findings printed; recognised again from the file", async () => {
    const r = await run("import", "passport.docx", "-o", "passport.xlsx", "--lang", "ru");
    expect(r.err).toBe("");
    expect(r.out).toContain("Распознан: паспорт проекта (показателей: 3, результатов: 3, этапов: 4, контрольных точек: 14, рисков: 3)");
    expect(r.out).toMatch(/Замечания проверки:\n.*таблица \d, строка \d+, столбец \d/);
    expect(r.out).toContain("Записан файл passport.xlsx");
    const wb = await readXlsx(path.join(dir, "passport.xlsx"));
    const doc = recognizeWorkbook(wb).sheets.find((s) => s.kind === "passport" && s.source === "names")?.document as Passport;
    const pasted = recognizeWorkbook(workbook([seedLikePassportSheet()])).sheets[0].document as Passport;
    expect(doc.fullName?.text).toBe(pasted.fullName?.text);
    expect(doc.indicators?.indicators.map((i) => i.name.text)).toEqual(pasted.indicators?.indicators.map((i) => i.name.text));
    expect(doc.stages?.stages.flatMap((s) => s.controlPoints).length).toBe(14);
    expect(doc.risks.map((x) => x.measure?.text)).toEqual(pasted.risks.map((x) => x.measure?.text));
  });

  test("the plan and the calendar plan become their templates, every activity and item in place", async () => {
    const p = await run("import", "plan.docx", "-o", "plan.xlsx", "--lang", "ru");
    expect(p.out).toContain("Распознан: план реализации (разделов: 6, мероприятий: 14)");
    const plan = recognizeWorkbook(await readXlsx(path.join(dir, "plan.xlsx"))).sheets.find((s) => s.kind === "plan")!;
    expect(plan.source).toBe("names");
    const activities = plan.document?.kind === "plan" ? plan.document.sections.flatMap((s) => s.activities.filter((a) => a.activity?.text)) : [];
    expect(activities).toHaveLength(14);
    const s = await run("import", "schedule.docx", "--lang", "en");
    expect(s.code).toBe(0);
    expect(s.out).toContain("Wrote schedule.xlsx");
    const sched = recognizeWorkbook(await readXlsx(path.join(dir, "schedule.xlsx"))).sheets.find((x) => x.kind === "schedule")!;
    const items = sched.document?.kind === "schedule" ? sched.document.stages.flatMap((st) => [st, ...st.activities, ...st.controlPoints, ...st.activities.flatMap((a) => a.controlPoints)]) : [];
    expect(items).toHaveLength(8);
  });

  test("never writes over an existing file: -o refuses, the default picks a free name, --force replaces", async () => {
    fs.writeFileSync(path.join(dir, "taken.xlsx"), "mine");
    const r = await run("import", "schedule.docx", "-o", "taken.xlsx", "--lang", "ru");
    expect(r.code).toBe(2);
    expect(r.err).toContain("уже существует");
    expect(fs.readFileSync(path.join(dir, "taken.xlsx"), "utf8")).toBe("mine");
    if (!fs.existsSync(path.join(dir, "schedule.xlsx"))) fs.writeFileSync(path.join(dir, "schedule.xlsx"), "mine too");
    const again = await run("import", "schedule.docx", "--lang", "ru");
    expect(again.out).toContain("Записан файл schedule (2).xlsx");
    const forced = await run("import", "schedule.docx", "-o", "taken.xlsx", "--force", "--lang", "ru");
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "taken.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  test.each([
    ["text.docx", /не является zip-архивом/],
    ["locked.docx", /защищён паролем/],
    ["memo.docx", /в документе нет таблиц/],
  ])("%s: a plain message, exit code 2, no file", async (file, message) => {
    const r = await run("import", file, "-o", `${file}.xlsx`, "--lang", "ru");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(path.join(dir, `${file}.xlsx`))).toBe(false);
  });
});
