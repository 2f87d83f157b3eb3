/**
 * Excel.ConditionalFormatCollection and ConditionalFormat with its custom rule and format (ExcelApi 1.6).
 */
import { FakeOfficeError } from "../errors";
import { intersects } from "../a1";
import type { FakeConditionalFormat, FakeSheet } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import type { FakeClientResult } from "../runtime";
import { q, assertEditable, normalizeColor, type RangeT } from "./cells";
import { RangeProxy } from "./range";

// ---- conditional formats ----

export interface CfT {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
}

export const CF_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

export class ConditionalFormatCollectionProxy extends FakeClientObject {
  add(type: string): ConditionalFormatProxy {
    const cf = new ConditionalFormatProxy(this._ctx, this, null, `add(${q(type)})`, { noInstantiate: true });
    this._call("add", [type], (t: RangeT) => {
      assertEditable(t.sheet);
      if (!CF_TYPES.includes(type)) throw new FakeOfficeError("InvalidArgument");
      const rec: FakeConditionalFormat = { id: t.sheet.workbook.newId("{cf-"), ref: { ...t.ref }, type, formula: "" };
      // "Adds a new conditional format to the collection at the first/top priority" (ConditionalFormatCollection.add,
      // @types/office-js, ExcelApi 1.6): index 0 is the top priority, as getItemAt and `priority` count.
      t.sheet.conditionalFormats.unshift(rec);
      cf._bind({ sheet: t.sheet, cf: rec });
    });
    return cf;
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => ((this._resolve() as RangeT | null) ? cfsIn(this._resolve()).length : 0));
  }
  clearAll(): void {
    this._call("clearAll", [], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !intersects(c.ref, t.ref));
    });
  }
  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this._ctx,
      this,
      (t: RangeT) => {
        const c = cfsIn(t)[index];
        if (!c) throw new FakeOfficeError("ItemNotFound");
        return { sheet: t.sheet, cf: c };
      },
      `getItemAt(${index})`,
    );
  }
}
export function cfsIn(t: RangeT): FakeConditionalFormat[] {
  return t.sheet.conditionalFormats.filter((c) => intersects(c.ref, t.ref));
}
defineClass(ConditionalFormatCollectionProxy, {
  typeName: "ConditionalFormatCollection",
  props: {},
  nav: {},
  items: (t: RangeT, coll) => cfsIn(t).map((cf) => new ConditionalFormatProxy(coll._ctx, coll, null, `item(${q(cf.id)})`, { bound: { sheet: t.sheet, cf }, noInstantiate: true })),
});

export function editableCf(t: CfT): FakeConditionalFormat {
  assertEditable(t.sheet);
  if (!t.sheet.conditionalFormats.includes(t.cf)) throw new FakeOfficeError("ItemNotFound");
  return t.cf;
}

/** Excel.ConditionalFormat (the trailing underscore keeps it apart from the model's record type). */
export class ConditionalFormatProxy extends FakeClientObject {
  delete(): void {
    this._call("delete", [], (t: CfT) => {
      editableCf(t);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: CfT) => ({ sheet: t.sheet, ref: { ...t.cf.ref } }), "getRange()");
  }
}
defineClass(ConditionalFormatProxy, {
  typeName: "ConditionalFormat",
  props: {
    type: { get: (t: CfT) => t.cf.type },
    id: { get: (t: CfT) => t.cf.id },
    // settable (ExcelApi 1.6): "Use a negative priority to begin from the back. Priorities greater than the bounds will
    // get and set to the maximum (or minimum if negative) priority" (@types/office-js, ConditionalFormat.priority)
    priority: {
      get: (t: CfT) => t.sheet.conditionalFormats.indexOf(t.cf),
      set: (t: CfT, v) => {
        const list = t.sheet.conditionalFormats;
        const from = list.indexOf(editableCf(t));
        if (typeof v !== "number" || !Number.isInteger(v)) throw new FakeOfficeError("InvalidArgument");
        const to = Math.max(0, Math.min(list.length - 1, v < 0 ? list.length + v : v));
        list.splice(from, 1);
        list.splice(to, 0, t.cf);
      },
    },
    stopIfTrue: { get: (t: CfT) => t.cf.stopIfTrue ?? false, set: (t: CfT, v) => void (editableCf(t).stopIfTrue = Boolean(v) || undefined) },
  },
  nav: {
    custom: {
      make: (p) =>
        new CustomConditionalFormatProxy(
          p._ctx,
          p,
          (t: CfT) => {
            if (t.cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation");
            return t;
          },
          "custom",
        ),
    },
  },
});

export class CustomConditionalFormatProxy extends FakeClientObject {}
defineClass(CustomConditionalFormatProxy, {
  typeName: "CustomConditionalFormat",
  props: {},
  nav: {
    rule: { make: (p) => new ConditionalFormatRuleProxy(p._ctx, p, (t) => t, "rule") },
    format: { make: (p) => new ConditionalRangeFormatProxy(p._ctx, p, (t) => t, "format") },
  },
});

export class ConditionalFormatRuleProxy extends FakeClientObject {}
export function setCfFormula(t: CfT, v: unknown) {
  if (typeof v !== "string" || !v) throw new FakeOfficeError("InvalidArgument");
  editableCf(t).formula = v.startsWith("=") ? v : `=${v}`;
}
defineClass(ConditionalFormatRuleProxy, {
  typeName: "ConditionalFormatRule",
  props: {
    formula: { get: (t: CfT) => t.cf.formula, set: setCfFormula },
    formulaLocal: { get: (t: CfT) => t.cf.formula, set: setCfFormula },
  },
  nav: {},
});

export class ConditionalRangeFormatProxy extends FakeClientObject {}
defineClass(ConditionalRangeFormatProxy, {
  typeName: "ConditionalRangeFormat",
  props: {},
  nav: {
    fill: { make: (p) => new ConditionalRangeFillProxy(p._ctx, p, (t) => t, "fill") },
    font: { make: (p) => new ConditionalRangeFontProxy(p._ctx, p, (t) => t, "font") },
  },
});

export class ConditionalRangeFillProxy extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: CfT) => void delete editableCf(t).fill);
  }
}
defineClass(ConditionalRangeFillProxy, {
  typeName: "ConditionalRangeFill",
  props: { color: { get: (t: CfT) => t.cf.fill ?? null, set: (t: CfT, v) => void (editableCf(t).fill = normalizeColor(v)) } },
  nav: {},
});

export class ConditionalRangeFontProxy extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: CfT) => {
      const cf = editableCf(t);
      delete cf.fontColor;
      delete cf.bold;
      delete cf.italic;
    });
  }
}
defineClass(ConditionalRangeFontProxy, {
  typeName: "ConditionalRangeFont",
  props: {
    color: { get: (t: CfT) => t.cf.fontColor ?? null, set: (t: CfT, v) => void (editableCf(t).fontColor = normalizeColor(v)) },
    bold: { get: (t: CfT) => t.cf.bold ?? false, set: (t: CfT, v) => void (editableCf(t).bold = Boolean(v)) },
    italic: { get: (t: CfT) => t.cf.italic ?? false, set: (t: CfT, v) => void (editableCf(t).italic = Boolean(v)) },
  },
  nav: {},
});
