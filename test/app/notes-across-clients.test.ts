/**
 * Notes are never lost across clients: marks made in Excel on the web (notes, ExcelApi 1.18) and cleared in Excel
 * 2021 LTSC (no notes API) get their fills back at once and their notes kept; a later clear on the web restores every
 * note exactly. One workbook, opened by two clients in turn (two fakes over the same FakeWorkbook).
 */
import { createOfficeEngine } from "../../src/app/officeEngine";
import { MARKS_SHEET } from "../../src/adapters/office";
import { FakeWorkbook, createFakeExcel, type FakeProfileId } from "../../src/fake-excel";

function client(workbook: FakeWorkbook, profile: FakeProfileId) {
  const fake = createFakeExcel(workbook, { profile });
  return { fake, engine: createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru") };
}

/** Every cell's note and fill, as a person sees them. */
function notesAndFills(wb: FakeWorkbook): Record<string, { note?: string; fill?: string }> {
  const out: Record<string, { note?: string; fill?: string }> = {};
  for (const s of wb.sheets) for (const [a1, c] of Object.entries(s.dump().cells)) if (c.note !== undefined || c.fill !== undefined) out[`${s.name}!${a1}`] = { note: c.note, fill: c.fill };
  return out;
}

describe("marks on the web, cleared on Excel 2021 LTSC, then on the web", () => {
  test("every note comes back exactly, and the LTSC clear says which Excel can finish", async () => {
    const web = client(new FakeWorkbook(), "web");
    await web.engine.createTemplate("passport", true);
    const wb = web.fake.workbook;
    const sheet = wb.sheet("Паспорт");
    // the person's own notes and fills, in cells the check will mark
    const cells = Object.entries(sheet.dump().cells).filter(([, c]) => c.formula?.startsWith("=SUM("));
    expect(cells.length).toBeGreaterThan(0);
    const [total] = cells[0];
    sheet.setCell(total, { value: 999999, note: "моя заметка\nв две строки", fill: "#00B050" });
    const original = notesAndFills(wb);

    const marked = await web.engine.validate();
    expect(marked.marksIncomplete).toBeUndefined();
    expect(sheet.cell(total)?.note).not.toBe("моя заметка\nв две строки"); // the finding's text is there now

    const ltsc = client(wb, "windows2021");
    const cleared = await ltsc.engine.clearMarks();
    expect(sheet.cell(total)?.fill).toBe("#00B050"); // fills are back at once
    expect(wb.findSheet(MARKS_SHEET)).toBeDefined(); // the saved notes are kept
    expect(cleared.notes?.map((n) => n.ru).join(" ")).toContain("Excel в браузере или Microsoft 365");

    const again = client(wb, "web");
    const finished = await again.engine.clearMarks();
    expect(finished.notes).toBeUndefined();
    expect(notesAndFills(wb)).toEqual(original);
    expect(wb.findSheet(MARKS_SHEET)).toBeUndefined();
  });

  test("a check on LTSC between the two clears keeps the saved notes and restores its own fills", async () => {
    const web = client(new FakeWorkbook(), "web");
    await web.engine.createTemplate("passport", true);
    const wb = web.fake.workbook;
    const sheet = wb.sheet("Паспорт");
    const [total] = Object.entries(sheet.dump().cells).find(([, c]) => c.formula?.startsWith("=SUM("))!;
    sheet.setCell(total, { value: 999999, note: "моя заметка" });
    const original = notesAndFills(wb);
    await web.engine.validate();
    const ltsc = client(wb, "windows2021");
    await ltsc.engine.clearMarks();
    await ltsc.engine.validate(); // marks by fill only, over the pending note
    await ltsc.engine.clearMarks();
    await client(wb, "web").engine.clearMarks();
    expect(notesAndFills(wb)).toEqual(original);
  });
});
