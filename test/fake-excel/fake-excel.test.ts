import { createFakeExcel, diffDumps, FakeWorkbook, type ExcelRunFn, type FakeExcel } from "../../src/fake-excel";

/** Runs a batch against the fake with the real Excel types (the cast lives inside the fake). */
function seeded(): FakeExcel {
  return createFakeExcel({
    sheets: [
      {
        name: "Паспорт",
        cells: {
          A1: "Паспорт проекта",
          B3: { value: 42, numberFormat: "0.00", fill: "#FFFF00", bold: true },
          C3: { formula: "=B3*2", value: 84 },
          D5: { value: "x", note: "старая заметка" },
        },
        merges: ["A1:C1"],
      },
      { name: "Lists", visibility: "Hidden", cells: { A1: "a", A2: "b" } },
      { name: "Locked", protected: true, cells: { A1: 1 } },
    ],
    names: [{ name: "PO_Test", formula: "=Паспорт!$B$3" }],
  });
}

describe("proxy semantics", () => {
  test("reading an unloaded property throws PropertyNotLoaded, like Office.js", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Паспорт").getRange("A1:C3");
      let err: unknown;
      try {
        void r.values;
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ code: "PropertyNotLoaded", name: "RichApi.Error" });
      expect((err as Error).message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      r.load("values");
      expect(() => r.values).toThrow(/not available/); // loaded but not synced yet
      await ctx.sync();
      expect(r.values).toEqual([
        ["Паспорт проекта", "", ""],
        ["", "", ""],
        ["", 42, 84], // a formula cell gives its cached value (the fake never calculates)
      ]);
      expect(() => r.address).toThrow(/'address' is not available/);
    });
  });

  test("load accepts 'a,b', arrays, {select}, LoadOptions objects and collection item paths", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const a = ws.getRange("C3").load("formulas, values");
      const b = ws.getRange("B3").load(["numberFormat", "address"]);
      const c = ws.getRange("B3").load({ select: "rowIndex,columnIndex" });
      const d = ws.getRange("B3").load({ format: { fill: { color: true }, font: { bold: true } } });
      const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      expect(a.formulas).toEqual([["=B3*2"]]);
      expect(a.values).toEqual([[84]]);
      expect(b.numberFormat).toEqual([["0.00"]]);
      expect(b.address).toBe("Паспорт!B3");
      expect([c.rowIndex, c.columnIndex]).toEqual([2, 1]);
      expect(d.format.fill.color).toBe("#FFFF00");
      expect(d.format.font.bold).toBe(true);
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Паспорт", "Visible"],
        ["Lists", "Hidden"],
        ["Locked", "Visible"],
      ]);
      expect(() => sheets.items[0].position).toThrow(/'position' is not available/);
    });
  });

  test("a set property reads back locally at once (Office.js keeps it), but the workbook changes only at sync", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Паспорт").getRange("E1");
      r.values = [[7]];
      expect(r.values).toEqual([[7]]);
      expect(fake.workbook.sheet("Паспорт").cell("E1")).toBeUndefined();
      await ctx.sync();
      expect(fake.workbook.sheet("Паспорт").cell("E1")).toEqual({ value: 7 });
    });
  });

  test("every sync with queued actions is one round trip; an empty sync costs nothing", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      await ctx.sync(); // nothing queued
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Паспорт").getRange("A2").values = [["x"]];
      await ctx.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.requests).toHaveLength(2);
    fake.resetStats();
    expect(fake.stats.syncs).toBe(0);
  });

  test("Excel.run syncs what is left queued when the batch ends", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Паспорт").getRange("F1").values = [["late"]];
    });
    expect(fake.workbook.sheet("Паспорт").cell("F1")?.value).toBe("late");
    expect(fake.stats.syncs).toBe(1);
  });

  test("getItem on a missing sheet makes the next sync reject with ItemNotFound", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Нет такого");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      // and also when the missing sheet is used
      ctx.workbook.worksheets.getItem("Нет такого").getRange("A1").values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.stats.syncs).toBe(2);
  });

  test("*OrNullObject: isNullObject after the sync; reading it before throws", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Нет такого");
      const there = ctx.workbook.worksheets.getItemOrNullObject("Lists");
      const empty = ctx.workbook.worksheets.add("Пустой").getUsedRangeOrNullObject();
      empty.load("address");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(empty.isNullObject).toBe(true);
      expect(empty.address).toBeUndefined(); // Office.js gives nothing, no throw, for a null object
      const used = ctx.workbook.worksheets.getItem("Пустой").getUsedRange();
      used.load("address");
      await ctx.sync();
      expect(used.address).toBe("Пустой!A1");
    });
  });

  test("a write into a protected sheet fails at sync with AccessDenied; earlier actions of the batch stay, later ones do not run", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const wss = ctx.workbook.worksheets;
      wss.getItem("Паспорт").getRange("A2").values = [["before"]];
      wss.getItem("Locked").getRange("A1").values = [[2]];
      wss.getItem("Паспорт").getRange("A3").values = [["after"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "Range.values" } });
    });
    expect(fake.workbook.sheet("Паспорт").cell("A2")?.value).toBe("before");
    expect(fake.workbook.sheet("Locked").cell("A1")?.value).toBe(1);
    expect(fake.workbook.sheet("Паспорт").cell("A3")).toBeUndefined();
  });

  test("values of the wrong shape reject with InvalidArgument; one value is broadcast; null leaves a cell", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.getRange("H1:I2").values = [[1, 2, 3]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      (ws.getRange("H1:I2") as unknown as { values: unknown }).values = 5;
      ws.getRange("J1:K1").values = [[null, "k"]];
      ws.getRange("J2:K2").formulas = [["=H1+I1", "'=не формула"]];
      await ctx.sync();
    });
    const s = fake.workbook.sheet("Паспорт");
    expect([s.cell("H1")?.value, s.cell("I2")?.value]).toEqual([5, 5]);
    expect(s.cell("J1")).toBeUndefined();
    expect(s.cell("K1")).toEqual({ value: "k" });
    expect(s.cell("J2")).toEqual({ formula: "=H1+I1" });
    expect(s.cell("K2")).toEqual({ value: "=не формула", quotePrefix: true });
  });

  test("adding a sheet whose name exists rejects with ItemAlreadyExists and leaves the sheet alone", async () => {
    const fake = seeded();
    const before = fake.workbook.dump();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("паспорт").getRange("A1").values = [["overwrite?"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists", debugInfo: { errorLocation: "WorksheetCollection.add" } });
    });
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("request size is counted (values included) and the payload limit is enforced", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { payloadLimitBytes: 30_000 });
    const big = Array.from({ length: 2000 }, (_, i) => [`строка ${i}`, i]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B10").values = Array.from({ length: 10 }, () => ["a", 1]);
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2000").values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.stats.requests[0].bytes).toBeLessThan(1000);
    expect(fake.stats.requests[1].bytes).toBeGreaterThan(30_000);
    expect(fake.stats.maxRequestBytes).toBe(fake.stats.requests[1].bytes);
    expect(fake.workbook.sheet("S").cell("A11")).toBeUndefined();
  });

  test("response size is counted and its limit enforced", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { responseLimitBytes: 50_000 });
    for (let r = 1; r <= 3000; r++) fake.workbook.sheet("S").setCell(`A${r}`, `значение ${r}`);
    await fake.run(async (ctx) => {
      const small = ctx.workbook.worksheets.getItem("S").getRange("A1:A10").load("values");
      await ctx.sync();
      expect(small.values).toHaveLength(10);
      const big = ctx.workbook.worksheets.getItem("S").getRange("A1:A3000").load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => big.values).toThrow(/not available/);
    });
    expect(fake.stats.requests[1].responseBytes).toBeGreaterThan(50_000);
  });

  test("an API newer than the fake's apiVersion throws ApiNotFound when called, as Office.js does", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { apiVersion: "1.12" });
    expect(fake.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.13")).toBe(false);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      expect(() => ws.getRange("A1").getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ws.notes).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

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
      expect(rs.map((r) => r.address)).toEqual([
        "Паспорт!C3",
        "Паспорт!C4:D5",
        "Паспорт!B2:B4",
        "Паспорт!B2:E5",
        "Паспорт!B3:C3",
        "Паспорт!A1:D5",
        "Паспорт!A1:D5",
        "Паспорт!D5:E6",
      ]);
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
