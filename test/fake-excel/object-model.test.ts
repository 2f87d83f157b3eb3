import { createFakeExcel, diffDumps, FakeWorkbook, type ExcelRunFn } from "../../src/fake-excel";
import { seeded } from "./seeded";

describe("the object model", () => {
  test("formats: fill, font, alignment, wrap, borders, widths; mixed ranges read null", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const r = ws.getRange("A10:B11");
      r.format.fill.color = "#c6efce";
      r.format.font.italic = true;
      r.format.font.color = "#006100";
      r.format.font.size = 12;
      r.format.wrapText = true;
      r.format.horizontalAlignment = "Center";
      r.format.verticalAlignment = "Top";
      for (const e of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
        r.format.borders.getItem(e).style = "Continuous";
      }
      ws.getRange("A:B").format.columnWidth = 60;
      ws.getRange("10:10").format.rowHeight = 30;
      await ctx.sync();
      const probe = ws.getRange("A10:B11").format;
      probe.load("wrapText,horizontalAlignment");
      probe.fill.load("color,pattern");
      const mixed = ws.getRange("A9:A10").format.fill.load("color,pattern");
      const width = ws.getRange("A1").format.load("columnWidth");
      await ctx.sync();
      expect([probe.wrapText, probe.horizontalAlignment, probe.fill.color, probe.fill.pattern]).toEqual([true, "Center", "#C6EFCE", "Solid"]);
      expect([mixed.color, mixed.pattern]).toEqual([null, null]);
      expect(width.columnWidth).toBe(60);
    });
    const cell = fake.workbook.sheet("Паспорт").cell("A10")!;
    expect(cell).toEqual({
      fill: "#C6EFCE",
      font: { italic: true, color: "#006100", size: 12 },
      wrap: true,
      hAlign: "Center",
      vAlign: "Top",
      borders: {
        top: { style: "Continuous", weight: "Thin", color: "#000000" },
        bottom: { style: "Continuous", weight: "Thin", color: "#000000" },
        left: { style: "Continuous", weight: "Thin", color: "#000000" },
        right: { style: "Continuous", weight: "Thin", color: "#000000" },
      },
    });
    expect(fake.workbook.sheet("Паспорт").dump().rowHeights).toEqual({ "10": 30 });
  });

  test("no fill reads as white with pattern None; fill.clear() removes it", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const none = ws.getRange("Z1").format.fill.load("color,pattern");
      ws.getRange("B3").format.fill.clear();
      await ctx.sync();
      expect([none.color, none.pattern]).toEqual(["#FFFFFF", "None"]);
    });
    expect(fake.workbook.sheet("Паспорт").cell("B3")?.fill).toBeUndefined();
  });

  test("merges and getMergedAreasOrNullObject", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.getRange("A20:B21").merge(false);
      ws.getRange("D20:E21").merge(true);
      const areas = ws.getRange().getMergedAreasOrNullObject();
      areas.load("address,areaCount,areas/items/address");
      const none = ws.getRange("H30:H31").getMergedAreasOrNullObject();
      none.load("address");
      await ctx.sync();
      expect(areas.areaCount).toBe(4);
      expect(areas.areas.items.map((a) => a.address)).toEqual(["Паспорт!A1:C1", "Паспорт!A20:B21", "Паспорт!D20:E20", "Паспорт!D21:E21"]);
      expect(areas.address).toBe("Паспорт!A1:C1,Паспорт!A20:B21,Паспорт!D20:E20,Паспорт!D21:E21");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("names: workbook and sheet scope, formula, type, duplicates refused", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ctx.workbook.names.add("PO_Range", ws.getRange("B3:C4"), "блок");
      ctx.workbook.names.add("PO_Text", '="текст"');
      ws.names.add("Local", "=Паспорт!$A$1");
      const wb = ctx.workbook.names.load("items/name,items/formula,items/type,items/comment");
      const local = ws.names.load("items/name,items/formula,items/scope");
      const missing = ctx.workbook.names.getItemOrNullObject("Nope");
      await ctx.sync();
      expect(wb.items.map((n) => [n.name, n.formula, n.type, n.comment])).toEqual([
        ["PO_Test", "=Паспорт!$B$3", "Range", ""],
        ["PO_Range", "=Паспорт!$B$3:$C$4", "Range", "блок"],
        ["PO_Text", '="текст"', "String", ""],
      ]);
      expect(local.items.map((n) => [n.name, n.formula, n.scope])).toEqual([["Local", "=Паспорт!$A$1", "Worksheet"]]);
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.names.add("po_test", "=Lists!$A$1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      ctx.workbook.names.add("A1", "=Lists!$A$1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("tables: add, name, style; empty headers get ColumnN like Excel", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.getRange("A30:B30").values = [["Показатель", ""]];
      const t = ws.tables.add(ws.getRange("A30:B33"), true);
      t.name = "PO_Table";
      t.style = "TableStyleLight9";
      const all = ctx.workbook.tables.load("items/name,items/style");
      await ctx.sync();
      expect(all.items.map((x) => [x.name, x.style])).toEqual([["PO_Table", "TableStyleLight9"]]);
      ws.tables.add("A31:B32", true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" }); // overlaps
    });
    expect(fake.workbook.sheet("Паспорт").cell("B30")?.value).toBe("Column2");
    expect(fake.workbook.dump().tables).toEqual([{ name: "PO_Table", sheet: "Паспорт", address: "A30:B33", style: "TableStyleLight9", showHeaders: true }]);
  });

  test("data validation and conditional formats are recorded as Office takes them", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const dv = ws.getRange("E1:E5").dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: "да,нет" } };
      dv.prompt = { showPrompt: true, title: "Выбор", message: "да или нет" };
      dv.errorAlert = { showAlert: true, style: "Warning", title: "Ошибка", message: "Только да/нет" };
      ws.getRange("F1:F5").dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } };
      const cf = ws.getRange("G1:G5").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=G1>10";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      await ctx.sync();
      const read = ws.getRange("E2").dataValidation.load("type,rule");
      const count = ws.getRange("G1:G5").conditionalFormats.getCount();
      await ctx.sync();
      expect(read.type).toBe("List");
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: "да,нет" } });
      expect(count.value).toBe(1);
      ws.getRange("F1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "Between" } };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const dump = fake.workbook.sheet("Паспорт").dump();
    expect(dump.validations).toEqual([
      {
        address: "E1:E5",
        rule: { list: { inCellDropDown: true, source: "да,нет" } },
        prompt: { showPrompt: true, title: "Выбор", message: "да или нет" },
        errorAlert: { showAlert: true, style: "Warning", title: "Ошибка", message: "Только да/нет" },
      },
      { address: "F1:F5", rule: { wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } }, errorAlert: { showAlert: true, style: "Stop", title: "", message: "" } },
    ]);
    expect(dump.conditionalFormats).toEqual([{ address: "G1:G5", type: "Custom", formula: "=G1>10", fill: "#FFC7CE", fontColor: "#9C0006" }]);
  });

  test("notes (ExcelApi 1.18): add, read by address, change, delete", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ctx.workbook.notes.add("Паспорт!A2", "новая");
      ws.notes.add(ws.getRange("B2"), "ещё");
      const old = ws.notes.getItemOrNullObject("D5").load("content");
      const none = ws.notes.getItemOrNullObject("Z9").load("content");
      const count = ctx.workbook.notes.getCount();
      await ctx.sync();
      expect(old.content).toBe("старая заметка");
      expect(none.isNullObject).toBe(true);
      expect(count.value).toBe(3);
      old.content = "изменена";
      ws.notes.getItem("B2").delete();
      ws.notes.add("A2", "дубль");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const s = fake.workbook.sheet("Паспорт");
    expect([s.cell("A2")?.note, s.cell("B2")?.note, s.cell("D5")?.note]).toEqual(["новая", undefined, "изменена"]);
  });

  test("sheets: visibility, tab colour, freeze panes, page layout; a very hidden sheet cannot be deleted", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Lists");
      ws.visibility = "VeryHidden";
      ws.tabColor = "#00B050";
      const p = ctx.workbook.worksheets.getItem("Паспорт");
      p.freezePanes.freezeAt(p.getRange("A1:B3"));
      p.pageLayout.orientation = "Landscape";
      p.pageLayout.paperSize = "A4";
      p.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.pageLayout.setPrintTitleRows("$1:$2");
      await ctx.sync();
      ws.delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      ws.visibility = "Hidden";
      ws.delete();
      await ctx.sync();
    });
    const d = fake.workbook.dump();
    expect(d.sheets.map((s) => s.name)).toEqual(["Паспорт", "Locked"]);
    expect(d.sheets[0].freeze).toEqual({ rows: 3, cols: 2 });
    expect(d.sheets[0].pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  test("selection: getSelectedRange, activate, select", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Locked");
      ws.activate();
      ws.getRange("B2:C3").select();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(sel.address).toBe("Locked!B2:C3");
      expect(active.name).toBe("Locked");
      ctx.workbook.worksheets.getItem("Lists").activate();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" }); // hidden
    });
    expect(fake.workbook.dump().selection).toBe("Locked!B2:C3");
  });

  test("ranges: getCell, offsets, resizing, bounding rect, last row, used range", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const base = ws.getRange("B2:C3");
      const rs = [
        base.getCell(1, 1),
        base.getOffsetRange(2, 1),
        base.getResizedRange(1, -1),
        base.getBoundingRect("E5"),
        base.getLastRow(),
        ws.getUsedRange(true),
        ws.getUsedRange(),
        ws.getRangeByIndexes(4, 3, 2, 2),
      ].map((r) => r.load("address,rowCount,columnCount"));
      await ctx.sync();
      expect(rs.map((r) => r.address)).toEqual(["Паспорт!C3", "Паспорт!C4:D5", "Паспорт!B2:B4", "Паспорт!B2:E5", "Паспорт!B3:C3", "Паспорт!A1:D5", "Паспорт!A1:D5", "Паспорт!D5:E6"]);
      ws.getRange("A1").getOffsetRange(-1, 0).load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("subscribe: listeners hear every round trip (the preview redraws on it); latency is simulated", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { latencyMs: 5 });
    const seen: number[] = [];
    const off = fake.subscribe(() => seen.push(fake.stats.syncs));
    const t0 = Date.now();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await ctx.sync().catch(() => undefined);
    });
    off();
    await fake.run(async (ctx) => void ctx.workbook.worksheets.load("items/name"));
    expect(seen).toEqual([1, 2]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(9);
  });

  test("seeding, dump and diff work without proxies", () => {
    const wb = new FakeWorkbook({ sheets: [{ name: "My sheet" }] });
    const before = wb.dump();
    wb.sheet("My sheet").setCell("C11", { value: 3, fill: "#FF0000", note: "n" }).setCell("A1", "t");
    expect(diffDumps(before, wb.dump())).toEqual(['My sheet!A1.value: (none) → "t"', 'My sheet!C11.fill: (none) → "#FF0000"', 'My sheet!C11.note: (none) → "n"', "My sheet!C11.value: (none) → 3"]);
    expect(() => wb.sheet("Nope")).toThrow(/no sheet "Nope"/);
  });

  test("the fake's run has Excel.run's type (checked by tsc: no cast here)", () => {
    const fake = createFakeExcel();
    const run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = fake.run;
    // and the real Excel.run fits the same slot the adapters take
    const real = (r: typeof Excel.run): ExcelRunFn => r;
    expect(typeof run).toBe("function");
    expect(typeof real).toBe("function");
  });
});
