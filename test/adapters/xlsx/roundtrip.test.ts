import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { applyPlansToWorkbook, featuresLostOnRewrite, loadWorkbook, readXlsx, setCalcOnLoad, snapshotWorkbook, writePlansToXlsx } from "../../../src/adapters/xlsx";
import { installNameLayer } from "../../../src/adapters/xlsx/names";
import { ZipArchive } from "../../../src/adapters/xlsx/zip";
import type { SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook";
import { makeZip } from "../../helpers/zip";
import { DATE_SERIAL, passportPlans, tablePlan } from "./plans";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-xlsx-roundtrip-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sheet(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function part(file: string, name: string): string {
  return new ZipArchive(fs.readFileSync(file)).readText(name) ?? "";
}

describe("writePlansToXlsx → readXlsx", () => {
  let file: string;
  let snap: WorkbookSnapshot;

  beforeAll(async () => {
    file = path.join(dir, "passport.xlsx");
    const result = await writePlansToXlsx([...passportPlans(), tablePlan()], { out: file });
    expect(result.lost).toEqual([]);
    snap = await readXlsx(file);
  });

  test("sheets, order and visibility", () => {
    expect(snap.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["Списки", "hidden", false],
      ["Паспорт", "visible", false],
      ["Мероприятия", "visible", false],
    ]);
  });

  test("values: strings, numbers, booleans, dates as serials, line breaks; grid anchored at A1", () => {
    const p = sheet(snap, "Паспорт");
    expect(p.values.length).toBe(16);
    expect(p.values.every((r) => r.length === 5)).toBe(true);
    expect(p.values[0][0]).toBe("ПАСПОРТ муниципального проекта «Чистая вода»");
    expect(p.values[0].slice(1)).toEqual(["", "", "", ""]); // merged cells read as ""
    expect(p.values[3][1]).toBe(DATE_SERIAL);
    expect(p.values[5][1]).toBe(true);
    expect(p.values[7][4]).toBe("Всего\nтыс. руб.");
    expect(p.values[8]).toEqual([1, "Федеральный бюджет", 1200.5, 800, ""]); // a formula without a cached result reads ""
    expect(p.values[15]).toEqual(["Пусто", "", "", "", ""]);
    const lists = sheet(snap, "Списки");
    expect(lists.values.map((r) => r[0])).toEqual(["Источники", "Федеральный бюджет", "Областной бюджет", "Внебюджетные средства"]);
  });

  test("formulas come back with '=' and without the _xlfn. prefix the file needs", () => {
    const p = sheet(snap, "Паспорт");
    expect(p.formulas![8][4]).toBe("=SUM(C9:D9)");
    expect(p.formulas![11].slice(2)).toEqual(["=SUM(C9:C11)", "=SUM(D9:D11)", "=SUM(E9:E11)"]);
    expect(p.formulas![13][1]).toBe('=IFS(E12>2000,"в графике",E12>0,"риск",TRUE,"нет данных")');
    expect(p.formulas![8][2]).toBeNull();
    expect(part(file, "xl/worksheets/sheet2.xml")).toContain("<f>_xlfn.IFS(");
  });

  test("number formats", () => {
    const p = sheet(snap, "Паспорт");
    expect(p.numberFormats![3][1]).toBe("dd.mm.yyyy");
    expect(p.numberFormats![8][2]).toBe("#,##0.00");
    expect(p.numberFormats![11][4]).toBe("#,##0.00");
    expect(p.numberFormats![14][1]).toBe("0.00%");
    expect(p.numberFormats![0][0]).toBe("General");
  });

  test("merges", () => {
    expect(sheet(snap, "Паспорт").merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 2, left: 1, bottom: 2, right: 4 },
      ]),
    );
    expect(sheet(snap, "Паспорт").merges).toHaveLength(2);
  });

  test("defined names: workbook-scoped, with sheet, range and formula text", () => {
    const byName = Object.fromEntries(snap.names.map((n) => [n.name, n]));
    expect(byName.PO_Passport1_Goal).toEqual({ name: "PO_Passport1_Goal", formula: "=Паспорт!$B$3:$E$3", sheet: "Паспорт", ref: { top: 2, left: 1, bottom: 2, right: 4 } });
    expect(byName.PO_Passport1_TermStart.ref).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(byName.PO_Sources).toMatchObject({ sheet: "Списки", ref: { top: 1, left: 0, bottom: 3, right: 0 } });
    expect(byName.PO_Plan1_Summary).toMatchObject({ sheet: "Мероприятия" });
    // Built-in names (print titles) are not user names.
    expect(snap.names.some((n) => n.name.startsWith("_xlnm"))).toBe(false);
    // ExcelJS itself reads them back too.
    expect(part(file, "xl/workbook.xml")).toContain('<definedName name="PO_Passport1_Goal">Паспорт!$B$3:$E$3</definedName>');
  });

  test("styles, widths, validations, conditional formats, freeze, print, tab colour, table (read with ExcelJS)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Паспорт")!;
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").font.size).toBe(14);
    expect(ws.getCell("A1").alignment.horizontal).toBe("center");
    expect(ws.getCell("B3").alignment.wrapText).toBe(true);
    expect(ws.getCell("B3").font.italic).toBe(true);
    const header = ws.getCell("C8");
    expect(header.font.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(header.alignment.vertical).toBe("middle");
    expect(header.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("E12").border.bottom).toMatchObject({ style: "thin" });
    // Range style then cell style: the cell's bold does not lose the range's border.
    expect(ws.getCell("B12").font.bold).toBe(true);
    expect(ws.getCell("B12").border.top).toMatchObject({ style: "thin" });
    // Styles are per cell: styling the header did not restyle body cells loaded with the same style.
    expect(ws.getCell("C9").font?.bold).toBeFalsy();

    const dv = (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations.model;
    // Ranges are read as one rule each (see exceljs-patches.ts), keyed by the range.
    expect(dv["B9:B11"]).toMatchObject({
      type: "list",
      formulae: ["PO_Sources"],
      showInputMessage: true,
      promptTitle: "Источник",
      prompt: "Выберите источник из списка",
      errorTitle: "Ошибка",
      error: "Только значение из списка",
      errorStyle: "stop",
    });
    expect(dv.B6).toMatchObject({ type: "list", formulae: ['"да,нет"'] });
    expect(dv["C9:D11"]).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0], errorStyle: "warning" });
    expect(dv["A9:A11"]).toMatchObject({ type: "whole", formulae: [1, 999] });
    expect(dv.B4).toMatchObject({ type: "date" });
    expect(part(file, "xl/worksheets/sheet2.xml")).toMatch(/<dataValidation type="date"[^>]*sqref="B4"><formula1>1<\/formula1><formula2>2958465<\/formula2>/);

    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe("E9:E11");
    expect(cf[0].rules[0]).toMatchObject({ type: "expression", formulae: ["$E9=0"] });
    expect(JSON.stringify(cf[0].rules[0])).toContain("FFFFC7CE");

    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 8 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "8:8" });
    expect(ws.properties.tabColor).toEqual({ argb: "FF2F75B5" });
    expect(wb.getWorksheet("Списки")!.state).toBe("hidden");
    expect(part(file, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');

    const tableXml = part(file, "xl/tables/table1.xml");
    expect(tableXml).toContain('name="PO_Plan1_Activities"');
    expect(tableXml).toContain('ref="A1:D3"');
    expect(tableXml).toContain('<tableColumn id="4" name="Сумма,_x000a_тыс. руб."');
    expect(tableXml).toContain('<tableStyleInfo name="TableStyleMedium2"');
    // The header cells keep their own text (with the line break), matching the escaped column names.
    expect(wb.getWorksheet("Мероприятия")!.getCell("D1").value).toBe("Сумма,\nтыс. руб.");
    // The workbook opens on a visible sheet, not on the hidden lists.
    expect(part(file, "xl/workbook.xml")).toMatch(/activeTab="1"/);
  });

  test("a table's data is the cells the plan wrote", () => {
    const t = sheet(snap, "Мероприятия");
    expect(t.values).toEqual([
      ["№", "Мероприятие", "Срок", "Сумма,\nтыс. руб."],
      [1, "Проектирование", DATE_SERIAL, 100],
      [2, "Строительство", DATE_SERIAL + 90, ""],
    ]);
    expect(t.formulas![2][3]).toBe("=D2*3");
  });
});

describe("adding to an existing workbook", () => {
  test("new sheets are added, existing content, names, scopes and constants are kept", async () => {
    // A base with a sheet-scoped name and a constant: ExcelJS alone would drop both.
    const base = new ExcelJS.Workbook();
    const ws = base.addWorksheet("Данные");
    ws.getCell("A1").value = "Старые данные";
    ws.getCell("B2").value = 42;
    ws.mergeCells("A3:B4");
    const layer = installNameLayer(base);
    layer.push({ name: "Порог", text: "0.95" }, { name: "Локальное", text: "$B$2", scope: "Данные" }, { name: "Столбец", text: "Данные!$A:$A" });
    const basePath = path.join(dir, "base.xlsx");
    await base.xlsx.writeFile(basePath);

    const out = path.join(dir, "base-plus.xlsx");
    await writePlansToXlsx(passportPlans(), { base: basePath, out });
    const snap = await readXlsx(out);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Данные", "Списки", "Паспорт"]);
    const data = sheet(snap, "Данные");
    expect(data.values[0][0]).toBe("Старые данные");
    expect(data.values[1][1]).toBe(42);
    expect(data.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 1 }]);
    const byName = Object.fromEntries(snap.names.map((n) => [n.name, n]));
    expect(byName["Порог"]).toEqual({ name: "Порог", formula: "=0.95" });
    expect(byName["Локальное"]).toMatchObject({ sheet: "Данные", ref: { top: 1, left: 1, bottom: 1, right: 1 }, formula: "=$B$2" });
    expect(byName["Столбец"]).toMatchObject({ sheet: "Данные", ref: { top: 0, left: 0, bottom: 1048575, right: 0 } });
    expect(byName.PO_Passport1_Goal).toMatchObject({ sheet: "Паспорт" });
    const xml = part(out, "xl/workbook.xml");
    expect(xml).toContain('<definedName name="Локальное" localSheetId="0">$B$2</definedName>');
    expect(xml).toContain('<definedName name="Порог">0.95</definedName>');
    // The base file itself is untouched.
    expect((await readXlsx(basePath)).sheets.map((s) => s.name)).toEqual(["Данные"]);
  });

  test("writing into the base file itself (out = base) keeps the old sheets", async () => {
    const file = path.join(dir, "inplace.xlsx");
    await writePlansToXlsx([{ ...passportPlans()[0], visibility: "visible" }], { out: file });
    await writePlansToXlsx([tablePlan()], { base: file, out: file });
    const snap = await readXlsx(file);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Списки", "Мероприятия"]);
    expect(snap.names.map((n) => n.name).sort()).toEqual(["PO_Plan1_Summary", "PO_Sources"]);
    // And again: the table read from the file survives another rewrite.
    await writePlansToXlsx([{ sheet: "Мероприятия", cells: [{ row: 4, col: 1, value: "Примечание" }] }], { base: file, out: file });
    const again = await readXlsx(file);
    expect(sheet(again, "Мероприятия").values[4][1]).toBe("Примечание");
    expect(sheet(again, "Мероприятия").values[0][3]).toBe("Сумма,\nтыс. руб.");
    expect(part(file, "xl/tables/table1.xml")).toContain('name="PO_Plan1_Activities"');
  });

  test("a plan for an existing sheet updates cells and styles in place", async () => {
    const file = path.join(dir, "update.xlsx");
    await writePlansToXlsx(passportPlans(), { out: file });
    await writePlansToXlsx(
      [
        {
          sheet: "Паспорт",
          cells: [
            { row: 8, col: 2, value: 999 },
            { row: 16, col: 0, value: "Достижение" },
            { row: 16, col: 1, formula: "=E12/1000", style: { numberFormat: "0.0" } },
          ],
          styles: [{ ref: { top: 16, left: 0, bottom: 16, right: 1 }, style: { fill: "#FFEB9C" } }],
          names: [{ name: "PO_Passport1_Compute", ref: { top: 16, left: 1, bottom: 16, right: 1 } }],
        },
      ],
      { base: file, out: file },
    );
    const snap = await readXlsx(file);
    const p = sheet(snap, "Паспорт");
    expect(p.values[8][2]).toBe(999);
    expect(p.values[16][0]).toBe("Достижение");
    expect(p.formulas![16][1]).toBe("=E12/1000");
    expect(p.numberFormats![16][1]).toBe("0.0");
    expect(p.numberFormats![8][2]).toBe("#,##0.00"); // the old format stays
    expect(snap.names.find((n) => n.name === "PO_Passport1_Compute")?.ref).toEqual({ top: 16, left: 1, bottom: 16, right: 1 });
    expect(snap.names.find((n) => n.name === "PO_Passport1_Goal")).toBeDefined();
  });

  test("conditional formats are cleared before new ones are added (running compute twice changes nothing)", async () => {
    const file = path.join(dir, "cf.xlsx");
    await writePlansToXlsx(passportPlans(), { out: file });
    const computePlan = (): SheetPlan => ({
      sheet: "Паспорт",
      cells: [],
      clearConditionalFormats: [{ top: 8, left: 4, bottom: 10, right: 4 }],
      conditionalFormats: [{ ref: { top: 8, left: 4, bottom: 10, right: 4 }, formula: "=$E9<100", fill: "#C6EFCE" }],
    });
    await writePlansToXlsx([computePlan()], { base: file, out: file });
    await writePlansToXlsx([computePlan()], { base: file, out: file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cf = (wb.getWorksheet("Паспорт") as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].formulae[0]])).toEqual([["E9:E11", "$E9<100"]]);
    // A format partly inside the cleared range is cut around it.
    await writePlansToXlsx([{ sheet: "Паспорт", cells: [], clearConditionalFormats: [{ top: 9, left: 4, bottom: 9, right: 4 }] }], { base: file, out: file });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(file);
    const cf2 = (wb2.getWorksheet("Паспорт") as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf2.map((c) => c.ref)).toEqual(["E9 E11"]);
  });

  test("a workbook whose every sheet would be hidden is refused", async () => {
    await expect(writePlansToXlsx([passportPlans()[0]], { out: path.join(dir, "all-hidden.xlsx") })).rejects.toMatchObject({ kind: "noVisibleSheet" });
    expect(fs.existsSync(path.join(dir, "all-hidden.xlsx"))).toBe(false);
  });

  test("things ExcelJS would drop are reported", () => {
    const zip = makeZip({ "xl/workbook.xml": "<workbook/>", "xl/charts/chart1.xml": "<c/>", "xl/pivotTables/pivotTable1.xml": "<p/>", "xl/vbaProject.bin": "x" });
    expect(featuresLostOnRewrite(zip).map((t) => t.ru)).toEqual(["диаграммы", "сводные таблицы", "макросы"]);
  });
});

describe("reading what Office would give", () => {
  test("shared formulas are expanded, rich text flattened, errors, hyperlinks, dates, protection", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист1");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("A3").value = 3;
    ws.getCell("B1").value = { formula: "A1*2", shareType: "shared", ref: "B1:B3", result: 2 } as ExcelJS.CellValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellValue;
    ws.getCell("C1").value = { richText: [{ text: "Жир", font: { bold: true } }, { text: "ный" }] };
    ws.getCell("C2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    ws.getCell("D1").value = { text: "Сайт", hyperlink: "https://example.org" };
    ws.getCell("D2").value = new Date(Date.UTC(2025, 0, 15, 12, 0));
    ws.getCell("D2").numFmt = "dd.mm.yyyy hh:mm";
    ws.getCell("D3").value = { formula: "D2+1", result: new Date(Date.UTC(2025, 0, 16, 12, 0)) } as ExcelJS.CellValue;
    ws.getCell("D3").numFmt = "dd.mm.yyyy";
    ws.getCell("E1").value = { formula: "A1", result: "текст" } as ExcelJS.CellValue;
    ws.getCell("F5").style = { border: { top: { style: "thin" } } }; // formatted, no value
    await ws.protect("", {});
    const hidden = wb.addWorksheet("Скрытый", { state: "veryHidden" });
    hidden.getCell("A1").value = "x";
    wb.addWorksheet("Пустой");
    const file = path.join(dir, "office-like.xlsx");
    await wb.xlsx.writeFile(file);

    const snap = await readXlsx(file);
    const s = sheet(snap, "Лист1");
    expect(s.protected).toBe(true);
    expect(s.values.length).toBe(5); // F5 is formatted: it is in the used range
    expect(s.values[0].length).toBe(6);
    expect(s.formulas!.map((r) => r[1])).toEqual(["=A1*2", "=A2*2", "=A3*2", null, null]);
    expect(s.values.map((r) => r[1])).toEqual([2, 4, 6, "", ""]);
    expect(s.values[0][2]).toBe("Жирный");
    expect(s.values[1][2]).toBe("#REF!");
    expect(s.values[2][2]).toBe("#DIV/0!");
    expect(s.values[0][3]).toBe("Сайт");
    expect(s.values[1][3]).toBeCloseTo(45672.5, 8);
    expect(s.values[2][3]).toBeCloseTo(45673.5, 8);
    expect(s.values[0][4]).toBe("текст");
    expect(s.numberFormats![1][3]).toBe("dd.mm.yyyy hh:mm");
    expect(sheet(snap, "Скрытый").visibility).toBe("veryHidden");
    const empty = sheet(snap, "Пустой");
    expect(empty.values).toEqual([[""]]);
    expect(empty.merges).toEqual([]);

    const valuesOnly = await readXlsx(file, { valuesOnly: true, formulas: false, numberFormats: false });
    const v = sheet(valuesOnly, "Лист1");
    expect(v.values.length).toBe(3);
    expect(v.values[0].length).toBe(5);
    expect(v.formulas).toBeUndefined();
    expect(v.numberFormats).toBeUndefined();
  });

  test("a 1904 workbook still gives 1900-system serials", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Даты");
    ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 15));
    ws.getCell("A1").numFmt = "dd.mm.yyyy";
    const file = path.join(dir, "d1904.xlsx");
    await wb.xlsx.writeFile(file);
    const snap = await readXlsx(file);
    expect(snap.sheets[0].values[0][0]).toBe(DATE_SERIAL);
  });

  test("snapshotWorkbook and applyPlansToWorkbook work on an in-memory workbook", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlansToWorkbook(wb, passportPlans());
    setCalcOnLoad(wb);
    const snap = snapshotWorkbook(wb);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Списки", "Паспорт"]);
    expect(snap.names.map((n) => n.name)).toContain("PO_Passport1_Financing");
    const loaded = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(snapshotWorkbook(loaded).names).toEqual(snap.names);
  });
});
