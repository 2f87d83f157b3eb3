import { applySheetPlans, charsToPoints, needsQuote, readWorkbook, SheetExistsError, type ExcelRun } from "../../../src/adapters/office";
import type { SheetPlan } from "../../../src/core/workbook";
import { createFakeExcel, diffDumps } from "../../../src/fake-excel";
import { LISTS_PLAN, PASSPORT_PLAN, PLAN_PLAN, seededWorkbook } from "./plans.fixture";

const cellOf = (line: string) => line.slice(0, line.indexOf("."));
const isCellLine = (line: string) => /^[^!]+![A-Z]+\d+\./.test(line);

describe("applySheetPlans", () => {
  test("writes exactly what the plans name, in 2 syncs (values, names, validation and formats; then freeze, print, tab colour)", async () => {
    const fake = seededWorkbook();
    const before = fake.workbook.dump();
    const result = await applySheetPlans(fake.run, [PASSPORT_PLAN, PLAN_PLAN, LISTS_PLAN]);
    expect(result).toEqual({ syncs: 2, created: ["План"], ranges: 3, cells: 14, skipped: [], skippedParts: [] });
    expect(fake.stats.syncs).toBe(2);

    const diff = diffDumps(before, fake.workbook.dump());
    // cells: the plan's cells and the cells of its styled ranges, nothing else
    expect([...new Set(diff.filter(isCellLine).map(cellOf))].sort()).toEqual(
      ["Паспорт!B6", "Паспорт!B7", "Паспорт!B8", "Паспорт!C2", "Паспорт!C6", "Паспорт!C7", "План!A1", "План!A2", "План!A3", "План!B1", "План!B2", "План!B3", "План!C1", "План!C2", "План!C3"].sort(),
    );
    // everything else that changed, line by line
    expect(diff.filter((l) => !isCellLine(l) && !l.startsWith("План!sheet."))).toEqual([
      'Lists!sheet.visibility: "Visible" → "VeryHidden"',
      'workbook.names: [{"name":"PO_Old","formula":"=Паспорт!$B$2","comment":"","visible":true}] → [{"name":"PO_Old","formula":"=Паспорт!$B$2","comment":"","visible":true},{"name":"PO_Passport1_Total","formula":"=Паспорт!$C$6","comment":"итог","visible":true}]',
      'workbook.tables: [] → [{"name":"PO_Plan1_Activities","sheet":"План","address":"A1:C3","style":"TableStyleMedium2","showHeaders":true}]',
      "Паспорт!sheet.columnWidths.B: (none) → 108.75",
      "Паспорт!sheet.columnWidths.C: (none) → 108.75",
      "Паспорт!sheet.columnWidths.D: (none) → 66.75",
      'Паспорт!sheet.conditionalFormats: [] → [{"address":"C3:C4","type":"Custom","formula":"=C3<0","fill":"#FFC7CE","fontColor":"#9C0006"}]',
      "Паспорт!sheet.freeze.rows: 0 → 2",
      'Паспорт!sheet.merges: [] → ["B9:C9"]',
      'Паспорт!sheet.pageLayout.orientation: "Portrait" → "Landscape"',
      'Паспорт!sheet.pageLayout.paperSize: "Letter" → "A4"',
      'Паспорт!sheet.pageLayout.printTitleRows: null → "$1:$2"',
      "Паспорт!sheet.pageLayout.zoom.horizontalFitToPages: (none) → 1",
      "Паспорт!sheet.pageLayout.zoom.scale: 100 → (none)",
      "Паспорт!sheet.pageLayout.zoom.verticalFitToPages: (none) → 0",
      'Паспорт!sheet.tabColor: "" → "#4472C4"',
      'Паспорт!sheet.validations: [] → [{"address":"C3:C4","rule":{"wholeNumber":{"formula1":0,"operator":"GreaterThanOrEqualTo"}},"prompt":{"showPrompt":true,"title":"Число","message":"Целое ≥ 0"},"errorAlert":{"showAlert":true,"style":"Stop","title":"Ошибка","message":"Нужно целое"}},{"address":"D2","rule":{"list":{"inCellDropDown":true,"source":"да,нет"}},"errorAlert":{"showAlert":true,"style":"Stop","title":"","message":""}}]',
    ]);

    const p = fake.workbook.sheet("Паспорт");
    const thin = { style: "Continuous", weight: "Thin", color: "#000000" };
    expect(p.cell("C2")).toEqual({ value: "Проект Б", fill: "#FFFF00" }); // the old fill stays: the plan names no fill
    expect(p.cell("C6")).toEqual({ formula: "=SUM(C3:C4)", numberFormat: "#,##0", borders: { top: thin, bottom: thin, left: thin, right: thin } });
    expect(p.cell("B7")).toEqual({ value: "0123", quotePrefix: true }); // text that looks like a number stays text
    expect(p.cell("B8")).toEqual({ fill: "#DDEBF7", font: { bold: true } });
    expect(p.cell("E10")).toEqual({ value: "чужое", note: "не трогать" });
    const plan = fake.workbook.sheet("План");
    expect(plan.cell("A1")).toEqual({ value: "№", font: { bold: true }, hAlign: "Center", wrap: true });
    expect(plan.cell("C2")).toEqual({ value: 45292, numberFormat: "dd.mm.yyyy" });
    expect(plan.dump().cells).not.toHaveProperty("D1");
  });

  test("creating a sheet whose name exists fails without touching it (and without writing anything)", async () => {
    const fake = seededWorkbook();
    const before = fake.workbook.dump();
    const clash: SheetPlan = { sheet: "паспорт", create: true, cells: [{ row: 0, col: 0, value: "перезаписать?" }] };
    const err = await applySheetPlans(fake.run, [clash, LISTS_PLAN]).catch((e) => e);
    expect(err).toBeInstanceOf(SheetExistsError);
    expect(err).toMatchObject({ code: "SheetExists", sheets: ["паспорт"] });
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  test("with the existing sheet names given, the clash is refused before any round trip", async () => {
    const fake = seededWorkbook();
    const err = await applySheetPlans(fake.run, [{ sheet: "Lists", create: true, cells: [] }], { existingSheets: ["Паспорт", "Lists"] }).catch((e) => e);
    expect(err).toBeInstanceOf(SheetExistsError);
    expect(fake.stats.syncs).toBe(0);
    await expect(applySheetPlans(fake.run, [PLAN_PLAN, { ...PLAN_PLAN, sheet: "план" }])).rejects.toBeInstanceOf(SheetExistsError);
    expect(fake.stats.syncs).toBe(0);
  });

  test("APIs the host lacks are skipped and reported, the rest is written", async () => {
    const fake = seededWorkbook({ apiVersion: "1.5" });
    const result = await applySheetPlans(fake.run, [PASSPORT_PLAN], { supports: (s, v) => fake.isSetSupported(s, v) });
    expect(result.skipped).toEqual([
      "Паспорт: data validation (ExcelApi 1.8)",
      "Паспорт: conditional formats (ExcelApi 1.6)",
      "Паспорт: freeze panes (ExcelApi 1.7)",
      "Паспорт: print setup (ExcelApi 1.9)",
      "Паспорт: tab colour (ExcelApi 1.7)",
    ]);
    const d = fake.workbook.sheet("Паспорт").dump();
    expect([d.validations, d.conditionalFormats, d.freeze, d.tabColor]).toEqual([[], [], { rows: 0, cols: 0 }, ""]);
    expect(fake.workbook.sheet("Паспорт").cell("C6")?.formula).toBe("=SUM(C3:C4)");
    expect(result.syncs).toBe(1);
  });

  test("an existing name is updated, not added twice", async () => {
    const fake = seededWorkbook();
    await applySheetPlans(fake.run, [{ sheet: "Паспорт", cells: [], names: [{ name: "PO_Old", ref: { top: 0, left: 0, bottom: 3, right: 1 } }] }], { existingNames: ["PO_Old"] });
    expect(fake.workbook.names).toEqual([{ name: "PO_Old", formula: "=Паспорт!$A$1:$B$4", comment: "", visible: true }]);
  });

  test("a write into a protected sheet surfaces Excel's AccessDenied", async () => {
    const fake = seededWorkbook();
    await expect(applySheetPlans(fake.run, [{ sheet: "Locked", cells: [{ row: 0, col: 0, value: 2 }] }])).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.workbook.sheet("Locked").cell("A1")?.value).toBe(1);
  });

  test("a plan over the request budget is split into several syncs, each under it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Big" }] }, { payloadLimitBytes: 5_000_000 });
    const cells = [];
    for (let r = 0; r < 20_000; r++) for (let c = 0; c < 5; c++) cells.push({ row: r, col: c, value: c === 0 ? r : `Мероприятие ${r}.${c}` });
    const budget = 500_000;
    const result = await applySheetPlans(fake.run, [{ sheet: "Big", cells }], { budgetBytes: budget });
    expect(result.syncs).toBeGreaterThan(2);
    expect(fake.stats.syncs).toBe(result.syncs);
    expect(fake.stats.maxRequestBytes).toBeLessThan(budget * 1.1);
    const s = fake.workbook.sheet("Big");
    expect(s.cells.size).toBe(100_000);
    expect(s.cell("E20000")?.value).toBe("Мероприятие 19999.4");
  });

  test("what was written reads back through readWorkbook", async () => {
    const fake = seededWorkbook();
    await applySheetPlans(fake.run, [PASSPORT_PLAN, PLAN_PLAN]);
    const { snapshot } = await readWorkbook(fake.run);
    const plan = snapshot.sheets.find((s) => s.name === "План")!;
    expect(plan.values).toEqual([
      ["№", "Мероприятие", "Срок"],
      [1, "Разработка", 45292],
      [2, "Внедрение", 45657],
    ]);
    expect(snapshot.names.find((n) => n.name === "PO_Passport1_Total")).toEqual({
      name: "PO_Passport1_Total",
      sheet: "Паспорт",
      ref: { top: 5, left: 2, bottom: 5, right: 2 },
      formula: "=Паспорт!$C$6",
    });
    const passport = snapshot.sheets.find((s) => s.name === "Паспорт")!;
    expect(passport.formulas![5][2]).toBe("=SUM(C3:C4)");
    expect(passport.merges).toEqual([{ top: 8, left: 1, bottom: 8, right: 2 }]);
  });
});

describe("helpers", () => {
  test("Excel.run itself fits the adapter's run parameter (checked by tsc)", () => {
    const fits = (r: typeof Excel.run): ExcelRun => r;
    expect(typeof fits).toBe("function");
  });

  test("text Excel would reinterpret gets an apostrophe", () => {
    for (const s of ["=1+1", "+7 495", "-", "0123", "1 000,5", "12.03.2024", "2024-03-12", "10:30", "TRUE", "ИСТИНА", "'quoted", "1e5", "(100)", "15%"]) expect([s, needsQuote(s)]).toEqual([s, true]);
    for (const s of ["", "Проект", "2024 год", "Этап 1", "Иванов И.И.", "—"]) expect([s, needsQuote(s)]).toEqual([s, false]);
  });

  test("column widths: characters to points at about 7 px a character", () => {
    expect(charsToPoints(8.43)).toBe(48); // Excel's default width
    expect(charsToPoints(20)).toBe(108.75);
    expect(charsToPoints(0)).toBe(0);
  });
});
