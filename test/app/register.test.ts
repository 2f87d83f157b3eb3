/**
 * «Свод» in Excel over the fake: picked files read by the xlsx adapter's public read function, the register
 * written as four new sheets in 2 round trips (outline + one batch) and within Excel on the web's 5 MB request
 * cap (the fake refuses bigger ones); above a small budget the same write is chunked; the open workbook's own
 * passport as input; an unreadable file is a line, never a stop; existing sheets are never touched.
 */
import * as fs from "fs";
import * as path from "path";
import { createFakeExcel } from "../../src/fake-excel";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { registerInExcel } from "../../src/app/register";
import { readXlsx } from "../../src/adapters/xlsx";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const CAP = 5_000_000;
const AS_OF = { year: 2026, month: 6, day: 15 };
const files = () =>
  fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(EXAMPLES, f))) }));
const reader = (bytes: Uint8Array) => readXlsx(Buffer.from(bytes));

function fake() {
  return createFakeExcel({ sheets: [{ name: "Свод", cells: { A1: { value: "моё", fill: "#FFFF00" } } }] }, { payloadLimitBytes: CAP, responseLimitBytes: CAP });
}

test("picked files: the outline + the write's 2 round trips (data, finishing touches), four new sheets beside the person's «Свод», a broken file marked", async () => {
  const f = fake();
  const before = f.workbook.dump().sheets.find((s) => s.name === "Свод");
  const engine = createOfficeEngine({ run: f.run, supports: (s, v) => f.isSetSupported(s, v), readXlsx: reader }, "ru");
  expect(engine.readsFiles).toBe(true);
  f.resetStats();
  const r = await engine.register!({ files: [...files(), { name: "битый.xlsx", bytes: new TextEncoder().encode("no") }], openWorkbook: false, asOf: AS_OF });
  expect(f.stats.syncs).toBe(3);
  expect(r.syncs).toBe(3);
  expect(r.writeSyncs).toBe(2);
  expect(f.stats.maxRequestBytes).toBeLessThanOrEqual(CAP);
  expect(r.sheets).toEqual(["Свод (2)", "Свод — показатели (2)", "Свод — контрольные точки (2)", "Свод — замечания (2)"]);
  expect(r.projects).toBe(4);
  expect(r.unreadable.map((u) => u.file)).toEqual(["битый.xlsx"]);
  const dump = f.workbook.dump();
  expect(dump.sheets.find((s) => s.name === "Свод")).toEqual(before);
  expect(dump.activeSheet).toBe("Свод (2)");
  const reg = dump.sheets.find((s) => s.name === "Свод (2)")!;
  expect(reg.cells.B10.value).toBe("passport-example.xlsx");
  expect(reg.cells.E10.formula).toMatch(/^=IF\(NOT\(ISNUMBER\(\$J10\)\)/);
  expect(Object.values(reg.cells).some((c) => c.value === "битый.xlsx")).toBe(true);
});

test("a write over a small budget is chunked, and still creates the same sheets", async () => {
  const f = fake();
  f.resetStats();
  const r = await registerInExcel({ run: f.run, supports: (s, v) => f.isSetSupported(s, v), readXlsx: reader, budgetBytes: 20_000 }, "en", { files: files(), openWorkbook: false, asOf: AS_OF });
  expect(r.syncs).toBeGreaterThan(2);
  expect(r.sheets[0]).toBe("Register");
  expect(f.workbook.dump().sheets.map((s) => s.name)).toEqual(["Свод", "Register", "Register — indicators", "Register — control points", "Register — findings"]);
});

test("the open workbook's passport: its read + the write", async () => {
  const f = fake();
  const engine = createOfficeEngine({ run: f.run, supports: (s, v) => f.isSetSupported(s, v) }, "ru");
  await engine.createTemplate("passport", true);
  f.resetStats();
  const r = await engine.register!({ files: [], openWorkbook: true, asOf: AS_OF });
  expect(f.stats.syncs).toBeLessThanOrEqual(4);
  expect(r.writeSyncs).toBe(2);
  expect(r.projects).toBe(1);
  const ind = f.workbook.dump().sheets.find((s) => s.name === "Свод — показатели (2)")!;
  expect(ind.cells.D3.value).toMatch(/Доля педагогов/);
});

test("a cancel before the write leaves the workbook as it was", async () => {
  const f = fake();
  const before = f.workbook.dump();
  const controller = new AbortController();
  const p = registerInExcel(
    { run: f.run, readXlsx: reader },
    "ru",
    { files: files(), openWorkbook: false, asOf: AS_OF },
    {
      signal: controller.signal,
      onProgress: (step) => step === 2 && controller.abort(),
    },
  );
  await expect(p).rejects.toThrow();
  expect(f.workbook.dump()).toEqual(before);
});

test("a second register of the open workbook does not take the first register's sheets for documents", async () => {
  const f = fake();
  const engine = createOfficeEngine({ run: f.run, supports: (s, v) => f.isSetSupported(s, v) }, "ru");
  await engine.createTemplate("passport", true);
  await engine.createTemplate("plan", true);
  const first = await engine.register!({ files: [], openWorkbook: true, asOf: AS_OF });
  const second = await engine.register!({ files: [], openWorkbook: true, asOf: AS_OF });
  expect(second.projects).toBe(first.projects);
  expect(second.sheets[0]).toBe("Свод (3)");
  // the engine knew the sheets from the first read: the open workbook is read in 1 round trip, then the write's 2
  expect(second.syncs).toBe(3);
});

test("after an earlier read the session knows the sheets: picked files cost only the write; a stale name is asked again", async () => {
  const f = fake();
  const engine = createOfficeEngine({ run: f.run, supports: (s, v) => f.isSetSupported(s, v) }, "ru");
  await engine.validate();
  f.resetStats();
  const r = await engine.register!({ files: files(), openWorkbook: false, asOf: AS_OF });
  expect(r.syncs).toBe(2);
  expect(f.stats.syncs).toBe(2);
  // a sheet named as the next register's, made behind the session's back
  await f.run(async (ctx) => {
    ctx.workbook.worksheets.add("Свод (3)");
    await ctx.sync();
  });
  const again = await engine.register!({ files: files(), openWorkbook: false, asOf: AS_OF });
  expect(again.sheets[0]).toBe("Свод (4)");
  expect(f.workbook.dump().sheets.map((s) => s.name)).toContain("Свод — замечания (4)");
});
