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
import { CommentCollectionProxy } from "./comments";

// ---------------------------------------------------------------------------------------------
// Workbook and the worksheet collection

export class WorksheetCollectionProxy extends FakeClientObject {
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      this,
      (wb: FakeWorkbook) => {
        const s = wb.findSheet(String(key)) ?? wb.sheetById(String(key));
        if (!s) throw new FakeOfficeError("ItemNotFound", { errorLocation: "WorksheetCollection.getItem" });
        return s;
      },
      `getItem(${q(key)})`,
    );
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    this._requires("1.4", "getItemOrNullObject");
    return new WorksheetProxy(this._ctx, this, (wb: FakeWorkbook) => wb.findSheet(String(key)) ?? wb.sheetById(String(key)) ?? null, `getItemOrNullObject(${q(key)})`);
  }
  add(name?: string): WorksheetProxy {
    const ws = new WorksheetProxy(this._ctx, this, null, `add(${q(name ?? null)})`, { noInstantiate: true });
    this._call("add", [name ?? null], (wb: FakeWorkbook) => {
      assertStructureEditable(wb);
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
    return new WorksheetProxy(
      this._ctx,
      this,
      (wb: FakeWorkbook) => {
        const s = wb.activeSheet;
        if (!s) throw new FakeOfficeError("ItemNotFound");
        return s;
      },
      "getActiveWorksheet()",
    );
  }
  getFirst(visibleOnly = false): WorksheetProxy {
    this._requires("1.5", "getFirst");
    return new WorksheetProxy(
      this._ctx,
      this,
      (wb: FakeWorkbook) => {
        const s = wb.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
        if (!s) throw new FakeOfficeError("ItemNotFound");
        return s;
      },
      `getFirst(${visibleOnly})`,
    );
  }
  getLast(visibleOnly = false): WorksheetProxy {
    this._requires("1.5", "getLast");
    return new WorksheetProxy(
      this._ctx,
      this,
      (wb: FakeWorkbook) => {
        const s = [...wb.sheets].reverse().find((x) => !visibleOnly || x.visibility === "Visible");
        if (!s) throw new FakeOfficeError("ItemNotFound");
        return s;
      },
      `getLast(${visibleOnly})`,
    );
  }
  getCount(visibleOnly = false): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount", a: [visibleOnly] }, () => (this._resolve() as FakeWorkbook).sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length);
  }
}
defineClass(WorksheetCollectionProxy, {
  typeName: "WorksheetCollection",
  props: {},
  nav: {},
  items: (wb: FakeWorkbook, coll) => wb.sheets.map((s) => new WorksheetProxy(coll._ctx, coll, null, `getItem(${q(s.id)})`, { bound: s, noInstantiate: true })),
});

/** The selection's sheet and range; with none (or its sheet gone) Excel refuses with InvalidOperation. */
function selected(wb: FakeWorkbook) {
  const sel = wb.selection;
  const sheet = sel ? wb.sheetById(sel.sheetId) : undefined;
  if (!sel || !sheet) throw new FakeOfficeError("InvalidOperation");
  return { sheet, ref: sel.ref };
}

export class WorkbookProxy extends FakeClientObject {
  getSelectedRange(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (wb: FakeWorkbook) => {
        const { sheet, ref } = selected(wb);
        return { sheet, ref: { ...ref } };
      },
      "getSelectedRange()",
    );
  }
  getActiveCell(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (wb: FakeWorkbook) => {
        const { sheet, ref } = selected(wb);
        return { sheet, ref: { top: ref.top, left: ref.left, bottom: ref.top, right: ref.left } };
      },
      "getActiveCell()",
    );
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
    comments: { make: (p) => new CommentCollectionProxy(p._ctx, p, (wb: FakeWorkbook) => ({ wb }), "comments"), since: "1.10" },
    protection: { make: (p) => new WorkbookProtectionProxy(p._ctx, p, (wb) => wb, "protection"), since: "1.7" },
  },
});

export function makeWorkbookProxy(ctx: FakeRequestContext): FakeClientObject {
  return new WorkbookProxy(ctx, null, null, "workbook", { bound: ctx._engine.workbook, noInstantiate: true });
}

/**
 * Excel.WorkbookProtection (ExcelApi 1.7): `protected` is the structure protection (Review › Protect Workbook).
 * A protected structure refuses adding, deleting, hiding and showing sheets (Microsoft's "Protect a workbook":
 * "users cannot view hidden worksheets; add, move, delete, hide, or rename worksheets"). The error code Excel gives
 * an add-in then is unconfirmed (checklist): the fake says AccessDenied.
 */
export class WorkbookProtectionProxy extends FakeClientObject {
  protect(_password?: string): void {
    this._call("protect", [], (wb: FakeWorkbook) => {
      if (wb.structureProtected) throw new FakeOfficeError("InvalidOperation");
      wb.structureProtected = true;
    });
  }
  unprotect(_password?: string): void {
    this._call("unprotect", [], (wb: FakeWorkbook) => void (wb.structureProtected = false));
  }
}
defineClass(WorkbookProtectionProxy, { typeName: "WorkbookProtection", props: { protected: { get: (wb: FakeWorkbook) => wb.structureProtected } }, nav: {} });

/** Refuses a change of the workbook's structure while it is protected (see WorkbookProtectionProxy). */
export function assertStructureEditable(wb: FakeWorkbook): void {
  if (wb.structureProtected) throw new FakeOfficeError("AccessDenied", { message: "The workbook's structure is protected." });
}
