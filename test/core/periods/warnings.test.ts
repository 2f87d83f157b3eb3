/**
 * Never a silent wrong result: a part of the text read by a guess, or not applied, is named in a warning that
 * comes with the period; a date that does not exist is an impossible date (docs/DOMAIN.md, «Periods»).
 */
import fc from "fast-check";
import { parsePeriod, type Interval, type Period, type PeriodResult } from "../../../src/core/periods";
import { monthP, months, SCHOOL_2021, yearP } from "./helpers";

/** The period and the warnings' Russian and English texts. */
function warned(input: string, term: Interval | undefined = SCHOOL_2021): { period: Period; ru: string; en: string } {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (!r.ok) throw new Error(`expected «${input}» to parse, got: ${r.reason.en}`);
  expect(r.warnings).toHaveLength(1);
  return { period: r.period, ru: r.warnings![0].ru, en: r.warnings![0].en };
}

const ABBREVIATIONS = ["янв", "фев", "февр", "мар", "апр", "май", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек"];
const MONTH_OF: Record<string, number> = { янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12 };

describe("a month followed by «в течение года» (or another frequency): the dates are kept and the other part is named", () => {
  const cases: [string, Period, string][] = [
    ["сентябрь, в течение года", monthP(2021, 9), "в течение года"],
    ["Сентябрь 2021 г., в течение года", monthP(2021, 9), "в течение года"],
    ["октябрь 2021 г. (в течение года)", monthP(2021, 10), "в течение года"],
    ["в течение года, декабрь 2021 г.", monthP(2021, 12), "в течение года"],
    ["ноябрь 2021 г., постоянно", monthP(2021, 11), "постоянно"],
    ["сентябрь 2021 г., еженедельно", monthP(2021, 9), "еженедельно"],
    ["октябрь 2021 г., каждую пятницу", monthP(2021, 10), "каждую пятницу"],
  ];
  test.each(cases)("%s", (input, expected, part) => {
    const w = warned(input);
    expect(w.period).toEqual(expected);
    expect(w.ru).toContain(`«${part}»`);
    expect(w.en).toContain(`«${part}»`);
  });
});

describe("an abbreviated month, a hyphen and a year («окт-2021»)", () => {
  const cases: [string, Period][] = [
    ["окт-2021", monthP(2021, 10)],
    ["янв-2022", monthP(2022, 1)],
    ["сент-2021", monthP(2021, 9)],
    ["дек.-2021", monthP(2021, 12)],
    ["Октябрь-2021", monthP(2021, 10)],
    ["окт - 2021 г.", monthP(2021, 10)],
  ];
  test.each(cases)("%s", (input, expected) => {
    const w = warned(input);
    expect(w.period).toEqual(expected);
    expect(w.ru).toContain(`«${input}»`);
  });

  test("every abbreviation with every year: the month of that year, and the part named (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ABBREVIATIONS), fc.integer({ min: 1950, max: 2150 }), fc.constantFrom("-", "–", " - ", ".-"), (m, y, dash) => {
        // «май» is a whole word: no abbreviation dot after it
        const input = `${m}${m === "май" && dash === ".-" ? "-" : dash}${y}`;
        const w = warned(input, undefined);
        expect(w.period).toEqual(monthP(y, MONTH_OF[m]));
        expect(w.ru).toContain(`«${input}»`);
        expect(w.en).toContain(`«${input}»`);
      }),
    );
  });

  test("a range of two months is not affected: «октябрь - декабрь 2021» has no warning", () => {
    const r = parsePeriod("октябрь - декабрь 2021");
    expect(r).toEqual({ ok: true, period: monthP(2021, 10, 2021, 12) });
  });
});

describe("a range of years whose dash was lost («2021 2023 годы»)", () => {
  const cases: [string, Period][] = [
    ["2021 2023 годы", yearP(2021, 2023)],
    ["2022 2024 гг.", yearP(2022, 2024)],
    ["на 2021 2025 годы", yearP(2021, 2025)],
  ];
  test.each(cases)("%s", (input, expected) => {
    const w = warned(input, undefined);
    expect(w.period).toEqual(expected);
    expect(w.ru).toMatch(/нет тире/);
  });

  test("any two years without a dash (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom("годы", "гг.", "гг", "годах", ""), (a, n, word) => {
        const input = `${a} ${a + n}${word ? " " + word : ""}`;
        const w = warned(input, undefined);
        expect(w.period).toEqual(yearP(a, a + n));
        expect(w.ru).toContain(input.trim().slice(0, 9));
      }),
    );
  });

  test("years with a dash or a comma are read without a warning", () => {
    expect(parsePeriod("2021-2023 годы")).toEqual({ ok: true, period: yearP(2021, 2023) });
    const list = parsePeriod("2021, 2023 годы");
    expect(list).toMatchObject({ ok: true, period: { kind: "sessions" } });
    expect(list).not.toHaveProperty("warnings");
  });
});

describe("an impossible date is an impossible date", () => {
  const cases = ["31.02.2025", "30 февраля 2024 г.", "29.02.2023", "31 апреля 2022 г.", "32.01.2022", "15.13.2024", "с 30.02.2022 по 15.03.2022", "31.06.2022"];
  test.each(cases)("%s", (input) => {
    const r: PeriodResult = parsePeriod(input, { term: months(2021, 1, 2025, 12) });
    expect(r).toMatchObject({ ok: false, problem: "impossible-date" });
    expect(!r.ok && r.reason.ru).toMatch(/Такой даты нет/);
  });

  test("a day past the month's end is impossible for every month and year (property)", () => {
    const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const d = last(y, m) + 1;
        if (d > 31) return;
        expect(parsePeriod(`${d}.${m < 10 ? "0" : ""}${m}.${y}`)).toMatchObject({ ok: false, problem: "impossible-date" });
      }),
    );
  });

  test("29 February of a leap year exists", () => {
    expect(parsePeriod("29.02.2024").ok).toBe(true);
  });
});
