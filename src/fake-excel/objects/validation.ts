/**
 * Excel.DataValidation (ExcelApi 1.8).
 */
import { FakeOfficeError } from "../errors";
import { formatAddress, inside, intersects } from "../a1";
import type { FakeSheet, FakeWorkbook } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import { assertEditable, rangeArg, DV_OPERATORS, DV_KINDS, type RangeT } from "./cells";
import { RangeProxy } from "./range";

// ---- data validation ----

export function findValidation(t: RangeT) {
  return t.sheet.validations.find((v) => inside(t.ref, v.ref));
}

export function validationRecord(t: RangeT) {
  let rec = t.sheet.validations.find((v) => v.ref.top === t.ref.top && v.ref.left === t.ref.left && v.ref.bottom === t.ref.bottom && v.ref.right === t.ref.right);
  if (!rec) {
    t.sheet.validations = t.sheet.validations.filter((v) => !inside(v.ref, t.ref));
    rec = { ref: { ...t.ref }, rule: null, ignoreBlanks: true };
    t.sheet.validations.push(rec);
  }
  return rec;
}

export function checkRule(rule: unknown, wb: FakeWorkbook, sheet: FakeSheet): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw new FakeOfficeError("InvalidArgument");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !DV_KINDS.includes(keys[0]))
    throw new FakeOfficeError("InvalidArgument", { message: "A data validation rule needs exactly one of list, wholeNumber, decimal, date, time, textLength, custom." });
  const kind = keys[0];
  const body = { ...((rule as Record<string, Record<string, unknown>>)[kind] ?? {}) };
  if (kind === "list") {
    if (body.source instanceof RangeProxy) {
      const r = rangeArg(body.source, wb, sheet);
      body.source = `=${formatAddress(r.sheet.name, r.ref, true)}`;
    }
    if (typeof body.source !== "string" || body.source === "") throw new FakeOfficeError("InvalidArgument");
    if (body.inCellDropDown === undefined) body.inCellDropDown = true;
  } else if (kind === "custom") {
    if (typeof body.formula !== "string" || !body.formula) throw new FakeOfficeError("InvalidArgument");
  } else {
    if (!DV_OPERATORS.includes(body.operator as string)) throw new FakeOfficeError("InvalidArgument");
    if (body.formula1 === undefined || body.formula1 === null || body.formula1 === "") throw new FakeOfficeError("InvalidArgument");
    if ((body.operator === "Between" || body.operator === "NotBetween") && (body.formula2 === undefined || body.formula2 === null || body.formula2 === ""))
      throw new FakeOfficeError("InvalidArgument");
  }
  return { [kind]: body };
}

export const DV_TYPE: Record<string, string> = { list: "List", wholeNumber: "WholeNumber", decimal: "Decimal", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom" };

export class DataValidationProxy extends FakeClientObject {
  clear(): void {
    this._call("clear", [], (t: RangeT) => {
      assertEditable(t.sheet);
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.ref, t.ref));
    });
  }
}
defineClass(DataValidationProxy, {
  typeName: "DataValidation",
  props: {
    type: {
      get: (t: RangeT) => {
        const r = findValidation(t)?.rule;
        return r ? DV_TYPE[Object.keys(r)[0]] : "None";
      },
    },
    rule: {
      get: (t: RangeT) => JSON.parse(JSON.stringify(findValidation(t)?.rule ?? {})),
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        const rule = checkRule(v, t.sheet.workbook, t.sheet);
        const rec = validationRecord(t);
        rec.rule = rule;
        rec.errorAlert ??= { showAlert: true, style: "Stop", title: "", message: "" };
      },
    },
    prompt: {
      get: (t: RangeT) => ({ showPrompt: false, title: "", message: "", ...(findValidation(t)?.prompt ?? {}) }),
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        if (!v || typeof v !== "object") throw new FakeOfficeError("InvalidArgument");
        const rec = validationRecord(t);
        rec.prompt = { ...(rec.prompt ?? {}), ...(v as object) };
      },
    },
    errorAlert: {
      get: (t: RangeT) => ({ showAlert: true, style: "Stop", title: "", message: "", ...(findValidation(t)?.errorAlert ?? {}) }),
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        if (!v || typeof v !== "object") throw new FakeOfficeError("InvalidArgument");
        const style = (v as { style?: string }).style;
        if (style !== undefined && !["Stop", "Warning", "Information"].includes(style)) throw new FakeOfficeError("InvalidArgument");
        const rec = validationRecord(t);
        rec.errorAlert = { ...(rec.errorAlert ?? {}), ...(v as object) };
      },
    },
    ignoreBlanks: {
      get: (t: RangeT) => findValidation(t)?.ignoreBlanks ?? true,
      set: (t: RangeT, v) => {
        assertEditable(t.sheet);
        validationRecord(t).ignoreBlanks = Boolean(v);
      },
    },
  },
  nav: {},
});
