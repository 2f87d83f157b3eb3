import { nextReadOptions, readWorkbook } from "../../../src/adapters/office";
import type { WorkbookSnapshot } from "../../../src/core/workbook";
import { createFakeExcel, FakeWorkbook, type FakeExcel } from "../../../src/fake-excel";

function seeded(options = {}): FakeExcel {
  const fake = createFakeExcel(
    {
      sheets: [
        {
          name: "Паспорт",
          cells: {
            B2: "Наименование",
            C2: { value: "Проект А", bold: true, fill: "#DDEBF7" },
            B3: "Срок",
            C3: { value: 45292, numberFormat: "dd.mm.yyyy" },
            D3: { formula: "=C3+365", value: 45657, numberFormat: "dd.mm.yyyy" },
            F8: { fill: "#FFFF00" }, // formatting only: outside the values-only used range
          },
          merges: ["B5:D5"],
          names: [{ name: "Local", formula: "=Паспорт!$C$2" }],
        },
        { name: "Lists", visibility: "Hidden", cells: { A1: "да", A2: "нет", A3: true } },
        { name: "Пустой", protected: true },
      ],
      names: [
        { name: "PO_Passport1_FullName", formula: "=Паспорт!$C$2" },
        { name: "PO_Const", formula: '="x"' },
        { name: "PO_Quoted", formula: "='My, sheet'!$A$1:$B$2" },
      ],
    },
    options,
  );
  return fake;
}

const EXPECTED: WorkbookSnapshot = {
  sheets: [
    {
      name: "Паспорт",
      values: [
        ["", "", "", ""],
        ["", "Наименование", "Проект А", ""],
        ["", "Срок", 45292, 45657],
      ],
      formulas: [
        [null, null, null, null],
        [null, null, null, null],
        [null, null, null, "=C3+365"],
      ],
      numberFormats: [
        ["General", "General", "General", "General"],
        ["General", "General", "General", "General"],
        ["General", "General", "dd.mm.yyyy", "dd.mm.yyyy"],
      ],
      merges: [{ top: 4, left: 1, bottom: 4, right: 3 }],
      visibility: "visible",
      protected: false,
    },
    {
      name: "Lists",
      values: [["да"], ["нет"], [true]],
      formulas: [[null], [null], [null]],
      numberFormats: [["General"], ["General"], ["General"]],
      merges: [],
      visibility: "hidden",
      protected: false,
    },
    { name: "Пустой", values: [], formulas: [], numberFormats: [], merges: [], visibility: "visible", protected: true },
  ],
  names: [
    { name: "PO_Passport1_FullName", sheet: "Паспорт", ref: { top: 1, left: 2, bottom: 1, right: 2 }, formula: "=Паспорт!$C$2" },
    { name: "PO_Const", formula: '="x"' },
    { name: "PO_Quoted", sheet: "My, sheet", ref: { top: 0, left: 0, bottom: 1, right: 1 }, formula: "='My, sheet'!$A$1:$B$2" },
    { name: "Local", sheet: "Паспорт", ref: { top: 1, left: 2, bottom: 1, right: 2 }, formula: "=Паспорт!$C$2" },
  ],
};

describe("readWorkbook", () => {
  test("with the sheet names known, the whole workbook is read in exactly 1 sync", async () => {
    const fake = seeded();
    const r = await readWorkbook(fake.run, { sheetNames: ["Паспорт", "Lists", "Пустой"] });
    expect(r.snapshot).toEqual(EXPECTED);
    expect(r.syncs).toBe(1);
    expect(fake.stats.syncs).toBe(1);
  });

  test("an unknown workbook takes 2 syncs (Office.js lists sheets only after a sync)", async () => {
    const fake = seeded();
    const r = await readWorkbook(fake.run);
    expect(r.snapshot).toEqual(EXPECTED);
    expect(r.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
  });

  test("a hint missing a new sheet costs one more sync; a stale hint starts over", async () => {
    const partial = seeded();
    const a = await readWorkbook(partial.run, { sheetNames: ["Паспорт"] });
    expect(a.snapshot).toEqual(EXPECTED);
    expect([a.syncs, partial.stats.syncs]).toEqual([2, 2]);

    const stale = seeded();
    const b = await readWorkbook(stale.run, { sheetNames: ["Паспорт", "Удалённый"] });
    expect(b.snapshot).toEqual(EXPECTED);
    expect([b.syncs, stale.stats.syncs]).toEqual([3, 3]);
  });

  test("reads nothing but loads: the workbook is unchanged", async () => {
    const fake = seeded();
    const before = JSON.stringify(fake.workbook.dump());
    await readWorkbook(fake.run);
    expect(JSON.stringify(fake.workbook.dump())).toBe(before);
  });

  test("values are anchored at A1 even when the used range starts far below", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { E40: 1, F41: "x" } }] });
    const { snapshot } = await readWorkbook(fake.run, { sheetNames: ["S"] });
    const s = snapshot.sheets[0];
    expect(s.values).toHaveLength(41);
    expect(s.values.map((row) => row.length).filter((n) => n !== 6)).toEqual([]);
    expect(s.values[39][4]).toBe(1);
    expect(s.values[40][5]).toBe("x");
    expect(s.values[0]).toEqual(["", "", "", "", "", ""]);
    expect(s.formulas![40]).toEqual([null, null, null, null, null, null]);
  });

  test("without ExcelApi 1.13 merges are skipped, not fatal", async () => {
    const fake = seeded({ apiVersion: "1.12" });
    const r = await readWorkbook(fake.run, { supports: (set, v) => fake.isSetSupported(set, v), sheetNames: ["Паспорт", "Lists", "Пустой"] });
    expect(r.snapshot.sheets[0].merges).toEqual([]);
    expect(r.snapshot.sheets[0].values).toEqual(EXPECTED.sheets[0].values);
    expect(r.syncs).toBe(1);
  });

  test("formulas and number formats can be left out", async () => {
    const fake = seeded();
    const { snapshot } = await readWorkbook(fake.run, { formulas: false, numberFormats: false, sheetNames: ["Паспорт", "Lists", "Пустой"] });
    expect(snapshot.sheets[0].formulas).toBeUndefined();
    expect(snapshot.sheets[0].numberFormats).toBeUndefined();
    expect(snapshot.sheets[0].values).toEqual(EXPECTED.sheets[0].values);
  });

  test("chunked on request: addresses first, then the rows (small sheets share one chunk)", async () => {
    const fake = seeded();
    const r = await readWorkbook(fake.run, { chunked: true, sheetNames: ["Паспорт", "Lists", "Пустой"] });
    expect(r.snapshot).toEqual(EXPECTED);
    expect(r.chunks).toBe(1);
    expect(r.syncs).toBe(2);
  });

  test('nextReadOptions: the sheet names, and "auto" while the workbook is read in one go', async () => {
    const r = await readWorkbook(seeded().run);
    expect(nextReadOptions(r)).toEqual({ sheetNames: ["Паспорт", "Lists", "Пустой"], chunked: "auto" });
    // one chunk of a small workbook read chunked on request: back to "auto"
    const c = await readWorkbook(seeded().run, { chunked: true });
    expect(c.chunks).toBe(1);
    expect(nextReadOptions(c).chunked).toBe("auto");
  });
});

describe("readWorkbook over a small payload cap", () => {
  // «Big» is about 300 KB of cells; Excel here refuses responses over 100 KB; chunks aim at 80 KB
  const CAP = 100_000;
  const options = { budgetBytes: 80_000 };
  function book(): FakeWorkbook {
    const wb = new FakeWorkbook({
      sheets: [{ name: "Паспорт", cells: { B2: "Наименование", C2: "Проект А", C3: { value: 45292, numberFormat: "dd.mm.yyyy" } }, merges: ["B5:D5"] }, { name: "Big" }],
      names: [{ name: "PO_Passport1_FullName", formula: "=Паспорт!$C$2" }],
    });
    const s = wb.sheet("Big");
    for (let r = 0; r < 2000; r++) {
      s.patchCell(r, 0, { value: r + 1 });
      s.patchCell(r, 1, { value: `Мероприятие № ${r + 1}` });
      s.patchCell(r, 2, { formula: `=A${r + 1}*2`, value: (r + 1) * 2 });
    }
    return wb;
  }
  const capped = (wb: FakeWorkbook) => createFakeExcel(wb, { responseLimitBytes: CAP });
  const refused = (fake: FakeExcel) => fake.stats.requests.filter((q) => q.responseBytes > CAP).length;
  let whole: WorkbookSnapshot;
  beforeAll(async () => {
    whole = (await readWorkbook(createFakeExcel(book()).run)).snapshot;
  });

  test("a hint missing the big sheet: the hinted sheet keeps its cells, the refused phase is asked again with addresses, only «Big» is chunked", async () => {
    const fake = capped(book());
    const r = await readWorkbook(fake.run, { ...options, sheetNames: ["Паспорт"] });
    // list with «Паспорт» 1 + «Big» refused 1 + «Big»'s address 1 + chunks
    expect(r.syncs).toBe(3 + r.chunks);
    expect([r.refusals, refused(fake)]).toEqual([1, 1]);
    expect(fake.stats.requests[1].responseBytes).toBeGreaterThan(CAP);
    expect(r.snapshot).toEqual(whole);
  });

  test("a correct hint: refused 1 + list with addresses 1 + chunks", async () => {
    const fake = capped(book());
    const r = await readWorkbook(fake.run, { ...options, sheetNames: ["Паспорт", "Big"] });
    expect(r.syncs).toBe(2 + r.chunks);
    expect(r.chunks).toBeGreaterThanOrEqual(4);
    expect([r.refusals, refused(fake)]).toEqual([1, 1]);
    expect(r.snapshot).toEqual(whole);
  });

  test("a stale hint and a refusal: failed 1 + list 1 + refused 1 + addresses 1 + chunks", async () => {
    const fake = capped(book());
    const r = await readWorkbook(fake.run, { ...options, sheetNames: ["Паспорт", "Удалённый"] });
    expect(r.syncs).toBe(4 + r.chunks);
    expect([r.refusals, refused(fake)]).toEqual([1, 1]);
    expect(r.snapshot).toEqual(whole);
  });

  test("only one sheet, refused: refused 1 + list with its address 1 + chunks; the others by name only", async () => {
    const fake = capped(book());
    const r = await readWorkbook(fake.run, { ...options, only: ["Big"] });
    expect(r.syncs).toBe(2 + r.chunks);
    expect(r.refusals).toBe(1);
    expect(r.snapshot.sheets.map((s) => s.name)).toEqual(["Паспорт", "Big"]);
    expect(r.snapshot.sheets[0].values).toEqual([]);
    expect(r.snapshot.sheets[1]).toEqual(whole.sheets[1]);
  });

  test("chunked: false rejects when Excel refuses the size", async () => {
    await expect(readWorkbook(capped(book()).run, { ...options, chunked: false })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("chunks stay under the budget, the first one a probe; nothing is refused when chunked from the start", async () => {
    const fake = capped(book());
    const r = await readWorkbook(fake.run, { ...options, chunked: true });
    expect(r.syncs).toBe(2 + r.chunks);
    expect(r.refusals).toBe(0);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(80_000);
    expect(r.snapshot).toEqual(whole);
    expect(nextReadOptions(r)).toEqual({ sheetNames: ["Паспорт", "Big"], chunked: true });
  });
});
