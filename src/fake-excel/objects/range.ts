/**
 * Excel.Range and its format (fill, font, borders), and RangeAreas / RangeCollection (merged areas).
 */
import type { RangeRef } from "../../core/address";
import { COLUMN_WIDTH_MAX } from "../../core/excelLimits";
import { FakeOfficeError } from "../errors";
import { MAX_COLS, MAX_ROWS, colsOf, formatAddress, intersects, rowsOf } from "../a1";
import { DEFAULT_COLUMN_WIDTH_PT, DEFAULT_FONT, DEFAULT_ROW_HEIGHT_PT } from "../model";
import type { FakeBorder, FakeSheet } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import {
  q,
  assertEditable,
  checkGrid,
  rangeArg,
  cellValue,
  cellFormula,
  grid,
  uniform,
  normalizeColor,
  writeCell,
  writeNumberFormat,
  writeGrid,
  patchFont,
  patchCells,
  valueType,
  H_ALIGN,
  V_ALIGN,
  BORDER_INDEX,
  BORDER_STYLE,
  BORDER_WEIGHT,
  borderCells,
  type RangeT,
} from "./cells";
import { DataValidationProxy } from "./validation";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { WorksheetProxy } from "./worksheet";

// ---------------------------------------------------------------------------------------------
// Range and its parts

/** Range.getMergedAreasOrNullObject fails above this many merged areas (see there). */
export const MAX_MERGED_AREAS = 512;

export class RangeProxy extends FakeClientObject {
  getCell(row: number, column: number): RangeProxy {
    return subRange(this, `getCell(${row},${column})`, (t) => ({ top: t.ref.top + row, left: t.ref.left + column, bottom: t.ref.top + row, right: t.ref.left + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return subRange(this, `getOffsetRange(${rowOffset},${columnOffset})`, (t) => ({
      top: t.ref.top + rowOffset,
      bottom: t.ref.bottom + rowOffset,
      left: t.ref.left + columnOffset,
      right: t.ref.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    this._requires("1.7", "getResizedRange");
    return subRange(this, `getResizedRange(${deltaRows},${deltaColumns})`, (t) => ({ ...t.ref, bottom: t.ref.bottom + deltaRows, right: t.ref.right + deltaColumns }));
  }
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    return subRange(this, `getBoundingRect(${typeof anotherRange === "string" ? q(anotherRange) : "range"})`, (t) => {
      const o = rangeArg(anotherRange, t.sheet.workbook, t.sheet);
      if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument");
      return { top: Math.min(t.ref.top, o.ref.top), left: Math.min(t.ref.left, o.ref.left), bottom: Math.max(t.ref.bottom, o.ref.bottom), right: Math.max(t.ref.right, o.ref.right) };
    });
  }
  getLastRow(): RangeProxy {
    return subRange(this, "getLastRow()", (t) => ({ ...t.ref, top: t.ref.bottom }));
  }
  getLastColumn(): RangeProxy {
    return subRange(this, "getLastColumn()", (t) => ({ ...t.ref, left: t.ref.right }));
  }
  getRow(row: number): RangeProxy {
    return subRange(this, `getRow(${row})`, (t) => ({ ...t.ref, top: t.ref.top + row, bottom: t.ref.top + row }));
  }
  getColumn(column: number): RangeProxy {
    return subRange(this, `getColumn(${column})`, (t) => ({ ...t.ref, left: t.ref.left + column, right: t.ref.left + column }));
  }
  getEntireRow(): RangeProxy {
    return subRange(this, "getEntireRow()", (t) => ({ ...t.ref, left: 0, right: MAX_COLS - 1 }));
  }
  getEntireColumn(): RangeProxy {
    return subRange(this, "getEntireColumn()", (t) => ({ ...t.ref, top: 0, bottom: MAX_ROWS - 1 }));
  }
  merge(across = false): void {
    this._call("merge", [across], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.addMerge(t.ref, across);
    });
  }
  unmerge(): void {
    this._call("unmerge", [], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.unmerge(t.ref);
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this._requires("1.13", "getMergedAreasOrNullObject");
    return new RangeAreasProxy(
      this._ctx,
      this,
      (t: RangeT) => {
        const areas = t.sheet.merges.filter((m) => intersects(m, t.ref));
        // "if the merged areas count in this range is more than 512, then this method will fail to return the result"
        // (@types/office-js, Range.getMergedAreasOrNullObject, ExcelApi 1.13). The error code is unconfirmed (checklist).
        if (areas.length > MAX_MERGED_AREAS) throw new FakeOfficeError("GeneralException", { message: "The range has more than 512 merged areas.", errorLocation: "Range.getMergedAreasOrNullObject" });
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      "getMergedAreasOrNullObject()",
    );
  }
  select(): void {
    this._call("select", [], (t: RangeT) => {
      if (t.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation");
      t.sheet.workbook.activeSheetId = t.sheet.id;
      t.sheet.workbook.selection = { sheetId: t.sheet.id, ref: { ...t.ref } };
    });
  }
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (t: RangeT) => {
      assertEditable(t.sheet);
      const hits: [number, number][] = [];
      t.sheet.forEachStored(t.ref, (r, c) => hits.push([r, c]));
      for (const [r, c] of hits) {
        if (applyTo === "All" || applyTo === "Contents") t.sheet.patchCell(r, c, { value: undefined, formula: undefined, quotePrefix: undefined });
        if (applyTo === "All" || applyTo === "Formats")
          t.sheet.patchCell(r, c, { numberFormat: undefined, fill: undefined, font: undefined, wrap: undefined, hAlign: undefined, vAlign: undefined, borders: undefined });
      }
      if (applyTo === "All" || applyTo === "Formats") t.sheet.unmerge(t.ref);
    });
  }
}

export function subRange(parent: RangeProxy, desc: string, fn: (t: RangeT) => RangeRef): RangeProxy {
  return new RangeProxy(
    parent._ctx,
    parent,
    (t: RangeT) => {
      const ref = fn(t);
      checkGrid(ref);
      return { sheet: t.sheet, ref };
    },
    desc,
  );
}

defineClass(RangeProxy, {
  typeName: "Range",
  props: {
    address: { get: (t: RangeT) => formatAddress(t.sheet.name, t.ref) },
    addressLocal: { get: (t: RangeT) => formatAddress(t.sheet.name, t.ref) },
    rowCount: { get: (t: RangeT) => rowsOf(t.ref) },
    columnCount: { get: (t: RangeT) => colsOf(t.ref) },
    cellCount: { get: (t: RangeT) => rowsOf(t.ref) * colsOf(t.ref) },
    rowIndex: { get: (t: RangeT) => t.ref.top },
    columnIndex: { get: (t: RangeT) => t.ref.left },
    isEntireColumn: { get: (t: RangeT) => t.ref.top === 0 && t.ref.bottom === MAX_ROWS - 1 },
    isEntireRow: { get: (t: RangeT) => t.ref.left === 0 && t.ref.right === MAX_COLS - 1 },
    values: { get: (t: RangeT) => grid(t, cellValue), set: (t: RangeT, v) => writeGrid(t, v, writeCell) },
    formulas: { get: (t: RangeT) => grid(t, cellFormula), set: (t: RangeT, v) => writeGrid(t, v, writeCell) },
    numberFormat: { get: (t: RangeT) => grid(t, (c) => c?.numberFormat ?? "General"), set: (t: RangeT, v) => writeGrid(t, v, writeNumberFormat) },
    text: { get: (t: RangeT) => grid(t, (c) => String(cellValue(c))) },
    valueTypes: { get: (t: RangeT) => grid(t, valueType) },
  },
  nav: {
    format: { make: (p) => new RangeFormatProxy(p._ctx, p, (t) => t, "format") },
    dataValidation: { make: (p) => new DataValidationProxy(p._ctx, p, (t) => t, "dataValidation"), since: "1.8" },
    conditionalFormats: { make: (p) => new ConditionalFormatCollectionProxy(p._ctx, p, (t) => t, "conditionalFormats"), since: "1.6" },
    worksheet: { make: (p) => new WorksheetProxy(p._ctx, p, (t: RangeT) => t.sheet, "worksheet") },
  },
});

export class RangeFormatProxy extends FakeClientObject {
  autofitColumns(): void {
    this._call("autofitColumns", [], (t: RangeT) => assertEditable(t.sheet));
  }
  autofitRows(): void {
    this._call("autofitRows", [], (t: RangeT) => assertEditable(t.sheet));
  }
}
defineClass(RangeFormatProxy, {
  typeName: "RangeFormat",
  props: {
    wrapText: { get: (t: RangeT) => uniform(t, (c) => c?.wrap ?? false), set: (t: RangeT, v) => patchCells(t, { wrap: v ? true : undefined }) },
    horizontalAlignment: {
      get: (t: RangeT) => uniform(t, (c) => c?.hAlign ?? "General"),
      set: (t: RangeT, v) => {
        if (!H_ALIGN.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        patchCells(t, { hAlign: v === "General" ? undefined : (v as string) });
      },
    },
    verticalAlignment: {
      get: (t: RangeT) => uniform(t, (c) => c?.vAlign ?? "Bottom"),
      set: (t: RangeT, v) => {
        if (!V_ALIGN.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        patchCells(t, { vAlign: v === "Bottom" ? undefined : (v as string) });
      },
    },
    columnWidth: {
      get: (t: RangeT) => {
        const w = new Set<number>();
        for (let c = t.ref.left; c <= Math.min(t.ref.right, t.ref.left + 20000); c++) w.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT);
        return w.size === 1 ? [...w][0] : null;
      },
      set: (t: RangeT, v) => {
        if (typeof v !== "number" || !(v >= 0) || v > COLUMN_WIDTH_MAX * 7.5) throw new FakeOfficeError("InvalidArgument");
        assertEditable(t.sheet);
        for (let c = t.ref.left; c <= t.ref.right; c++) t.sheet.columnWidths.set(c, v);
      },
    },
    rowHeight: {
      get: (t: RangeT) => {
        const h = new Set<number>();
        for (let r = t.ref.top; r <= Math.min(t.ref.bottom, t.ref.top + 20000); r++) h.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT);
        return h.size === 1 ? [...h][0] : null;
      },
      set: (t: RangeT, v) => {
        if (typeof v !== "number" || !(v >= 0) || v > 409) throw new FakeOfficeError("InvalidArgument");
        assertEditable(t.sheet);
        for (let r = t.ref.top; r <= t.ref.bottom; r++) t.sheet.rowHeights.set(r, v);
      },
    },
  },
  nav: {
    fill: { make: (p) => new RangeFillProxy(p._ctx, p, (t) => t, "fill") },
    font: { make: (p) => new RangeFontProxy(p._ctx, p, (t) => t, "font") },
    borders: { make: (p) => new RangeBorderCollectionProxy(p._ctx, p, (t) => t, "borders") },
  },
});

export class RangeFillProxy extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: RangeT) => patchCells(t, { fill: undefined }));
  }
}
defineClass(RangeFillProxy, {
  typeName: "RangeFill",
  props: {
    // Office reports no fill as white; `pattern` (ExcelApi 1.9) tells "None" from a white fill.
    color: { get: (t: RangeT) => uniform(t, (c) => c?.fill ?? "#FFFFFF"), set: (t: RangeT, v) => patchCells(t, { fill: normalizeColor(v) }) },
    pattern: {
      since: "1.9",
      get: (t: RangeT) => uniform(t, (c) => (c?.fill ? "Solid" : "None")),
      set: (t: RangeT, v) => {
        if (v === "None") patchCells(t, { fill: undefined });
        else if (v !== "Solid") throw new FakeOfficeError("InvalidArgument", { message: "fake-excel: only the None and Solid fill patterns are modelled." });
      },
    },
  },
  nav: {},
});

export class RangeFontProxy extends FakeClientObject {}
defineClass(RangeFontProxy, {
  typeName: "RangeFont",
  props: {
    bold: { get: (t: RangeT) => uniform(t, (c) => c?.font?.bold ?? DEFAULT_FONT.bold), set: (t: RangeT, v) => patchFont(t, { bold: Boolean(v) }) },
    italic: { get: (t: RangeT) => uniform(t, (c) => c?.font?.italic ?? DEFAULT_FONT.italic), set: (t: RangeT, v) => patchFont(t, { italic: Boolean(v) }) },
    color: { get: (t: RangeT) => uniform(t, (c) => c?.font?.color ?? DEFAULT_FONT.color), set: (t: RangeT, v) => patchFont(t, { color: normalizeColor(v) }) },
    size: {
      get: (t: RangeT) => uniform(t, (c) => c?.font?.size ?? DEFAULT_FONT.size),
      set: (t: RangeT, v) => {
        if (typeof v !== "number" || v < 1 || v > 409) throw new FakeOfficeError("InvalidArgument");
        patchFont(t, { size: v });
      },
    },
    name: {
      get: (t: RangeT) => uniform(t, (c) => c?.font?.name ?? DEFAULT_FONT.name),
      set: (t: RangeT, v) => {
        if (typeof v !== "string" || !v) throw new FakeOfficeError("InvalidArgument");
        patchFont(t, { name: v });
      },
    },
  },
  nav: {},
});

export interface BorderT {
  range: RangeT;
  index: string;
}

export class RangeBorderCollectionProxy extends FakeClientObject {
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(
      this._ctx,
      this,
      (t: RangeT) => {
        if (!BORDER_INDEX.includes(index)) throw new FakeOfficeError("InvalidArgument");
        return { range: t, index };
      },
      `getItem(${q(index)})`,
    );
  }
  get count(): number {
    return BORDER_INDEX.length;
  }
}
defineClass(RangeBorderCollectionProxy, {
  typeName: "RangeBorderCollection",
  props: {},
  nav: {},
  items: (t: RangeT, coll) => BORDER_INDEX.slice(0, 6).map((index) => new RangeBorderProxy(coll._ctx, coll, null, `getItem(${q(index)})`, { bound: { range: t, index }, noInstantiate: true })),
});

export function borderProp(field: keyof FakeBorder, dflt: string) {
  return {
    get: (t: BorderT) => {
      const cells = borderCells(t.range.ref, t.index);
      if (cells.length === 0) return t.index.startsWith("Diagonal") ? (field === "style" ? "None" : dflt) : null;
      const seen = new Set<string>();
      for (const { row, col, edge } of cells) {
        const b = t.range.sheet.getCell(row, col)?.borders?.[edge];
        seen.add(b ? (b[field] ?? dflt) : field === "style" ? "None" : dflt);
        if (seen.size > 1) return null;
      }
      return [...seen][0];
    },
    set: (t: BorderT, v: unknown) => {
      assertEditable(t.range.sheet);
      if (field === "style" && !BORDER_STYLE.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
      if (field === "weight" && !BORDER_WEIGHT.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
      const value = field === "color" ? normalizeColor(v) : (v as string);
      for (const { row, col, edge } of borderCells(t.range.ref, t.index)) {
        const cell = t.range.sheet.getCell(row, col);
        const borders = { ...(cell?.borders ?? {}) };
        if (field === "style" && value === "None") delete borders[edge];
        else borders[edge] = { style: "Continuous", weight: "Thin", color: "#000000", ...(borders[edge] ?? {}), [field]: value };
        t.range.sheet.patchCell(row, col, { borders: Object.keys(borders).length ? borders : undefined });
      }
    },
  };
}

export class RangeBorderProxy extends FakeClientObject {}
defineClass(RangeBorderProxy, {
  typeName: "RangeBorder",
  props: {
    sideIndex: { get: (t: BorderT) => t.index },
    style: borderProp("style", "None"),
    weight: borderProp("weight", "Thin"),
    color: borderProp("color", "#000000"),
  },
  nav: {},
});

// ---- RangeAreas (merged areas) ----

export interface AreasT {
  sheet: FakeSheet;
  areas: RangeRef[];
}

export class RangeAreasProxy extends FakeClientObject {}
defineClass(RangeAreasProxy, {
  typeName: "RangeAreas",
  props: {
    address: { get: (t: AreasT) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(",") },
    addressLocal: { get: (t: AreasT) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(",") },
    areaCount: { get: (t: AreasT) => t.areas.length },
    cellCount: { get: (t: AreasT) => t.areas.reduce((n, a) => n + rowsOf(a) * colsOf(a), 0) },
  },
  nav: { areas: { make: (p) => new RangeCollectionProxy(p._ctx, p, (t) => t, "areas"), since: "1.9" } },
});

export class RangeCollectionProxy extends FakeClientObject {
  getItemAt(index: number): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (t: AreasT) => {
        const a = t.areas[index];
        if (!a) throw new FakeOfficeError("ItemNotFound");
        return { sheet: t.sheet, ref: a };
      },
      `getItemAt(${index})`,
    );
  }
}
defineClass(RangeCollectionProxy, {
  typeName: "RangeCollection",
  props: {},
  nav: {},
  items: (t: AreasT, coll) => t.areas.map((a, i) => new RangeProxy(coll._ctx, coll, null, `getItemAt(${i})`, { bound: { sheet: t.sheet, ref: a }, noInstantiate: true })),
});
