/**
 * Excel.TableCollection and Table.
 */
import { FakeOfficeError } from "../errors";
import { MAX_COLS, MAX_ROWS, intersects } from "../a1";
import type { FakeSheet, FakeTable, FakeWorkbook } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import type { FakeClientResult } from "../runtime";
import { q, assertEditable, rangeArg, cellValue } from "./cells";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";
import { NAME_RE } from "./names";

// ---------------------------------------------------------------------------------------------
// Tables

export interface TablesT {
  wb: FakeWorkbook;
  sheet?: FakeSheet;
}

export class TableCollectionProxy extends FakeClientObject {
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const table = new TableProxy(this._ctx, this, null, `add(${typeof address === "string" ? q(address) : "range"},${hasHeaders})`, { noInstantiate: true });
    this._call("add", [address, hasHeaders], (t: TablesT) => {
      const r = rangeArg(address, t.wb, t.sheet);
      if (t.sheet && r.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument");
      assertEditable(r.sheet);
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", { message: "fake-excel: tables.add with hasHeaders = false (Excel inserts a header row) is not modelled." });
      if (t.wb.tables.some((x) => x.sheet === r.sheet && intersects(x.ref, r.ref))) throw new FakeOfficeError("InvalidArgument", { message: "A table can't overlap another table." });
      if (r.ref.bottom === MAX_ROWS - 1 || r.ref.right === MAX_COLS - 1) throw new FakeOfficeError("InvalidArgument");
      // Excel gives every empty header cell a name: Column1, Column2, …
      for (let c = r.ref.left; c <= r.ref.right; c++) {
        const cell = r.sheet.getCell(r.ref.top, c);
        if (cellValue(cell) === "") r.sheet.patchCell(r.ref.top, c, { value: `Column${c - r.ref.left + 1}`, formula: undefined });
      }
      let n = 1;
      while (t.wb.findTable(`Table${n}`) || t.wb.findName(`Table${n}`)) n++;
      const rec: FakeTable = { id: t.wb.newId("{table-"), name: `Table${n}`, sheet: r.sheet, ref: { ...r.ref }, style: "TableStyleMedium2", showHeaders: true };
      t.wb.tables.push(rec);
      table._bind(rec);
    });
    return table;
  }
  getItem(key: string): TableProxy {
    return this.byName(key, false);
  }
  getItemOrNullObject(key: string): TableProxy {
    this._requires("1.4", "getItemOrNullObject");
    return this.byName(key, true);
  }
  private byName(key: string, orNull: boolean): TableProxy {
    return new TableProxy(
      this._ctx,
      this,
      (t: TablesT) => {
        const found = t.wb.tables.find((x) => (x.name.toLocaleLowerCase() === String(key).toLocaleLowerCase() || x.id === key) && (!t.sheet || x.sheet === t.sheet));
        if (!found) {
          if (orNull) return null;
          throw new FakeOfficeError("ItemNotFound");
        }
        return found;
      },
      `${orNull ? "getItemOrNullObject" : "getItem"}(${q(key)})`,
    );
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => {
      const t = this._resolve() as TablesT;
      return t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet).length;
    });
  }
}
defineClass(TableCollectionProxy, {
  typeName: "TableCollection",
  props: {},
  nav: {},
  items: (t: TablesT, coll) => t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet).map((x) => new TableProxy(coll._ctx, coll, null, `getItem(${q(x.name)})`, { bound: x, noInstantiate: true })),
});

/** Excel.Table */
export class TableProxy extends FakeClientObject {
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: FakeTable) => ({ sheet: t.sheet, ref: { ...t.ref } }), "getRange()");
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: FakeTable) => ({ sheet: t.sheet, ref: { ...t.ref, bottom: t.ref.top } }), "getHeaderRowRange()");
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: FakeTable) => ({ sheet: t.sheet, ref: { ...t.ref, top: Math.min(t.ref.top + 1, t.ref.bottom) } }), "getDataBodyRange()");
  }
  delete(): void {
    this._call("delete", [], (t: FakeTable) => {
      assertEditable(t.sheet);
      t.sheet.workbook.tables = t.sheet.workbook.tables.filter((x) => x !== t);
    });
  }
}
defineClass(TableProxy, {
  typeName: "Table",
  props: {
    id: { get: (t: FakeTable) => t.id },
    name: {
      get: (t: FakeTable) => t.name,
      set: (t: FakeTable, v) => {
        const wb = t.sheet.workbook;
        if (typeof v !== "string" || !NAME_RE.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v)) throw new FakeOfficeError("InvalidArgument");
        const other = wb.findTable(v);
        if ((other && other !== t) || wb.findName(v)) throw new FakeOfficeError("ItemAlreadyExists");
        t.name = v;
      },
    },
    style: { get: (t: FakeTable) => t.style, set: (t: FakeTable, v) => void (t.style = String(v)) },
    showHeaders: { get: (t: FakeTable) => t.showHeaders, set: (t: FakeTable, v) => void (t.showHeaders = Boolean(v)) },
    showTotals: { get: () => false },
  },
  nav: { worksheet: { make: (p) => new WorksheetProxy(p._ctx, p, (t: FakeTable) => t.sheet, "worksheet") } },
});
