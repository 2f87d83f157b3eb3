/** Random tables, merges, names and values never make validation throw, and findings are well-formed and sorted. */
import fc from "fast-check";
import { validateWorkbook } from "../../../src/core/rules";
import { cellValue, nameSnapshot, sheetSnapshot } from "../../fixtures/arbitraries";
import { PLAN_ROW, PASSPORT_ROW, seedLikePassportSheet, seedLikePlanSheet } from "../../fixtures/seedLike";
import type { CellValue } from "../../../src/core/workbook";

describe("validation never throws", () => {
  it("on random workbooks", () => {
    fc.assert(
      fc.property(fc.tuple(sheetSnapshot("А"), sheetSnapshot("Б")), fc.array(nameSnapshot(["А", "Б"]), { maxLength: 6 }), ([a, b], names) => {
        const rep = validateWorkbook({ sheets: [a, b], names });
        expect(rep.sheets.map((s) => s.sheet)).toEqual(["А", "Б"]);
        for (const s of rep.sheets) {
          for (const f of s.findings) {
            expect(f.sheet).toBe(s.sheet);
            expect(typeof f.message.ru).toBe("string");
            expect(typeof f.message.en).toBe("string");
          }
          const keys = s.findings.map((f) => [f.row, f.col]);
          const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          expect(keys).toEqual(sorted);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on the seed-like documents with random values planted in random cells", () => {
    const edit = fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 7 }), cellValue);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.array(edit, { maxLength: 12 }), (pe, qe) => {
        const passport = seedLikePassportSheet({ edits: pe as [number, number, CellValue][] });
        const plan = seedLikePlanSheet({ edits: qe as [number, number, CellValue][] });
        const rep = validateWorkbook({ sheets: [passport, plan], names: [] });
        expect(rep.sheets).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
    expect(PLAN_ROW.analysis).toBeGreaterThan(0);
    expect(PASSPORT_ROW.risk3).toBeGreaterThan(0);
  });
});
