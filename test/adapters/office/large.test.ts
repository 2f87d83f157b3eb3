import { readWorkbook } from "../../../src/adapters/office";
import { createFakeExcel, FakeWorkbook } from "../../../src/fake-excel";

const ROWS = 100_000;
const COLS = 7;
const MB4 = 4_000_000;

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
  expect(values.every((r) => r.length === COLS)).toBe(true);
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
    expect(r.snapshot.sheets[1].values).toEqual([["Паспорт", ""], ["", 42]]);
    // the count: 1 sync for the structure (used-range addresses), then one per chunk
    expect(r.syncs).toBe(1 + r.chunks);
    expect(fake.stats.syncs).toBe(r.syncs);
    expect(r.chunks).toBeGreaterThanOrEqual(5);
    expect(r.chunks).toBeLessThanOrEqual(12);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(MB4);
    expect(fake.stats.maxRequestBytes).toBeLessThan(10_000);
  });

  test("auto: when Excel refuses the one-sync read as too large, the read goes on in chunks", async () => {
    const fake = createFakeExcel(wb, { responseLimitBytes: 5 * 1024 * 1024 });
    const r = await readWorkbook(fake.run, { sheetNames: ["План", "Паспорт"] });
    check(r.snapshot.sheets[0].values, r.snapshot.sheets[0].formulas!);
    // 1 refused sync, 1 structure sync, then the chunks
    expect(r.syncs).toBe(2 + r.chunks);
    expect(fake.stats.requests[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(Math.max(...fake.stats.requests.slice(1).map((q) => q.responseBytes))).toBeLessThanOrEqual(MB4);
  });

  test("without a payload limit (Excel on Windows) the small-case path reads it in 1 sync", async () => {
    const fake = createFakeExcel(wb);
    const r = await readWorkbook(fake.run, { sheetNames: ["План", "Паспорт"] });
    expect(r.syncs).toBe(1);
    expect(r.chunks).toBe(0);
    check(r.snapshot.sheets[0].values, r.snapshot.sheets[0].formulas!);
  });
});
