/**
 * Property: any table Word can hold — cells spanning columns, cells merged down over several rows, a few
 * paragraphs per cell — is read into a grid where each cell's text sits at its own grid column and row, the
 * covered cells are empty, and each spanned or merged cell is exactly one merge of its size.
 */
import fc from "fast-check";
import type { RangeRef } from "../../../src/core/address";
import { readDocx } from "../../../src/adapters/docx";
import { docxBuffer, type DocCellSpec } from "../../fixtures/docx/build";

interface Layout {
  columns: number;
  /** per row: cells as [col, span, continuesAbove] */
  rows: { col: number; span: number; cont: boolean }[][];
}

/** Random spans per row; a cell may continue the one above when that one starts at its column with its span. */
const layout: fc.Arbitrary<Layout> = fc
  .record({ columns: fc.integer({ min: 1, max: 5 }), rows: fc.integer({ min: 1, max: 5 }), seed: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 60, maxLength: 60 }) })
  .map(({ columns, rows, seed }) => {
    let k = 0;
    const next = () => seed[k++ % seed.length];
    const out: Layout["rows"] = [];
    for (let r = 0; r < rows; r++) {
      const row: Layout["rows"][number] = [];
      for (let col = 0; col < columns;) {
        const span = 1 + (next() % Math.min(3, columns - col));
        const above = out[r - 1]?.find((c) => c.col === col && c.span === span);
        row.push({ col, span, cont: !!above && next() % 3 === 0 });
        col += span;
      }
      out.push(row);
    }
    return { columns, rows: out };
  });

const textOf = (r: number, c: number) => (r % 2 ? `Строка ${r + 1}, ячейка ${c + 1}` : `р${r + 1}к${c + 1}\nвторой абзац`);

test("cells at their grid columns, covered cells empty, one merge per spanned or merged cell", async () => {
  await fc.assert(
    fc.asyncProperty(layout, async ({ columns, rows }) => {
      // a cell restarts a vertical merge when the row below continues it
      const continuedBelow = (r: number, col: number) => rows[r + 1]?.some((c) => c.col === col && c.cont) ?? false;
      const table = rows.map((row, r) =>
        row.map((c): DocCellSpec => ({ text: c.cont ? "" : textOf(r, c.col), span: c.span > 1 ? c.span : undefined, vMerge: c.cont ? "continue" : continuedBelow(r, c.col) ? "restart" : undefined })),
      );
      const sheet = readDocx(new Uint8Array(await docxBuffer([{ table, columns }]))).snapshot.sheets[0];
      const expected: string[][] = rows.map(() => new Array(columns).fill(""));
      const merges: RangeRef[] = [];
      rows.forEach((row, r) =>
        row.forEach((c) => {
          if (c.cont) return;
          expected[r][c.col] = textOf(r, c.col);
          let bottom = r;
          while (rows[bottom + 1]?.some((x) => x.col === c.col && x.cont)) bottom++;
          if (bottom > r || c.span > 1) merges.push({ top: r, left: c.col, bottom, right: c.col + c.span - 1 });
        }),
      );
      expect(sheet.values.map((r) => r.map(String))).toEqual(expected);
      const key = (m: RangeRef) => `${m.top}:${m.left}:${m.bottom}:${m.right}`;
      expect(sheet.merges.map(key).sort()).toEqual(merges.map(key).sort());
    }),
    { numRuns: 40 },
  );
});
