import { createFakeExcel, diffDumps, type FakeExcel } from "../../src/fake-excel";

/** A small table: labels in A, plan in B, fact in C, a header row with an empty corner. */
function seeded(): FakeExcel {
  return createFakeExcel({
    sheets: [
      {
        name: "Паспорт",
        cells: {
          B1: "План",
          C1: "Факт",
          A2: "Показатель 1",
          B2: 10,
          C2: 8,
          A3: "Показатель 2",
          B3: 20,
          C3: 25,
        },
      },
      { name: "Locked", protected: true, cells: { A1: 1, A2: 2 } },
    ],
  });
}

const chartsOf = (fake: FakeExcel, sheet = "Паспорт") => fake.workbook.sheet(sheet).dump().charts ?? [];

describe("charts: worksheet.charts with Office.js semantics", () => {
  test("add(type, range, seriesBy) makes a chart only at sync; its name is readable after a load and a sync", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Columns");
      expect(chartsOf(fake)).toEqual([]); // queued, not applied
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      chart.load("name,chartType");
      await ctx.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.chartType).toBe("ColumnClustered");
    });
    // an empty corner: the first row names the series, the first column gives the categories
    expect(chartsOf(fake)).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        title: "",
        series: [
          { name: "План", values: "Паспорт!$B$2:$B$3", categories: "Паспорт!$A$2:$A$3" },
          { name: "Факт", values: "Паспорт!$C$2:$C$3", categories: "Паспорт!$A$2:$A$3" },
        ],
        anchor: null,
      },
    ]);
  });

  test("a range without an empty corner: one series per column, «Series1»…, no categories; by rows when asked", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.charts.add("Line", ws.getRange("B2:C3"), "Columns");
      ws.charts.add("Line", ws.getRange("B2:C3"), "Rows");
    });
    const [byCols, byRows] = chartsOf(fake);
    expect(byCols.series).toEqual([
      { name: "Series1", values: "Паспорт!$B$2:$B$3", categories: null },
      { name: "Series2", values: "Паспорт!$C$2:$C$3", categories: null },
    ]);
    expect(byRows.name).toBe("Chart 2");
    expect(byRows.series.map((s) => s.values)).toEqual(["Паспорт!$B$2:$C$2", "Паспорт!$B$3:$C$3"]);
  });

  test("name, title, series names and values, setPosition over cells: all in one batch", async () => {
    const fake = seeded();
    fake.resetStats();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B2:B3"), "Columns");
      chart.name = "PO_Chart";
      chart.title.text = "План и факт";
      const s0 = chart.series.getItemAt(0);
      s0.name = "План";
      s0.setXAxisValues(ws.getRange("A2:A3"));
      const s1 = chart.series.add("Факт");
      s1.setValues(ws.getRange("C2:C3"));
      s1.setXAxisValues(ws.getRange("A2:A3"));
      chart.setPosition("E2", "J16");
      expect(chart.name).toBe("PO_Chart"); // a property set reads back at once, as in Office.js
    });
    expect(fake.stats.syncs).toBe(1);
    expect(chartsOf(fake)).toEqual([
      {
        name: "PO_Chart",
        type: "ColumnClustered",
        title: "План и факт",
        series: [
          { name: "План", values: "Паспорт!$B$2:$B$3", categories: "Паспорт!$A$2:$A$3" },
          { name: "Факт", values: "Паспорт!$C$2:$C$3", categories: "Паспорт!$A$2:$A$3" },
        ],
        anchor: "E2:J16",
      },
    ]);
    const c = fake.workbook.sheet("Паспорт").charts[0];
    // default sizes: 48 pt a column, 15 pt a row
    expect([c.left, c.top, c.width, c.height]).toEqual([4 * 48, 15, 6 * 48, 15 * 15]);
  });

  test("items, count, getCount, getItem (the first of a repeated name), getItemOrNullObject, getItemAt", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      for (const name of ["A", "B", "A"]) ws.charts.add("Line", ws.getRange("B2:B3")).name = name;
      await ctx.sync();
      const coll = ws.charts;
      coll.load("items/name,count");
      const n = coll.getCount();
      const first = coll.getItem("A");
      first.load("id");
      const third = coll.getItemAt(2);
      third.load("id");
      const none = coll.getItemOrNullObject("Нет");
      await ctx.sync();
      expect(coll.items.map((c) => c.name)).toEqual(["A", "B", "A"]);
      expect([coll.count, n.value]).toEqual([3, 3]);
      expect(first.id).not.toBe(third.id);
      expect(none.isNullObject).toBe(true);
    });
  });

  test("getItem of a missing chart rejects the sync with ItemNotFound; delete removes one chart", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.charts.add("Line", ws.getRange("B2:B3")).name = "X";
      ws.charts.add("Line", ws.getRange("B2:B3")).name = "X";
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Паспорт").charts.getItem("Нет").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await fake.run(async (ctx) => {
      const charts = ctx.workbook.worksheets.getItem("Паспорт").charts;
      // two deletes of one name in one batch remove both, in order (each getItem finds the first left)
      charts.getItem("X").delete();
      charts.getItem("X").delete();
    });
    expect(chartsOf(fake)).toEqual([]);
  });

  test("a chart cannot be added to a protected sheet (AccessDenied); writing to a null chart rejects", async () => {
    const fake = seeded();
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Locked");
        ws.charts.add("Line", ws.getRange("A1:A2"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Паспорт").charts.getItemOrNullObject("Нет").name = "Y";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
    expect(chartsOf(fake, "Locked")).toEqual([]);
  });

  test("bad arguments are refused like Excel: an unknown type, a two-dimensional series source", async () => {
    const fake = seeded();
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Паспорт");
        ws.charts.add("Columns3D" as Excel.ChartType, ws.getRange("B2:B3"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Паспорт");
        ws.charts.add("Line", ws.getRange("B2:B3")).series.getItemAt(0).setValues(ws.getRange("B2:C3"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("series API of ExcelApi 1.7 is not there under 1.6 (ApiNotFound when called)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { A1: 1 } }] }, { apiVersion: "1.6" });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const chart = ws.charts.add("Line", ws.getRange("A1"));
      expect(() => chart.series.add("x")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => chart.series.getItemAt(0).setValues(ws.getRange("A1"))).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    expect(fake.workbook.sheet("S").charts).toHaveLength(1);
  });

  test("getDimensionValues gives the cells' values as text; series.delete removes a series", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Columns");
      const s0 = chart.series.getItemAt(0);
      const values = s0.getDimensionValues("Values");
      const cats = s0.getDimensionValues("Categories");
      await ctx.sync();
      expect(values.value).toEqual(["10", "20"]);
      expect(cats.value).toEqual(["Показатель 1", "Показатель 2"]);
      chart.series.getItemAt(1).delete();
      const count = chart.series.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });

  test("dumps show charts only on sheets that have them, and diffDumps lists a new chart", async () => {
    const fake = seeded();
    const before = fake.workbook.dump();
    expect(before.sheets.filter((s) => s.charts !== undefined).map((s) => s.name)).toEqual([]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.charts.add("Line", ws.getRange("B2:B3")).name = "N";
    });
    const diff = diffDumps(before, fake.workbook.dump());
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatch(/^Паспорт!sheet\.charts: \(none\) → .*"name":"N"/);
  });
});
