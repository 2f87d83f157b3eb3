import { applyMarks, clearMarks, MARK_FILLS, MARKS_SHEET, selectCell, type Mark } from "../../../src/adapters/office";
import { createFakeExcel, diffDumps, type FakeExcelOptions } from "../../../src/fake-excel";

function seeded(options: FakeExcelOptions = {}) {
  return createFakeExcel(
    {
      sheets: [
        {
          name: "Паспорт",
          cells: {
            C3: { value: 1, fill: "#FFFF00", note: "исходная заметка" }, // fill and note before
            C4: { value: 2 }, // neither
            C5: { value: 3, fill: "#FFFFFF" }, // an explicit white fill is a fill
            C6: { value: 4, note: "только заметка" }, // note only
          },
        },
        { name: "Locked", protected: true, cells: { A1: 1 } },
      ],
    },
    options,
  );
}

const MARKS: Mark[] = [
  { sheet: "Паспорт", row: 2, col: 2, severity: "error", text: "Срок вне периода" },
  { sheet: "Паспорт", row: 3, col: 2, severity: "warning", text: "Пусто" },
  { sheet: "Паспорт", row: 4, col: 2, severity: "info", text: "Проверьте" },
  { sheet: "Паспорт", row: 5, col: 2, severity: "warning", text: "Первое" },
  { sheet: "Паспорт", row: 5, col: 2, severity: "error", text: "Второе" },
  { sheet: "Locked", row: 0, col: 0, severity: "error", text: "Защищён" },
];

describe("validation marks", () => {
  test("applyMarks: 1 read + 1 write sync; fills by severity, notes, old state saved in a very hidden sheet", async () => {
    const fake = seeded();
    const r = await applyMarks(fake.run, MARKS);
    expect(r.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(r.cells).toBe(4);
    expect(r.skipped).toEqual([{ sheet: "Locked", row: 0, col: 0, reason: "protected" }]);
    const s = fake.workbook.sheet("Паспорт");
    expect(s.cell("C3")).toEqual({ value: 1, fill: MARK_FILLS.error, note: "Срок вне периода" });
    expect(s.cell("C4")).toEqual({ value: 2, fill: MARK_FILLS.warning, note: "Пусто" });
    expect(s.cell("C5")).toEqual({ value: 3, fill: MARK_FILLS.info, note: "Проверьте" });
    expect(s.cell("C6")).toEqual({ value: 4, fill: MARK_FILLS.error, note: "Первое\nВторое" });
    const store = fake.workbook.sheet(MARKS_SHEET);
    expect(store.visibility).toBe("VeryHidden");
    expect([1, 2, 3, 4, 5].map((r) => store.cell(`A${r}`)?.value)).toEqual([
      "_po_marks v1",
      '{"s":"Паспорт","r":2,"c":2,"f":"#FFFF00","n":"исходная заметка"}',
      '{"s":"Паспорт","r":3,"c":2,"f":null,"n":null}',
      '{"s":"Паспорт","r":4,"c":2,"f":"#FFFFFF","n":null}',
      '{"s":"Паспорт","r":5,"c":2,"f":null,"n":"только заметка"}',
    ]);
    expect(fake.workbook.sheet("Locked").cell("A1")).toEqual({ value: 1 });
  });

  test("clearMarks restores exactly the fills and notes there were (1 read + 1 write sync), then drops the store", async () => {
    const fake = seeded();
    const original = fake.workbook.dump();
    await applyMarks(fake.run, MARKS);
    fake.resetStats();
    const r = await clearMarks(fake.run);
    expect(r.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(r.cells).toBe(4);
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
    expect(fake.workbook.findSheet(MARKS_SHEET)).toBeUndefined();
  });

  test("marking twice keeps the first saved state", async () => {
    const fake = seeded();
    const original = fake.workbook.dump();
    await applyMarks(fake.run, MARKS);
    const again = await applyMarks(fake.run, [
      { sheet: "Паспорт", row: 2, col: 2, severity: "info", text: "Повторно" },
      { sheet: "Паспорт", row: 9, col: 0, severity: "error", text: "Новая" },
    ]);
    expect(again.syncs).toBe(2);
    const s = fake.workbook.sheet("Паспорт");
    expect(s.cell("C3")).toEqual({ value: 1, fill: MARK_FILLS.info, note: "Повторно" });
    expect(s.cell("A10")).toEqual({ fill: MARK_FILLS.error, note: "Новая" });
    expect(fake.workbook.sheet(MARKS_SHEET).cells.size).toBe(7); // header + 4 + 2 appended
    await clearMarks(fake.run);
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("clearMarks with nothing marked costs 1 sync and changes nothing", async () => {
    const fake = seeded();
    const original = fake.workbook.dump();
    const r = await clearMarks(fake.run);
    expect(r).toEqual({ syncs: 1, reads: 1, writes: 0, cells: 0, skipped: [] });
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("a mark note deleted by hand meanwhile: the clear still restores everything (2 more syncs)", async () => {
    const fake = seeded();
    const original = fake.workbook.dump();
    await applyMarks(fake.run, MARKS);
    fake.workbook.sheet("Паспорт").patchCell(3, 2, { note: undefined }); // C4's mark note gone
    fake.workbook.sheet("Паспорт").patchCell(2, 2, { note: undefined }); // C3's too (it had a note before)
    const r = await clearMarks(fake.run);
    expect(r.syncs).toBe(4);
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("without notes (ExcelApi < 1.18) marks are fills only, and still restore exactly", async () => {
    const fake = seeded({ apiVersion: "1.17" });
    const supports = (s: string, v: string) => fake.isSetSupported(s, v);
    const original = fake.workbook.dump();
    const r = await applyMarks(fake.run, MARKS, { supports });
    expect(r.syncs).toBe(2);
    expect(fake.workbook.sheet("Паспорт").cell("C4")).toEqual({ value: 2, fill: MARK_FILLS.warning });
    expect(fake.workbook.sheet("Паспорт").cell("C3")?.note).toBe("исходная заметка");
    await clearMarks(fake.run, { supports });
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("a mark on a sheet that no longer exists is skipped (one more read)", async () => {
    const fake = seeded();
    const r = await applyMarks(fake.run, [...MARKS, { sheet: "Удалён", row: 0, col: 0, severity: "error", text: "x" }]);
    expect(r.syncs).toBe(4);
    expect(r.skipped).toContainEqual({ sheet: "Удалён", row: 0, col: 0, reason: "missing-sheet" });
    expect(r.cells).toBe(4);
  });

  test("selectCell activates the sheet and selects the cell in 1 sync", async () => {
    const fake = seeded();
    const r = await selectCell(fake.run, "Locked", 4, 1);
    expect(r.syncs).toBe(1);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.workbook.dump().activeSheet).toBe("Locked");
    expect(fake.workbook.dump().selection).toBe("Locked!B5");
  });
});
