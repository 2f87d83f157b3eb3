/**
 * Formula values in the preview grid: the example workbooks, computed by the add-in's engine over the fake
 * Excel, evaluate without an error value in any formula cell; achievement, totals and statuses come out as
 * numbers and labels; the criteria of COUNTIFS / SUMIFS follow Excel's.
 */
import { createFakeExcel } from "../../src/fake-excel";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { createEvaluator, criterion } from "../../src/preview/evaluate";
import { ERROR_VALUES } from "../../src/core/workbook";

async function computedExamples() {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: {} }] });
  const engine = createOfficeEngine({ run: fake.run, supports: (set, v) => fake.isSetSupported(set, v) }, "ru");
  for (const kind of ["passport", "plan", "schedule"] as const) await engine.createTemplate(kind, true);
  const r = await engine.compute(true);
  expect(r.cellsWritten).toBeGreaterThan(0);
  return fake.workbook.dump();
}

test("every formula of the computed examples has a value, none an error", async () => {
  const dump = await computedExamples();
  const ev = createEvaluator(dump);
  const bad: string[] = [];
  let formulas = 0;
  const kinds = new Map<string, number>();
  for (const s of dump.sheets) {
    for (const [a1, cell] of Object.entries(s.cells)) {
      if (!cell.formula) continue;
      formulas++;
      const v = ev.value(s.name, a1);
      kinds.set(typeof v, (kinds.get(typeof v) ?? 0) + 1);
      if (typeof v === "string" && ERROR_VALUES.includes(v)) bad.push(`${s.name}!${a1} ${cell.formula} → ${v}`);
    }
  }
  expect(formulas).toBeGreaterThan(50);
  expect(bad).toEqual([]);
  expect(kinds.get("number")).toBeGreaterThan(10);
});

test("COUNTIFS and SUMIFS criteria: blanks, comparisons, wildcards, case", () => {
  expect(["a", "", null, 0].map(criterion("<>"))).toEqual([true, false, false, true]);
  expect([4, 5, 6, "5"].map(criterion(">=5"))).toEqual([false, true, true, false]);
  expect(["Раздел 1", "раздел 2", "Итог"].map(criterion("раздел*"))).toEqual([true, true, false]);
  expect(["Иванова", "иванова", "Иванов"].map(criterion("ИВАНОВА"))).toEqual([true, true, false]);
  expect([3, "3"].map(criterion(3))).toEqual([true, false]);
});

test("a formula over other formulas, a defined name and a cycle", () => {
  const fake = createFakeExcel({
    sheets: [
      {
        name: "Данные",
        cells: {
          A1: { value: 10 },
          A2: { value: 30 },
          A3: { formula: "=SUM(A1:A2)" },
          B1: { formula: "=A3/Total_1" },
          C1: { formula: "=C2+1" },
          C2: { formula: "=C1+1" },
          D1: { formula: '=COUNTIFS(A1:A3,">15")' },
          D2: { formula: '=LEN("привет")' },
          E1: { value: "школа 1" },
          E2: { value: "школа 2" },
          E4: { formula: "=SUBTOTAL(103,E1:E3)" },
          F1: { formula: "=SUBTOTAL(109,A1:A2)" },
          F2: { formula: "=SUBTOTAL(1,A1:A2)" },
          F3: { formula: "=SUBTOTAL(4,A1:A2)" },
        },
      },
    ],
    names: [{ name: "Total_1", formula: "=Данные!$A$2" }],
  });
  const ev = createEvaluator(fake.workbook.dump());
  expect(ev.value("Данные", "A3")).toBe(40);
  expect(ev.value("Данные", "B1")).toBeCloseTo(40 / 30);
  expect(typeof ev.value("Данные", "C1")).toBe("number");
  expect(ev.value("Данные", "D1")).toBe(2);
  expect(ev.value("Данные", "D2")).toBe(6);
  // the register's totals row: SUBTOTAL 103 counts what is not empty, 109 sums; 1–11 the same functions
  expect(ev.value("Данные", "E4")).toBe(2);
  expect(ev.value("Данные", "F1")).toBe(40);
  expect(ev.value("Данные", "F2")).toBe(20);
  expect(ev.value("Данные", "F3")).toBe(30);
});
