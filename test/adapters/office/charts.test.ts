/**
 * Compute's chart through the Office.js path, against the fake: one chart per passport over its Chart block,
 * the «План» and «Факт» series over the ChartData block, replaced (not added again) on every run, within the
 * round-trip budget; reading chart names; the xlsx-only note stays out of the Office path.
 */
import { formatRange } from "../../../src/core/address";
import { createOfficeEngine } from "../../../src/app/officeEngine";
import { applySheetPlans, readWorkbook } from "../../../src/adapters/office";
import type { SheetPlan } from "../../../src/core/workbook";
import { createFakeExcel, diffDumps, type FakeExcel } from "../../../src/fake-excel";

function setup(apiVersion?: string) {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: { A1: "мои данные" } }] }, apiVersion ? { apiVersion } : {});
  const engine = createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru");
  return { fake, engine };
}

function nameRef(fake: FakeExcel, name: string) {
  const n = fake.workbook.names.find((x) => x.name === name)!;
  return fake.workbook.nameTarget(n)!.ref;
}

const abs = (sheet: string, r: { top: number; left: number; bottom: number; right: number }) => `${sheet}!${formatRange(r, true)}`;

describe("compute's chart in Excel", () => {
  test("one clustered column chart per passport, series over ChartData, placed over the Chart block", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    const second = await engine.createTemplate("passport", false);
    expect(fake.workbook.sheet("Паспорт").charts).toEqual([]); // the template makes none: compute does
    await engine.compute(false);
    for (const [sheet, n] of [
      ["Паспорт", 1],
      [second.sheet, 2],
    ] as const) {
      const charts = fake.workbook.sheet(sheet).dump().charts!;
      expect(charts).toHaveLength(1);
      const data = nameRef(fake, `PO_Passport${n}_ChartData`);
      const col = (c: number) => abs(sheet === "Паспорт" ? sheet : `'${sheet}'`, { top: data.top + 1, bottom: data.bottom, left: data.left + c, right: data.left + c });
      expect(charts[0]).toEqual({
        name: `PO_Passport${n}_Chart`,
        type: "ColumnClustered",
        title: "План и факт по показателям: последний период с фактом",
        series: [
          { name: "План", values: col(2), categories: col(0) },
          { name: "Факт", values: col(3), categories: col(0) },
        ],
        anchor: formatRange(nameRef(fake, `PO_Passport${n}_Chart`)),
      });
    }
    expect(fake.workbook.sheet("Лист1").charts).toEqual([]);
  });

  test("compute twice: still one chart, and the workbook is identical to after the first run", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    await engine.compute(false);
    const once = fake.workbook.dump();
    fake.resetStats();
    const r = await engine.compute(false);
    expect(diffDumps(once, fake.workbook.dump())).toEqual([]);
    expect(fake.workbook.sheet("Паспорт").charts).toHaveLength(1);
    // 2 round trips to read (sheet list, then the sheets with their chart names) + 1 to write + 1 for the chart (cosmetics)
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(r.syncs).toBe(fake.stats.syncs);
    expect(r.notes.filter((n) => n.ru.includes("диаграмм"))).toEqual([]);
  });

  test("a chart the person added stays; a moved compute chart is put back over its block", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    await engine.compute(false);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Паспорт");
      ws.getRange("Z14:Z15").values = [[1], [2]]; // Excel may refuse a chart over empty cells (EmptyChartSeries)
      ws.charts.add("Line", ws.getRange("Z14:Z15"), "Columns").name = "Моя диаграмма";
      ws.charts.getItem("PO_Passport1_Chart").setPosition("A1", "C3");
    });
    await engine.compute(false);
    const charts = fake.workbook.sheet("Паспорт").dump().charts!;
    expect(charts.map((c) => c.name)).toEqual(["Моя диаграмма", "PO_Passport1_Chart"]);
    expect(charts[1].anchor).toBe(formatRange(nameRef(fake, "PO_Passport1_Chart")));
  });

  test("readWorkbook reads chart names only where there are charts", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    await engine.compute(false);
    const r = await readWorkbook(fake.run, { supports: (s, v) => fake.isSetSupported(s, v) });
    expect(r.snapshot.sheets.find((s) => s.name === "Паспорт")!.charts).toEqual(["PO_Passport1_Chart"]);
    expect("charts" in r.snapshot.sheets.find((s) => s.name === "Лист1")!).toBe(false);
  });

  test("delete and add of a chart go in one request after the plan's cells: two round trips (the chart is a cosmetic)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { A1: "a", A2: "b", B1: 1, B2: 2, C1: 3, C2: 4 } }] });
    const plan: SheetPlan = {
      sheet: "S",
      cells: [{ row: 3, col: 0, value: "x" }],
      charts: [
        {
          name: "C",
          type: "line",
          title: "T",
          categories: { top: 0, left: 0, bottom: 1, right: 0 },
          series: [
            { name: "one", values: { top: 0, left: 1, bottom: 1, right: 1 } },
            { name: "two", values: { top: 0, left: 2, bottom: 1, right: 2 } },
          ],
          anchor: { top: 5, left: 0, bottom: 20, right: 6 },
        },
      ],
    };
    const supports = (s: string, v: string) => fake.isSetSupported(s, v);
    expect((await applySheetPlans(fake.run, [plan], { supports })).syncs).toBe(2);
    const again = await applySheetPlans(fake.run, [{ ...plan, deleteCharts: ["C"] }], { supports });
    expect(again.syncs).toBe(2);
    expect(fake.workbook.sheet("S").dump().charts).toEqual([
      {
        name: "C",
        type: "Line",
        title: "T",
        series: [
          { name: "one", values: "S!$B$1:$B$2", categories: "S!$A$1:$A$2" },
          { name: "two", values: "S!$C$1:$C$2", categories: "S!$A$1:$A$2" },
        ],
        anchor: "A6:G21",
      },
    ]);
  });

  test("an Excel without the series API (ExcelApi 1.6) gets no chart, and the apply says it left the chart out", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { A1: 1 } }] }, { apiVersion: "1.6" });
    const r = await applySheetPlans(
      fake.run,
      [
        {
          sheet: "S",
          cells: [],
          charts: [
            {
              name: "C",
              type: "line",
              title: "T",
              categories: { top: 0, left: 0, bottom: 0, right: 0 },
              series: [{ name: "s", values: { top: 0, left: 0, bottom: 0, right: 0 } }],
              anchor: { top: 2, left: 0, bottom: 4, right: 2 },
            },
          ],
        },
      ],
      { supports: (s, v) => fake.isSetSupported(s, v) },
    );
    expect(r.skipped).toEqual(["S: charts (ExcelApi 1.7)"]);
    expect(fake.workbook.sheet("S").charts).toEqual([]);
  });
});
