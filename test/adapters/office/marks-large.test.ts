/**
 * Marks above Excel on the web's 5 MB cap: applyMarks and clearMarks pack their reads and writes into
 * round trips under the payload budget, and a failure part-way never loses a saved fill or note.
 */
import { applyMarks, clearMarks, MARK_FILLS, MARKS_SHEET, type Mark } from "../../../src/adapters/office";
import { createFakeExcel, diffDumps, FakeWorkbook } from "../../../src/fake-excel";

const CAP = 5_000_000;
const limits = { payloadLimitBytes: CAP, responseLimitBytes: CAP };

/** A plan sheet of `rows` rows; some cells already have a fill or a note of the person's. */
function planBook(rows: number, noteLength = 0): FakeWorkbook {
  const wb = new FakeWorkbook({ sheets: [{ name: "План" }, { name: "Паспорт", cells: { A1: "Паспорт" } }] });
  const s = wb.sheet("План");
  for (let r = 0; r < rows; r++) {
    s.patchCell(r, 0, { value: r + 1 });
    s.patchCell(r, 1, { value: `Мероприятие № ${r + 1}` });
    s.patchCell(r, 2, { value: r % 5 === 0 ? "весна 2025" : "Май 2025 г." });
    if (r % 7 === 0) s.patchCell(r, 2, { fill: "#00FF00" });
    if (r % 11 === 0) s.patchCell(r, 2, { note: noteLength ? `Заметка ${r}: ${"ж".repeat(noteLength)}` : `Заметка ${r}` });
  }
  return wb;
}

function marksFor(rows: number, every: number): Mark[] {
  const out: Mark[] = [];
  for (let r = 0; r < rows; r += every) {
    out.push({ sheet: "План", row: r, col: 2, severity: r % 2 ? "warning" : "error", text: `Срок «весна 2025» в строке ${r + 1} не распознан: укажите месяц или квартал` });
    if (r % 3 === 0) out.push({ sheet: "План", row: r, col: 1, severity: "info", text: "Проверьте формулировку" });
  }
  return out;
}

describe("marks above the payload cap", () => {
  test("30,000 marks: every request and response under 5 MB, every cell marked, the clear restores exactly", async () => {
    const rows = 100_000;
    const wb = planBook(rows);
    const fake = createFakeExcel(wb, limits);
    const original = wb.dump();
    const marks = marksFor(rows, 4); // 25,000 rows, a third with a second cell: ~33,000 cells
    const cells = new Set(marks.map((m) => `${m.row}:${m.col}`)).size;

    const r = await applyMarks(fake.run, marks);
    expect(r.cells).toBe(cells);
    expect(r.skipped).toEqual([]);
    expect(r.reads).toBeGreaterThan(1);
    expect(r.writes).toBeGreaterThan(1);
    expect(r.syncs).toBe(r.reads! + r.writes!);
    expect(fake.stats.syncs).toBe(r.syncs);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(CAP);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(CAP);
    // no more round trips than the bytes need: on average each carries over half the 4 MB budget
    const total = fake.stats.requests.reduce((n, q) => n + q.bytes, 0);
    expect(total / r.syncs).toBeGreaterThan(2_000_000);

    const s = wb.sheet("План");
    expect(s.cell("C1")).toMatchObject({ fill: MARK_FILLS.error });
    expect(s.cell("C1")?.note).toContain("не распознан");
    expect(s.cell("C1")?.note).not.toContain("Заметка"); // the mark's note replaces the person's while marked
    expect(s.cell(`C${rows - 3}`)).toMatchObject({ fill: MARK_FILLS.error });
    expect(wb.sheet(MARKS_SHEET).cells.size).toBe(cells + 1);

    fake.resetStats();
    const c = await clearMarks(fake.run);
    expect(c.cells).toBe(cells);
    expect(c.writes).toBeGreaterThan(1);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(CAP);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(CAP);
    expect(diffDumps(original, wb.dump())).toEqual([]);
  });

  test("long notes of the person's: the read is split when the answer is too big, and the store is read in pieces", async () => {
    const rows = 12_000;
    const wb = planBook(rows, 3_000); // ~1,100 notes of 3,000 Cyrillic letters: ~6.6 MB of notes
    const fake = createFakeExcel(wb, limits);
    const original = wb.dump();
    const marks = marksFor(rows, 1).filter((m) => m.col === 2);

    const r = await applyMarks(fake.run, marks);
    expect(r.cells).toBe(rows);
    expect(fake.stats.requests.filter((q) => q.bytes <= CAP && q.responseBytes > CAP)).toEqual([]);
    const refused = fake.stats.requests.filter((q) => q.bytes > CAP || q.responseBytes > CAP).length;
    expect(r.reads).toBeGreaterThan(1);
    expect(refused).toBeLessThanOrEqual(1); // the first read; its halves fit
    expect(wb.sheet("План").cell("C12")?.note).toContain("не распознан");

    fake.resetStats();
    const c = await clearMarks(fake.run);
    expect(c.cells).toBe(rows);
    expect(c.reads).toBeGreaterThan(2); // refused whole, then the address, then pieces
    expect(diffDumps(original, wb.dump())).toEqual([]);
  });

  test("a small budget gives the same workbook as one round trip", async () => {
    const one = planBook(300);
    const many = planBook(300);
    const marks = marksFor(300, 2);
    const a = await applyMarks(createFakeExcel(one).run, marks);
    const b = await applyMarks(createFakeExcel(many).run, marks, { budgetBytes: 30_000 });
    expect(a.syncs).toBe(2);
    expect(b.writes).toBeGreaterThan(3);
    expect(b.reads).toBeGreaterThan(3);
    expect(diffDumps(one.dump(), many.dump())).toEqual([]);
  });

  test("Excel failing part-way through the writes: what was marked is restorable, the rest untouched", async () => {
    const wb = planBook(400);
    const original = wb.dump();
    const fake = createFakeExcel(wb);
    const marks = marksFor(400, 1);
    let syncs = 0;
    let reads = 0;
    // count the read round trips of a dry run with the same budget, then fail the third write
    const probe = await applyMarks(createFakeExcel(planBook(400)).run, marks, { budgetBytes: 40_000 });
    reads = probe.reads!;
    expect(probe.writes).toBeGreaterThan(3);
    fake.subscribe(() => {
      syncs++;
      if (syncs === reads + 2) fake.failNextSync("GeneralException", "The host stopped.");
    });
    await expect(applyMarks(fake.run, marks, { budgetBytes: 40_000 })).rejects.toMatchObject({ code: "GeneralException" });
    const marked = [...wb.sheet("План").cells.values()].filter((c) => c.fill && Object.values(MARK_FILLS).includes(c.fill)).length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(new Set(marks.map((m) => `${m.row}:${m.col}`)).size);
    expect(wb.sheet(MARKS_SHEET).cells.size - 1).toBe(marked); // a saved state for each marked cell, no more

    await clearMarks(fake.run, { budgetBytes: 40_000 });
    expect(diffDumps(original, wb.dump())).toEqual([]);
  });

  test("clearing in pieces with a mark note deleted by hand in a later piece", async () => {
    const wb = planBook(300);
    const original = wb.dump();
    const fake = createFakeExcel(wb);
    await applyMarks(fake.run, marksFor(300, 1), { budgetBytes: 30_000 });
    wb.sheet("План").patchCell(290, 2, { note: undefined }); // no note before (290 % 11 ≠ 0): a delete would fail
    wb.sheet("План").patchCell(286, 2, { note: undefined }); // had a note before (286 = 26 × 11): to be added back
    const c = await clearMarks(fake.run, { budgetBytes: 30_000 });
    expect(c.writes).toBeGreaterThan(3);
    expect(diffDumps(original, wb.dump())).toEqual([]);
  });
});
