/**
 * «Импорт из Word» in Excel (the Office path against the fake): the seed-shaped documents from Word become new
 * template sheets in the round trips a template costs (outline, write, finishing touches: 3), the workbook's own sheets unchanged; validate then reads the new
 * sheets through their names; unreadable documents get a plain message and write nothing.
 */
import { createOfficeEngine } from "../../src/app/officeEngine";
import { importWord as importAction } from "../../src/app/actions";
import { Store } from "../../src/app/store";
import { readWorkbook } from "../../src/adapters/office";
import { recognizeWorkbook } from "../../src/core/recognition";
import { createFakeExcel, diffDumps } from "../../src/fake-excel";
import { seedPassportDocx, seedPlanDocx, seedScheduleDocx } from "../fixtures/docx/seeds";
import { encrypted, notZip, noTables } from "../fixtures/docx/hostile";

function setup() {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: { A1: "заметки", B2: 42 } }] });
  const supports = (s: string, v: string) => fake.isSetSupported(s, v);
  const engine = createOfficeEngine({ run: fake.run, supports }, "ru");
  return { fake, engine, supports };
}

describe("Word import in Excel", () => {
  test("passport, plan and calendar plan: each in at most 3 round trips (as a template), a new filled template sheet, the person's sheet unchanged", async () => {
    const { fake, engine, supports } = setup();
    const before = fake.workbook.dump();
    const made: string[] = [];
    for (const [bytes, name] of [
      [await seedPassportDocx(), "Паспорт проекта.docx"],
      [await seedPlanDocx(), "План.docx"],
      [await seedScheduleDocx(), "План-график.docx"],
    ] as const) {
      fake.resetStats();
      const r = await engine.importWord!(new Uint8Array(bytes), name);
      // outline + write + finishing touches (freeze panes, print setup), in a request of their own since main's write order
      expect(fake.stats.syncs).toBeLessThanOrEqual(3);
      expect(r.syncs).toBe(fake.stats.syncs);
      expect(r.sheet).toBeDefined();
      made.push(r.sheet!);
    }
    expect(made).toEqual(["Паспорт", "План реализации", "План-график"]);
    const after = fake.workbook.dump();
    expect(after.sheets.find((s) => s.name === "Лист1")).toEqual(before.sheets[0]);
    expect(diffDumps(before, after).every((line) => !line.startsWith("Лист1!"))).toBe(true);
    const read = await readWorkbook(fake.run, { supports });
    const kinds = recognizeWorkbook(read.snapshot)
      .sheets.filter((s) => made.includes(s.sheet))
      .map((s) => [s.sheet, s.kind, s.source]);
    expect(kinds).toEqual([
      ["Паспорт", "passport", "names"],
      ["План реализации", "plan", "names"],
      ["План-график", "schedule", "names"],
    ]);
    // the validate that follows sees the new sheets (the engine's sheet-name hint was kept in step)
    const v = await engine.validate();
    expect(v.sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(made));
  });

  test("the summary names what was recognised and the findings' places in Word", async () => {
    const { engine } = setup();
    const r = await engine.importWord!(new Uint8Array(await seedPlanDocx()), "План.docx");
    expect(r.kind).toBe("plan");
    expect(r.counts.map((c) => [c.label.ru, c.n])).toEqual([
      ["разделов", 6],
      ["мероприятий", 14],
    ]);
    expect(r.findings.some((f) => /^таблица 2, строка 4, столбец 3: /.test(f.text.ru))).toBe(true);
    expect(r.notes[0].ru).toContain("«План реализации»");
  });

  test.each([
    ["text", notZip, /не является zip-архивом/],
    ["encrypted", encrypted, /защищён паролем/],
    ["no tables", noTables, /нет таблиц/],
  ] as const)("%s: a plain message in the status, nothing written, no round trip", async (_, make, message) => {
    const { fake, engine } = setup();
    const store = new Store();
    const before = fake.workbook.dump();
    fake.resetStats();
    await importAction(engine, new Uint8Array(await make()), "документ.docx", store);
    expect(store.get().status).toEqual({ kind: "error", text: expect.objectContaining({ ru: expect.stringMatching(message) }) });
    expect(store.get().busy).toBe(false);
    expect(fake.stats.syncs).toBe(0);
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });
});
