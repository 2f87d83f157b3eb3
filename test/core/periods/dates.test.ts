import fc from "fast-check";
import { compareYMD, intervalWithin, isValidYMD, lastDayOfMonth, quarterOf, serialToYMD, ymdToSerial } from "../../../src/core/periods";
import { ymd } from "./helpers";

describe("Excel serial numbers (1900 system)", () => {
  test.each([
    [1, ymd(1900, 1, 1)],
    [59, ymd(1900, 2, 28)],
    [60, ymd(1900, 2, 29)], // Excel's fictitious day
    [61, ymd(1900, 3, 1)],
    [366, ymd(1900, 12, 31)],
    [367, ymd(1901, 1, 1)],
    [36526, ymd(2000, 1, 1)],
    [44440, ymd(2021, 9, 1)],
    [45306, ymd(2024, 1, 15)],
    [45351, ymd(2024, 2, 29)],
    [73415, ymd(2100, 12, 31)],
    [2958465, ymd(9999, 12, 31)],
  ] as const)("%d ↔ %j", (serial, date) => {
    expect(serialToYMD(serial)).toEqual(date);
    expect(ymdToSerial(date)).toBe(serial);
  });

  test("a time part is dropped", () => {
    expect(serialToYMD(45306.999)).toEqual(ymd(2024, 1, 15));
  });

  test("NaN is a programming error", () => {
    expect(() => serialToYMD(NaN)).toThrow(RangeError);
  });

  const lastSerial = ymdToSerial(ymd(2100, 12, 31));

  test("serial → date → serial over 1900–2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: lastSerial }), (s) => {
        expect(ymdToSerial(serialToYMD(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  test("date → serial → date over 1900–2100", () => {
    const date = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).filter(isValidYMD);
    fc.assert(
      fc.property(date, (d) => {
        expect(serialToYMD(ymdToSerial(d))).toEqual(d);
      }),
      { numRuns: 2000 },
    );
  });

  test("every serial from 61 to the end of 2100 is the day after the one before", () => {
    let prev = serialToYMD(61);
    for (let s = 62; s <= lastSerial; s++) {
      const d = serialToYMD(s);
      const expected = prev.day < lastDayOfMonth(prev.year, prev.month) ? ymd(prev.year, prev.month, prev.day + 1) : prev.month < 12 ? ymd(prev.year, prev.month + 1, 1) : ymd(prev.year + 1, 1, 1);
      if (d.year !== expected.year || d.month !== expected.month || d.day !== expected.day) throw new Error(`serial ${s}: ${JSON.stringify(d)}`);
      prev = d;
    }
  });
});

describe("calendar helpers", () => {
  test("lastDayOfMonth with leap years", () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2023, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2024, 4)).toBe(30);
    expect(lastDayOfMonth(2024, 12)).toBe(31);
    expect(lastDayOfMonth(2024, 13)).toBeNaN();
  });

  test("compareYMD", () => {
    expect(compareYMD(ymd(2024, 1, 15), ymd(2024, 1, 15))).toBe(0);
    expect(compareYMD(ymd(2024, 1, 15), ymd(2024, 1, 16))).toBeLessThan(0);
    expect(compareYMD(ymd(2024, 2, 1), ymd(2024, 1, 31))).toBeGreaterThan(0);
    expect(compareYMD(ymd(2023, 12, 31), ymd(2024, 1, 1))).toBeLessThan(0);
  });

  test("compareYMD agrees with serial order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 80000 }), fc.integer({ min: 61, max: 80000 }), (a, b) => {
        expect(Math.sign(compareYMD(serialToYMD(a), serialToYMD(b)))).toBe(Math.sign(a - b));
      }),
    );
  });

  test("intervalWithin includes the bounds", () => {
    const term = { start: ymd(2021, 9, 1), end: ymd(2022, 8, 31) };
    expect(intervalWithin(term, term)).toBe(true);
    expect(intervalWithin({ start: ymd(2021, 10, 1), end: ymd(2021, 10, 31) }, term)).toBe(true);
    expect(intervalWithin({ start: ymd(2021, 8, 31), end: ymd(2021, 10, 31) }, term)).toBe(false);
    expect(intervalWithin({ start: ymd(2022, 8, 1), end: ymd(2022, 9, 1) }, term)).toBe(false);
  });

  test("quarterOf", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => quarterOf(ymd(2024, m, 1)))).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });
});
