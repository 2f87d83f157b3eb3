import fc from "fast-check";
import { clipText, isValidDefinedName, MAX_COLS, MAX_ROWS, SHEET_NAME_MAX, sheetNameProblem, VALIDATION_TEXT_LIMITS } from "../../src/core/excelLimits";
import { columnLetter, parseCell } from "../../src/core/address";

describe("Excel's limits", () => {
  test("the grid ends at XFD1048576", () => {
    expect(columnLetter(MAX_COLS - 1)).toBe("XFD");
    expect(() => columnLetter(MAX_COLS)).toThrow(RangeError);
    expect(parseCell(`A${MAX_ROWS}`)).toEqual({ row: MAX_ROWS - 1, col: 0 });
    expect(() => parseCell(`A${MAX_ROWS + 1}`)).toThrow(RangeError);
  });

  test("sheet names Excel takes pass; the ones it refuses say why in both languages", () => {
    const taken = ["Паспорт", "Паспорт (2)", "It's", "x".repeat(SHEET_NAME_MAX), "Historyx", "2024"];
    expect(taken.map((n) => [n, sheetNameProblem(n)])).toEqual(taken.map((n) => [n, null]));
    const refused = ["", "   ", "x".repeat(SHEET_NAME_MAX + 1), "a/b", "a\\b", "[a]", "a:b", "a*b", "a?b", "'a", "a'", "History", "HISTORY"];
    const unexplained = refused.filter((n) => {
      const p = sheetNameProblem(n);
      return !p || !p.ru || !p.en;
    });
    expect(unexplained).toEqual([]);
  });

  test("defined and table names follow Excel's rule", () => {
    const valid = ["PO_Passport1_FullName", "_x", "\\x", "Имя.1", "A_1", "XFD", "AAAA1"];
    const invalid = ["", "1x", "A1", "xfd100", "R", "c", "R1C1", "r2c", "TRUE", "false", "a b", "a-b", "x".repeat(256)];
    expect(valid.filter((n) => !isValidDefinedName(n))).toEqual([]);
    expect(invalid.filter((n) => isValidDefinedName(n))).toEqual([]);
  });

  test("clipText keeps a text within the limit and marks the cut with an ellipsis", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(...Object.values(VALIDATION_TEXT_LIMITS)), (text, max) => {
        const out = clipText(text, max);
        if (text.length <= max) return out === text;
        return out.length === max && out.endsWith("…") && text.startsWith(out.slice(0, -1));
      }),
    );
  });
});
