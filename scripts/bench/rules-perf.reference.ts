/**
 * Validation must keep up with real plans: ~10,000 rows in ≤ 100 ms, 100,000 rows well under a second
 * (recognition and all rules). Linear: no per-row regex compilation, no quadratic scans.
 */
import { validateWorkbook } from "../../../src/core/rules";
import type { SheetSnapshot } from "../../../src/core/workbook";
import { across, PLAN_HEADER, PLAN_HEADER_BROKEN, sheet, workbook, type Row } from "../../fixtures/seedLike";

/** Mostly right, as a real plan is; every 20th row has one of the seed's mistakes. */
const PERIODS = [
  "Ноябрь - декабрь 2021 г.",
  "В течение года",
  "Сентябрь 2021 г. - июнь 2022 г.",
  "С сентября 2021 г. по июль 2022 г.",
  "По плану (не реже, чем 1 раз в квартал)",
  "Май 2022 г.",
  "Октябрь-декабрь 2021г.",
  "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г.",
  "Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)",
  "Июнь 2022 г.",
];
const WRONG_PERIODS = ["Август 2021 г.", "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.", "Январь 2021 г., июль 2022 г."];
const PEOPLE = [
  "Лебедева И.П., директор, т. 31-40-12",
  "Морозова Е.В., зам.директора, т. 31-40-27",
  "Лебедева И.П., директор, т. 31-40-12 Морозова Е.В., зам.директора, т. 31-40-27",
  "Соколова Н.Г., методист, т. 31-40-55, Тарасенко Л.М., т. 31-40-68",
];

function bigPlan(rows: number): SheetSnapshot {
  const out: Row[] = [["План реализации проекта на 2021-2022 учебный год"], PLAN_HEADER];
  const merges = [across(0, 0, 6)];
  let n = 0;
  for (let i = 0; out.length < rows; i++) {
    if (i % 50 === 0) {
      merges.push(across(out.length, 0, 6));
      out.push([`Раздел ${i / 50 + 1}`]);
      n = 0;
    } else if (i % 37 === 0) {
      out.push(i % 74 === 0 ? PLAN_HEADER_BROKEN : PLAN_HEADER);
    } else if (i % 97 === 0) {
      out.push(["", "", "", "продолжение категории", "", "", ""]);
    } else {
      n++;
      const wrong = i % 20 === 0;
      out.push([
        n,
        `Мероприятие ${i}: семинар для педагогов`,
        wrong ? WRONG_PERIODS[(i / 20) % WRONG_PERIODS.length] : PERIODS[i % PERIODS.length],
        "Педагоги",
        i % 130 === 0 ? "около 20" : (i % 200) + 1,
        i % 300 === 0 ? "Соколова Н.Г., методист, т. 31-44-05" : PEOPLE[i % PEOPLE.length],
        `Результат ${i}`,
      ]);
    }
  }
  return sheet("План", out, merges, 7);
}

function time(rows: number): { ms: number; findings: number } {
  const wb = workbook([bigPlan(rows)]);
  const t0 = performance.now();
  const rep = validateWorkbook(wb);
  return { ms: performance.now() - t0, findings: rep.sheets[0].findings.length };
}

describe("performance", () => {
  beforeAll(() => {
    // warm up the JIT the way a task pane that has validated before is warm
    for (let i = 0; i < 4; i++) time(10_000);
  });

  it("validates 10,000 plan rows in at most 100 ms", () => {
    const runs = [0, 1, 2, 3, 4].map(() => time(10_000));
    if (process.env.PERF_LOG) console.log("10k rows:", runs.map((r) => `${r.ms.toFixed(1)} ms`).join(", "), `${runs[0].findings} findings`);
    expect(runs[0].findings).toBeGreaterThan(500);
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThanOrEqual(100);
  });

  it("validates 100,000 plan rows in under a second, growing linearly", () => {
    const small = time(10_000);
    const big = [0, 1].map(() => time(100_000)).reduce((a, b) => (a.ms < b.ms ? a : b));
    if (process.env.PERF_LOG) console.log(`100k rows: ${big.ms.toFixed(1)} ms, ${big.findings} findings; 10k: ${small.ms.toFixed(1)} ms`);
    expect(big.findings).toBeGreaterThan(small.findings * 5);
    expect(big.ms).toBeLessThan(1000);
    // linear: 10× the rows costs nowhere near 100×
    expect(big.ms).toBeLessThan(Math.max(50, small.ms) * 25);
  });
});
