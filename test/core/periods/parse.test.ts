import type { CellValue } from "../../../src/core/workbook";
import { parsePeriod, type Interval, type Period } from "../../../src/core/periods";
import { dayP, monthP, months, quarterP, recP, SCHOOL_2021, sessionsP, throughoutP, yearP, ymd } from "./helpers";

function ok(input: CellValue, term?: Interval): Period {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (!r.ok) throw new Error(`expected «${String(input)}» to parse, got: ${r.reason.en}`);
  return r.period;
}

function bad(input: CellValue, term?: Interval) {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (r.ok) throw new Error(`expected «${String(input)}» not to parse, got ${JSON.stringify(r.period)}`);
  return r.reason;
}

describe("the «Сроки» column of the seed implementation plan (2021-2022 school year)", () => {
  const cases: [string, Period][] = [
    ["Август 2021 г.", monthP(2021, 8)],
    ["По плану (не реже, чем 1 раз в квартал)", recP({ every: "quarter", minTimes: 1 }, SCHOOL_2021)],
    ["Ноябрь - декабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    [
      "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.",
      // in the order written; the backward April is for a check to report
      sessionsP(months(2021, 10), months(2021, 12), months(2022, 2), months(2021, 4)),
    ],
    ["Ноябрь 2021 г.", monthP(2021, 11)],
    ["В течение года", throughoutP(SCHOOL_2021)],
    ["Май 2022 г.", monthP(2022, 5)],
    ["Сентябрь 2021 г. - июнь 2022 г.", monthP(2021, 9, 2022, 6)],
    ["Октябрь-декабрь 2021г.", monthP(2021, 10, 2021, 12)],
    ["Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)", monthP(2021, 9, 2022, 7, { recurrence: { every: "year", minTimes: 1 } })],
    ["С сентября 2021 г. по июль 2022 г.", monthP(2021, 9, 2022, 7)],
    ["Июнь 2022 г.", monthP(2022, 6)],
    ["Январь 2021 г., июль 2022 г.", sessionsP(months(2021, 1), months(2022, 7))],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input, SCHOOL_2021)).toEqual(expected);
  });

  test("the sessions' start and end are the earliest and the latest", () => {
    const p = ok("Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.");
    expect(p.kind === "sessions" && [p.start, p.end]).toEqual([ymd(2021, 4, 1), ymd(2022, 2, 28)]);
  });

  test("empty «Сроки» cells are not periods", () => {
    expect(bad("").ru).toMatch(/не указан/);
    expect(bad(null).en).toMatch(/empty/);
  });
});

describe("the seed passport's dates (2017)", () => {
  const cases: [string, Period][] = [
    ["Апрель 2017 – декабрь 2017", monthP(2017, 4, 2017, 12)],
    ["Апрель 2017", monthP(2017, 4)],
    ["Декабрь 2017", monthP(2017, 12)],
    ["2016 год", yearP(2016)],
    ["I квартал", quarterP(2017, 1)], // year from the term
    ["IV квартал ", quarterP(2017, 4)],
  ];
  const term = months(2017, 1, 2017, 12);
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input, term)).toEqual(expected);
  });
});

describe("every example in docs/DOMAIN.md «How dates are really written»", () => {
  const cases: [string, Interval | undefined, Period][] = [
    ["Август 2021 г.", undefined, monthP(2021, 8)],
    ["Ноябрь - декабрь 2021 г.", undefined, monthP(2021, 11, 2021, 12)],
    ["Октябрь-декабрь 2021г.", undefined, monthP(2021, 10, 2021, 12)],
    ["Сентябрь 2021 г. - июнь 2022 г.", undefined, monthP(2021, 9, 2022, 6)],
    ["С сентября 2021 г. по июль 2022 г.", undefined, monthP(2021, 9, 2022, 7)],
    ["I квартал 2024 г.", undefined, quarterP(2024, 1)],
    ["до 25 декабря 2023 г.", undefined, { kind: "interval", start: ymd(2023, 12, 25), end: ymd(2023, 12, 25), precision: "day", deadline: true }],
    ["до 25 декабря 2023 г.", months(2023, 1, 2023, 12), { kind: "interval", start: ymd(2023, 1, 1), end: ymd(2023, 12, 25), precision: "day", deadline: true }],
    ["15.01.2024", undefined, dayP(ymd(2024, 1, 15))],
    ["В течение года", undefined, throughoutP()],
    ["В течение года", SCHOOL_2021, throughoutP(SCHOOL_2021)],
    ["ежемесячно", undefined, recP({ every: "month" })],
    ["ежемесячно", SCHOOL_2021, recP({ every: "month" }, SCHOOL_2021)],
    ["По плану (не реже, чем 1 раз в квартал)", undefined, recP({ every: "quarter", minTimes: 1 })],
    ["Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г.", undefined, sessionsP(months(2021, 10), months(2021, 12), months(2022, 2))],
    ["на 2021-2022 учебный год", undefined, monthP(2021, 9, 2022, 8)],
  ];
  test.each(cases)("%s (term %j)", (input, term, expected) => {
    expect(ok(input, term)).toEqual(expected);
  });

  test("a real Excel date (serial number)", () => {
    expect(ok(45306)).toEqual(dayP(ymd(2024, 1, 15)));
  });
});

describe("months, suffixes, case, spaces and dashes", () => {
  const cases: [string, Period][] = [
    ["август 2021", monthP(2021, 8)],
    ["АВГУСТ 2021 Г.", monthP(2021, 8)],
    ["Август 2021 г", monthP(2021, 8)],
    ["Август 2021 года", monthP(2021, 8)],
    ["Август 2021г.", monthP(2021, 8)],
    ["Август2021", monthP(2021, 8)],
    ["конец августа 2021 г.", monthP(2021, 8)],
    ["в начале сентября 2021 года", monthP(2021, 9)],
    ["  Август \n 2021   г. ", monthP(2021, 8)],
    ["Август\u00a02021\u00a0г.", monthP(2021, 8)],
    ["в августе 2021 года", monthP(2021, 8)],
    ["авг. 2021", monthP(2021, 8)],
    ["сент. 2021 г.", monthP(2021, 9)],
    ["Сентябрь 2021 г.", monthP(2021, 9)],
    ["Ceнтябрь 2021 г.", monthP(2021, 9)], // Latin C typed by mistake
    ["Май 2022 г.", monthP(2022, 5)],
    ["мая 2022 г.", monthP(2022, 5)],
    ["Февраль 2024 г.", monthP(2024, 2)],
    ["09.2021", monthP(2021, 9)],
    ["Август 21 г.", monthP(2021, 8)],
    // ranges: hyphen, en dash, em dash, minus, «по», extra spaces, line breaks
    ["Ноябрь-декабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    ["Ноябрь – декабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    ["Ноябрь — декабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    ["Ноябрь − декабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    ["Ноябрь  –  декабрь   2021 г.", monthP(2021, 11, 2021, 12)],
    ["Ноябрь -\nдекабрь 2021 г.", monthP(2021, 11, 2021, 12)],
    ["ноябрь по декабрь 2021", monthP(2021, 11, 2021, 12)],
    ["с ноября по декабрь 2021 года", monthP(2021, 11, 2021, 12)],
    ["с ноября 2021 г. до декабря 2021 г.", monthP(2021, 11, 2021, 12)],
    // across years
    ["Сентябрь 2021 г. – июнь 2022 г.", monthP(2021, 9, 2022, 6)],
    ["Сентябрь 2021 – Июнь 2022", monthP(2021, 9, 2022, 6)],
    ["Сентябрь - май 2022 г.", monthP(2021, 9, 2022, 5)], // September before May: the year before
    ["с сентября 2021 г. по май", monthP(2021, 9, 2022, 5)],
    ["Декабрь 2021 г. – сентябрь 2021 г.", monthP(2021, 12, 2021, 9)], // backwards, kept for a check to report
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });
});

describe("genitive and other cases of month names", () => {
  const names = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
  test.each(names.map((n, i) => [n, i + 1] as const))("с %s 2023 г. по декабрь 2023 г.", (name, m) => {
    expect(ok(`с ${name} 2023 г. по декабрь 2023 г.`)).toEqual(monthP(2023, m, 2023, 12));
  });
  test.each(names.map((n, i) => [n, i + 1] as const))("до %s 2023 (deadline to the end of the month)", (name, m) => {
    const p = ok(`до ${name} 2023`);
    expect(p).toEqual({ kind: "interval", start: months(2023, m).end, end: months(2023, m).end, precision: "month", deadline: true });
  });
  test("prepositional and dative", () => {
    expect(ok("в сентябре 2021 г.")).toEqual(monthP(2021, 9));
    expect(ok("к маю 2022 г.")).toEqual({ kind: "interval", start: ymd(2022, 5, 31), end: ymd(2022, 5, 31), precision: "month", deadline: true });
  });
});

describe("quarters, half-years, years", () => {
  const cases: [string, Period][] = [
    ["I квартал 2024 г.", quarterP(2024, 1)],
    ["II квартал 2024", quarterP(2024, 2)],
    ["III квартал 2024 года", quarterP(2024, 3)],
    ["IV квартал 2024 г.", quarterP(2024, 4)],
    ["1 квартал 2024", quarterP(2024, 1)],
    ["1 кв. 2024", quarterP(2024, 1)],
    ["4 кв 2024 г.", quarterP(2024, 4)],
    ["1-й квартал 2024 г.", quarterP(2024, 1)],
    ["первый квартал 2024 года", quarterP(2024, 1)],
    ["в третьем квартале 2024 года", quarterP(2024, 3)],
    ["ІІ квартал 2024 г.", quarterP(2024, 2)], // Cyrillic-Ukrainian «І» from Word
    ["II-III кварталы 2024", quarterP(2024, 2, 2024, 3)],
    ["II – III кварталы 2024 г.", quarterP(2024, 2, 2024, 3)],
    ["1-2 кв. 2024", quarterP(2024, 1, 2024, 2)],
    ["IV квартал 2023 г. – I квартал 2024 г.", quarterP(2023, 4, 2024, 1)],
    ["1 полугодие 2024", quarterP(2024, 1, 2024, 2)],
    ["I полугодие 2024 г.", quarterP(2024, 1, 2024, 2)],
    ["второе полугодие 2024 года", quarterP(2024, 3, 2024, 4)],
    ["2 полугодие 2024", quarterP(2024, 3, 2024, 4)],
    ["2024 год", yearP(2024)],
    ["2024 г.", yearP(2024)],
    ["2024", yearP(2024)],
    ["в 2024 году", yearP(2024)],
    ["в течение 2024 года", yearP(2024)],
    ["2024-2025 гг.", yearP(2024, 2025)],
    ["2024 – 2025 годы", yearP(2024, 2025)],
    ["2024-25 гг.", yearP(2024, 2025)],
    ["2021-2022 учебный год", monthP(2021, 9, 2022, 8)],
    ["2021/2022 учебный год", monthP(2021, 9, 2022, 8)],
    ["в течение 2021-2022 учебного года", monthP(2021, 9, 2022, 8)],
    ["2021-2022 уч. г.", monthP(2021, 9, 2022, 8)],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });
});

describe("dates", () => {
  const cases: [string, Period][] = [
    ["15.01.2024", dayP(ymd(2024, 1, 15))],
    ["15.01.2024 г.", dayP(ymd(2024, 1, 15))],
    ["5.1.2024", dayP(ymd(2024, 1, 5))],
    ["1.9.21", dayP(ymd(2021, 9, 1))],
    ["01.09.99", dayP(ymd(1999, 9, 1))],
    ["15/01/2024", dayP(ymd(2024, 1, 15))],
    ["2024-01-15", dayP(ymd(2024, 1, 15))],
    ["25 декабря 2023 г.", dayP(ymd(2023, 12, 25))],
    ["15.01.2024 – 20.01.2024", dayP(ymd(2024, 1, 15), ymd(2024, 1, 20))],
    ["15.01.2024-20.01.2024", dayP(ymd(2024, 1, 15), ymd(2024, 1, 20))],
    ["с 01.09.2023 по 31.05.2024", dayP(ymd(2023, 9, 1), ymd(2024, 5, 31))],
    ["15.01 – 20.01.2024", dayP(ymd(2024, 1, 15), ymd(2024, 1, 20))],
    ["15-20.01.2024", dayP(ymd(2024, 1, 15), ymd(2024, 1, 20))],
    ["25-26 декабря 2023 г.", dayP(ymd(2023, 12, 25), ymd(2023, 12, 26))],
    ["с 1 по 15 сентября 2021 г.", dayP(ymd(2021, 9, 1), ymd(2021, 9, 15))],
    ["1 сентября 2021 г. – 31 мая 2022 г.", dayP(ymd(2021, 9, 1), ymd(2022, 5, 31))],
    ["с 15 сентября 2021 г. по май 2022 г.", dayP(ymd(2021, 9, 15), ymd(2022, 5, 31))],
    ["28.12.2023 - 10.01.2024", dayP(ymd(2023, 12, 28), ymd(2024, 1, 10))],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });
});

describe("deadlines", () => {
  const term = months(2023, 1, 2023, 12);
  test("«до 25 декабря 2023 г.» without a term: start = end", () => {
    expect(ok("до 25 декабря 2023 г.")).toEqual({ kind: "interval", start: ymd(2023, 12, 25), end: ymd(2023, 12, 25), precision: "day", deadline: true });
  });
  test("with a term: from the term's start", () => {
    expect(ok("до 25 декабря 2023 г.", term)).toEqual({ kind: "interval", start: ymd(2023, 1, 1), end: ymd(2023, 12, 25), precision: "day", deadline: true });
  });
  test("«до декабря 2023»: to the end of December", () => {
    expect(ok("до декабря 2023", term)).toEqual({ kind: "interval", start: ymd(2023, 1, 1), end: ymd(2023, 12, 31), precision: "month", deadline: true });
  });
  const cases: [string, Period][] = [
    ["до 25.12.2023", { kind: "interval", start: ymd(2023, 12, 25), end: ymd(2023, 12, 25), precision: "day", deadline: true }],
    ["не позднее 25.12.2023", { kind: "interval", start: ymd(2023, 12, 25), end: ymd(2023, 12, 25), precision: "day", deadline: true }],
    ["в срок до 1 марта 2024 г.", { kind: "interval", start: ymd(2024, 3, 1), end: ymd(2024, 3, 1), precision: "day", deadline: true }],
    ["к 1 сентября 2022 г.", { kind: "interval", start: ymd(2022, 9, 1), end: ymd(2022, 9, 1), precision: "day", deadline: true }],
    ["до конца I квартала 2024 г.", { kind: "interval", start: ymd(2024, 3, 31), end: ymd(2024, 3, 31), precision: "quarter", deadline: true }],
    ["до конца 2024 года", { kind: "interval", start: ymd(2024, 12, 31), end: ymd(2024, 12, 31), precision: "year", deadline: true }],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });
  test("a deadline before the term starts keeps start = end (the check reports it outside the term)", () => {
    expect(ok("до 25.12.2022", term)).toEqual({ kind: "interval", start: ymd(2022, 12, 25), end: ymd(2022, 12, 25), precision: "day", deadline: true });
  });
  test("«с сентября 2021 г.» alone runs to the end of the term", () => {
    expect(ok("с сентября 2021 г.", SCHOOL_2021)).toEqual({ kind: "interval", start: ymd(2021, 9, 1), end: ymd(2022, 8, 31), precision: "month", openEnd: true });
    expect(ok("с 01.09.2021")).toEqual({ kind: "interval", start: ymd(2021, 9, 1), end: ymd(2021, 9, 1), precision: "day", openEnd: true });
  });
});

describe("throughout and recurrences", () => {
  const cases: [string, Period][] = [
    ["В течение года", throughoutP(SCHOOL_2021)],
    ["в течение учебного года", throughoutP(SCHOOL_2021)],
    ["В течение всего периода", throughoutP(SCHOOL_2021)],
    ["в течение всего периода реализации проекта", throughoutP(SCHOOL_2021)],
    ["в течение календарного года", throughoutP(SCHOOL_2021)],
    ["на протяжении всего проекта", throughoutP(SCHOOL_2021)],
    ["весь период", throughoutP(SCHOOL_2021)],
    ["Постоянно", throughoutP(SCHOOL_2021)],
    ["постоянно.", throughoutP(SCHOOL_2021)],
    ["еженедельно", throughoutP(SCHOOL_2021, "week")],
    ["1 раз в неделю", throughoutP(SCHOOL_2021, "week")],
    ["ежедневно", throughoutP(SCHOOL_2021, "day")],
    ["ежемесячно", recP({ every: "month" }, SCHOOL_2021)],
    ["Ежеквартально", recP({ every: "quarter" }, SCHOOL_2021)],
    ["ежегодно", recP({ every: "year" }, SCHOOL_2021)],
    ["каждый месяц", recP({ every: "month" }, SCHOOL_2021)],
    ["По плану (не реже, чем 1 раз в квартал)", recP({ every: "quarter", minTimes: 1 }, SCHOOL_2021)],
    ["не реже 1 раза в месяц", recP({ every: "month", minTimes: 1 }, SCHOOL_2021)],
    ["не реже одного раза в квартал", recP({ every: "quarter", minTimes: 1 }, SCHOOL_2021)],
    ["не реже двух раз в год", recP({ every: "year", minTimes: 2 }, SCHOOL_2021)],
    ["2 раза в год", recP({ every: "year", minTimes: 2 }, SCHOOL_2021)],
    ["раз в месяц", recP({ every: "month", minTimes: 1 }, SCHOOL_2021)],
    ["1 раз в полугодие", recP({ every: "year", minTimes: 2 }, SCHOOL_2021)],
    ["1 раз в учебный год", recP({ every: "year", minTimes: 1 }, SCHOOL_2021)],
    ["ежемесячно в течение учебного года", recP({ every: "month" }, SCHOOL_2021)],
    ["ежемесячно (не реже 1 раза в месяц)", recP({ every: "month", minTimes: 1 }, SCHOOL_2021)],
    ["Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)", monthP(2021, 9, 2022, 7, { recurrence: { every: "year", minTimes: 1 } })],
    ["Сентябрь 2021 г. – май 2022 г. (ежемесячно)", monthP(2021, 9, 2022, 5, { recurrence: { every: "month" } })],
    ["ежемесячно, сентябрь 2021 г. – май 2022 г.", monthP(2021, 9, 2022, 5, { recurrence: { every: "month" } })],
    ["ежемесячно до 5 числа", recP({ every: "month", due: { day: 5 } }, SCHOOL_2021)],
    ["не позднее 10-го числа каждого месяца", recP({ every: "month", due: { day: 10 } }, SCHOOL_2021)],
    ["1 раз в четверть", recP({ every: "quarter", minTimes: 1 }, SCHOOL_2021)],
    ["В течение учебного года (по плану ОУ)", throughoutP(SCHOOL_2021)],
    ["Ежеквартально (до 10 числа месяца, следующего за отчетным)", recP({ every: "quarter", due: { day: 10 } }, SCHOOL_2021)],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input, SCHOOL_2021)).toEqual(expected);
  });
  test("without a term there is no «within»", () => {
    expect(ok("В течение года")).toEqual({ kind: "throughout" });
    expect(ok("ежеквартально")).toEqual({ kind: "recurrence", recurrence: { every: "quarter" } });
  });
});

describe("lists of sessions", () => {
  const cases: [string, Period][] = [
    ["Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.", sessionsP(months(2021, 10), months(2021, 12), months(2022, 2), months(2021, 4))],
    ["Январь 2021 г., июль 2022 г.", sessionsP(months(2021, 1), months(2022, 7))],
    ["Октябрь 2021 г.; декабрь 2021 г.", sessionsP(months(2021, 10), months(2021, 12))],
    ["Октябрь 2021 г.\nДекабрь 2021 г.\nФевраль 2022 г.", sessionsP(months(2021, 10), months(2021, 12), months(2022, 2))],
    ["Октябрь 2021 г.,\r\nдекабрь 2021 г.", sessionsP(months(2021, 10), months(2021, 12))],
    // a month without a year takes the next year written after it …
    ["Октябрь, декабрь 2021 г., февраль 2022 г.", sessionsP(months(2021, 10), months(2021, 12), months(2022, 2))],
    ["октябрь и декабрь 2021 г.", sessionsP(months(2021, 10), months(2021, 12))],
    // … or else the previous one
    ["Октябрь 2021 г., декабрь", sessionsP(months(2021, 10), months(2021, 12))],
    ["Ноябрь 2021 г., февраль, апрель 2022 г.", sessionsP(months(2021, 11), months(2022, 2), months(2022, 4))],
    ["Ноябрь - декабрь 2021 г., март 2022 г.", sessionsP(months(2021, 11, 2021, 12), months(2022, 3))],
    ["15.01.2024, 20.02.2024", sessionsP({ start: ymd(2024, 1, 15), end: ymd(2024, 1, 15) }, { start: ymd(2024, 2, 20), end: ymd(2024, 2, 20) })],
    ["Ноябрь 2021 г. (по согласованию), март 2022 г.", sessionsP(months(2021, 11), months(2022, 3))],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });
  test("months without any year take the one year of the term they fit", () => {
    expect(ok("Октябрь, декабрь, февраль", SCHOOL_2021)).toEqual(sessionsP(months(2021, 10), months(2021, 12), months(2022, 2)));
    expect(ok("сентябрь", SCHOOL_2021)).toEqual(monthP(2021, 9));
    expect(ok("сентябрь - май", SCHOOL_2021)).toEqual(monthP(2021, 9, 2022, 5));
    expect(ok("до 25 декабря", SCHOOL_2021)).toEqual({ kind: "interval", start: ymd(2021, 9, 1), end: ymd(2021, 12, 25), precision: "day", deadline: true });
  });
});

describe("leap years", () => {
  test.each([
    ["Февраль 2024 г.", 29],
    ["Февраль 2023 г.", 28],
    ["Февраль 2000 г.", 29],
    ["Февраль 2100 г.", 28],
    ["Февраль 1900 г.", 28],
  ] as const)("%s ends on day %d", (input, day) => {
    const p = ok(input);
    expect(p.kind === "interval" && p.end).toEqual(ymd(Number(input.slice(8, 12)), 2, day));
  });
  test("I квартал 2024 ends 31 March; январь – февраль 2024 ends 29 February", () => {
    expect(ok("январь – февраль 2024")).toEqual(monthP(2024, 1, 2024, 2));
    expect((ok("январь – февраль 2024") as { end: unknown }).end).toEqual(ymd(2024, 2, 29));
  });
  test("29 February exists only in leap years", () => {
    expect(ok("29.02.2024")).toEqual(dayP(ymd(2024, 2, 29)));
    expect(ok("29 февраля 2000 г.")).toEqual(dayP(ymd(2000, 2, 29)));
    expect(bad("29.02.2023").ru).toContain("Такой даты нет");
    expect(bad("29.02.2100").en).toContain("No such date");
  });
});

describe("numbers (Excel cells)", () => {
  test("serial numbers are days", () => {
    expect(ok(45306)).toEqual(dayP(ymd(2024, 1, 15)));
    expect(ok(45306.75)).toEqual(dayP(ymd(2024, 1, 15))); // a time part is dropped
    expect(ok(44440)).toEqual(dayP(ymd(2021, 9, 1)));
  });
  test("whole numbers 1900–2199 are years", () => {
    expect(ok(2024)).toEqual(yearP(2024));
  });
  test.each([0, -5, 15, 1899, NaN, Infinity, -Infinity, 1e12])("%p is not a period", (n) => {
    const r = bad(n);
    expect(r.ru.length).toBeGreaterThan(0);
    expect(r.en.length).toBeGreaterThan(0);
  });
  test("TRUE/FALSE are not periods", () => {
    expect(bad(true).ru).toMatch(/ИСТИНА/);
    expect(bad(false).en).toMatch(/TRUE\/FALSE/);
  });
});

describe("wrong inputs: ok:false with a reason in both languages", () => {
  const cases: [CellValue, RegExp, RegExp][] = [
    ["", /не указан/, /empty/],
    ["   ", /не указан/, /empty/],
    ["\n\t", /не указан/, /empty/],
    ["—", /не указан/, /empty/],
    [null, /не указан/, /empty/],
    ["завтра", /«завтра» не распознан/, /«завтра» is not understood/],
    ["Август 2021 г. или позже", /непонятно «или позже»/, /«или позже» is not understood/],
    ["Ноябрь - ", /непонятно «-»/, /«-» is not understood/],
    ["сентябрь", /Не указан год: «сентябрь»/, /No year is given in «сентябрь»/],
    ["Октябрь, декабрь", /Не указан год/, /No year/],
    ["31.02.2024", /Такой даты нет: «31.02.2024»/, /No such date: «31.02.2024»/],
    ["32.01.2024", /Такой даты нет/, /No such date/],
    ["15.13.2024", /Такой даты нет/, /No such date/],
    ["V квартал 2024", /Такого квартала нет/, /No such quarter/],
    ["5 квартал 2024", /Такого квартала нет/, /No such quarter/],
    ["3 полугодие 2024", /Такого квартала нет/, /No such quarter/],
    ["Август 3021 г.", /Год 3021/, /year 3021/],
    ["2021 учебный год", /двумя годами/, /two years/],
    ["до 5 числа", /нет срока/, /gives no period/],
    ["по плану", /нет срока/, /gives no period/],
    ["по мере необходимости", /нет срока/, /gives no period/],
    ["в течение месяца", /не распознан/, /not understood/],
    ["ежемесячно, ежегодно", /две разные периодичности/, /two different recurrences/],
    ["Октябрь 2021 г., до декабря 2021 г.", /в списке сроков/, /list/],
    ["Октябрь 2021 г., декабрь 2021 г. (ежемесячно)", /периодичность указана для списка/, /recurrence for a list/],
    ["Ноябрь 2021 г. (перенесено на декабрь 2021 г.)", /непонятно/, /not understood/],
    ["2 заседания", /не распознан/, /not understood/],
    ["x".repeat(5000), /слишком длинный/, /too long/],
  ];
  test.each(cases)("%p", (input, ru, en) => {
    const reason = bad(input);
    expect(reason.ru).toMatch(ru);
    expect(reason.en).toMatch(en);
  });
  test("a not-understood reason says which forms are expected", () => {
    const reason = bad("когда-нибудь");
    expect(reason.ru).toContain("Ожидается");
    expect(reason.ru).toContain("I квартал 2024 г.");
    expect(reason.en).toContain("Expected forms");
  });
  test("values that are not cell values at all do not throw", () => {
    expect(parsePeriod(undefined as unknown as CellValue).ok).toBe(false);
    expect(parsePeriod({} as unknown as CellValue).ok).toBe(false);
    expect(parsePeriod([] as unknown as CellValue).ok).toBe(false);
    expect(parsePeriod("Август 2021", { term: {} as Interval }).ok).toBe(true);
  });
});

describe("results are fresh objects", () => {
  test("changing a result does not change the term or the next result", () => {
    const term = months(2021, 9, 2022, 8);
    const a = ok("В течение года", term);
    if (a.kind === "throughout" && a.within) a.within.start.year = 1;
    expect(term.start.year).toBe(2021);
    const b = ok("до 25.12.2021", term);
    if (b.kind === "interval") b.start.year = 1;
    expect(term.start.year).toBe(2021);
  });
});
