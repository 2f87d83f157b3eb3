/**
 * Several days under one month name, several quarters under one year, and numeric ranges with trailing
 * dots or slashes (docs/DOMAIN.md, «Periods»).
 */
import fc from "fast-check";
import { lastDayOfMonth, parsePeriod, type Interval, type Period } from "../../../src/core/periods";
import { months, SCHOOL_2021, sessionsP, ymd } from "./helpers";

function ok(input: string, term: Interval | undefined = SCHOOL_2021): Period {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (!r.ok) throw new Error(`expected «${input}» to parse, got: ${r.reason.en}`);
  expect(r.warnings).toBeUndefined();
  return r.period;
}

const day = (y: number, m: number, d: number): Interval => ({ start: ymd(y, m, d), end: ymd(y, m, d) });
const quarter = (y: number, q: number): Interval => ({ start: ymd(y, 3 * q - 2, 1), end: ymd(y, 3 * q, lastDayOfMonth(y, 3 * q)) });
const GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

describe("several days under one month name", () => {
  const cases: [string, Period][] = [
    ["3, 4 декабря", sessionsP(day(2021, 12, 3), day(2021, 12, 4))],
    ["21,22 марта", sessionsP(day(2022, 3, 21), day(2022, 3, 22))],
    ["3 и 4 декабря 2021 г.", sessionsP(day(2021, 12, 3), day(2021, 12, 4))],
    ["1, 2, 3 сентября 2021 г.", sessionsP(day(2021, 9, 1), day(2021, 9, 2), day(2021, 9, 3))],
    ["10, 17, 24 ноября 2021 года", sessionsP(day(2021, 11, 10), day(2021, 11, 17), day(2021, 11, 24))],
    ["1-3, 5-7 декабря 2021", sessionsP({ start: ymd(2021, 12, 1), end: ymd(2021, 12, 3) }, { start: ymd(2021, 12, 5), end: ymd(2021, 12, 7) })],
    ["15, 16 марта, 20 апреля 2022 г.", sessionsP(day(2022, 3, 15), day(2022, 3, 16), day(2022, 4, 20))],
    ["28, 29 февраля 2024 г.", sessionsP(day(2024, 2, 28), day(2024, 2, 29))],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any days of any month, with any separator, with or without the year (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(", ", ",", " и ", " , "),
        fc.boolean(),
        (month, days, sep, withYear) => {
          const year = month >= 9 ? 2021 : 2022; // inside the school year 2021-2022
          const text = `${days.join(sep)} ${GENITIVE[month - 1]}${withYear ? ` ${year} г.` : ""}`;
          expect(ok(text)).toEqual(sessionsP(...days.map((d) => day(year, month, d))));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a day that does not exist in that month is an impossible date, not a session", () => {
    const r = parsePeriod("30, 31 февраля 2022 г.");
    expect(r).toMatchObject({ ok: false, problem: "impossible-date" });
  });
});

describe("several quarters under one year", () => {
  const cases: [string, Period][] = [
    ["за I, II квартал 2022 г.", sessionsP(quarter(2022, 1), quarter(2022, 2))],
    ["I, II кварталы 2022 года", sessionsP(quarter(2022, 1), quarter(2022, 2))],
    ["I и III квартал 2022 г.", sessionsP(quarter(2022, 1), quarter(2022, 3))],
    ["1, 2 квартал 2022", sessionsP(quarter(2022, 1), quarter(2022, 2))],
    ["I, II, III кварталы 2022 г.", sessionsP(quarter(2022, 1), quarter(2022, 2), quarter(2022, 3))],
    ["за II, III кв. 2022 г.", sessionsP(quarter(2022, 2), quarter(2022, 3))],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input, months(2022, 1, 2022, 12))).toEqual(expected);
  });

  test("any set of quarters, roman or arabic (property)", () => {
    const roman = ["I", "II", "III", "IV"];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom(", ", ",", " и "),
        fc.constantFrom("квартал", "кварталы", "кв."),
        fc.integer({ min: 2000, max: 2100 }),
        (qs, useRoman, sep, unit, year) => {
          const text = `за ${qs.map((q) => (useRoman ? roman[q - 1] : String(q))).join(sep)} ${unit} ${year} г.`;
          expect(ok(text, undefined)).toEqual(sessionsP(...qs.map((q) => quarter(year, q))));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("numeric ranges with trailing dots or slashes", () => {
  const nov = (a: number, b: number, y = 2021): Period => ({ kind: "interval", start: ymd(y, 11, a), end: ymd(y, 11, b), precision: "day" });
  const cases: [string, Period][] = [
    ["03.11. - 04.11.", nov(3, 4)],
    ["03.11.-04.11.", nov(3, 4)],
    ["03.11. – 04.11.", nov(3, 4)],
    ["03.11 - 04.11", nov(3, 4)],
    ["с 03.11. по 04.11.2021", nov(3, 4)],
    ["с 03.11 по 04.11.2021 г.", nov(3, 4)],
    ["с 03.11. по 04.11.", nov(3, 4)],
    ["03./04.11.", nov(3, 4)],
    ["03./04.11.2021", nov(3, 4)],
    ["3.11.–4.11.2021", nov(3, 4)],
    ["01.09. - 30.11.", { kind: "interval", start: ymd(2021, 9, 1), end: ymd(2021, 11, 30), precision: "day" }],
    ["25.12. - 10.01.", { kind: "interval", start: ymd(2021, 12, 25), end: ymd(2022, 1, 10), precision: "day" }],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any two days of the school year, any dash, trailing dots or not (property)", () => {
    // a day of the school year 2021-2022 as (year, month, day)
    const schoolDay = fc.integer({ min: 0, max: 11 }).chain((k) => {
      const month = ((8 + k) % 12) + 1;
      const year = month >= 9 ? 2021 : 2022;
      return fc.integer({ min: 1, max: lastDayOfMonth(year, month) }).map((d) => ymd(year, month, d));
    });
    const two = fc.tuple(schoolDay, schoolDay).map(([a, b]) => (a.year * 400 + a.month * 32 + a.day <= b.year * 400 + b.month * 32 + b.day ? [a, b] : [b, a]));
    const pad = (n: number, zero: boolean) => (zero && n < 10 ? `0${n}` : String(n));
    fc.assert(
      fc.property(two, fc.boolean(), fc.boolean(), fc.constantFrom(" - ", "-", " – ", "—", " по "), (pair, dots, zero, dash) => {
        const [a, b] = pair;
        const dot = dots ? "." : "";
        const text = `${dash === " по " ? "с " : ""}${pad(a.day, zero)}.${pad(a.month, zero)}${dot}${dash}${pad(b.day, zero)}.${pad(b.month, zero)}${dot}`;
        expect(ok(text)).toEqual({ kind: "interval", start: a, end: b, precision: "day" });
      }),
      { numRuns: 400 },
    );
  });
});

describe("dates written year first or with dashes", () => {
  const cases: [string, Period][] = [
    ["2021.10.15", { kind: "interval", start: ymd(2021, 10, 15), end: ymd(2021, 10, 15), precision: "day" }],
    ["2021/10/15", { kind: "interval", start: ymd(2021, 10, 15), end: ymd(2021, 10, 15), precision: "day" }],
    ["15-10-2021", { kind: "interval", start: ymd(2021, 10, 15), end: ymd(2021, 10, 15), precision: "day" }],
    ["15-10-2021 - 20-10-2021", { kind: "interval", start: ymd(2021, 10, 15), end: ymd(2021, 10, 20), precision: "day" }],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any day in any of these orders (property)", () => {
    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom("y.m.d", "y/m/d", "y-m-d", "d-m-y", "d.m.y", "d/m/y"),
        (y, m, d, order) => {
          const text = order.replace("y", String(y)).replace("m", pad(m)).replace("d", pad(d));
          expect(ok(text, undefined)).toEqual({ kind: "interval", start: ymd(y, m, d), end: ymd(y, m, d), precision: "day" });
        },
      ),
    );
  });
});
