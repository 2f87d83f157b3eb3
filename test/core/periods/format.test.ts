import fc from "fast-check";
import {
  backwardSessions,
  compareYMD,
  formatPeriod,
  lastDayOfMonth,
  parsePeriod,
  periodBounds,
  serialToYMD,
  type Interval,
  type Period,
  type Recurrence,
  type YMD,
  ymdToSerial,
} from "../../../src/core/periods";
import { dayP, monthP, months, quarterP, recP, SCHOOL_2021, sessionsP, throughoutP, yearP, ymd } from "./helpers";

describe("formatPeriod (Russian)", () => {
  const cases: [Period, string][] = [
    [monthP(2021, 8), "Август 2021 г."],
    [monthP(2021, 11, 2021, 12), "Ноябрь 2021 г. – декабрь 2021 г."],
    [monthP(2021, 9, 2022, 6), "Сентябрь 2021 г. – июнь 2022 г."],
    [dayP(ymd(2024, 1, 15)), "15.01.2024"],
    [dayP(ymd(2024, 1, 15), ymd(2024, 1, 20)), "15.01.2024 – 20.01.2024"],
    [quarterP(2024, 1), "I квартал 2024 г."],
    [quarterP(2024, 2, 2024, 3), "II–III кварталы 2024 г."],
    [quarterP(2024, 1, 2024, 2), "I полугодие 2024 г."],
    [quarterP(2023, 4, 2024, 1), "IV квартал 2023 г. – I квартал 2024 г."],
    [yearP(2024), "2024 г."],
    [yearP(2024, 2026), "2024–2026 гг."],
    [{ kind: "interval", start: ymd(2023, 1, 1), end: ymd(2023, 12, 25), precision: "day", deadline: true }, "до 25.12.2023"],
    [{ kind: "interval", start: ymd(2023, 12, 31), end: ymd(2023, 12, 31), precision: "month", deadline: true }, "до конца декабря 2023 г."],
    [{ kind: "interval", start: ymd(2021, 9, 1), end: ymd(2022, 8, 31), precision: "month", openEnd: true }, "с сентября 2021 г."],
    [monthP(2021, 9, 2022, 7, { recurrence: { every: "year", minTimes: 1 } }), "Сентябрь 2021 г. – июль 2022 г. (не реже 1 раза в год)"],
    [recP({ every: "month" }), "ежемесячно"],
    [recP({ every: "quarter" }), "ежеквартально"],
    [recP({ every: "year" }), "ежегодно"],
    [recP({ every: "quarter", minTimes: 1 }, SCHOOL_2021), "не реже 1 раза в квартал"],
    [recP({ every: "year", minTimes: 2 }), "не реже 2 раз в год"],
    [throughoutP(SCHOOL_2021), "в течение года"],
    [throughoutP(undefined, "week"), "еженедельно"],
    [sessionsP(months(2021, 10), months(2021, 12), months(2022, 2), months(2021, 4)), "Октябрь 2021 г., декабрь 2021 г., февраль 2022 г., апрель 2021 г."],
    [sessionsP({ start: ymd(2024, 1, 15), end: ymd(2024, 1, 15) }, months(2024, 3)), "15.01.2024, март 2024 г."],
    // a precision the dates do not fit falls back to a finer one
    [{ kind: "interval", start: ymd(2024, 1, 15), end: ymd(2024, 3, 31), precision: "month" }, "15.01.2024 – 31.03.2024"],
  ];
  test.each(cases)("%j → %s", (period, text) => {
    expect(formatPeriod(period)).toBe(text);
    expect(formatPeriod(period, "ru")).toBe(text);
  });
});

describe("formatPeriod (English)", () => {
  test.each([
    [monthP(2021, 8), "August 2021"],
    [monthP(2021, 11, 2021, 12), "November 2021 – December 2021"],
    [dayP(ymd(2024, 1, 15), ymd(2024, 1, 20)), "15 Jan 2024 – 20 Jan 2024"],
    [quarterP(2024, 1), "Q1 2024"],
    [quarterP(2024, 2, 2024, 3), "Q2–Q3 2024"],
    [yearP(2024, 2025), "2024–2025"],
    [{ kind: "interval", start: ymd(2023, 12, 25), end: ymd(2023, 12, 25), precision: "day", deadline: true }, "by 25 Dec 2023"],
    [recP({ every: "quarter", minTimes: 1 }), "at least once a quarter"],
    [recP({ every: "month" }), "monthly"],
    [throughoutP(), "throughout the term"],
    [sessionsP(months(2021, 10), months(2022, 2)), "October 2021, February 2022"],
  ] as [Period, string][])("%j → %s", (period, text) => {
    expect(formatPeriod(period, "en")).toBe(text);
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip: parsePeriod(formatPeriod(p)) equals p

const year = fc.integer({ min: 1950, max: 2150 });
const month = fc.integer({ min: 1, max: 12 });
const dayDate: fc.Arbitrary<YMD> = fc.integer({ min: 18264 /* 1950 */, max: 91676 /* 2150 */ }).map(serialToYMD);

const lastOf = (y: number, m: number) => lastDayOfMonth(y, m);

/** Month-precision intervals, in order or backwards. */
const monthInterval: fc.Arbitrary<Period> = fc.tuple(year, month, fc.integer({ min: -3, max: 3 }), month).map(([y, m, dy, m2]) => ({
  kind: "interval",
  start: ymd(y, m, 1),
  end: ymd(y + dy, m2, lastOf(y + dy, m2)),
  precision: "month",
}));

const dayInterval: fc.Arbitrary<Period> = fc.tuple(dayDate, dayDate).map(([a, b]) => ({ kind: "interval", start: a, end: b, precision: "day" }));

const quarterInterval: fc.Arbitrary<Period> = fc.tuple(year, fc.integer({ min: 1, max: 4 }), fc.integer({ min: -1, max: 2 }), fc.integer({ min: 1, max: 4 })).map(([y, q, dy, q2]) => ({
  kind: "interval",
  start: ymd(y, 3 * q - 2, 1),
  end: ymd(y + dy, 3 * q2, lastOf(y + dy, 3 * q2)),
  precision: "quarter",
}));

const yearInterval: fc.Arbitrary<Period> = fc.tuple(year, fc.integer({ min: -1, max: 5 })).map(([y, dy]) => ({ kind: "interval", start: ymd(y, 1, 1), end: ymd(y + dy, 12, 31), precision: "year" }));

const recurrence: fc.Arbitrary<Recurrence> = fc
  .tuple(fc.constantFrom<Recurrence["every"]>("month", "quarter", "year"), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }))
  .map(([every, minTimes]) => (minTimes === undefined ? { every } : { every, minTimes }));

const term: fc.Arbitrary<Interval | undefined> = fc.option(
  fc.tuple(dayDate, fc.integer({ min: 0, max: 2000 })).map(([s, len]) => {
    const end = serialToYMD(ymdToSerial(s) + len);
    return { start: s, end };
  }),
  { nil: undefined },
);

/** An interval for a session: a whole month, a month range, a day, a day range or a year. */
const session: fc.Arbitrary<Interval> = fc.oneof(
  fc.tuple(year, month).map(([y, m]) => months(y, m)),
  fc.tuple(year, month, fc.integer({ min: 0, max: 14 })).map(([y, m, n]) => {
    const m2 = ((m - 1 + n) % 12) + 1;
    const y2 = y + Math.floor((m - 1 + n) / 12);
    return months(y, m, y2, m2);
  }),
  dayDate.map((d) => ({ start: d, end: d })),
  fc.tuple(dayDate, fc.integer({ min: 1, max: 40 })).map(([d, n]) => ({ start: d, end: serialToYMD(ymdToSerial(d) + n) })),
  year.map((y) => ({ start: ymd(y, 1, 1), end: ymd(y, 12, 31) })),
);

function sessionsOf(list: Interval[]): Period {
  let start = list[0].start;
  let end = list[0].end;
  for (const s of list) {
    if (compareYMD(s.start, start) < 0) start = s.start;
    if (compareYMD(s.end, end) > 0) end = s.end;
  }
  return { kind: "sessions", sessions: list, start, end };
}

function roundTrip(p: Period, t?: Interval): void {
  const text = formatPeriod(p);
  const r = parsePeriod(text, t ? { term: t } : undefined);
  if (!r.ok) throw new Error(`«${text}» did not parse back: ${r.reason.en}`);
  expect(r.period).toEqual(p);
}

describe("formatPeriod(p) parses back to p", () => {
  test("month precision", () =>
    fc.assert(
      fc.property(monthInterval, (p) => roundTrip(p)),
      { numRuns: 500 },
    ));
  test("day precision", () =>
    fc.assert(
      fc.property(dayInterval, (p) => roundTrip(p)),
      { numRuns: 500 },
    ));
  test("quarters and half-years", () =>
    fc.assert(
      fc.property(quarterInterval, (p) => roundTrip(p)),
      { numRuns: 500 },
    ));
  test("years", () =>
    fc.assert(
      fc.property(yearInterval, (p) => roundTrip(p)),
      { numRuns: 300 },
    ));

  test("sessions, in any order", () =>
    fc.assert(
      fc.property(fc.array(session, { minLength: 2, maxLength: 6 }), (list) => roundTrip(sessionsOf(list))),
      { numRuns: 500 },
    ));

  test("recurrences, with and without a term", () =>
    fc.assert(
      fc.property(recurrence, term, (rec, t) => roundTrip(t ? { kind: "recurrence", recurrence: rec, within: t } : { kind: "recurrence", recurrence: rec }, t)),
      { numRuns: 300 },
    ));

  test("intervals with a recurrence", () =>
    fc.assert(
      fc.property(fc.oneof(monthInterval, dayInterval, quarterInterval, yearInterval), recurrence, (p, rec) => roundTrip({ ...p, recurrence: rec } as Period)),
      { numRuns: 300 },
    ));

  test("throughout, with and without a term", () =>
    fc.assert(
      fc.property(term, fc.option(fc.constantFrom<"day" | "week">("day", "week"), { nil: undefined }), (t, f) => {
        const p: Period = { kind: "throughout" };
        if (t) p.within = t;
        if (f) p.frequency = f;
        roundTrip(p, t);
      }),
      { numRuns: 200 },
    ));

  test("deadlines and open ends, with and without a term", () =>
    fc.assert(
      fc.property(fc.oneof(monthInterval, dayInterval, quarterInterval, yearInterval), term, fc.boolean(), (base, t, isDeadline) => {
        if (base.kind !== "interval") return;
        const p: Period = { ...base };
        if (isDeadline) {
          // «до …»: the end of the named point; start = the term's start (or the end itself)
          const end = base.precision === "day" ? base.start : base.end;
          p.end = end;
          p.start = t && compareYMD(t.start, end) <= 0 ? t.start : end;
          p.deadline = true;
        } else {
          // «с …»: the start of the named point; end = the term's end (or the point's own end)
          const start = base.start;
          const ownEnd = base.precision === "day" ? base.start : pointEnd(base);
          p.start = start;
          p.end = t && compareYMD(t.end, start) >= 0 ? t.end : ownEnd;
          p.openEnd = true;
        }
        roundTrip(p, t);
      }),
      { numRuns: 500 },
    ));
});

/** The end of the single month / quarter / year that an interval starts with. */
function pointEnd(p: Extract<Period, { kind: "interval" }>): YMD {
  const s = p.start;
  if (p.precision === "year") return ymd(s.year, 12, 31);
  if (p.precision === "quarter") return ymd(s.year, s.month + 2, lastOf(s.year, s.month + 2));
  return ymd(s.year, s.month, lastOf(s.year, s.month));
}

describe("helpers for checks", () => {
  test("periodBounds", () => {
    expect(periodBounds(monthP(2021, 9))).toEqual(months(2021, 9));
    expect(periodBounds(throughoutP(SCHOOL_2021))).toEqual(SCHOOL_2021);
    expect(periodBounds(recP({ every: "month" }))).toBeUndefined();
  });
  test("backwardSessions finds the session written out of order", () => {
    const r = parsePeriod("Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.");
    expect(r.ok && backwardSessions(r.period)).toEqual([3]);
    expect(backwardSessions(monthP(2021, 9))).toEqual([]);
  });
});

describe("report deadlines are shown with the day they are due", () => {
  test.each([
    ["ежемесячно, до 5 числа месяца, следующего за отчётным", "ежемесячно, до 5 числа", "monthly, due by day 5"],
    ["на 10-й рабочий день месяца", "ежемесячно, до 10-го рабочего дня", "monthly, due by working day 10"],
    ["в последний рабочий день месяца", "ежемесячно, в последний рабочий день", "monthly, due on the last working day"],
    ["до 15 февраля года, следующего за отчётным", "ежегодно, до 15 февраля", "yearly, due by 15 February"],
  ])("%s", (input, ru, en) => {
    const r = parsePeriod(input);
    if (!r.ok) throw new Error(r.reason.en);
    expect([formatPeriod(r.period), formatPeriod(r.period, "en")]).toEqual([ru, en]);
  });
});
