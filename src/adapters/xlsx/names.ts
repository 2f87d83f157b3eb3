/**
 * Defined names as the workbook part stores them (read by workbook-parts.ts), and kept intact when ExcelJS
 * writes a workbook.
 *
 * ExcelJS 4.4 keeps only names that are plain cell ranges, drops their scope (localSheetId), drops
 * constants and formulas, and stores each name cell by cell (a whole-column name becomes a million
 * entries). So the adapter reads names itself, and on write it hands ExcelJS the names verbatim:
 * the workbook's `definedNames.model` is extended with the names this module holds
 * (see installNameLayer), which ExcelJS's writer emits as `<definedName name=… localSheetId=…>text`.
 */
import type ExcelJS from "exceljs";
import { parseRange, type RangeRef } from "../../core/address";
import type { NameSnapshot } from "../../core/workbook";
import { fromFileFormula } from "./formulas";

export interface RawName {
  name: string;
  /** The formula text as stored, without "=" (e.g. "'Паспорт'!$B$3"). */
  text: string;
  /** Sheet-scoped names: the scope sheet's name. */
  scope?: string;
  hidden?: boolean;
}

/** Built-in names (print area, print titles, filter ranges): ExcelJS handles them from the sheet settings. */
export function isBuiltInName(name: string): boolean {
  return /^_xlnm\./i.test(name);
}

const SINGLE_REF = /^(?:(?:'(?:[^']|'')+'|[^'!\s(),;+\-*/&=<>^"{}[\]]+)!)?\$?[A-Za-z]{0,3}\$?\d{0,7}(?::\$?[A-Za-z]{0,3}\$?\d{0,7})?$/;

/** The sheet and range a name's text points at, when it is one plain range. */
export function nameTarget(text: string, scope: string | undefined, sheetNames: readonly string[]): { sheet: string; ref: RangeRef } | null {
  const t = text.trim();
  if (!SINGLE_REF.test(t) || t.endsWith("!")) return null;
  let parsed: ReturnType<typeof parseRange>;
  try {
    parsed = parseRange(t);
  } catch {
    return null;
  }
  const sheet = parsed.sheet ?? scope;
  if (sheet === undefined) return null;
  const actual = sheetNames.find((s) => s.toLowerCase() === sheet.toLowerCase());
  if (actual === undefined) return null;
  return { sheet: actual, ref: { top: parsed.top, left: parsed.left, bottom: parsed.bottom, right: parsed.right } };
}

export function toNameSnapshots(names: readonly RawName[], sheetNames: readonly string[]): NameSnapshot[] {
  const out: NameSnapshot[] = [];
  for (const n of names) {
    if (isBuiltInName(n.name)) continue;
    const snap: NameSnapshot = { name: n.name, formula: fromFileFormula(n.text) };
    const target = nameTarget(n.text, n.scope, sheetNames);
    if (target) {
      snap.sheet = target.sheet;
      snap.ref = target.ref;
    }
    out.push(snap);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Write side

interface DefinedNamesInternals {
  matrixMap: Record<string, unknown>;
  model: { name: string; ranges: string[]; localSheetId?: number }[];
}

const layers = new WeakMap<ExcelJS.Workbook, RawName[]>();

/**
 * Makes the workbook write `names` verbatim, plus whatever ExcelJS itself holds. Idempotent; the
 * returned list is live: push to it to add a name. When `names` is given (the names read from the
 * file the workbook was loaded from), ExcelJS's own lossy copies of them are dropped.
 */
export function installNameLayer(wb: ExcelJS.Workbook, names?: RawName[]): RawName[] {
  const existing = layers.get(wb);
  if (existing) return existing;
  const dn = wb.definedNames as unknown as DefinedNamesInternals;
  const list: RawName[] = [];
  if (names) {
    for (const n of names) if (!isBuiltInName(n.name)) list.push({ ...n });
    for (const n of list) delete dn.matrixMap[n.name];
  }
  const proto = Object.getPrototypeOf(dn) as object;
  const desc = Object.getOwnPropertyDescriptor(proto, "model");
  if (!desc?.get || !desc.set) throw new Error("ExcelJS DefinedNames.model accessor not found (ExcelJS version changed?)");
  const getOwn = desc.get;
  const setOwn = desc.set;
  Object.defineProperty(dn, "model", {
    configurable: true,
    enumerable: false,
    get() {
      const own = getOwn.call(dn) as DefinedNamesInternals["model"];
      const order = wb.worksheets.map((ws) => ws.name);
      const extra: DefinedNamesInternals["model"] = [];
      for (const n of list) {
        if (n.scope === undefined) {
          extra.push({ name: n.name, ranges: [n.text] });
          continue;
        }
        const idx = order.findIndex((s) => s.toLowerCase() === n.scope!.toLowerCase());
        if (idx >= 0) extra.push({ name: n.name, ranges: [n.text], localSheetId: idx });
      }
      const mine = new Set(list.filter((n) => n.scope === undefined).map((n) => n.name.toLowerCase()));
      return [...own.filter((n) => !mine.has(n.name.toLowerCase())), ...extra];
    },
    set(value: unknown) {
      setOwn.call(dn, value);
    },
  });
  layers.set(wb, list);
  return list;
}

/** Every name the workbook will write (the layer's and ExcelJS's own), with its scope. */
export function namesOf(wb: ExcelJS.Workbook): RawName[] {
  installNameLayer(wb);
  const dn = wb.definedNames as unknown as DefinedNamesInternals;
  const sheets = wb.worksheets;
  return dn.model.map((n) => {
    const raw: RawName = { name: n.name, text: n.ranges.join(",") };
    if (n.localSheetId !== undefined && sheets[n.localSheetId]) raw.scope = sheets[n.localSheetId].name;
    return raw;
  });
}

/** Every workbook-scoped name the workbook will write. */
export function workbookScopedNames(wb: ExcelJS.Workbook): RawName[] {
  return namesOf(wb).filter((n) => n.scope === undefined);
}
