/**
 * A good period among extra words (labels, weekdays, footnote marks, «включительно», «на период до …»,
 * «к началу … учебного года») and a time after the date (docs/DOMAIN.md, «Periods»).
 */
import fc from "fast-check";
import { parsePeriod, type Interval, type Period } from "../../../src/core/periods";
import { dayP, monthP, months, quarterP, SCHOOL_2021, throughoutP, yearP, ymd } from "./helpers";

function ok(input: string, term: Interval | undefined = SCHOOL_2021): Period {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (!r.ok) throw new Error(`expected «${input}» to parse, got: ${r.reason.en}`);
  expect(r.warnings).toBeUndefined();
  return r.period;
}

const deadline = (start: [number, number, number], end: [number, number, number], precision: "day" | "month" | "year" = "day"): Period => ({
  kind: "interval",
  start: ymd(...start),
  end: ymd(...end),
  precision,
  deadline: true,
});

describe("a period among extra words", () => {
  const cases: [string, Period][] = [
    // «включительно»
    ["по 15 мая 2022 г. включительно", deadline([2021, 9, 1], [2022, 5, 15])],
    ["до 15.05.2022 (включительно)", deadline([2021, 9, 1], [2022, 5, 15])],
    ["до 15 мая 2022 года включительно", deadline([2021, 9, 1], [2022, 5, 15])],
    ["с 1 по 15 мая 2022 г. включительно", { kind: "interval", start: ymd(2022, 5, 1), end: ymd(2022, 5, 15), precision: "day" }],
    // a weekday before (or after) the date
    ["пятница, 3 декабря 2021 г.", dayP(ymd(2021, 12, 3))],
    ["пт, 03.12.2021", dayP(ymd(2021, 12, 3))],
    ["Пт. 03.12.2021", dayP(ymd(2021, 12, 3))],
    ["в субботу 4 декабря 2021 г.", dayP(ymd(2021, 12, 4))],
    ["вторник 7.09.2021", dayP(ymd(2021, 9, 7))],
    ["3 декабря 2021 г. (пятница)", dayP(ymd(2021, 12, 3))],
    // a label before a colon
    ["Срок: март 2022 г.", monthP(2022, 3)],
    ["Дата проведения: 15.03.2022", dayP(ymd(2022, 3, 15))],
    ["Сроки исполнения: I квартал 2022 г.", quarterP(2022, 1)],
    ["Срок исполнения: до 25 декабря 2021 г.", deadline([2021, 9, 1], [2021, 12, 25])],
    ["1 этап: сентябрь 2021 г.", monthP(2021, 9)],
    // remarks about the plan the dates follow, and dates in brackets after words with none of their own
    ["в течение года по отдельному графику", throughoutP(SCHOOL_2021)],
    ["октябрь 2021 г. (по утверждённому графику)", monthP(2021, 10)],
    ["ежегодно (сентябрь)", monthP(2021, 9, 2021, 9, { recurrence: { every: "year" } })],
    ["(сентябрь 2021)", monthP(2021, 9)],
    // a comma between the month and its year
    ["Сентябрь, 2021", monthP(2021, 9)],
    ["сентябрь, 2021 г.", monthP(2021, 9)],
    // a footnote mark
    ["2022** года", yearP(2022)],
    ["декабрь 2021 г.*", monthP(2021, 12)],
    ["до 1 сентября 2022 г.**", deadline([2021, 9, 1], [2022, 9, 1])],
    // «на период до …», «к началу … учебного года», «в течение всего срока»
    ["на период до 2030 года", deadline([2021, 9, 1], [2030, 12, 31], "year")],
    ["на период до 31 декабря 2024 г.", deadline([2021, 9, 1], [2024, 12, 31])],
    ["к началу 2023/2024 учебного года", deadline([2021, 9, 1], [2023, 9, 1])],
    ["к началу 2022-2023 учебного года", deadline([2021, 9, 1], [2022, 9, 1])],
    ["к концу 2021-2022 учебного года", deadline([2021, 9, 1], [2022, 8, 31], "month")],
    ["в течение всего срока", throughoutP(SCHOOL_2021)],
    ["в течение всего срока реализации проекта", throughoutP(SCHOOL_2021)],
    ["в течение всего периода", throughoutP(SCHOOL_2021)],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any label before a colon leaves the period as it is (property)", () => {
    const label = fc.constantFrom("Срок", "Сроки", "Срок исполнения", "Дата проведения", "Дата", "Период проведения", "Когда", "1 этап", "Ориентировочно");
    const period = fc.constantFrom<[string, Period]>(
      ["март 2022 г.", monthP(2022, 3)],
      ["15.03.2022", dayP(ymd(2022, 3, 15))],
      ["II квартал 2022 г.", quarterP(2022, 2)],
      ["Ноябрь - декабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    );
    fc.assert(
      fc.property(label, fc.constantFrom(": ", ":", " : "), period, (l, colon, [text, expected]) => {
        expect(ok(`${l}${colon}${text}`)).toEqual(expected);
      }),
    );
  });

  test("any weekday before a date (property)", () => {
    const weekday = fc.constantFrom("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "Пт.", "Ср.");
    fc.assert(
      fc.property(weekday, fc.constantFrom(", ", " ", ","), fc.integer({ min: 1, max: 28 }), (w, sep, d) => {
        expect(ok(`${w}${sep}${d}.10.2021`)).toEqual(dayP(ymd(2021, 10, d)));
      }),
    );
  });

  test("a label that names a date is not skipped: «за I квартал: …» is read, not dropped", () => {
    const r = parsePeriod("сентябрь 2021: октябрь 2021");
    expect(r.ok && r.period.kind).toBe("sessions");
  });
});

describe("a time after the date", () => {
  const cases: [string, Period][] = [
    ["7 сентября 2021 г. в 10:00", dayP(ymd(2021, 9, 7))],
    ["15 мая 14.00 ч.", dayP(ymd(2022, 5, 15))],
    ["15 мая 2022 г. в 14.00", dayP(ymd(2022, 5, 15))],
    ["15.05.2022 в 10.00", dayP(ymd(2022, 5, 15))],
    ["15.05.2022, 10:00-12:00", dayP(ymd(2022, 5, 15))],
    ["15.05.2022 10:00", dayP(ymd(2022, 5, 15))],
    ["15 мая 2022 г. с 10.00 до 13.00", dayP(ymd(2022, 5, 15))],
    ["7 сентября 2021 г., 10 ч.", dayP(ymd(2021, 9, 7))],
    ["7 сентября 2021 г. в 10 часов", dayP(ymd(2021, 9, 7))],
    ["7 сентября 2021 г. 9:30", dayP(ymd(2021, 9, 7))],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any time in any form after any day (property)", () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).chain(([h, m]) => {
      const mm = m < 10 ? `0${m}` : String(m);
      return fc.constantFrom(`в ${h}:${mm}`, `${h}:${mm}`, `${h}.${mm} ч.`, `в ${h} ч.`, `с ${h}:${mm} до ${(h + 1) % 24}:${mm}`, `, ${h}:${mm}`);
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), time, (d, t) => {
        expect(ok(`${d} октября 2021 г. ${t}`.replace(" ,", ","))).toEqual(dayP(ymd(2021, 10, d)));
      }),
      { numRuns: 400 },
    );
  });

  test("«12.10» after a day is a second date, not a time (it could be 12 October)", () => {
    const r = parsePeriod("11.10.2021, 12.10.2021");
    expect(r.ok && r.period.kind).toBe("sessions");
  });

  test("a time without a date is not a period", () => {
    expect(parsePeriod("в 10:00", { term: months(2021, 9, 2022, 8) }).ok).toBe(false);
  });
});
