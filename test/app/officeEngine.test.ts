import { createFakeExcel, diffDumps } from "../../src/fake-excel";
import { formatCell, parseCell } from "../../src/core/address";
import { createOfficeEngine } from "../../src/app/officeEngine";
import type { Engine } from "../../src/app/engine";

function setup(lang: "ru" | "en" = "ru") {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: { A1: { value: "мои данные", fill: "#FFFF00" } } }] });
  const engine: Engine = createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, lang);
  return { fake, engine };
}

describe("templates in Excel", () => {
  test.each(["passport", "plan", "schedule"] as const)("a %s costs at most 3 round trips (outline, write, cosmetics) and touches no existing sheet", async (kind) => {
    const { fake, engine } = setup();
    const before = fake.workbook.dump().sheets.find((s) => s.name === "Лист1");
    fake.resetStats();
    const r = await engine.createTemplate(kind, true);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4); // read 2 + write 1 + cosmetics (the chart) 1
    expect(r.syncs).toBe(fake.stats.syncs);
    const after = fake.workbook.dump();
    expect(after.sheets.find((s) => s.name === "Лист1")).toEqual(before);
    expect(after.activeSheet).toBe(r.sheet);
  });

  test("a second passport becomes «Паспорт (2)» with its own names, the first unchanged", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", false);
    const first = fake.workbook.dump().sheets.find((s) => s.name === "Паспорт");
    const r = await engine.createTemplate("passport", false);
    expect(r.sheet).toBe("Паспорт (2)");
    const dump = fake.workbook.dump();
    expect(dump.sheets.find((s) => s.name === "Паспорт")).toEqual(first);
    const names = dump.names.map((n) => n.name);
    expect(names).toContain("PO_Passport1_Goal");
    expect(names).toContain("PO_Passport2_Goal");
  });

  test("a plan made after a passport refers to the passport's term", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    await engine.createTemplate("plan", true);
    const plan = fake.workbook.dump().sheets.find((s) => s.name === "План реализации")!;
    expect(Object.values(plan.cells)).toContainEqual(expect.objectContaining({ formula: "=PO_Passport1_TermStart" }));
  });
});

describe("validate, marks and compute in Excel", () => {
  test("the example workbook checks clean and clearing marks restores everything", async () => {
    const { fake, engine } = setup();
    for (const k of ["passport", "plan", "schedule"] as const) await engine.createTemplate(k, true);
    const before = fake.workbook.dump();
    const r = await engine.validate();
    const errors = r.sheets.flatMap((s) => s.findings).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
    await engine.clearMarks();
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("a planted mistake is found, marked at its cell, and the mark is cleared exactly", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    // Break the financing: type a number over a «Всего» formula.
    const sheet = fake.workbook.sheet("Паспорт");
    const dump = sheet.dump();
    const totalCell = Object.entries(dump.cells).find(([, c]) => c.formula?.startsWith("=SUM("))![0];
    sheet.setCell(totalCell, 999999);
    const before = fake.workbook.dump();
    fake.resetStats();
    const r = await engine.validate();
    expect(r.syncs).toBe(fake.stats.syncs);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    const findings = r.sheets.flatMap((s) => s.findings);
    const at = parseCell(totalCell);
    expect(findings.filter((f) => f.severity === "error").map((f) => formatCell(f))).toContain(formatCell(at));
    const marked = diffDumps(before, fake.workbook.dump());
    expect(marked.length).toBeGreaterThan(0);
    await engine.clearMarks();
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("compute twice leaves the workbook identical to compute once", async () => {
    const { fake, engine } = setup();
    for (const k of ["passport", "plan", "schedule"] as const) await engine.createTemplate(k, true);
    fake.resetStats();
    const first = await engine.compute(false);
    expect(first.conflicts).toEqual([]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4); // read 2 + write 1 + cosmetics (the chart) 1
    const once = fake.workbook.dump();
    await engine.compute(false);
    expect(diffDumps(once, fake.workbook.dump())).toEqual([]);
  });

  test("compute never overwrites a typed value in a cell it owns unless asked", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    const sheet = fake.workbook.sheet("Паспорт");
    const owned = Object.entries(sheet.dump().cells).find(([, c]) => c.formula?.includes("IFERROR("))![0];
    sheet.setCell(owned, "моё значение");
    const r = await engine.compute(false);
    expect(r.conflicts.length).toBe(1);
    expect(sheet.cell(owned)?.value).toBe("моё значение");
    await engine.compute(true);
    expect(sheet.cell(owned)?.formula).toContain("IFERROR(");
  });
});

describe("what one read teaches the next", () => {
  test("the second check reads in 1 round trip; marks made, cleared and remade keep the sheet list right (no failed sync)", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    const sheet = fake.workbook.sheet("Паспорт");
    const totalCell = Object.entries(sheet.dump().cells).find(([, c]) => c.formula?.startsWith("=SUM("))![0];
    sheet.setCell(totalCell, 999999); // a finding, so the check marks a cell and makes the store sheet
    const run = async (what: () => Promise<{ syncs: number }>) => {
      fake.resetStats();
      const r = await what();
      expect(r.syncs).toBe(fake.stats.syncs);
      return r.syncs;
    };
    const first = await run(() => engine.validate()); // read 2 (list, then sheets) + marks 2
    expect(first).toBe(4);
    const second = await run(() => engine.validate()); // read 1 (hinted, store included) + clear 2 + marks 2
    expect(second).toBe(5);
    expect(await run(() => engine.clearMarks())).toBe(2);
    const third = await run(() => engine.validate()); // the hint no longer names the store: still 1 read
    expect(third).toBe(3);
    await engine.createTemplate("plan", true);
    expect(await run(() => engine.compute(true))).toBe(3); // read 1 with the plan in the hint + write 1 + cosmetics 1
  });

  test("a sheet the person deleted meanwhile: the stale list costs a round trip, and the check is still right", async () => {
    const { fake, engine } = setup();
    await engine.createTemplate("passport", true);
    await engine.createTemplate("plan", true);
    const before = await engine.validate();
    expect(before.sheets.map((s) => s.sheet)).toContain("Лист1");
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Лист1").delete();
      await ctx.sync();
    });
    fake.resetStats();
    const r = await engine.validate();
    expect(r.sheets.map((s) => s.sheet)).not.toContain("Лист1");
    expect(r.sheets.map((s) => s.sheet)).toEqual(before.sheets.map((s) => s.sheet).filter((n) => n !== "Лист1"));
    expect(r.syncs).toBe(fake.stats.syncs);
  });
});
