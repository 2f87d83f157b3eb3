/**
 * A small accumulator for one SheetPlan. Styles are resolved per cell (later calls add to or override earlier
 * ones) and emitted as non-overlapping rectangles, so that the order in which an adapter applies `styles` and
 * `cells` cannot change the result.
 */
import type { RangeRef } from "../address";
import { MAX_COLS } from "../excelLimits";
import type { CellStyle, CellValue, CellWrite, ConditionalFormatWrite, NameWrite, RangeStyle, SheetPlan, ValidationWrite } from "../workbook";

const KEY_COLS = MAX_COLS;

function key(row: number, col: number): number {
  return row * KEY_COLS + col;
}

export function rect(top: number, left: number, bottom = top, right = left): RangeRef {
  return { top, left, bottom, right };
}

export class SheetBuilder {
  private readonly values = new Map<number, CellWrite>();
  private readonly cellStyles = new Map<number, CellStyle>();
  private readonly merges: RangeRef[] = [];
  private readonly names: NameWrite[] = [];
  private readonly validations: ValidationWrite[] = [];
  private readonly conditionalFormats: ConditionalFormatWrite[] = [];
  private readonly widths = new Map<number, number>();

  constructor(readonly sheet: string) {}

  /** A plain value (a date is its serial number); `undefined` and "" write nothing but the style. */
  value(row: number, col: number, value: CellValue | undefined, style?: CellStyle): this {
    if (value !== undefined && value !== null && value !== "") this.values.set(key(row, col), { row, col, value });
    if (style) this.style(rect(row, col), style);
    return this;
  }

  formula(row: number, col: number, formula: string, style?: CellStyle): this {
    this.values.set(key(row, col), { row, col, formula });
    if (style) this.style(rect(row, col), style);
    return this;
  }

  /** A prepared write (compute's owned cells): value or formula plus its style. */
  write(cell: CellWrite): this {
    if (cell.formula !== undefined) this.formula(cell.row, cell.col, cell.formula, cell.style);
    else this.value(cell.row, cell.col, cell.value, cell.style);
    return this;
  }

  style(ref: RangeRef, style: CellStyle): this {
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const k = key(r, c);
        this.cellStyles.set(k, { ...this.cellStyles.get(k), ...style });
      }
    }
    return this;
  }

  /** Merge a rectangle; the value (if any) goes to its top-left cell and the style to the whole area. */
  merge(ref: RangeRef, value?: CellValue, style?: CellStyle): this {
    if (ref.bottom > ref.top || ref.right > ref.left) this.merges.push(ref);
    this.value(ref.top, ref.left, value);
    if (style) this.style(ref, style);
    return this;
  }

  name(name: string, ref: RangeRef, sheet?: string): this {
    this.names.push(sheet ? { name, ref, sheet } : { name, ref });
    return this;
  }

  validate(v: ValidationWrite): this {
    this.validations.push(v);
    return this;
  }

  conditional(cf: ConditionalFormatWrite): this {
    this.conditionalFormats.push(cf);
    return this;
  }

  width(col: number, width: number): this {
    this.widths.set(col, width);
    return this;
  }

  build(extra: Omit<SheetPlan, "sheet" | "cells" | "styles" | "merges" | "names" | "validations" | "conditionalFormats" | "columnWidths"> = {}): SheetPlan {
    const cells = [...this.values.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const plan: SheetPlan = { sheet: this.sheet, ...extra, cells };
    if (this.widths.size) plan.columnWidths = [...this.widths].sort((a, b) => a[0] - b[0]).map(([col, width]) => ({ col, width }));
    const styles = this.rangeStyles();
    if (styles.length) plan.styles = styles;
    if (this.merges.length) plan.merges = [...this.merges];
    if (this.names.length) plan.names = [...this.names];
    if (this.validations.length) plan.validations = [...this.validations];
    if (this.conditionalFormats.length) plan.conditionalFormats = [...this.conditionalFormats];
    return plan;
  }

  /** Per-cell styles → rectangles: runs of equal style along a row, then equal runs stacked over rows. */
  private rangeStyles(): RangeStyle[] {
    const byRow = new Map<number, { col: number; id: string; style: CellStyle }[]>();
    for (const [k, style] of this.cellStyles) {
      const row = Math.floor(k / KEY_COLS);
      const list = byRow.get(row) ?? [];
      list.push({ col: k % KEY_COLS, id: styleId(style), style });
      byRow.set(row, list);
    }
    const open = new Map<string, RangeStyle>(); // "left:right:id" → rectangle still growing downwards
    const done: RangeStyle[] = [];
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
      const runs: { left: number; right: number; id: string; style: CellStyle }[] = [];
      for (const c of cells) {
        const last = runs[runs.length - 1];
        if (last && last.id === c.id && last.right === c.col - 1) last.right = c.col;
        else runs.push({ left: c.col, right: c.col, id: c.id, style: c.style });
      }
      const seen = new Set<string>();
      for (const run of runs) {
        const k = `${run.left}:${run.right}:${run.id}`;
        seen.add(k);
        const rs = open.get(k);
        if (rs && rs.ref.bottom === row - 1) rs.ref.bottom = row;
        else {
          if (rs) done.push(rs);
          open.set(k, { ref: rect(row, run.left, row, run.right), style: run.style });
        }
      }
      for (const [k, rs] of open) {
        if (!seen.has(k) && rs.ref.bottom < row) {
          done.push(rs);
          open.delete(k);
        }
      }
    }
    done.push(...open.values());
    return done.sort((a, b) => a.ref.top - b.ref.top || a.ref.left - b.ref.left);
  }
}

function styleId(style: CellStyle): string {
  return JSON.stringify(
    Object.keys(style)
      .sort()
      .map((k) => [k, style[k as keyof CellStyle]]),
  );
}
