import fc from "fast-check";
import { columnIndex, columnLetter, formatCell, formatRange, parseCell, parseRange, quoteSheet, sheetRange } from "../../src/core/address";
import { freeSheetName } from "../../src/core/workbook";
import { SHEET_NAME_MAX } from "../../src/core/excelLimits";

describe("A1 addresses", () => {
  test("columns convert both ways at the edges", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(16383)).toBe("XFD");
    expect(columnIndex("xfd")).toBe(16383);
    expect(() => columnLetter(16384)).toThrow(RangeError);
  });

  test("any column round-trips", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetter(c)) === c));
  });

  test("cells parse with and without $", () => {
    expect(parseCell("C11")).toEqual({ row: 10, col: 2 });
    expect(parseCell("$C$11")).toEqual({ row: 10, col: 2 });
    expect(formatCell({ row: 10, col: 2 })).toBe("C11");
    expect(formatCell({ row: 10, col: 2 }, true)).toBe("$C$11");
    expect(() => parseCell("11C")).toThrow(RangeError);
  });

  test("ranges parse with quoted sheet names, whole rows and whole columns", () => {
    expect(parseRange("'План реализации'!$A$2:$C$10")).toEqual({ sheet: "План реализации", top: 1, left: 0, bottom: 9, right: 2 });
    expect(parseRange("Sheet1!B2")).toEqual({ sheet: "Sheet1", top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseRange("B:C")).toMatchObject({ top: 0, left: 1, right: 2 });
    expect(parseRange("2:5")).toMatchObject({ top: 1, bottom: 4, left: 0 });
    expect(parseRange("'It''s'!A1").sheet).toBe("It's");
  });

  test("formatting quotes sheet names that need it", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("Паспорт (2)")).toBe("'Паспорт (2)'");
    // letters of any script need no quotes, as Excel writes them; names read as a cell or R1C1 reference, or starting with a digit, do
    expect(quoteSheet("Паспорт")).toBe("Паспорт");
    expect(quoteSheet("План реализации")).toBe("'План реализации'");
    expect(quoteSheet("План-график")).toBe("'План-график'");
    expect(quoteSheet("_po_lists")).toBe("_po_lists");
    expect(["A1", "XFD1048576", "Q1", "R1C1", "rc", "R2C", "2024", "1Лист", ""].map(quoteSheet)).toEqual(["'A1'", "'XFD1048576'", "'Q1'", "'R1C1'", "'rc'", "'R2C'", "'2024'", "'1Лист'", "''"]);
    expect(sheetRange("It's", { top: 0, left: 0, bottom: 1, right: 1 })).toBe("'It''s'!$A$1:$B$2");
    expect(formatRange({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
  });
});

describe("free sheet names", () => {
  test("a second passport becomes «Паспорт (2)», never replacing the first", () => {
    expect(freeSheetName("Паспорт", ["Лист1"])).toBe("Паспорт");
    expect(freeSheetName("Паспорт", ["Паспорт"])).toBe("Паспорт (2)");
    expect(freeSheetName("Паспорт", ["паспорт", "Паспорт (2)"])).toBe("Паспорт (3)");
  });

  test("the result is never taken and fits Excel's SHEET_NAME_MAX (31) characters", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: SHEET_NAME_MAX }), { maxLength: 20 }), fc.string({ minLength: 1, maxLength: SHEET_NAME_MAX }), (existing, base) => {
        const name = freeSheetName(base, existing);
        return name.length <= SHEET_NAME_MAX && !existing.some((e) => e.toLocaleLowerCase() === name.toLocaleLowerCase());
      }),
    );
  });
});
