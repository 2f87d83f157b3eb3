/** Random tables, merges, names and values never make recognition throw. */
import fc from "fast-check";
import { recognizeSheet, recognizeWorkbook } from "../../../src/core/recognition";
import type { CellValue, SheetSnapshot } from "../../../src/core/workbook";
import { nameSnapshot, sheetSnapshot } from "../../fixtures/arbitraries";

describe("recognition never throws", () => {
  it("on random sheets", () => {
    fc.assert(
      fc.property(sheetSnapshot("Лист"), (s) => {
        const r = recognizeSheet(s);
        expect(["passport", "plan", "schedule", "other"]).toContain(r.kind);
        for (const n of r.unmapped) {
          expect(n).toEqual(expect.objectContaining({ row: expect.any(Number), col: expect.any(Number) }));
          expect([n.row % 1, n.col % 1]).toEqual([0, 0]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("on random workbooks with random template names", () => {
    fc.assert(
      fc.property(fc.tuple(sheetSnapshot("А"), sheetSnapshot("Б")), fc.array(nameSnapshot(["А", "Б"]), { maxLength: 8 }), ([a, b], names) => {
        const rec = recognizeWorkbook({ sheets: [a, b], names });
        expect(rec.sheets).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });

  it("on ragged rows, holes and odd merges", () => {
    const values: CellValue[][] = [];
    values[3] = [];
    values[3][5] = "Деятельность";
    values[5] = ["", "Сроки", undefined as unknown as CellValue];
    const s: SheetSnapshot = {
      name: "Дыры",
      values,
      merges: [
        { top: 5, left: 3, bottom: 2, right: 1 },
        { top: 100, left: 100, bottom: 200, right: 200 },
      ],
      visibility: "visible",
      protected: false,
    };
    expect(() => recognizeSheet(s)).not.toThrow();
  });
});
