/**
 * Plain pictures of the fake workbook for assertions (dump) and the difference of two (diffDumps):
 * what a command changed, one line per change.
 */
import type { RangeRef } from "../core/address";
import { excelSheetPrefix, formatLocal } from "./a1";
import type { FakeCell, FakeChart, FakeConditionalFormat, FakeName, FakePageLayout, FakeSheet, FakeVisibility } from "./model";

export function dumpChart(c: FakeChart): FakeChartDump {
  const where = (x: { sheet: FakeSheet; ref: RangeRef } | null) => (x ? `${excelSheetPrefix(x.sheet.name)}!${formatLocal(x.ref, true)}` : null);
  return {
    name: c.name,
    type: c.type,
    title: c.title,
    series: c.series.map((s) => ({ name: s.name, values: where(s.values), categories: where(s.categories) })),
    anchor: c.anchor ? formatLocal(c.anchor) : null,
  };
}

export interface FakeChartDump {
  name: string;
  type: string;
  title: string;
  /** ranges as "Паспорт!$D$70:$D$74" */
  series: { name: string; values: string | null; categories: string | null }[];
  /** "B80:G97", or null when never positioned */
  anchor: string | null;
}

export interface FakeSheetDump {
  name: string;
  visibility: FakeVisibility;
  protected: boolean;
  tabColor: string;
  freeze: { rows: number; cols: number };
  pageLayout: FakePageLayout;
  cells: Record<string, FakeCell>;
  merges: string[];
  validations: { address: string; rule: Record<string, unknown> | null; prompt?: object; errorAlert?: object }[];
  conditionalFormats: (Omit<FakeConditionalFormat, "id" | "ref"> & { address: string })[];
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  names: FakeName[];
  /** present only when the sheet has charts */
  charts?: FakeChartDump[];
}

export interface FakeWorkbookDump {
  sheets: FakeSheetDump[];
  names: FakeName[];
  tables: { name: string; sheet: string; address: string; style: string; showHeaders: boolean }[];
  activeSheet: string | null;
  selection: string | null;
}

/**
 * Lists every difference between two dumps, one line each ("Sheet1!C11.fill: (none) → "#FFC7CE""),
 * so a test can assert exactly what a command changed.
 */
export function diffDumps(before: FakeWorkbookDump, after: FakeWorkbookDump): string[] {
  const a = flatten(before);
  const b = flatten(after);
  const out: string[] = [];
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const k of [...keys].sort()) {
    const x = a.get(k);
    const y = b.get(k);
    if (x !== y) out.push(`${k}: ${x ?? "(none)"} → ${y ?? "(none)"}`);
  }
  return out;
}

function flatten(d: FakeWorkbookDump): Map<string, string> {
  const m = new Map<string, string>();
  const walk = (prefix: string, v: unknown) => {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>);
      for (const [k, x] of entries) walk(prefix ? `${prefix}.${k}` : k, x);
    } else m.set(prefix, JSON.stringify(v));
  };
  for (const s of d.sheets) {
    const p = `${s.name}!`;
    const { cells, ...rest } = s;
    for (const [a1, c] of Object.entries(cells)) walk(`${p}${a1}`, c);
    walk(`${p}sheet`, rest);
  }
  walk("workbook.names", d.names);
  walk("workbook.tables", d.tables);
  walk("workbook.activeSheet", d.activeSheet);
  walk("workbook.selection", d.selection);
  return m;
}
