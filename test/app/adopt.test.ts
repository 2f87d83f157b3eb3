/**
 * Adopting a pasted passport in Excel (the Office path against the fake): compute offers it, the engine copies
 * it into the template on a new sheet in at most 2 round trips, the original sheet is unchanged, and compute
 * and validate then work on the new sheet. The task pane's action removes the offer it answered.
 */
import { formatCell, formatRange } from "../../src/core/address";
import type { Passport } from "../../src/core/model";
import { recognizeWorkbook } from "../../src/core/recognition";
import type { SheetSnapshot } from "../../src/core/workbook";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { adoptPassport as adoptAction, compute as computeAction } from "../../src/app/actions";
import { Store } from "../../src/app/store";
import { readWorkbook } from "../../src/adapters/office";
import { createFakeExcel, diffDumps, type FakeCellInput } from "../../src/fake-excel";
import { seedLikePassportSheet, seedLikePassportWorkbook } from "../fixtures/seedLike";

/** A pasted sheet in the fake: its values and merges, as Excel would hold them after a paste. */
function fakeSheet(s: SheetSnapshot) {
  const cells: Record<string, FakeCellInput> = {};
  s.values.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && (cells[formatCell({ row: r, col: c })] = v)));
  return { name: s.name, cells, merges: s.merges.map((m) => formatRange(m)) };
}

function setup() {
  const fake = createFakeExcel({ sheets: [fakeSheet(seedLikePassportSheet())] });
  const supports = (s: string, v: string) => fake.isSetSupported(s, v);
  const engine = createOfficeEngine({ run: fake.run, supports }, "ru");
  return { fake, engine, supports };
}

async function passportIn(fake: ReturnType<typeof setup>["fake"], supports: (s: string, v: string) => boolean, sheet: string): Promise<{ doc: Passport; source: string }> {
  const read = await readWorkbook(fake.run, { supports });
  const s = recognizeWorkbook(read.snapshot).sheets.find((x) => x.sheet === sheet)!;
  return { doc: s.document as Passport, source: s.source };
}

describe("a pasted passport in Excel", () => {
  test("compute offers to copy it into the template and writes nothing", async () => {
    const { fake, engine } = setup();
    const before = fake.workbook.dump();
    const r = await engine.compute(false);
    expect(r.offers).toEqual([{ sheet: "Паспорт", kind: "adoptPassport", text: expect.objectContaining({ ru: expect.stringContaining("перенести в шаблон") }) }]);
    expect(r.cellsWritten).toBe(0);
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("adopting: at most 3 round trips (read, write, cosmetics), a new sheet with the passport's values, the original sheet unchanged", async () => {
    const { fake, engine, supports } = setup();
    const original = (await passportIn(fake, supports, "Паспорт")).doc;
    const before = fake.workbook.dump();
    fake.resetStats();
    const r = await engine.adoptPassport!("Паспорт");
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(fake.stats.syncs);
    expect(r).toMatchObject({ source: "Паспорт", sheet: "Паспорт (2)" });
    const after = fake.workbook.dump();
    expect(after.sheets.find((s) => s.name === "Паспорт")).toEqual(before.sheets[0]);
    expect(after.sheets.map((s) => s.name)).toEqual(["Паспорт", "_po_lists", "Паспорт (2)"]);
    expect(diffDumps(before, after).filter((line) => !/^(Паспорт \(2\)!|_po_lists!|workbook\.(names|activeSheet|selection))/.test(line))).toEqual([]);
    expect(after.activeSheet).toBe("Паспорт (2)");

    const copy = await passportIn(fake, supports, "Паспорт (2)");
    expect(copy.source).toBe("names");
    const d = copy.doc;
    expect(d.fullName?.text).toBe(original.fullName?.text);
    expect(d.goal?.text).toBe(original.goal?.text);
    expect(d.leader?.persons[0].name).toBe("Ветров Андрей Павлович");
    expect(d.coExecutors.flatMap((c) => c.persons.map((p) => p.name))).toHaveLength(4);
    const plan = (p: Passport) => p.indicators!.indicators.map((x) => [x.name.text, x.base?.number, x.plan.map((v) => (v.value.number.kind === "number" ? v.value.number.value : null))]);
    expect(plan(d).map(([name, , values]) => [name, values])).toEqual(plan(original).map(([name, , values]) => [name, values]));
    expect(d.financing!.sources.map((s) => s.values[0]?.number)).toEqual([0, 0, 1440, 3024].map((value) => ({ kind: "number", value, percent: false })));
    expect(d.stages!.stages.map((s) => s.controlPoints.length)).toEqual(original.stages!.stages.map((s) => s.controlPoints.length));
    expect(d.risks.map((x) => x.name.text)).toEqual(original.risks.map((x) => x.name.text));
  });

  test("then compute works on the new sheet (its chart included), the offer is gone, and validate finds only the empty «Ответственный»", async () => {
    const { fake, engine } = setup();
    await engine.adoptPassport!("Паспорт");
    const original = fake.workbook.sheet("Паспорт").dump();
    fake.resetStats();
    const c = await engine.compute(false);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4); // read 2 + write 1 + the chart in a request of its own 1
    expect(c.conflicts).toEqual([]);
    expect(c.offers).toBeUndefined();
    expect(
      fake.workbook
        .sheet("Паспорт (2)")
        .dump()
        .charts!.map((x) => x.name),
    ).toEqual(["PO_Passport1_Chart"]);
    expect(fake.workbook.sheet("Паспорт").dump()).toEqual(original);
    const v = await engine.validate();
    const errors = v.sheets.find((s) => s.sheet === "Паспорт (2)")!.findings.filter((f) => f.severity === "error");
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(["passport/control-point-responsible-missing"]));
  });

  test("adopting a sheet that is gone says so and changes nothing", async () => {
    const { fake, engine } = setup();
    const before = fake.workbook.dump();
    await expect(engine.adoptPassport!("Нет такого")).rejects.toMatchObject({ text: { ru: expect.stringContaining("больше нет в книге") } });
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("the task pane's action: the offer leaves the compute page, the status says where the passport went", async () => {
    const { engine } = setup();
    const store = new Store();
    await computeAction(engine, false, store);
    expect(store.get().compute?.offers).toHaveLength(1);
    await adoptAction(engine, "Паспорт", store);
    expect(store.get().compute?.offers).toEqual([]);
    expect(store.get().status).toMatchObject({ kind: "success", text: { ru: expect.stringContaining("«Паспорт (2)»") } });
    expect(store.get().compute?.notes).toContainEqual(expect.objectContaining({ ru: expect.stringContaining("«Ответственный»") }));
  });
});

describe("reading one sheet for adoption", () => {
  test("readWorkbook({ only }) takes one round trip; the other sheets come by name only; a missing sheet is ItemNotFound", async () => {
    const wb = seedLikePassportWorkbook();
    const fake = createFakeExcel({ sheets: [{ name: "Другой", cells: { A1: "x" } }, fakeSheet(wb.sheets[0])] });
    const supports = (s: string, v: string) => fake.isSetSupported(s, v);
    fake.resetStats();
    const r = await readWorkbook(fake.run, { supports, only: ["Паспорт"] });
    expect(fake.stats.syncs).toBe(1);
    expect(r.snapshot.sheets.map((s) => [s.name, s.values.length > 0])).toEqual([
      ["Другой", false],
      ["Паспорт", true],
    ]);
    expect(r.snapshot.sheets[1].values).toEqual(wb.sheets[0].values);
    await expect(readWorkbook(fake.run, { supports, only: ["Нет"] })).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test("compute with only a pasted passport: the status points at the offer below", async () => {
  const { engine } = setup();
  const store = new Store();
  await computeAction(engine, false, store);
  expect(store.get().status).toMatchObject({
    kind: "info",
    text: { ru: expect.stringContaining("его можно перенести в шаблон — см. ниже"), en: expect.stringContaining("it can be copied into the template — see below") },
  });
});
