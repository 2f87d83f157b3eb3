/**
 * A workbook written from plans, recalculated by LibreOffice, reads back with the right values.
 * LibreOffice is required in CI (the suite fails there without it); on a developer machine without
 * it the suite is skipped with a message saying so.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readXlsx, writePlansToXlsx } from "../../../src/adapters/xlsx";
import { isErrorValue, type SheetPlan, type WorkbookSnapshot } from "../../../src/core/workbook";
import { recalcManyWithLibreOffice, sofficeForTests } from "../../helpers/libreoffice";
import { DATE_SERIAL, passportPlans, tablePlan } from "./plans";

const soffice = sofficeForTests();
const describeLO = soffice ? describe : describe.skip;

/** A bigger sheet of SUMs: 50 rows × 4 numbers, row totals, column totals and a grand total. */
function sumsPlan(): SheetPlan {
  const cells: SheetPlan["cells"] = [];
  for (let r = 0; r < 50; r++) {
    for (let c = 0; c < 4; c++) cells.push({ row: r, col: c, value: (r + 1) * (c + 1) });
    cells.push({ row: r, col: 4, formula: `=SUM(A${r + 1}:D${r + 1})` });
  }
  for (let c = 0; c < 5; c++) {
    const L = "ABCDE"[c];
    cells.push({ row: 50, col: c, formula: `=SUM(${L}1:${L}50)` });
  }
  cells.push({ row: 51, col: 0, formula: "=SUMPRODUCT(A1:A50,B1:B50)" });
  cells.push({ row: 51, col: 1, formula: '=TEXTJOIN("; ",TRUE,"а","б")' });
  cells.push({ row: 51, col: 2, formula: "=DATE(2025,1,15)" });
  cells.push({ row: 51, col: 3, formula: "=E51=SUM(A51:D51)" });
  return { sheet: "Суммы", create: true, cells };
}

describeLO("LibreOffice recalculation", () => {
  let dir: string;
  let passport: WorkbookSnapshot;
  let sums: WorkbookSnapshot;
  let stale: WorkbookSnapshot;
  let seconds = 0;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-xlsx-lo-"));
    const a = path.join(dir, "passport.xlsx");
    const b = path.join(dir, "sums.xlsx");
    const c = path.join(dir, "stale.xlsx");
    await writePlansToXlsx([...passportPlans(), tablePlan()], { out: a });
    await writePlansToXlsx([sumsPlan()], { out: b });
    // Cached results that are wrong, and no fullCalcOnLoad: only the profile setting makes LibreOffice recalculate.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист1");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 999 } as ExcelJS.CellValue;
    ws.getCell("B1").value = { formula: 'IF(A1>1,"да","нет")', result: "неверно" } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(c);

    const t = Date.now();
    const [ra, rb, rc] = await recalcManyWithLibreOffice([a, b, c], { outDir: path.join(dir, "recalculated") }); // one soffice start for all three
    seconds = (Date.now() - t) / 1000;
    [passport, sums, stale] = await Promise.all([readXlsx(ra), readXlsx(rb), readXlsx(rc)]);
  }, 120_000);

  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test("took a reasonable time", () => {
    console.log(`LibreOffice recalculated 3 workbooks in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
  });

  test("SUM formulas of the passport come back with their values, no error values anywhere", () => {
    const p = passport.sheets.find((s) => s.name === "Паспорт")!;
    expect(p.values[8][4]).toBeCloseTo(2000.5, 9);
    expect(p.values[9][4]).toBeCloseTo(451, 9);
    expect(p.values[10][4]).toBe(50);
    expect(p.values[11].slice(2)).toEqual([1500.75, 1000.75, 2501.5]);
    expect(p.values[13][1]).toBe("в графике"); // IFS, written as _xlfn.IFS
    expect(p.values[14][1]).toBeCloseTo(2000.5 / 2501.5, 12);
    expect(p.values[3][1]).toBe(DATE_SERIAL);
    // Formulas survive the trip through LibreOffice.
    expect(p.formulas![11][4]).toBe("=SUM(E9:E11)");
    const t = passport.sheets.find((s) => s.name === "Мероприятия")!;
    expect(t.values[2][3]).toBe(300);
    for (const s of passport.sheets) for (const row of s.values) for (const v of row) expect(isErrorValue(v)).toBe(false);
    // Names and hidden state survive too.
    expect(passport.names.find((n) => n.name === "PO_Passport1_Goal")?.ref).toEqual({ top: 2, left: 1, bottom: 2, right: 4 });
    expect(passport.sheets.find((s) => s.name === "Списки")?.visibility).toBe("hidden");
  });

  test("a sheet of SUMs: every total right", () => {
    const v = sums.sheets[0].values;
    for (let r = 0; r < 50; r++) expect(v[r][4]).toBe((r + 1) * (1 + 2 + 3 + 4));
    const colSum = (k: number) => (k * 50 * 51) / 2;
    expect(v[50]).toEqual([colSum(1), colSum(2), colSum(3), colSum(4), colSum(10)]);
    let sp = 0;
    for (let r = 1; r <= 50; r++) sp += r * 2 * r;
    expect(v[51][0]).toBe(sp);
    expect(v[51][1]).toBe("а; б");
    expect(v[51][2]).toBe(DATE_SERIAL);
    expect(v[51][3]).toBe(true);
    for (const row of v) for (const x of row) expect(isErrorValue(x)).toBe(false);
  });

  test("wrong cached values are replaced: LibreOffice really recalculates on load", () => {
    const v = stale.sheets[0].values;
    expect(v[2][0]).toBe(5);
    expect(v[0][1]).toBe("да");
  });
});

if (!soffice) {
  test("LibreOffice recalculation (skipped: soffice not installed)", () => {
    expect(process.env.CI).toBeFalsy();
  });
}
