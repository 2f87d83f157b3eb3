import { parsePeriod } from "../../../src/core/periods";
import type { CellValue } from "../../../src/core/workbook";
import { SCHOOL_2021 } from "./helpers";

/** The cells of a big plan: what a check parses on every run. */
const SAMPLES: CellValue[] = [
  "Август 2021 г.",
  "По плану (не реже, чем 1 раз в квартал)",
  "Ноябрь - декабрь 2021 г.",
  "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.",
  "В течение года",
  "Сентябрь 2021 г. - июнь 2022 г.",
  "Октябрь-декабрь 2021г.",
  "Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)",
  "С сентября 2021 г. по июль 2022 г.",
  "Январь 2021 г., июль 2022 г.",
  "I квартал 2024 г.",
  "до 25 декабря 2023 г.",
  "15.01.2024 – 20.01.2024",
  "ежемесячно",
  "сентябрь",
  "непонятный текст в ячейке сроков",
  45306,
  "",
];

test("100,000 cells parse in well under a second", () => {
  const cells = Array.from({ length: 100_000 }, (_, i) => SAMPLES[i % SAMPLES.length]);
  for (let i = 0; i < 2000; i++) parsePeriod(cells[i], { term: SCHOOL_2021 }); // warm up
  const t0 = Date.now();
  let ok = 0;
  for (const c of cells) if (parsePeriod(c, { term: SCHOOL_2021 }).ok) ok++;
  const ms = Date.now() - t0;
  // eslint-disable-next-line no-console
  console.log(`parsePeriod: 100,000 cells in ${ms} ms`);
  expect(ok).toBeGreaterThan(80_000);
  expect(ms).toBeLessThan(1000);
});
