/**
 * The findings view's data, apart from React: the items (a check's findings or compute's conflicts, one
 * shape), the filters, the flat list of rows the virtualised list draws (a header per sheet, then its
 * items unless the group is collapsed) and "copy as table". Everything here is O(n) over the items, so
 * 30,000 findings filter and group in a few milliseconds (scripts/bench/pane.ts measures the whole first render).
 */
import { formatCell } from "../../../core/address";
import type { Lang, Text } from "../../../core/i18n";
import { SEVERITY_ORDER, type Finding, type Severity, type SheetReport } from "../../../core/findings";
import { RULES } from "../../../core/rules";
import type { ComputeConflict } from "../../../app/engine";
import type { Strings } from "../../../i18n";
import { ru } from "../../../i18n/ru";
import { en } from "../../../i18n/en";

/**
 * One row of the list: what it says, where it points, and the rule (or reason) behind it. A check's findings
 * are list items as they are (no copy of 30,000 objects); the rule's title is looked up when it is shown.
 */
export interface ListItem {
  severity: Severity;
  sheet: string;
  /** 0-based cell */
  row: number;
  col: number;
  message: Text;
  /** rule id (a finding's) or CONFLICT_RULE for compute's conflicts */
  rule: string;
}

export const CONFLICT_RULE = "compute/typed-over-formula";

let titles: Map<string, Text> | undefined;

/** The catalogue's title of a rule; recognition notes and unknown ids get a plain fallback (never an empty cell). */
export function ruleTitle(rule: string): Text {
  titles ??= new Map<string, Text>([...RULES.map((r) => [r.id, r.title] as [string, Text]), [CONFLICT_RULE, { ru: ru.findings.conflictTitle, en: en.findings.conflictTitle }]]);
  const t = titles.get(rule);
  if (t) return t;
  if (rule.startsWith("recognition/")) return { ru: ru.findings.recognitionTitle, en: en.findings.recognitionTitle };
  return { ru: rule, en: rule };
}

/**
 * A check's findings, sheet by sheet in the workbook's order, each sheet's by severity then cell. The check
 * returns them sorted by cell: three buckets keep that order within each severity, in one pass and no sort
 * (in a Chromium profile of the first render of 30,000 findings, the comparator sort and the copies were
 * the largest part of the script's time; scripts/bench/pane.ts measures the whole first render).
 */
export function itemsFromReports(sheets: readonly SheetReport[]): ListItem[] {
  const out: ListItem[] = [];
  for (const sh of sheets) {
    const sorted = isSortedByCell(sh.findings);
    const buckets: ListItem[][] = [[], [], []];
    // a finding names its sheet; one that names another (never made by the check) is grouped where it was reported
    for (const f of sh.findings) buckets[SEVERITY_ORDER[f.severity] ?? 2].push(f.sheet === sh.sheet ? f : { ...f, sheet: sh.sheet });
    for (const b of buckets) {
      if (!sorted) b.sort((a, z) => a.row - z.row || a.col - z.col);
      for (let i = 0; i < b.length; i++) out.push(b[i]);
    }
  }
  return out;
}

function isSortedByCell(fs: readonly Finding[]): boolean {
  for (let i = 1; i < fs.length; i++) if (fs[i - 1].row > fs[i].row || (fs[i - 1].row === fs[i].row && fs[i - 1].col > fs[i].col)) return false;
  return true;
}

/** Compute's conflicts (cells compute owns that hold a typed value): every one of them, none dropped. */
export function itemsFromConflicts(conflicts: readonly ComputeConflict[]): ListItem[] {
  const s = { ru, en };
  return conflicts.map((c) => ({
    severity: "warning" as const,
    sheet: c.sheet,
    row: c.row,
    col: c.col,
    message: { ru: s.ru.findings.conflictItem(shownValue(c.value)), en: s.en.findings.conflictItem(shownValue(c.value)) },
    rule: CONFLICT_RULE,
  }));
}

function shownValue(v: unknown): string {
  if (v === null || v === undefined) return "";
  const t = typeof v === "object" ? JSON.stringify(v) : String(v);
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

export interface Filters {
  severity: Severity | "all";
  /** "" = every sheet */
  sheet: string;
  /** "" = every rule */
  rule: string;
  /** case-insensitive words, all of which must occur in the message, cell, sheet or title */
  query: string;
}

export const NO_FILTERS: Filters = { severity: "all", sheet: "", rule: "", query: "" };

export function matcher(f: Filters, lang: Lang): (it: ListItem) => boolean {
  const words = f.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (it) => {
    if (f.severity !== "all" && it.severity !== f.severity) return false;
    if (f.sheet && it.sheet !== f.sheet) return false;
    if (f.rule && it.rule !== f.rule) return false;
    if (!words.length) return true;
    const hay = `${it.message[lang]}\n${ruleTitle(it.rule)[lang]}\n${it.sheet}\n${formatCell(it)}`.toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  };
}

/** A sheet's header in the list. */
export interface GroupRow {
  group: true;
  sheet: string;
  count: number;
  expanded: boolean;
}

/** What the list draws: a sheet's header, then (when expanded) its items themselves (no wrapper per row). */
export type Row = GroupRow | ListItem;

export const isGroup = (r: Row): r is GroupRow => "group" in r;

export interface View {
  rows: Row[];
  /** the filtered items in list order (copy as table takes these, collapsed groups included) */
  shown: ListItem[];
}

export function buildView(items: readonly ListItem[], filters: Filters, lang: Lang, collapsed: ReadonlySet<string>): View {
  const all = filters.severity === "all" && !filters.sheet && !filters.rule && !filters.query.trim();
  const keep = matcher(filters, lang);
  const bySheet = new Map<string, ListItem[]>();
  for (const it of items) {
    if (!all && !keep(it)) continue;
    let list = bySheet.get(it.sheet);
    if (!list) bySheet.set(it.sheet, (list = []));
    list.push(it);
  }
  const rows: Row[] = [];
  const shown: ListItem[] = [];
  for (const [sheet, list] of bySheet) {
    const expanded = !collapsed.has(sheet);
    rows.push({ group: true, sheet, count: list.length, expanded });
    for (let i = 0; i < list.length; i++) {
      shown.push(list[i]);
      if (expanded) rows.push(list[i]);
    }
  }
  return { rows, shown };
}

/** Counts for the filter buttons and the choices of the sheet and rule filters (over every item). */
export function facets(items: readonly ListItem[], lang: Lang) {
  const severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const sheets = new Map<string, number>();
  const rules = new Map<string, { title: string; n: number }>();
  for (const it of items) {
    severity[it.severity]++;
    sheets.set(it.sheet, (sheets.get(it.sheet) ?? 0) + 1);
    const r = rules.get(it.rule);
    if (r) r.n++;
    else rules.set(it.rule, { title: ruleTitle(it.rule)[lang], n: 1 });
  }
  return {
    severity,
    sheets: [...sheets].map(([sheet, n]) => ({ sheet, n })),
    rules: [...rules].map(([rule, r]) => ({ rule, ...r })).sort((a, b) => a.title.localeCompare(b.title, lang)),
  };
}

/**
 * Tab-separated text with a header row, as Excel pastes it into cells: a field holding a tab, a line break
 * or a quote is quoted, its quotes doubled (what Excel itself puts on the clipboard).
 */
export function tableText(items: readonly ListItem[], lang: Lang, s: Strings): string {
  const field = (v: string) => (/[\t\r\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const head = [s.findings.colSheet, s.findings.colCell, s.findings.colSeverity, s.findings.colRule, s.findings.colMessage];
  const lines = [head.map(field).join("\t")];
  for (const it of items) lines.push([it.sheet, formatCell(it), s.severity[it.severity], ruleTitle(it.rule)[lang], it.message[lang]].map(field).join("\t"));
  return lines.join("\r\n") + "\r\n";
}
