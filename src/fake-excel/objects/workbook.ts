/**
 * Excel.Workbook and WorksheetCollection; makeWorkbookProxy is what a request context starts from.
 */
import { FakeOfficeError } from "../errors";
import type { FakeWorkbook } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import type { FakeClientResult, FakeRequestContext } from "../runtime";
import { q } from "./cells";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";
import { NamedItemCollectionProxy } from "./names";
import { TableCollectionProxy } from "./tables";
import { NoteCollectionProxy } from "./notes";

// ---------------------------------------------------------------------------------------------
// Workbook and the worksheet collection

export class WorksheetCollectionProxy extends FakeClientObject {
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this, (wb: FakeWorkbook) => {
      const s = wb.findSheet(String(key)) ?? wb.sheetById(String(key));
      if (!s) throw new FakeOfficeError("ItemNotFound", { errorLocation: "WorksheetCollection.getItem" });
      return s;
    }, `getItem(${q(key)})`);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    this._requires("1.4", "getItemOrNullObject");
    return new WorksheetProxy(this._ctx, this, (wb: FakeWorkbook) => wb.findSheet(String(key)) ?? wb.sheetById(String(key)) ?? null, `getItemOrNullObject(${q(key)})`);
  }
  add(name?: string): WorksheetProxy {
    const ws = new WorksheetProxy(this._ctx, this, null, `add(${q(name ?? null)})`, { noInstantiate: true });
    this._call("add", [name ?? null], (wb: FakeWorkbook) => {
      let n = name;
      if (n === undefined || n === null) {
        let i = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      ws._bind(wb.addSheet(n));
    });
    return ws;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this, (wb: FakeWorkbook) => {
      const s = wb.activeSheet;
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return s;
    }, "getActiveWorksheet()");
  }
  getFirst(visibleOnly = false): WorksheetProxy {
    this._requires("1.5", "getFirst");
    return new WorksheetProxy(this._ctx, this, (wb: FakeWorkbook) => {
      const s = wb.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return s;
    }, `getFirst(${visibleOnly})`);
  }
  getLast(visibleOnly = false): WorksheetProxy {
    this._requires("1.5", "getLast");
    return new WorksheetProxy(this._ctx, this, (wb: FakeWorkbook) => {
      const s = [...wb.sheets].reverse().find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound");
      return s;
    }, `getLast(${visibleOnly})`);
  }
  getCount(visibleOnly = false): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount", a: [visibleOnly] }, () =>
      (this._resolve() as FakeWorkbook).sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }
}
defineClass(WorksheetCollectionProxy, {
  typeName: "WorksheetCollection",
  props: {},
  nav: {},
  items: (wb: FakeWorkbook, coll) => wb.sheets.map((s) => new WorksheetProxy(coll._ctx, coll, null, `getItem(${q(s.id)})`, { bound: s, noInstantiate: true })),
});

export class WorkbookProxy extends FakeClientObject {
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, (wb: FakeWorkbook) => {
      const sel = wb.selection;
      const s = sel ? wb.sheetById(sel.sheetId) : undefined;
      if (!sel || !s) throw new FakeOfficeError("InvalidOperation");
      return { sheet: s, ref: { ...sel.ref } };
    }, "getSelectedRange()");
  }
  getActiveCell(): RangeProxy {
    return new RangeProxy(this._ctx, this, (wb: FakeWorkbook) => {
      const sel = wb.selection;
      const s = sel ? wb.sheetById(sel.sheetId) : undefined;
      if (!sel || !s) throw new FakeOfficeError("InvalidOperation");
      return { sheet: s, ref: { top: sel.ref.top, left: sel.ref.left, bottom: sel.ref.top, right: sel.ref.left } };
    }, "getActiveCell()");
  }
}
defineClass(WorkbookProxy, {
  typeName: "Workbook",
  props: { name: { get: () => "Book1.xlsx" } },
  nav: {
    worksheets: { make: (p) => new WorksheetCollectionProxy(p._ctx, p, (wb) => wb, "worksheets") },
    names: { make: (p) => new NamedItemCollectionProxy(p._ctx, p, (wb: FakeWorkbook) => ({ wb, scope: null }), "names") },
    tables: { make: (p) => new TableCollectionProxy(p._ctx, p, (wb: FakeWorkbook) => ({ wb }), "tables") },
    notes: { make: (p) => new NoteCollectionProxy(p._ctx, p, (wb: FakeWorkbook) => ({ wb }), "notes"), since: "1.18" },
  },
});

export function makeWorkbookProxy(ctx: FakeRequestContext): FakeClientObject {
  return new WorkbookProxy(ctx, null, null, "workbook", { bound: ctx._engine.workbook, noInstantiate: true });
}
