/**
 * Excel.NamedItemCollection and NamedItem (workbook and sheet scope).
 */
import { DEFINED_NAME_MAX } from "../../core/excelLimits";
import { FakeOfficeError } from "../errors";
import { formatAddress } from "../a1";
import type { FakeName, FakeSheet, FakeWorkbook } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import type { FakeClientResult } from "../runtime";
import { q, rangeArg } from "./cells";
import { RangeProxy } from "./range";

// ---------------------------------------------------------------------------------------------
// Names

export interface NamesT {
  wb: FakeWorkbook;
  scope: FakeSheet | null;
}
export interface NameT {
  wb: FakeWorkbook;
  scope: FakeSheet | null;
  n: FakeName;
}

export const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

export function checkDefinedName(wb: FakeWorkbook, name: unknown, list: FakeName[]): asserts name is string {
  if (typeof name !== "string" || !NAME_RE.test(name) || name.length > DEFINED_NAME_MAX || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    throw new FakeOfficeError("InvalidArgument", { message: `Invalid name: ${name}` });
  const lower = name.toLocaleLowerCase();
  if (list.some((n) => n.name.toLocaleLowerCase() === lower) || wb.findTable(name)) throw new FakeOfficeError("ItemAlreadyExists");
}

export function nameType(wb: FakeWorkbook, n: FakeName): string {
  const f = n.formula.replace(/^=/, "").trim();
  if (/^#REF!/.test(f)) return "Error";
  if (/^".*"$/.test(f)) return "String";
  if (/^-?\d+$/.test(f)) return "Integer";
  if (/^-?\d*\.?\d+(E[+-]?\d+)?$/i.test(f)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(f)) return "Boolean";
  if (/^\{.*\}$/.test(f)) return "Array";
  return wb.nameTarget(n) ? "Range" : "String";
}

export function nameValue(wb: FakeWorkbook, n: FakeName): unknown {
  const target = wb.nameTarget(n);
  if (target) return formatAddress(target.sheet.name, target.ref, true);
  const f = n.formula.replace(/^=/, "");
  if (/^".*"$/.test(f)) return f.slice(1, -1).replace(/""/g, '"');
  const num = Number(f);
  return Number.isFinite(num) && f.trim() !== "" ? num : f;
}

export class NamedItemCollectionProxy extends FakeClientObject {
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const item = new NamedItemProxy(this._ctx, this, null, `add(${q(name)})`, { noInstantiate: true });
    this._call("add", [name, reference, comment], (t: NamesT) => {
      const list = t.scope ? t.scope.names : t.wb.names;
      checkDefinedName(t.wb, name, list);
      let formula: string;
      if (reference instanceof RangeProxy) {
        const r = rangeArg(reference, t.wb);
        formula = `=${formatAddress(r.sheet.name, r.ref, true)}`;
      } else if (typeof reference === "string" && reference !== "") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else throw new FakeOfficeError("InvalidArgument");
      const n: FakeName = { name, formula, comment: comment ?? "", visible: true };
      list.push(n);
      item._bind({ wb: t.wb, scope: t.scope, n });
    });
    return item;
  }
  getItem(name: string): NamedItemProxy {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    this._requires("1.4", "getItemOrNullObject");
    return this.byName(name, true);
  }
  private byName(name: string, orNull: boolean): NamedItemProxy {
    return new NamedItemProxy(
      this._ctx,
      this,
      (t: NamesT) => {
        const list = t.scope ? t.scope.names : t.wb.names;
        const n = list.find((x) => x.name.toLocaleLowerCase() === String(name).toLocaleLowerCase());
        if (!n) {
          if (orNull) return null;
          throw new FakeOfficeError("ItemNotFound");
        }
        return { wb: t.wb, scope: t.scope, n };
      },
      `${orNull ? "getItemOrNullObject" : "getItem"}(${q(name)})`,
    );
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => {
      const t = this._resolve() as NamesT;
      return (t.scope ? t.scope.names : t.wb.names).length;
    });
  }
}
defineClass(NamedItemCollectionProxy, {
  typeName: "NamedItemCollection",
  props: {},
  nav: {},
  items: (t: NamesT, coll) =>
    (t.scope ? t.scope.names : t.wb.names).map((n) => new NamedItemProxy(coll._ctx, coll, null, `getItem(${q(n.name)})`, { bound: { wb: t.wb, scope: t.scope, n }, noInstantiate: true })),
});

export class NamedItemProxy extends FakeClientObject {
  delete(): void {
    this._call("delete", [], (t: NameT) => {
      if (t.scope) t.scope.names = t.scope.names.filter((x) => x !== t.n);
      else t.wb.names = t.wb.names.filter((x) => x !== t.n);
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      (t: NameT) => {
        const r = t.wb.nameTarget(t.n);
        if (!r) throw new FakeOfficeError("InvalidOperation");
        return r;
      },
      "getRange()",
    );
  }
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: NameT) => t.wb.nameTarget(t.n), "getRangeOrNullObject()");
  }
}
defineClass(NamedItemProxy, {
  typeName: "NamedItem",
  props: {
    name: { get: (t: NameT) => t.n.name },
    type: { get: (t: NameT) => nameType(t.wb, t.n) },
    value: { get: (t: NameT) => nameValue(t.wb, t.n) },
    formula: {
      since: "1.7",
      get: (t: NameT) => t.n.formula,
      set: (t: NameT, v) => {
        if (typeof v !== "string" || !v) throw new FakeOfficeError("InvalidArgument");
        t.n.formula = v.startsWith("=") ? v : `=${v}`;
      },
    },
    comment: { get: (t: NameT) => t.n.comment, set: (t: NameT, v) => void (t.n.comment = String(v ?? "")) },
    visible: { get: (t: NameT) => t.n.visible, set: (t: NameT, v) => void (t.n.visible = Boolean(v)) },
    scope: { get: (t: NameT) => (t.scope ? "Worksheet" : "Workbook") },
  },
  nav: {},
});
