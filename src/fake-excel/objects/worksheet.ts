/**
 * Excel.Worksheet and its parts: protection, freeze panes, page layout.
 */
import type { RangeRef } from "../../core/address";
import { FakeOfficeError } from "../errors";
import { MAX_COLS, MAX_ROWS, excelSheetPrefix, parseLocal } from "../a1";
import { DEFAULT_ROW_HEIGHT_PT, validateSheetName } from "../model";
import type { FakeSheet } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import { q, checkGrid, addressOn, rangeArg, normalizeColor } from "./cells";
import { RangeProxy } from "./range";
import { NamedItemCollectionProxy } from "./names";
import { TableCollectionProxy } from "./tables";
import { NoteCollectionProxy } from "./notes";
import { CommentCollectionProxy } from "./comments";
import { assertStructureEditable } from "./workbook";
import { ChartCollectionProxy } from "./charts";
import { HeaderFooterGroupProxy, PageBreakCollectionProxy } from "./print";

// ---------------------------------------------------------------------------------------------
// Worksheet and its parts

export class WorksheetProxy extends FakeClientObject {
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (s: FakeSheet) => {
        const ref = addressOn(s, address);
        checkGrid(ref);
        return { sheet: s, ref };
      },
      `getRange(${q(address ?? "")})`,
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (s: FakeSheet) => {
        const ref = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
        checkGrid(ref);
        return { sheet: s, ref };
      },
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this._ctx, this, (s: FakeSheet) => ({ sheet: s, ref: usedWithMerges(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } }), `getUsedRange(${valuesOnly})`);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._requires("1.4", "getUsedRangeOrNullObject");
    return new RangeProxy(
      this._ctx,
      this,
      (s: FakeSheet) => {
        const ref = usedWithMerges(s, valuesOnly);
        return ref ? { sheet: s, ref } : null;
      },
      `getUsedRangeOrNullObject(${valuesOnly})`,
    );
  }
  activate(): void {
    this._call("activate", [], (s: FakeSheet) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation");
      const wb = s.workbook;
      wb.activeSheetId = s.id;
      if (wb.selection?.sheetId !== s.id) wb.selection = { sheetId: s.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  delete(): void {
    this._call("delete", [], (s: FakeSheet) => deleteSheet(s));
  }
  getNextOrNullObject(visibleOnly = false): WorksheetProxy {
    this._requires("1.5", "getNextOrNullObject");
    return new WorksheetProxy(
      this._ctx,
      this,
      (s: FakeSheet) => {
        const list = s.workbook.sheets.filter((x) => !visibleOnly || x.visibility === "Visible");
        return list[list.indexOf(s) + 1] ?? null;
      },
      `getNextOrNullObject(${visibleOnly})`,
    );
  }
}

export function deleteSheet(s: FakeSheet): void {
  assertStructureEditable(s.workbook);
  const wb = s.workbook;
  if (s.visibility === "VeryHidden") throw new FakeOfficeError("GeneralException", { message: "A very hidden sheet cannot be deleted; make it hidden or visible first." });
  const visible = wb.sheets.filter((x) => x.visibility === "Visible");
  if (wb.sheets.length === 1 || (s.visibility === "Visible" && visible.length === 1)) throw new FakeOfficeError("InvalidOperation", { message: "A workbook must keep at least one visible sheet." });
  wb.sheets = wb.sheets.filter((x) => x !== s);
  wb.tables = wb.tables.filter((t) => t.sheet !== s);
  const prefix = `${excelSheetPrefix(s.name)}!`;
  for (const n of wb.names) if (n.formula.startsWith(`=${prefix}`)) n.formula = `=#REF!${n.formula.slice(prefix.length + 1)}`;
  if (wb.activeSheetId === s.id) {
    const next = wb.sheets.find((x) => x.visibility === "Visible");
    wb.activeSheetId = next?.id ?? null;
    wb.selection = next ? { sheetId: next.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
  } else if (wb.selection?.sheetId === s.id) wb.selection = null;
}

defineClass(WorksheetProxy, {
  typeName: "Worksheet",
  props: {
    id: { get: (s: FakeSheet) => s.id },
    name: {
      get: (s: FakeSheet) => s.name,
      set: (s: FakeSheet, v) => {
        validateSheetName(v);
        const other = s.workbook.findSheet(v);
        if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists");
        s.name = v;
      },
    },
    position: {
      get: (s: FakeSheet) => s.position,
      set: (s: FakeSheet, v) => {
        const wb = s.workbook;
        if (typeof v !== "number" || v < 0 || v >= wb.sheets.length) throw new FakeOfficeError("InvalidArgument");
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.sheets.splice(v, 0, s);
      },
    },
    visibility: {
      get: (s: FakeSheet) => s.visibility,
      set: (s: FakeSheet, v) => {
        if (!["Visible", "Hidden", "VeryHidden"].includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        const wb = s.workbook;
        if (v !== s.visibility) assertStructureEditable(wb);
        if (v !== "Visible" && s.visibility === "Visible" && wb.sheets.filter((x) => x.visibility === "Visible").length === 1)
          throw new FakeOfficeError("InvalidOperation", { message: "A workbook must keep at least one visible sheet." });
        s.visibility = v as FakeSheet["visibility"];
        if (v !== "Visible" && wb.activeSheetId === s.id) {
          const next = wb.sheets.find((x) => x.visibility === "Visible");
          wb.activeSheetId = next?.id ?? null;
          wb.selection = next ? { sheetId: next.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
        }
      },
    },
    tabColor: { since: "1.7", get: (s: FakeSheet) => s.tabColor, set: (s: FakeSheet, v) => void (s.tabColor = v === "" ? "" : normalizeColor(v)) },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => DEFAULT_ROW_HEIGHT_PT },
  },
  nav: {
    protection: { make: (p) => new WorksheetProtectionProxy(p._ctx, p, (s) => s, "protection"), since: "1.2" },
    freezePanes: { make: (p) => new WorksheetFreezePanesProxy(p._ctx, p, (s) => s, "freezePanes"), since: "1.7" },
    pageLayout: { make: (p) => new PageLayoutProxy(p._ctx, p, (s) => s, "pageLayout"), since: "1.9" },
    horizontalPageBreaks: { make: (p) => new PageBreakCollectionProxy(p._ctx, p, (s) => s, "horizontalPageBreaks"), since: "1.9" },
    names: { make: (p) => new NamedItemCollectionProxy(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, scope: s }), "names"), since: "1.4" },
    tables: { make: (p) => new TableCollectionProxy(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, sheet: s }), "tables") },
    notes: { make: (p) => new NoteCollectionProxy(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, sheet: s }), "notes"), since: "1.18" },
    comments: { make: (p) => new CommentCollectionProxy(p._ctx, p, (s: FakeSheet) => ({ wb: s.workbook, sheet: s }), "comments"), since: "1.10" },
    charts: { make: (p) => new ChartCollectionProxy(p._ctx, p, (s: FakeSheet) => ({ sheet: s }), "charts") },
  },
});

export class WorksheetProtectionProxy extends FakeClientObject {
  protect(): void {
    this._call("protect", [], (s: FakeSheet) => {
      if (s.protected) throw new FakeOfficeError("InvalidOperation");
      s.protected = true;
    });
  }
  unprotect(): void {
    this._call("unprotect", [], (s: FakeSheet) => void (s.protected = false));
  }
}
defineClass(WorksheetProtectionProxy, { typeName: "WorksheetProtection", props: { protected: { get: (s: FakeSheet) => s.protected } }, nav: {} });

export class WorksheetFreezePanesProxy extends FakeClientObject {
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (s: FakeSheet) => {
      if (!(count >= 0)) throw new FakeOfficeError("InvalidArgument");
      s.freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (s: FakeSheet) => {
      if (!(count >= 0)) throw new FakeOfficeError("InvalidArgument");
      s.freeze = { rows: 0, cols: count };
    });
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._call("freezeAt", [frozenRange], (s: FakeSheet) => {
      const r = rangeArg(frozenRange, s.workbook, s);
      if (r.sheet !== s) throw new FakeOfficeError("InvalidArgument");
      s.freeze = { rows: r.ref.bottom === MAX_ROWS - 1 ? 0 : r.ref.bottom + 1, cols: r.ref.right === MAX_COLS - 1 ? 0 : r.ref.right + 1 };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (s: FakeSheet) => void (s.freeze = { rows: 0, cols: 0 }));
  }
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (s: FakeSheet) => {
        const { rows, cols } = s.freeze;
        if (!rows && !cols) return null;
        return { sheet: s, ref: { top: 0, left: 0, bottom: rows ? rows - 1 : MAX_ROWS - 1, right: cols ? cols - 1 : MAX_COLS - 1 } };
      },
      "getLocationOrNullObject()",
    );
  }
}
defineClass(WorksheetFreezePanesProxy, { typeName: "WorksheetFreezePanes", props: {}, nav: {} });

export const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "LetterSmall", "Legal", "Executive", "Tabloid", "Ledger", "Statement", "Folio", "Quarto"];

export class PageLayoutProxy extends FakeClientObject {
  setPrintTitleRows(titleRows: RangeProxy | string): void {
    this._call("setPrintTitleRows", [titleRows], (s: FakeSheet) => {
      const r = rangeArg(titleRows, s.workbook, s);
      s.pageLayout.printTitleRows = `$${r.ref.top + 1}:$${r.ref.bottom + 1}`;
    });
  }
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (s: FakeSheet) => {
        const t = s.pageLayout.printTitleRows;
        return t ? { sheet: s, ref: parseLocal(t)! } : null;
      },
      "getPrintTitleRowsOrNullObject()",
    );
  }
}
defineClass(PageLayoutProxy, {
  typeName: "PageLayout",
  props: {
    orientation: {
      get: (s: FakeSheet) => s.pageLayout.orientation,
      set: (s: FakeSheet, v) => {
        if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument");
        s.pageLayout.orientation = v;
      },
    },
    paperSize: {
      get: (s: FakeSheet) => s.pageLayout.paperSize,
      set: (s: FakeSheet, v) => {
        if (!PAPER.includes(v as string)) throw new FakeOfficeError("InvalidArgument");
        s.pageLayout.paperSize = v as string;
      },
    },
    zoom: {
      get: (s: FakeSheet) => ({ ...s.pageLayout.zoom }),
      set: (s: FakeSheet, v) => {
        if (!v || typeof v !== "object") throw new FakeOfficeError("InvalidArgument");
        const z = v as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined)) throw new FakeOfficeError("InvalidArgument");
        s.pageLayout.zoom = { ...z };
      },
    },
  },
  nav: { headersFooters: { make: (p) => new HeaderFooterGroupProxy(p._ctx, p, (s) => s, "headersFooters") } },
});

/** The used range; with formats (valuesOnly false) merged cells count as used, as formatted cells do (unconfirmed). */
function usedWithMerges(s: FakeSheet, valuesOnly: boolean): RangeRef | null {
  let ref = s.usedRef(valuesOnly);
  if (valuesOnly) return ref;
  for (const m of s.merges) ref = ref ? { top: Math.min(ref.top, m.top), left: Math.min(ref.left, m.left), bottom: Math.max(ref.bottom, m.bottom), right: Math.max(ref.right, m.right) } : { ...m };
  return ref;
}
