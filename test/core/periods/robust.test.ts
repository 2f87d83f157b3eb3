import fc from "fast-check";
import { formatPeriod, parsePeriod, parseTerm, type PeriodResult } from "../../../src/core/periods";
import type { CellValue } from "../../../src/core/workbook";
import { SCHOOL_2021 } from "./helpers";

/** A result is either a period that formats, or a reason in both languages. */
function wellFormed(r: PeriodResult): void {
  if (r.ok) {
    expect(typeof formatPeriod(r.period)).toBe("string");
    expect(typeof formatPeriod(r.period, "en")).toBe("string");
  } else {
    expect(r.reason.ru.length).toBeGreaterThan(0);
    expect(r.reason.en.length).toBeGreaterThan(0);
  }
}

/** Pieces of real period text, glued in random order: gets far deeper into the parser than random characters. */
const piece = fc.constantFrom(
  "Сентябрь",
  "сентября",
  "май",
  "Декабрь",
  "янв.",
  "2021",
  "2022",
  "21",
  "г.",
  "г",
  "гг.",
  "года",
  "год",
  "учебный",
  "уч.",
  "-",
  "–",
  "—",
  "по",
  "до",
  "с",
  "к",
  "не позднее",
  "в течение",
  "года",
  "всего периода",
  "постоянно",
  "ежемесячно",
  "ежеквартально",
  "не реже",
  ",",
  "чем",
  "1",
  "2",
  "15",
  "31",
  "раз",
  "раза",
  "в",
  "квартал",
  "кв.",
  "полугодие",
  "I",
  "II",
  "IV",
  "V",
  "(",
  ")",
  ";",
  ".",
  "\n",
  "15.01.2024",
  "29.02.2023",
  "01.09",
  "2024-01-15",
  "/",
  "и",
  "по плану",
  "еженедельно",
  "неделю",
  "месяц",
  "первый",
  "-й",
  "0000",
  "9999",
  "99",
  "конца",
  "12.2021",
  "  ",
);
const glued = fc.array(piece, { maxLength: 14 }).chain((parts) => fc.constantFrom(parts.join(" "), parts.join("")));

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  glued,
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1, max: 3000000 }),
  fc.boolean(),
  fc.constant(null),
);

describe("parsePeriod never throws", () => {
  test("arbitrary cells, without a term", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        wellFormed(parsePeriod(v));
      }),
      { numRuns: 3000 },
    );
  });

  test("arbitrary cells, with a term", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        wellFormed(parsePeriod(v, { term: SCHOOL_2021 }));
      }),
      { numRuns: 3000 },
    );
  });

  test("glued pieces of real periods", () => {
    fc.assert(
      fc.property(glued, (s) => {
        wellFormed(parsePeriod(s));
        wellFormed(parsePeriod(s, { term: SCHOOL_2021 }));
      }),
      { numRuns: 5000 },
    );
  });

  test("deep or unbalanced brackets and long inputs", () => {
    for (const s of ["(".repeat(999), ")".repeat(999), "(".repeat(400) + "Сентябрь 2021" + ")".repeat(400), "Сентябрь 2021 г., ".repeat(60), "1".repeat(999)]) {
      wellFormed(parsePeriod(s));
    }
  });

  test("parseTerm never throws either", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const t = parseTerm(v);
        if (t !== null) expect(t).toEqual({ start: expect.objectContaining({ year: expect.any(Number) }), end: expect.objectContaining({ year: expect.any(Number) }) });
      }),
      { numRuns: 3000 },
    );
  });
});
