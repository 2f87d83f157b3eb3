/**
 * Report deadlines tied to the reporting period, as road maps and monitoring schedules write them
 * (docs/DOMAIN.md, «Periods»): a recurrence inside the term with the day each report is due.
 */
import fc from "fast-check";
import { parsePeriod, type Interval, type Period, type Recurrence } from "../../../src/core/periods";
import { months, recP, SCHOOL_2021, sessionsP, ymd } from "./helpers";

function ok(input: string, term: Interval | undefined = SCHOOL_2021): Period {
  const r = parsePeriod(input, term ? { term } : undefined);
  if (!r.ok) throw new Error(`expected «${input}» to parse, got: ${r.reason.en}`);
  expect(r.warnings).toBeUndefined();
  return r.period;
}

const TERM_2022_2024: Interval = months(2022, 1, 2024, 12);

describe("monthly reports: «до 5 числа месяца, следующего за отчётным»", () => {
  const cases: [string, Recurrence][] = [
    ["ежемесячно, до 5 числа месяца, следующего за отчётным", { every: "month", due: { day: 5 } }],
    ["Ежемесячно до 5 числа месяца, следующего за отчетным", { every: "month", due: { day: 5 } }],
    ["ежемесячно, не позднее 5 числа месяца, следующего за отчетным месяцем", { every: "month", due: { day: 5 } }],
    ["до 5-го числа месяца, следующего за отчётным", { every: "month", due: { day: 5 } }],
    ["не позднее 10-го числа месяца, следующего за отчетным периодом", { every: "month", due: { day: 10 } }],
    ["до 20 числа следующего месяца", { every: "month", due: { day: 20 } }],
    ["до 20-го числа следующего месяца", { every: "month", due: { day: 20 } }],
    ["ежемесячно до 25 числа текущего месяца", { every: "month", due: { day: 25 } }],
    ["до 3 числа каждого месяца", { every: "month", due: { day: 3 } }],
    ["Срок: до 5 числа месяца, следующего за отчётным", { every: "month", due: { day: 5 } }],
    ["ежемесячно (до 5 числа месяца, следующего за отчётным)", { every: "month", due: { day: 5 } }],
    ["на 10-й рабочий день месяца", { every: "month", due: { day: 10, workingDay: true } }],
    ["на 10 рабочий день месяца", { every: "month", due: { day: 10, workingDay: true } }],
    ["не позднее 5 рабочего дня месяца, следующего за отчетным", { every: "month", due: { day: 5, workingDay: true } }],
    ["до 3-го рабочего дня следующего месяца", { every: "month", due: { day: 3, workingDay: true } }],
    ["в последний рабочий день месяца", { every: "month", due: { last: true, workingDay: true } }],
    ["ежемесячно, в последний день месяца", { every: "month", due: { last: true } }],
    ["не позднее 15-го календарного дня месяца, следующего за отчетным", { every: "month", due: { day: 15 } }],
  ];
  test.each(cases)("%s", (input, recurrence) => {
    expect(ok(input)).toEqual(recP(recurrence, SCHOOL_2021));
  });

  test("the day is kept for every day of the month and every way of writing the tail (property)", () => {
    const prefix = fc.constantFrom("до", "не позднее", "не позднее чем", "в срок до");
    const suffix = fc.constantFrom("", "-го", "-ого");
    const tail = fc.constantFrom(
      "числа месяца, следующего за отчётным",
      "числа месяца, следующего за отчетным",
      "числа месяца следующего за отчётным",
      "числа месяца, следующего за отчетным месяцем",
      "числа следующего месяца",
      "числа каждого месяца",
    );
    const lead = fc.constantFrom("", "ежемесячно, ", "Ежемесячно ", "ежемесячно: ");
    fc.assert(
      fc.property(lead, prefix, fc.integer({ min: 1, max: 28 }), suffix, tail, (l, p, day, s, t) => {
        expect(ok(`${l}${p} ${day}${s} ${t}`)).toEqual(recP({ every: "month", due: { day } }, SCHOOL_2021));
      }),
      { numRuns: 400 },
    );
  });
});

describe("quarterly and yearly reports", () => {
  const cases: [string, Recurrence][] = [
    ["ежеквартально, до 10 числа месяца, следующего за отчётным кварталом", { every: "quarter", due: { day: 10 } }],
    ["до 10 числа месяца, следующего за отчетным кварталом", { every: "quarter", due: { day: 10 } }],
    ["Ежеквартально (до 10 числа месяца, следующего за отчетным)", { every: "quarter", due: { day: 10 } }],
    ["ежеквартально, не позднее 15-го календарного дня месяца, следующего за отчетным кварталом", { every: "quarter", due: { day: 15 } }],
    ["до 15 февраля года, следующего за отчётным", { every: "year", due: { day: 15, month: 2 } }],
    ["до 15 февраля года, следующего за отчетным годом", { every: "year", due: { day: 15, month: 2 } }],
    ["не позднее 1 марта года, следующего за отчетным", { every: "year", due: { day: 1, month: 3 } }],
    ["ежегодно до 1 февраля года, следующего за отчетным", { every: "year", due: { day: 1, month: 2 } }],
    ["до 20 января следующего года", { every: "year", due: { day: 20, month: 1 } }],
    ["ежегодно, до 20 января года, следующего за отчётным", { every: "year", due: { day: 20, month: 1 } }],
  ];
  test.each(cases)("%s", (input, recurrence) => {
    expect(ok(input, TERM_2022_2024)).toEqual(recP(recurrence, TERM_2022_2024));
  });

  test("«до 15 февраля» alone stays a date of its own (a deadline), not a yearly report", () => {
    expect(ok("до 15 февраля 2023 г.", TERM_2022_2024)).toEqual({ kind: "interval", start: ymd(2022, 1, 1), end: ymd(2023, 2, 15), precision: "day", deadline: true });
  });

  test("every day of every month, yearly (property)", () => {
    const genitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    const tail = fc.constantFrom("года, следующего за отчётным", "года, следующего за отчетным годом", "года следующего за отчетным", "следующего года");
    fc.assert(
      fc.property(fc.constantFrom("до", "не позднее"), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), tail, (p, day, month, t) => {
        expect(ok(`${p} ${day} ${genitive[month - 1]} ${t}`, TERM_2022_2024)).toEqual(recP({ every: "year", due: { day, month } }, TERM_2022_2024));
      }),
      { numRuns: 300 },
    );
  });
});

describe("«за II квартал — до 10 июля; …»: deadlines labelled with their reporting period", () => {
  const quarterly = recP({ every: "quarter" }, SCHOOL_2021);
  const cases: [string, Period][] = [
    ["за I квартал — до 10 апреля; за II квартал — до 10 июля; за III квартал — до 10 октября; за год — до 1 февраля", quarterly],
    ["за I квартал - до 10 апреля; за II квартал - до 10 июля; за III квартал - до 10 октября", quarterly],
    ["за I квартал: до 10 апреля, за II квартал: до 10 июля", quarterly],
    ["за 1 квартал – не позднее 15 апреля; за 2 квартал – не позднее 15 июля", quarterly],
    ["за II квартал — до 10 июля", recP({ every: "quarter", due: { day: 10, month: 7 } }, SCHOOL_2021)],
    ["за полугодие — до 15 июля", recP({ every: "year", due: { day: 15, month: 7 } }, SCHOOL_2021)],
    ["за год — до 20 января", recP({ every: "year", due: { day: 20, month: 1 } }, SCHOOL_2021)],
    ["за квартал — до 10 числа следующего месяца", recP({ every: "quarter", due: { day: 10 } }, SCHOOL_2021)],
    // with years the deadlines are dates of their own
    ["за II квартал 2022 г. — до 10 июля 2022 г.", { kind: "interval", start: ymd(2021, 9, 1), end: ymd(2022, 7, 10), precision: "day", deadline: true }],
    ["за IV квартал 2021 г. — до 20 января", { kind: "interval", start: ymd(2021, 9, 1), end: ymd(2022, 1, 20), precision: "day", deadline: true }],
    ["за I квартал 2022 г. — до 10.04.2022; за II квартал 2022 г. — до 10.07.2022", sessionsP({ start: ymd(2022, 4, 10), end: ymd(2022, 4, 10) }, { start: ymd(2022, 7, 10), end: ymd(2022, 7, 10) })],
  ];
  test.each(cases)("%s", (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test("any quarters with any dashes read as quarterly reports (property)", () => {
    const roman = ["I", "II", "III", "IV"];
    const dash = fc.constantFrom(" — ", " – ", " - ", ": ", ", ");
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }), dash, fc.constantFrom("; ", ", ", " "), (qs, d, sep) => {
        const text = qs.map((q) => `за ${roman[q - 1]} квартал${d}до ${q * 3 - 2 + 3 > 12 ? 1 : 10} ${["апреля", "июля", "октября", "января"][q - 1]}`).join(sep);
        expect(ok(text)).toEqual(quarterly);
      }),
      { numRuns: 200 },
    );
  });
});
