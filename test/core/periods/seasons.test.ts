/**
 * Seasons, «начала / середины / конца» of a month, frequencies and counts (docs/DOMAIN.md, «Periods»).
 */
import fc from "fast-check";
import { parsePeriod, type Interval, type Period } from "../../../src/core/periods";
import { monthP, months, recP, SCHOOL_2021, sessionsP, throughoutP, ymd } from "./helpers";

function ok(input: string, term: Interval | undefined = SCHOOL_2021): Period {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (!r.ok) throw new Error(`expected «${input}» to parse, got: ${r.reason.en}`);
  expect(r.warnings).toBeUndefined();
  return r.period;
}

const TERM_2022_2024: Interval = months(2022, 1, 2024, 12);

describe("seasons", () => {
  const cases: [string, Interval | undefined, Period][] = [
    ["осень", SCHOOL_2021, monthP(2021, 9, 2021, 11)],
    ["Осень 2021 г.", undefined, monthP(2021, 9, 2021, 11)],
    ["осенью 2021 года", undefined, monthP(2021, 9, 2021, 11)],
    ["в осенний период 2021 г.", undefined, monthP(2021, 9, 2021, 11)],
    ["весна 2022", undefined, monthP(2022, 3, 2022, 5)],
    ["весной", SCHOOL_2021, monthP(2022, 3, 2022, 5)],
    ["лето 2022 года", undefined, monthP(2022, 6, 2022, 8)],
    ["летом 2022", undefined, monthP(2022, 6, 2022, 8)],
    ["в летний период", SCHOOL_2021, monthP(2022, 6, 2022, 8)],
    ["зима 2022", undefined, monthP(2021, 12, 2022, 2)],
    ["зимой", SCHOOL_2021, monthP(2021, 12, 2022, 2)],
    ["весна-лето 2022", undefined, monthP(2022, 3, 2022, 8)],
    ["осень 2021 - весна 2022", undefined, monthP(2021, 9, 2022, 5)],
    ["осень, весна", SCHOOL_2021, sessionsP(months(2021, 9, 2021, 11), months(2022, 3, 2022, 5))],
  ];
  test.each(cases)("%s (term %j)", (input, term, expected) => {
    expect(ok(input, term)).toEqual(expected);
  });

  test("every form of every season with a year (property)", () => {
    const forms: [number, string[]][] = [
      [3, ["весна", "весной", "в весенний период", "Весна"]],
      [6, ["лето", "летом", "в летний период", "Лето"]],
      [9, ["осень", "осенью", "в осенний период", "Осень"]],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.nat(3), fc.integer({ min: 1950, max: 2150 }), fc.constantFrom("", " г.", " года", "г."), ([first, words], k, year, suffix) => {
        expect(ok(`${words[k]} ${year}${suffix}`, undefined)).toEqual(monthP(year, first, year, first + 2));
      }),
    );
  });
});

describe("«начала / середины / конца» of a month: read as the whole month", () => {
  const cases: [string, Period][] = [
    ["с середины октября до конца декабря", monthP(2021, 10, 2021, 12)],
    ["с середины октября 2021 г. до конца декабря 2021 г.", monthP(2021, 10, 2021, 12)],
    ["с начала сентября по середину октября 2021", monthP(2021, 9, 2021, 10)],
    ["с конца ноября по начало декабря 2021 г.", monthP(2021, 11, 2021, 12)],
    ["середина ноября 2021", monthP(2021, 11)],
    ["в конце мая 2022 г.", monthP(2022, 5)],
    ["начало сентября", monthP(2021, 9)],
    ["до конца декабря 2021 г.", { kind: "interval", start: ymd(2021, 9, 1), end: ymd(2021, 12, 31), precision: "month", deadline: true }],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any edge words around any two months of the school year (property)", () => {
    const genitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    const edge = fc.constantFrom("", "начала ", "середины ", "конца ");
    const endEdge = fc.constantFrom("", "начала ", "середины ", "конца ");
    // months of the school year in order: index 0 = September
    const pair = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(pair, edge, endEdge, fc.constantFrom("до", "по"), ([a, b], e1, e2, word) => {
        const ma = ((8 + a) % 12) + 1;
        const mb = ((8 + b) % 12) + 1;
        const ya = ma >= 9 ? 2021 : 2022;
        const yb = mb >= 9 ? 2021 : 2022;
        const e2w = word === "по" && e2 !== "" ? e2.replace("начала", "начало").replace("середины", "середину").replace("конца", "конец") : e2;
        expect(ok(`с ${e1}${genitive[ma - 1]} ${word} ${e2w}${genitive[mb - 1]}`)).toEqual(monthP(ya, ma, yb, mb));
      }),
      { numRuns: 300 },
    );
  });
});

describe("frequencies and counts", () => {
  const cases: [string, Interval, Period][] = [
    ["каждую пятницу", SCHOOL_2021, throughoutP(SCHOOL_2021, "week")],
    ["каждый понедельник", SCHOOL_2021, throughoutP(SCHOOL_2021, "week")],
    ["по средам", SCHOOL_2021, throughoutP(SCHOOL_2021, "week")],
    ["еженедельно по пятницам", SCHOOL_2021, throughoutP(SCHOOL_2021, "week")],
    ["не реже одного раза в квартал", SCHOOL_2021, recP({ every: "quarter", minTimes: 1 }, SCHOOL_2021)],
    ["не реже 1 раза в полугодие", SCHOOL_2021, recP({ every: "year", minTimes: 2 }, SCHOOL_2021)],
    ["не реже двух раз в год", SCHOOL_2021, recP({ every: "year", minTimes: 2 }, SCHOOL_2021)],
    ["октябрь, ежегодно", TERM_2022_2024, sessionsP(months(2022, 10), months(2023, 10), months(2024, 10))],
    ["ежегодно в октябре", TERM_2022_2024, sessionsP(months(2022, 10), months(2023, 10), months(2024, 10))],
    ["ежегодно, 1 сентября", TERM_2022_2024, sessionsP(...[2022, 2023, 2024].map((y) => ({ start: ymd(y, 9, 1), end: ymd(y, 9, 1) })))],
    ["октябрь, ежегодно", SCHOOL_2021, monthP(2021, 10, 2021, 10, { recurrence: { every: "year" } })],
    ["за 6 месяцев 2022 года", SCHOOL_2021, monthP(2022, 1, 2022, 6)],
    ["за 9 месяцев 2023 г.", SCHOOL_2021, monthP(2023, 1, 2023, 9)],
    ["за 3 месяца 2022 года", SCHOOL_2021, monthP(2022, 1, 2022, 3)],
    ["6 мес. 2022 г.", SCHOOL_2021, monthP(2022, 1, 2022, 6)],
    ["2 полугодие 2021-2022 учебного года", SCHOOL_2021, monthP(2022, 1, 2022, 5)],
    ["II полугодие 2021-2022 учебного года", SCHOOL_2021, monthP(2022, 1, 2022, 5)],
    ["1 полугодие 2021/2022 уч. года", SCHOOL_2021, monthP(2021, 9, 2021, 12)],
    ["I полугодие 2021-22 учебного года", SCHOOL_2021, monthP(2021, 9, 2021, 12)],
    // a half-year without a year in a school year's term is the school's half
    ["I полугодие", SCHOOL_2021, monthP(2021, 9, 2021, 12)],
    ["2 полугодие", SCHOOL_2021, monthP(2022, 1, 2022, 5)],
    ["I - II полугодие", SCHOOL_2021, monthP(2021, 9, 2022, 5)],
    // the school's quarters (четверти)
    ["I четверть", SCHOOL_2021, monthP(2021, 9, 2021, 10)],
    ["II четверть", SCHOOL_2021, monthP(2021, 11, 2021, 12)],
    ["3 четверть", SCHOOL_2021, monthP(2022, 1, 2022, 3)],
    ["IV четверть", SCHOOL_2021, monthP(2022, 4, 2022, 5)],
    ["I-II четверть", SCHOOL_2021, monthP(2021, 9, 2021, 12)],
    ["в течение II четверти", SCHOOL_2021, monthP(2021, 11, 2021, 12)],
    ["II, III четверти", SCHOOL_2021, sessionsP(months(2021, 11, 2021, 12), months(2022, 1, 2022, 3))],
    ["II четверть 2021-2022 учебного года", SCHOOL_2021, monthP(2021, 11, 2021, 12)],
    ["IV четверть 2021/22 уч. года", SCHOOL_2021, monthP(2022, 4, 2022, 5)],
    // … and in a calendar year's term, the calendar's half
    ["2 полугодие", months(2022, 1, 2022, 12), { kind: "interval", start: ymd(2022, 7, 1), end: ymd(2022, 12, 31), precision: "quarter" }],
    ["ноябрь- декабрь", SCHOOL_2021, monthP(2021, 11, 2021, 12)],
    ["ноябрь -декабрь", SCHOOL_2021, monthP(2021, 11, 2021, 12)],
    ["ноябрь — декабрь", SCHOOL_2021, monthP(2021, 11, 2021, 12)],
  ];
  test.each(cases)("%s (term %j)", (input, term, expected) => {
    expect(ok(input, term)).toEqual(expected);
  });

  test("«за N месяцев» is January to the N-th month of any year (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1950, max: 2150 }), fc.constantFrom("месяцев", "месяца", "мес.", "месяц"), fc.constantFrom("за ", ""), (n, y, unit, za) => {
        expect(ok(`${za}${n} ${unit} ${y} года`, undefined)).toEqual(monthP(y, 1, y, n));
      }),
    );
  });

  test("«6 месяцев» without a year is a length, not a period", () => {
    expect(parsePeriod("6 месяцев", { term: SCHOOL_2021 }).ok).toBe(false);
  });

  test("any weekday, every week (property)", () => {
    const forms = fc.constantFrom(
      "каждый понедельник",
      "каждый вторник",
      "каждую среду",
      "каждый четверг",
      "каждую пятницу",
      "каждую субботу",
      "по понедельникам",
      "по вторникам",
      "по средам",
      "по четвергам",
      "по пятницам",
      "по субботам",
      "еженедельно по средам",
    );
    fc.assert(
      fc.property(forms, (s) => {
        expect(ok(s)).toEqual(throughoutP(SCHOOL_2021, "week"));
      }),
    );
  });
});
