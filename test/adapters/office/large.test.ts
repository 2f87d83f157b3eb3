import { nextReadOptions, readWorkbook } from "../../../src/adapters/office";
import { createFakeExcel, FakeWorkbook, type FakeExcel } from "../../../src/fake-excel";

const ROWS = 100_000;
const COLS = 7;
const MB4 = 4_000_000;
const MB5 = 5 * 1024 * 1024;

/** Round trips Excel refused as too large, as the fake saw them. */
const refused = (fake: FakeExcel) => fake.stats.requests.filter((q) => q.responseBytes > MB5).length;
/** Excel on the web's caps on both directions. */
const web = (wb: FakeWorkbook) => createFakeExcel(wb, { responseLimitBytes: MB5, payloadLimitBytes: MB5 });

/** rows × cols cells of long Cyrillic text (about `len` letters, 2 bytes each in UTF-8), every cell different. */
function longTextWorkbook(rows: number, cols: number, len: number): FakeWorkbook {
  const wb = new FakeWorkbook({
    sheets: [
      { name: "Описания", cells: { A1: "Описание" } },
      { name: "Паспорт", cells: { A1: "Паспорт", B2: 42 } },
    ],
  });
  const s = wb.sheet("Описания");
  const base = "Описание мероприятия по реализации проекта, ответственные исполнители, сроки и ожидаемые результаты. ";
  const text = base.repeat(Math.ceil(len / base.length)).slice(0, len);
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) s.patchCell(r, c, { value: `${r}.${c} ${text}` });
  return wb;
}

/** 100,000 rows × 7 columns of plan-like data (numbers, Russian text, dates, a formula column). */
function bigWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook({ sheets: [{ name: "План" }, { name: "Паспорт", cells: { A1: "Паспорт", B2: 42 } }] });
  const s = wb.sheet("План");
  for (let r = 0; r < ROWS; r++) {
    s.patchCell(r, 0, { value: r + 1 });
    s.patchCell(r, 1, { value: `Мероприятие № ${r + 1} по плану` });
    s.patchCell(r, 2, { value: 45292 + (r % 365), numberFormat: "dd.mm.yyyy" });
    s.patchCell(r, 3, { value: 45657, numberFormat: "dd.mm.yyyy" });
    s.patchCell(r, 4, { value: `Иванов И.И.` });
    s.patchCell(r, 5, { value: (r * 7) % 1000, numberFormat: "#,##0.00" });
    s.patchCell(r, 6, { formula: `=F${r + 1}*2`, value: ((r * 7) % 1000) * 2 });
  }
  return wb;
}

function check(values: unknown[][], formulas: (string | null)[][]) {
  expect(values).toHaveLength(ROWS);
  expect(values[0]).toEqual([1, "Мероприятие № 1 по плану", 45292, 45657, "Иванов И.И.", 0, 0]);
  expect(values[ROWS - 1]).toEqual([ROWS, `Мероприятие № ${ROWS} по плану`, 45292 + ((ROWS - 1) % 365), 45657, "Иванов И.И.", ((ROWS - 1) * 7) % 1000, (((ROWS - 1) * 7) % 1000) * 2]);
  expect(values.map((r) => r.length).filter((n) => n !== COLS)).toEqual([]);
  expect(formulas[54321]).toEqual([null, null, null, null, null, null, "=F54322*2"]);
}

describe("large sheets", () => {
  const wb = bigWorkbook();

  test("100,000 × 7 read in chunks: 1 structure sync + chunk syncs, no response over 4 MB", async () => {
    const fake = createFakeExcel(wb, { responseLimitBytes: 5 * 1024 * 1024, payloadLimitBytes: 5 * 1024 * 1024 });
    const r = await readWorkbook(fake.run, { chunked: true, sheetNames: ["План", "Паспорт"] });
    const plan = r.snapshot.sheets[0];
    check(plan.values, plan.formulas!);
    expect(plan.numberFormats![99_999][5]).toBe("#,##0.00");
    expect(r.snapshot.sheets[1].values).toEqual([
      ["Паспорт", ""],
      ["", 42],
    ]);
    // the count: 1 sync for the structure (used-range addresses), then one per chunk, none refused
    expect(r.syncs).toBe(1 + r.chunks);
    expect(fake.stats.syncs).toBe(r.syncs);
    expect(r.refusals).toBe(0);
    expect(r.chunks).toBeGreaterThanOrEqual(5);
    // 29 MB: 9 chunks (the first is a small probe sized for long text; the rest about 3.7 MB each)
    expect(r.chunks).toBeLessThanOrEqual(10);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(MB4);
    expect(fake.stats.maxRequestBytes).toBeLessThan(10_000);
  });

  test("auto: when Excel refuses the one-sync read as too large, the read goes on in chunks", async () => {
    const fake = createFakeExcel(wb, { responseLimitBytes: 5 * 1024 * 1024 });
    const r = await readWorkbook(fake.run, { sheetNames: ["План", "Паспорт"] });
    check(r.snapshot.sheets[0].values, r.snapshot.sheets[0].formulas!);
    // 1 refused sync, 1 structure sync, then the chunks
    expect(r.syncs).toBe(2 + r.chunks);
    expect(r.refusals).toBe(1);
    expect(fake.stats.requests[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(Math.max(...fake.stats.requests.slice(1).map((q) => q.responseBytes))).toBeLessThanOrEqual(MB4);
  });

  test("auto without a hint: the refused one-shot costs that one sync; the sheet list is not read again", async () => {
    const fake = web(wb);
    const r = await readWorkbook(fake.run);
    // list 1 + refused 1 + the sheets' addresses 1 + chunks (it was list + refused + list again + addresses + chunks)
    expect(r.syncs).toBe(3 + r.chunks);
    expect(fake.stats.syncs).toBe(r.syncs);
    expect(r.refusals).toBe(1);
    expect(refused(fake)).toBe(1);
    const q = fake.stats.requests;
    expect(q[0].responseBytes).toBeLessThan(10_000); // the sheet list and the names
    expect(q[1].responseBytes).toBeGreaterThan(MB5); // every sheet with its cells: refused
    expect(q[2].responseBytes).toBeLessThan(10_000); // the same sheets, addresses only
    expect(Math.max(...q.slice(3).map((x) => x.responseBytes))).toBeLessThanOrEqual(MB4);
    // the same snapshot as one read without a cap
    const whole = await readWorkbook(createFakeExcel(wb).run);
    expect([whole.syncs, whole.chunks]).toEqual([2, 0]);
    expect(r.snapshot).toEqual(whole.snapshot);
  });

  test("nextReadOptions after a chunked read: the next read skips the doomed try (1 + chunks, nothing refused)", async () => {
    const first = await readWorkbook(web(wb).run);
    const next = nextReadOptions(first);
    expect(next).toEqual({ sheetNames: ["План", "Паспорт"], chunked: true });
    const fake = web(wb);
    const r = await readWorkbook(fake.run, next);
    expect(r.syncs).toBe(1 + r.chunks);
    expect(refused(fake)).toBe(0);
    expect(r.snapshot).toEqual(first.snapshot);
  });

  test("without a payload limit (Excel on Windows) the small-case path reads it in 1 sync", async () => {
    const fake = createFakeExcel(wb);
    const r = await readWorkbook(fake.run, { sheetNames: ["План", "Паспорт"] });
    expect(r.syncs).toBe(1);
    expect(r.chunks).toBe(0);
    check(r.snapshot.sheets[0].values, r.snapshot.sheets[0].formulas!);
  });
});

describe("long texts", () => {
  // 20,000 × 5 cells of about 400 Cyrillic letters: some 80 MB of values, 150 MB with the formulas
  const wb = longTextWorkbook(20_000, 5, 400);
  let whole: Awaited<ReturnType<typeof readWorkbook>>;
  beforeAll(async () => {
    whole = await readWorkbook(createFakeExcel(wb).run, { sheetNames: ["Описания", "Паспорт"] });
  }, 120_000);

  test("chunked: at most 1 refused chunk (the first is a probe sized for long text), the same snapshot", async () => {
    const fake = web(wb);
    const r = await readWorkbook(fake.run, { chunked: true, sheetNames: ["Описания", "Паспорт"] });
    expect(refused(fake)).toBeLessThanOrEqual(1);
    expect(r.refusals).toBe(refused(fake));
    expect(r.syncs).toBe(1 + r.chunks + r.refusals);
    expect(fake.stats.syncs).toBe(r.syncs);
    expect(Math.max(...fake.stats.requests.map((q) => q.responseBytes).filter((b) => b <= MB5))).toBeLessThanOrEqual(MB4);
    expect(r.snapshot).toEqual(whole.snapshot);
    const s = r.snapshot.sheets[0];
    expect(s.values).toHaveLength(20_001);
    expect(String(s.values[20_000][4])).toMatch(/^20000\.4 Описание мероприятия/);
  }, 120_000);

  test("auto without a hint: the one-shot is refused, then no chunk is", async () => {
    const fake = web(wb);
    const r = await readWorkbook(fake.run);
    expect(r.refusals).toBe(1);
    expect(refused(fake)).toBe(1);
    expect(fake.stats.requests[1].responseBytes).toBeGreaterThan(MB5);
    expect(r.syncs).toBe(3 + r.chunks);
    expect(r.snapshot).toEqual(whole.snapshot);
  }, 120_000);
});

describe("rows that grow longer part way down", () => {
  // a small cap so that the test is quick: 150 KB a chunk, Excel refusing above 200 KB
  const limits = { responseLimitBytes: 200_000 };
  const wb = new FakeWorkbook({ sheets: [{ name: "S" }] });
  const s = wb.sheet("S");
  const long = "Длинное описание мероприятия. ".repeat(10);
  for (let r = 0; r < 3000; r++) for (let c = 0; c < 4; c++) s.patchCell(r, c, { value: r < 1500 ? r * 4 + c : `${r}.${c} ${long}` });

  test("a refused chunk is asked for again a quarter at a time: a few refusals, nothing lost or repeated", async () => {
    const fake = createFakeExcel(wb, limits);
    const r = await readWorkbook(fake.run, { chunked: true, sheetNames: ["S"], budgetBytes: 150_000 });
    const seen = fake.stats.requests.filter((q) => q.responseBytes > limits.responseLimitBytes).length;
    expect(r.refusals).toBe(seen);
    expect(r.refusals).toBeGreaterThanOrEqual(1);
    expect(r.refusals).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(1 + r.chunks + r.refusals);
    const one = await readWorkbook(createFakeExcel(wb).run, { sheetNames: ["S"] });
    expect(r.snapshot).toEqual(one.snapshot);
  });
});
