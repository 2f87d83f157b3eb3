import { createFakeExcel, diffDumps } from "../../src/fake-excel";
import { seeded } from "./seeded";

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
