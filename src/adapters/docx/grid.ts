/**
 * Blocks → one sheet, as if the document were pasted into Excel at A1 (without the paste's mistakes): each
 * paragraph outside a table is a row (tab-separated parts in their own columns, so «label<TAB>value» lines
 * become a label and a value), each table row is a row with every cell at its grid column, w:gridSpan and
 * w:vMerge become merges, and the place of every row in the document is kept for messages
 * («таблица 2, строка 5, столбец 3»).
 */
import type { RangeRef } from "../../core/address";
import type { CellValue, SheetSnapshot } from "../../core/workbook";
import type { DocxBlock } from "./body";

/** Where a sheet row came from. Numbers are 1-based, as people count them. */
export type RowOrigin = { kind: "table"; table: number; row: number } | { kind: "paragraph"; paragraph: number };

const INTEGER = /^-?(?:0|[1-9]\d{0,14})$/;
const DECIMAL_COMMA = /^-?(?:0|[1-9]\d{0,2}(?:[ \u00a0]\d{3})+|[1-9]\d*),\d+$|^-?[1-9]\d{0,2}(?:[ \u00a0]\d{3})+$/;

/**
 * A cell's value: whole numbers and numbers with a decimal comma («1440,00», «1 440,5») become numbers, as
 * Excel makes them on a Russian paste; anything else stays text, «1.2» too (in these documents a dot number
 * is an item's numbering, never a decimal).
 */
export function cellValue(text: string): CellValue {
  const t = text.trim();
  if (INTEGER.test(t)) return Number(t);
  if (DECIMAL_COMMA.test(t)) return Number(t.replace(/[ \u00a0]/g, "").replace(",", "."));
  return text;
}

export interface PlacedSheet {
  sheet: SheetSnapshot;
  /** origins[row]: where sheet row `row` came from */
  origins: RowOrigin[];
  tables: number;
  paragraphs: number;
}

export function placeBlocks(name: string, blocks: DocxBlock[]): PlacedSheet {
  const values: CellValue[][] = [];
  const origins: RowOrigin[] = [];
  const merges: RangeRef[] = [];
  let tables = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      paragraphs++;
      const parts = b.text.replace(/^\t+|\t+$/g, "").split(/\t+/);
      values.push(parts.map((p) => (p.trim() === "" ? "" : cellValue(p))));
      origins.push({ kind: "paragraph", paragraph: paragraphs });
      continue;
    }
    tables++;
    const open = new Map<number, RangeRef>();
    b.rows.forEach((cells, i) => {
      const r = values.length;
      const row: CellValue[] = new Array(b.columns).fill("");
      const continued = new Set<number>();
      for (const c of cells) {
        if (c.vMerge === "continue" && open.has(c.col)) {
          open.get(c.col)!.bottom = r;
          continued.add(c.col);
          continue;
        }
        row[c.col] = c.text === "" ? "" : cellValue(c.text);
        const ref: RangeRef = { top: r, left: c.col, bottom: r, right: c.col + c.span - 1 };
        if (c.span > 1 || c.vMerge === "restart") merges.push(ref);
        if (c.vMerge === "restart") {
          open.set(c.col, ref);
          continued.add(c.col);
        }
      }
      for (const col of [...open.keys()]) if (!continued.has(col)) open.delete(col);
      values.push(row);
      origins.push({ kind: "table", table: tables, row: i + 1 });
    });
  }
  const width = Math.max(1, ...values.map((r) => r.length));
  for (const r of values) while (r.length < width) r.push("");
  const sheet: SheetSnapshot = {
    name,
    values,
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left),
    visibility: "visible",
    protected: false,
  };
  return { sheet, origins, tables, paragraphs };
}
