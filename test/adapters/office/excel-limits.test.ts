/**
 * Documented limits of Excel, modelled in the fake (each with its source in a comment there), and what the adapter and
 * the engine do about them. Every test here fails against a fake that forgives what Excel refuses.
 */
import { applySheetPlans, readWorkbook } from "../../../src/adapters/office";
import { createOfficeEngine } from "../../../src/app/officeEngine";
import type { SheetPlan } from "../../../src/core/workbook";
import { createFakeExcel, diffDumps, type FakeExcel } from "../../../src/fake-excel";

const supportsOf = (fake: FakeExcel) => (s: string, v: string) => fake.isSetSupported(s, v);
const engineOf = (fake: FakeExcel) => createOfficeEngine({ run: fake.run, supports: supportsOf(fake) }, "ru");

describe("a read over 5,000,000 cells", () => {
  test("the fake refuses it with RangeExceedsLimit", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const r = await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:XFD310").load("values");
      return ctx.sync().then(
        () => null,
        (e) => e,
      );
    });
    expect(r).toMatchObject({ code: "RangeExceedsLimit" });
  });

  test("the read goes to chunks of at most 5,000,000 cells instead of failing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Wide", cells: { A1: "начало", XFD310: "конец" } }] });
    const r = await readWorkbook(fake.run, { supports: supportsOf(fake), formulas: false, numberFormats: false });
    const s = r.snapshot.sheets[0];
    expect([s.values.length, s.values[0].length, s.values[0][0], s.values[309][16383]]).toEqual([310, 16384, "начало", "конец"]);
    expect(r.chunks).toBeGreaterThan(1);
  });
});

describe("more than 512 merged areas", () => {
  const many = Array.from({ length: 513 }, (_, i) => `A${i + 1}:B${i + 1}`);
  test("getMergedAreasOrNullObject fails in the fake", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "M", merges: many }] });
    const e = await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("M").getRange("A1:B513").getMergedAreasOrNullObject().load("areaCount");
      return ctx.sync().then(
        () => null,
        (x) => x,
      );
    });
    expect(e).toMatchObject({ code: "GeneralException" });
  });

  test("the read does not fail: that sheet is read without merges, the others with theirs", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "M", merges: many, cells: { A1: "x" } },
        { name: "N", merges: ["A1:C1"], cells: { A1: "y" } },
      ],
    });
    const r = await readWorkbook(fake.run, { supports: supportsOf(fake) });
    expect(r.mergesUnread).toEqual(["M"]);
    expect(r.snapshot.sheets.map((s) => s.merges.length)).toEqual([0, 1]);
    expect(r.snapshot.sheets[0].values[0][0]).toBe("x");
  });
});

describe("workbook structure protection", () => {
  test("the fake refuses adding a sheet", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }], protectedStructure: true });
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.add("Новый"))).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test.each(["passport", "plan", "schedule"] as const)("a %s template is refused up front, in plain words, nothing written", async (kind) => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: { A1: 1 } }], protectedStructure: true });
    const before = fake.workbook.dump();
    await expect(engineOf(fake).createTemplate(kind, false)).rejects.toMatchObject({ text: { ru: expect.stringContaining("Структура книги защищена") } });
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
    expect(fake.stats.syncs).toBe(1); // the outline only
  });

  test("a check lists the findings and makes no mark", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
    const engine = engineOf(fake);
    await engine.createTemplate("passport", true);
    const sheet = fake.workbook.sheet("Паспорт");
    const [total] = Object.entries(sheet.dump().cells).find(([, c]) => c.formula?.startsWith("=SUM("))!;
    sheet.setCell(total, 999999); // a finding to mark
    fake.workbook.structureProtected = true;
    const before = fake.workbook.dump();
    const r = await engine.validate();
    expect(r.notes?.[0].ru).toContain("Структура книги защищена");
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });
});

describe("a cell with a threaded comment", () => {
  test("the fake refuses a note there", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { B2: { value: 1, comment: "обсуждение" } } }] });
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.getItem("S").notes.add("B2", "заметка"))).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("the check marks it by fill only and says so; clearing restores it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
    const engine = engineOf(fake);
    await engine.createTemplate("passport", true);
    const sheet = fake.workbook.sheet("Паспорт");
    const [total] = Object.entries(sheet.dump().cells).find(([, c]) => c.formula?.startsWith("=SUM("))!;
    sheet.setCell(total, { value: 999999, comment: "обсуждение" });
    const before = fake.workbook.dump();
    const r = await engine.validate();
    expect(r.marksIncomplete).toBeUndefined();
    expect(sheet.cell(total)).toMatchObject({ comment: "обсуждение", fill: expect.any(String) });
    expect(sheet.cell(total)?.note).toBeUndefined();
    expect(r.notes?.map((n) => n.ru).join(" ")).toContain("комментарием");
    await engine.clearMarks();
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });
});

describe("conditional formats", () => {
  test("add puts the new format at the top priority in the fake", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A5");
      r.conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      r.conditionalFormats.add("Custom").custom.rule.formula = "=A1>2";
    });
    expect(
      fake.workbook
        .sheet("S")
        .dump()
        .conditionalFormats.map((c) => c.formula),
    ).toEqual(["=A1>2", "=A1>1"]);
  });

  test("the plan's order is Excel's priority order after applying, below the formats already there", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("B1").conditionalFormats.add("Custom").custom.rule.formula = "=B1>0"));
    const ref = { top: 0, left: 0, bottom: 4, right: 0 };
    const plan: SheetPlan = {
      sheet: "S",
      cells: [],
      conditionalFormats: [
        { ref, formula: "=A1>1", fill: "#FFC7CE" },
        { ref, formula: "=A1>2", fill: "#FFEB9C" },
      ],
    };
    await applySheetPlans(fake.run, [plan], { supports: supportsOf(fake) });
    expect(
      fake.workbook
        .sheet("S")
        .dump()
        .conditionalFormats.map((c) => c.formula),
    ).toEqual(["=B1>0", "=A1>1", "=A1>2"]);
  });
});

describe("selecting a cell on a hidden sheet", () => {
  test("the fake refuses it; the engine says the sheet is hidden", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Видимый" }, { name: "Скрытый", visibility: "Hidden" }] });
    await expect(engineOf(fake).select("Скрытый", 2, 3)).rejects.toMatchObject({ text: { ru: expect.stringContaining("«Скрытый» скрыт") } });
  });
});

describe("a chart over empty series, and the write order", () => {
  const plan: SheetPlan = {
    sheet: "S",
    cells: [{ row: 0, col: 0, formula: "=1+1" }],
    names: [{ name: "PO_Test", ref: { top: 0, left: 0, bottom: 0, right: 0 } }],
    freeze: { rows: 1, cols: 0 },
    charts: [
      {
        name: "C",
        type: "line",
        title: "T",
        categories: { top: 5, left: 0, bottom: 6, right: 0 },
        series: [{ name: "one", values: { top: 5, left: 1, bottom: 6, right: 1 } }],
        anchor: { top: 8, left: 0, bottom: 20, right: 6 },
      },
    ],
  };

  test("the fake refuses a chart whose series are all empty (EmptyChartSeries)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.getItem("S").charts.add("Line", ctx.workbook.worksheets.getItem("S").getRange("B6:B7"), "Columns"))).rejects.toMatchObject({
      code: "EmptyChartSeries",
    });
  });

  test("a refused chart is reported, and the values and names written before it stay", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const r = await applySheetPlans(fake.run, [plan], { supports: supportsOf(fake) });
    expect(r.cosmeticsFailed).toMatchObject({ code: "EmptyChartSeries", parts: expect.arrayContaining([{ sheet: "S", part: "charts" }]) });
    expect(fake.workbook.sheet("S").cell("A1")?.formula).toBe("=1+1");
    expect(fake.workbook.dump().names.map((n) => n.name)).toEqual(["PO_Test"]);
  });
});

describe("write order in a template", () => {
  test("finishing touches Excel refuses are said; the template's values, names and validation are written", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
    // Excel refuses the second request of the write (the finishing touches: freeze panes, print setup, tab colour)
    const run = ((batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
      fake.run(async (ctx) => {
        const sync = ctx.sync.bind(ctx);
        let n = 0;
        (ctx as { sync: typeof ctx.sync }).sync = async <T>(v?: T) => {
          if (++n === 2 && fake.workbook.findSheet("Паспорт")) fake.failNextSync("GeneralException", "Page setup failed.");
          return sync(v);
        };
        return batch(ctx);
      })) as typeof fake.run;
    const engine = createOfficeEngine({ run, supports: supportsOf(fake) }, "ru");
    const r = await engine.createTemplate("passport", true);
    expect(r.notes?.[0].ru).toContain("оформление листа «Паспорт»");
    const sheet = fake.workbook.sheet("Паспорт").dump();
    expect(sheet.freeze).toEqual({ rows: 0, cols: 0 });
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(fake.workbook.dump().names.map((n) => n.name)).toContainEqual(expect.stringMatching(/^PO_Passport1_/));
    expect(Object.values(sheet.cells)).toContainEqual(expect.objectContaining({ formula: expect.stringMatching(/^=SUM\(/) }));
  });
});
