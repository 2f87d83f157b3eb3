/**
 * What applySheetPlans writes, as steps: each step is one part of one sheet (values, styles, a chart…),
 * with its estimated request size, so that the batches can be packed under the payload budget and a
 * failure can say which parts of which sheets were not written.
 */
import { formatRange, type RangeRef } from "../../core/address";
import { clipText as clip, VALIDATION_TEXT_LIMITS } from "../../core/excelLimits";
import { OP_BYTES as OP } from "./batch";
import type { CellStyle, CellWrite, ChartWrite, ConditionalFormatWrite, SheetPlan, ValidationRule, ValidationWrite } from "../../core/workbook";
import { excelApi, jsonBytes, rectangles, sheetPrefix, type Supports } from "./common";
import type { ApplyResult, StepPart } from "./apply";

/** Column width in characters → points, as Excel converts (about 7 px a character plus 5 px padding; 0.75 pt a px). */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round((Math.round(chars * 7) + 5) * 0.75 * 100) / 100;
}

export interface Step {
  sheet: string;
  create?: boolean;
  /** what the step writes (for the report when Excel fails) */
  part?: StepPart;
  bytes: number;
  apply: (ws: Excel.Worksheet, ctx: Excel.RequestContext) => void;
}

export function planSteps(plan: SheetPlan, supports: Supports, budget: number, existingNames: Set<string>, result: ApplyResult): Step[] {
  const steps: Step[] = [];
  const sheet = plan.sheet;
  const PART: Record<string, StepPart> = {
    "data validation": "validation",
    "conditional formats": "conditionalFormats",
    "freeze panes": "freeze",
    "print setup": "print",
    "tab colour": "tabColor",
    charts: "charts",
  };
  const skip = (what: string, version: string) => {
    result.skipped.push(`${sheet}: ${what} (ExcelApi ${version})`);
    result.skippedParts.push({ sheet, part: PART[what] ?? "other", version });
  };

  // 1. values and formulas, in rectangles of named cells (never a cell the plan does not name)
  const content = new Map<string, CellWrite>();
  for (const c of plan.cells) if (c.formula !== undefined || c.value !== undefined) content.set(`${c.row}:${c.col}`, c);
  for (const rect of rectangles([...content.values()])) {
    const grid: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(cellInput(content.get(`${r}:${c}`)!));
      grid.push(row);
    }
    for (const piece of splitRows(rect, grid, budget / 2)) {
      result.ranges++;
      result.cells += piece.grid.length * (piece.grid[0]?.length ?? 0);
      steps.push({
        sheet,
        part: "values",
        bytes: OP + jsonBytes(piece.grid),
        apply: (ws) => {
          ws.getRange(formatRange(piece.rect)).formulas = piece.grid;
        },
      });
    }
  }

  // 2. styles: range styles first, then each cell's own style (the more specific wins)
  for (const rs of plan.styles ?? []) steps.push(styleStep(sheet, rs.ref, rs.style));
  const byStyle = new Map<string, { style: CellStyle; cells: { row: number; col: number }[] }>();
  for (const c of plan.cells) {
    if (!c.style || Object.keys(c.style).length === 0) continue;
    const key = styleKey(c.style);
    const g = byStyle.get(key) ?? { style: c.style, cells: [] };
    g.cells.push({ row: c.row, col: c.col });
    byStyle.set(key, g);
  }
  for (const g of byStyle.values()) for (const rect of rectangles(g.cells)) steps.push(styleStep(sheet, rect, g.style));

  // 3. merges
  for (const m of plan.merges ?? []) steps.push({ sheet, part: "merges", bytes: OP, apply: (ws) => ws.getRange(formatRange(m)).merge(false) });

  // 4. column widths (characters → points), runs of equal widths in one write
  const widths = [...(plan.columnWidths ?? [])].sort((a, b) => a.col - b.col);
  for (let i = 0; i < widths.length;) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1].col === widths[j].col + 1 && widths[j + 1].width === widths[i].width) j++;
    const from = widths[i].col;
    const to = widths[j].col;
    const points = charsToPoints(widths[i].width);
    steps.push({
      sheet,
      part: "columnWidths",
      bytes: OP,
      apply: (ws) => {
        ws.getRange(columnsAddress(from, to)).format.columnWidth = points;
      },
    });
    i = j + 1;
  }

  // 4b. row heights in points (RangeFormat.rowHeight, ExcelApi 1.2), runs of equal heights in one write
  const heights = [...(plan.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1].row === heights[j].row + 1 && heights[j + 1].height === heights[i].height) j++;
    const rows = `${heights[i].row + 1}:${heights[j].row + 1}`;
    const points = heights[i].height;
    if (excelApi(supports, "1.2")) steps.push({ sheet, part: "rowHeights", bytes: OP, apply: (ws) => void (ws.getRange(rows).format.rowHeight = points) });
    i = j + 1;
  }
  if (heights.length && !excelApi(supports, "1.2")) skip("row heights", "1.2");

  // 5. tables (after the cells, so the header labels are there)
  for (const t of plan.tables ?? [])
    steps.push({
      sheet,
      part: "tables",
      bytes: OP * 3,
      apply: (ws) => {
        const table = ws.tables.add(ws.getRange(formatRange(t.ref)), true);
        table.name = t.name;
        if (t.style) table.style = t.style;
      },
    });

  // 6. data validation (ExcelApi 1.8)
  if (plan.validations?.length) {
    if (excelApi(supports, "1.8")) for (const v of plan.validations) steps.push(validationStep(sheet, v));
    else skip("data validation", "1.8");
  }

  // 7. conditional formats (ExcelApi 1.6)
  if (plan.clearConditionalFormats?.length && excelApi(supports, "1.6")) {
    for (const ref of plan.clearConditionalFormats) steps.push({ sheet, part: "conditionalFormats", bytes: OP * 2, apply: (ws) => ws.getRange(formatRange(ref)).conditionalFormats.clearAll() });
  }
  if (plan.conditionalFormats?.length) {
    if (excelApi(supports, "1.6")) for (const cf of plan.conditionalFormats) steps.push(conditionalStep(sheet, cf));
    else skip("conditional formats", "1.6");
  }

  // 8. freeze panes (ExcelApi 1.7)
  if (plan.freeze) {
    const { rows, cols } = plan.freeze;
    if (excelApi(supports, "1.7"))
      steps.push({
        sheet,
        part: "freeze",
        bytes: OP,
        apply: (ws) => {
          if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(formatRange({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })));
          else if (rows > 0) ws.freezePanes.freezeRows(rows);
          else if (cols > 0) ws.freezePanes.freezeColumns(cols);
          else ws.freezePanes.unfreeze();
        },
      });
    else skip("freeze panes", "1.7");
  }

  // 9. print setup (ExcelApi 1.9)
  if (plan.print) {
    const pr = plan.print;
    if (excelApi(supports, "1.9"))
      steps.push({
        sheet,
        part: "print",
        bytes: OP * (10 + (pr.breaksBefore?.length ?? 0)),
        apply: (ws) => {
          const layout = ws.pageLayout;
          layout.orientation = pr.orientation === "landscape" ? "Landscape" : "Portrait";
          layout.paperSize = "A4";
          if (pr.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (pr.titleRows) layout.setPrintTitleRows(`$${pr.titleRows.top + 1}:$${pr.titleRows.bottom + 1}`);
          // header and footer (PageLayout.headersFooters, ExcelApi 1.9): the same &-codes as the file format
          const hf = layout.headersFooters.defaultForAllPages;
          if (pr.header?.left !== undefined) hf.leftHeader = pr.header.left;
          if (pr.header?.center !== undefined) hf.centerHeader = pr.header.center;
          if (pr.header?.right !== undefined) hf.rightHeader = pr.header.right;
          if (pr.footer?.left !== undefined) hf.leftFooter = pr.footer.left;
          if (pr.footer?.center !== undefined) hf.centerFooter = pr.footer.center;
          if (pr.footer?.right !== undefined) hf.rightFooter = pr.footer.right;
          // manual breaks (Worksheet.horizontalPageBreaks, ExcelApi 1.9): "a page break before the top-left cell"
          for (const r of pr.breaksBefore ?? []) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
        },
      });
    else skip("print setup", "1.9");
  }

  // 10. tab colour (ExcelApi 1.7)
  if (plan.tabColor) {
    const color = plan.tabColor;
    if (excelApi(supports, "1.7"))
      steps.push({
        sheet,
        part: "tabColor",
        bytes: OP,
        apply: (ws) => {
          ws.tabColor = color;
        },
      });
    else skip("tab colour", "1.7");
  }

  // 11. names (workbook-scoped)
  for (const n of plan.names ?? []) {
    const reference = `=${sheetPrefix(n.sheet ?? sheet)}!${formatRange(n.ref, true)}`;
    const exists = existingNames.has(n.name.toLocaleLowerCase());
    steps.push({
      sheet,
      part: "names",
      bytes: OP * 2 + jsonBytes(reference) + jsonBytes(n.comment ?? ""),
      apply: (_ws, ctx) => {
        const names = ctx.workbook.names;
        if (exists && excelApi(supports, "1.7")) {
          names.getItem(n.name).formula = reference;
          return;
        }
        if (exists) names.getItem(n.name).delete();
        names.add(n.name, reference, n.comment);
      },
    });
  }

  // 12. charts: the named ones deleted first (compute replaces its own chart), then the new ones (series API, ExcelApi 1.7)
  if (plan.deleteCharts?.length || plan.charts?.length) {
    if (excelApi(supports, "1.7")) {
      for (const name of plan.deleteCharts ?? []) steps.push({ sheet, part: "charts", bytes: OP * 2 + jsonBytes(name), apply: (ws) => ws.charts.getItem(name).delete() });
      for (const c of plan.charts ?? []) steps.push(chartStep(sheet, c));
    } else skip("charts", "1.7");
  }

  // 13. visibility last (hiding a sheet does not stop writing to it, but keeps the order obvious)
  if (plan.visibility) {
    const vis = plan.visibility === "veryHidden" ? "VeryHidden" : plan.visibility === "hidden" ? "Hidden" : "Visible";
    steps.push({
      sheet,
      part: "visibility",
      bytes: OP,
      apply: (ws) => {
        ws.visibility = vis;
      },
    });
  }
  return steps;
}

const CHART_TYPE = { columnClustered: "ColumnClustered", line: "Line" } as const;

/**
 * One chart: added from the first series' values (one column or row: one series), named and titled; the first
 * series gets its name and categories, the others are added with theirs; then it is placed over its anchor.
 */
function chartStep(sheet: string, c: ChartWrite): Step {
  return {
    sheet,
    part: "charts",
    bytes: OP * (6 + 4 * c.series.length) + jsonBytes(c),
    apply: (ws) => {
      if (c.series.length === 0) return;
      const categories = formatRange(c.categories);
      const [first, ...rest] = c.series;
      const chart = ws.charts.add(CHART_TYPE[c.type], ws.getRange(formatRange(first.values)), "Columns");
      chart.name = c.name;
      chart.title.text = c.title;
      const s0 = chart.series.getItemAt(0);
      s0.name = first.name;
      // set again explicitly: Excel may take a text top cell of the source for the series' name and drop it from the values
      s0.setValues(ws.getRange(formatRange(first.values)));
      s0.setXAxisValues(ws.getRange(categories));
      for (const x of rest) {
        const s = chart.series.add(x.name);
        s.setValues(ws.getRange(formatRange(x.values)));
        s.setXAxisValues(ws.getRange(categories));
      }
      const a = c.anchor;
      chart.setPosition(formatRange({ top: a.top, left: a.left, bottom: a.top, right: a.left }), formatRange({ top: a.bottom, left: a.right, bottom: a.bottom, right: a.right }));
    },
  };
}

/** What range.formulas takes for one plan cell. Text that Excel would read as something else keeps a leading apostrophe. */
export function cellInput(w: CellWrite): string | number | boolean {
  if (w.formula !== undefined) return w.formula.startsWith("=") ? w.formula : `=${w.formula}`;
  const v = w.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return needsQuote(v) ? `'${v}` : v;
  return v;
}

/** Would Excel turn this text into a formula, number, date, time or boolean when written? */
export function needsQuote(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@']/.test(s)) return true;
  const t = s.trim();
  if (/^[-+]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*%?$/.test(t)) return true;
  if (/^[-+]?\d+([.,]\d+)?[eE][-+]?\d+$/.test(t)) return true;
  if (/^\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/.test(t)) return true;
  if (/^(true|false|истина|ложь)$/i.test(t)) return true;
  if (/^[(]\s*\d[\d\s.,]*[)]$/.test(t)) return true; // (123) is a negative number in accounting
  return false;
}

function splitRows(rect: RangeRef, grid: unknown[][], maxBytes: number): { rect: RangeRef; grid: unknown[][] }[] {
  const total = jsonBytes(grid);
  if (total <= maxBytes || grid.length === 1) return [{ rect, grid }];
  const out: { rect: RangeRef; grid: unknown[][] }[] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < grid.length; i++) {
    const b = jsonBytes(grid[i]) + 1;
    if (i > start && acc + b > maxBytes) {
      out.push({ rect: { ...rect, top: rect.top + start, bottom: rect.top + i - 1 }, grid: grid.slice(start, i) });
      start = i;
      acc = 0;
    }
    acc += b;
  }
  out.push({ rect: { ...rect, top: rect.top + start, bottom: rect.bottom }, grid: grid.slice(start) });
  return out;
}

function styleKey(s: CellStyle): string {
  return JSON.stringify(
    Object.keys(s)
      .sort()
      .map((k) => [k, (s as Record<string, unknown>)[k]]),
  );
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function styleStep(sheet: string, ref: RangeRef, s: CellStyle): Step {
  const rows = ref.bottom - ref.top + 1;
  const cols = ref.right - ref.left + 1;
  let ops = 0;
  for (const k of Object.keys(s)) ops += k === "border" ? 12 : 1;
  const formats = s.numberFormat !== undefined ? Array.from({ length: rows }, () => Array<string>(cols).fill(s.numberFormat!)) : null;
  return {
    sheet,
    part: "styles",
    bytes: OP * (ops + 1) + (formats ? jsonBytes(formats) : 0),
    apply: (ws) => {
      const range = ws.getRange(formatRange(ref));
      const f = range.format;
      if (s.bold !== undefined) f.font.bold = s.bold;
      if (s.italic !== undefined) f.font.italic = s.italic;
      if (s.fontSize !== undefined) f.font.size = s.fontSize;
      if (s.fontColor) f.font.color = s.fontColor;
      if (s.fill) f.fill.color = s.fill;
      if (s.wrap !== undefined) f.wrapText = s.wrap;
      if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
      if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
      if (s.border) {
        const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
        if (rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
        if (cols > 1) edges.push("InsideVertical" as Excel.BorderIndex);
        for (const e of edges) {
          const b = f.borders.getItem(e);
          b.style = "Continuous";
          b.weight = "Thin";
        }
      }
      if (formats) range.numberFormat = formats;
    },
  };
}

const WHOLE_MIN = -2147483648;
const WHOLE_MAX = 2147483647;
const DECIMAL_LIMIT = 1e15;

function bounds(min: number | undefined, max: number | undefined, lo: number, hi: number): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: lo, formula2: hi, operator: "Between" };
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.items.join(",") } };
    case "listFormula":
      return { list: { inCellDropDown: true, source: rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}` } };
    case "whole":
      return { wholeNumber: bounds(rule.min, rule.max, WHOLE_MIN, WHOLE_MAX) };
    case "decimal":
      return { decimal: bounds(rule.min, rule.max, -DECIMAL_LIMIT, DECIMAL_LIMIT) };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
  }
}

function validationStep(sheet: string, v: ValidationWrite): Step {
  const rule = validationRule(v.rule);
  const L = VALIDATION_TEXT_LIMITS; // Excel refuses longer texts: clipped as the xlsx adapter clips them
  return {
    sheet,
    part: "validation",
    bytes: OP * 4 + jsonBytes(rule) + jsonBytes(v.prompt ?? null) + jsonBytes(v.error ?? null),
    apply: (ws) => {
      const dv = ws.getRange(formatRange(v.ref)).dataValidation;
      dv.clear();
      dv.rule = rule;
      if (v.prompt) dv.prompt = { showPrompt: true, title: clip(v.prompt.title, L.title), message: clip(v.prompt.message, L.prompt) };
      if (v.error || v.strict !== undefined)
        dv.errorAlert = {
          showAlert: true,
          style: v.strict === false ? "Warning" : "Stop",
          title: clip(v.error?.title ?? "", L.title),
          message: clip(v.error?.message ?? "", L.error),
        };
    },
  };
}

/** "Priorities greater than the bounds will get and set to the maximum" (ConditionalFormat.priority): the lowest. */
const LOWEST_PRIORITY = 1_000_000;

function conditionalStep(sheet: string, cf: ConditionalFormatWrite): Step {
  const formula = cf.formula.startsWith("=") ? cf.formula : `=${cf.formula}`;
  return {
    sheet,
    part: "conditionalFormats",
    bytes: OP * 5 + jsonBytes(formula),
    apply: (ws) => {
      const c = ws.getRange(formatRange(cf.ref)).conditionalFormats.add("Custom");
      c.custom.rule.formula = formula;
      if (cf.fill) c.custom.format.fill.color = cf.fill;
      if (cf.fontColor) c.custom.format.font.color = cf.fontColor;
      if (cf.bold !== undefined) c.custom.format.font.bold = cf.bold;
      // conditionalFormats.add puts the new format at the top priority (@types/office-js, ExcelApi 1.6); moved to the
      // lowest, the formats keep the plan's order below the ones already there, as the xlsx writer appends them.
      // Set last: after a priority change Office.js wants the object fetched again for further changes.
      c.priority = LOWEST_PRIORITY;
    },
  };
}

function columnsAddress(from: number, to: number): string {
  const a = formatRange({ top: 0, left: from, bottom: 0, right: from }).replace(/\d+$/, "");
  const b = formatRange({ top: 0, left: to, bottom: 0, right: to }).replace(/\d+$/, "");
  return `${a}:${b}`;
}
