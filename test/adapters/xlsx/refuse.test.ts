/** Plans that cannot be applied are refused before anything changes: the workbook and the file stay as they were. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { applyPlansToWorkbook, readXlsx, writePlansToXlsx, XlsxWriteError } from "../../../src/adapters/xlsx";
import type { SheetPlan } from "../../../src/core/workbook";
import { passportPlans, tablePlan } from "./plans";

let dir: string;
let file: string;
let before: Buffer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-xlsx-refuse-"));
  file = path.join(dir, "book.xlsx");
  await writePlansToXlsx(passportPlans(), { out: file });
  before = fs.readFileSync(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refused(plans: SheetPlan[], kind: string, text: RegExp): Promise<void> {
  const mtime = fs.statSync(file).mtimeMs;
  let error: unknown;
  try {
    await writePlansToXlsx(plans, { base: file, out: file });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(XlsxWriteError);
  const err = error as XlsxWriteError;
  expect(err.kind).toBe(kind);
  expect(err.reason.ru).toMatch(text);
  expect(err.reason.en.length).toBeGreaterThan(10);
  // The file is byte for byte what it was, and no temporary file is left beside it.
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.statSync(file).mtimeMs).toBe(mtime);
  expect(fs.readdirSync(dir)).toEqual(["book.xlsx"]);
}

describe("refused plans", () => {
  test("creating a sheet that exists is refused and the file is unchanged", async () => {
    await refused([{ sheet: "Паспорт", create: true, cells: [{ row: 0, col: 0, value: "Новый" }] }], "sheetExists", /Лист «Паспорт» уже есть в книге/);
  });

  test("sheet names compare without case, as Excel compares them (Cyrillic too)", async () => {
    await refused([{ sheet: "ПАСПОРТ", create: true, cells: [] }], "sheetExists", /уже есть/);
    await refused([{ sheet: "списки", create: true, cells: [] }], "sheetExists", /уже есть/);
  });

  test("a later plan in the batch is refused: the earlier ones are not applied either", async () => {
    await refused([tablePlan(), { sheet: "Паспорт", create: true, cells: [] }], "sheetExists", /Паспорт/);
    const snap = await readXlsx(file);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Списки", "Паспорт"]);
  });

  test("two plans creating the same sheet", async () => {
    await refused([tablePlan("Новый", "Табл_А"), tablePlan("новый", "Табл_Б")], "sheetExists", /Новый|новый/);
  });

  test("writing into a sheet that does not exist", async () => {
    await refused([{ sheet: "Нет такого", cells: [{ row: 0, col: 0, value: 1 }] }], "sheetMissing", /нет листа «Нет такого»/);
  });

  test("a name that exists and points elsewhere", async () => {
    await refused([{ sheet: "Паспорт", cells: [], names: [{ name: "PO_Passport1_Goal", ref: { top: 0, left: 0, bottom: 0, right: 0 } }] }], "nameExists", /Имя «PO_Passport1_Goal» уже есть/);
  });

  test("malformed plans", async () => {
    await refused([{ sheet: "Лист:1", create: true, cells: [] }], "badSheetName", /Нельзя создать лист/);
    await refused([{ sheet: "Очень длинное имя листа больше тридцати одного", create: true, cells: [] }], "badSheetName", /длиннее 31/);
    await refused([{ sheet: "Паспорт", cells: [{ row: -1, col: 0, value: 1 }] }], "badPlan", /неверный диапазон/);
    await refused([{ sheet: "Паспорт", cells: [{ row: 0, col: 0, value: 1, formula: "=1" }] }], "badPlan", /и значение, и формула/);
    await refused(
      [
        {
          sheet: "Паспорт",
          cells: [],
          merges: [
            { top: 20, left: 0, bottom: 21, right: 1 },
            { top: 21, left: 1, bottom: 22, right: 2 },
          ],
        },
      ],
      "badPlan",
      /пересекаются/,
    );
    await refused([{ sheet: "Паспорт", cells: [{ row: 0, col: 0, style: { fill: "red" } }] }], "badPlan", /#RRGGBB/);
    await refused([{ sheet: "Паспорт", cells: [], validations: [{ ref: { top: 20, left: 0, bottom: 20, right: 0 }, rule: { type: "list", items: ["Да, конечно", "Нет"] } }] }], "badPlan", /запятые/);
    await refused([{ sheet: "Паспорт", cells: [], names: [{ name: "A1", ref: { top: 0, left: 0, bottom: 0, right: 0 } }] }], "badPlan", /недопустимое имя/);
    await refused([{ ...tablePlan("Таблица", "Моя таблица") }], "badPlan", /имя таблицы/);
  });

  test("writing into a protected sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Защищённый");
    ws.getCell("A1").value = 1;
    await ws.protect("", {});
    wb.addWorksheet("Открытый");
    expect(() => applyPlansToWorkbook(wb, [{ sheet: "Защищённый", cells: [{ row: 0, col: 0, value: 2 }] }])).toThrow(/protected/);
    expect(ws.getCell("A1").value).toBe(1);
    // Creating new sheets beside it is fine.
    applyPlansToWorkbook(wb, [{ sheet: "Новый", create: true, cells: [{ row: 0, col: 0, value: 2 }] }]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Защищённый", "Открытый", "Новый"]);
  });

  test("applyPlansToWorkbook leaves an in-memory workbook untouched when it refuses", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Паспорт").getCell("A1").value = "старое";
    expect(() => applyPlansToWorkbook(wb, [tablePlan(), { sheet: "паспорт", create: true, cells: [] }])).toThrow(XlsxWriteError);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Паспорт"]);
    expect(wb.getWorksheet("Паспорт")!.getCell("A1").value).toBe("старое");
  });
});
