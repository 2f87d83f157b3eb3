/**
 * The cells compute owns and what it writes into them, built from the blocks' ranges alone. The templates
 * call the same functions, so a fresh template already holds exactly what compute would write (running
 * compute on it changes nothing), and compute on a workbook reads the ranges from the PO_* names.
 *
 * Owned cells are of two kinds: formula cells (everything computed) and label cells (the people listed in
 * the plan summary, plain values that compute fills from the plan).
 */
import { columnLetter, type RangeRef } from "../address";
import type { YMD } from "../periods/types";
import { COLORS, COMPUTED_STYLE, FORMATS, PASSPORT_LAYOUT, PLAN_LAYOUT, PLAN_SECTION_COUNT, SCHEDULE_LAYOUT } from "../templates/layout";
import { LISTS } from "../templates/strings";
import type { CellStyle, CellValue, ConditionalFormatWrite } from "../workbook";

export interface OwnedCell {
  row: number;
  col: number;
  /** Exactly one of formula/value. */
  formula?: string;
  value?: CellValue;
  style: CellStyle;
}

export interface OwnedPart {
  cells: OwnedCell[];
  conditionalFormats: ConditionalFormatWrite[];
}

export interface FormulaContext {
  /** Pins «today» (DATE(y,m,d)) instead of TODAY(): reproducible reports and recalculation tests. */
  today?: YMD;
}

/** An A1 reference with each part absolute or relative: a(5, 3, "col") → "$D6". */
export function a1(row: number, col: number, abs: "both" | "col" | "row" | "none" = "none"): string {
  const c = abs === "both" || abs === "col" ? "$" : "";
  const r = abs === "both" || abs === "row" ? "$" : "";
  return `${c}${columnLetter(col)}${r}${row + 1}`;
}

function span(top: number, bottom: number, col: number): string {
  return `${a1(top, col, "both")}:${a1(bottom, col, "both")}`;
}

function todayFn(ctx: FormulaContext): string {
  const t = ctx.today;
  return t ? `DATE(${t.year},${t.month},${t.day})` : "TODAY()";
}

function rowsOf(ref: RangeRef, headerRows: number): number[] {
  const rows: number[] = [];
  for (let r = ref.top + headerRows; r <= ref.bottom; r++) rows.push(r);
  return rows;
}

function width(ref: RangeRef): number {
  return ref.right - ref.left + 1;
}

/** A traffic light: one rule per label cell, exclusive by construction (a status equals one label). */
function statusRules(ref: RangeRef, statusCol: number, labels: { cell: string; fill: string; fontColor: string }[]): ConditionalFormatWrite[] {
  const s = a1(ref.top, statusCol, "col");
  return labels.map(({ cell, fill, fontColor }) => ({ ref, formula: `=AND(${s}<>"",${s}=${cell})`, fill, fontColor }));
}

const GREEN = { fill: COLORS.green, fontColor: COLORS.greenText };
const AMBER = { fill: COLORS.amber, fontColor: COLORS.amberText };
const RED = { fill: COLORS.red, fontColor: COLORS.redText };

/** Why a layout cannot be computed, or null when the ranges fit together. */
export type LayoutProblem = string | null;

// ---------------------------------------------------------------------------------------------
// Passport: indicator achievement, latest achievement and status

export function checkIndicatorLayout(indicators: RangeRef, compute: RangeRef): LayoutProblem {
  const L = PASSPORT_LAYOUT;
  const n = width(compute) - 2;
  if (n < 1) return "the Compute block has no period columns";
  if (width(indicators) !== L.indicators.firstPeriod + 2 * n) return "the Compute block does not match the periods of the Indicators block";
  if (indicators.top !== compute.top || indicators.bottom !== compute.bottom) return "the Compute block does not span the rows of the Indicators block";
  return null;
}

export function indicatorAchievement(indicators: RangeRef, compute: RangeRef, settings: RangeRef): OwnedPart {
  const L = PASSPORT_LAYOUT;
  const n = width(compute) - 2;
  const dirCol = indicators.left + L.indicators.direction;
  const baseCol = indicators.left + L.indicators.base;
  const set = L.settings;
  const threshold = (row: number) => a1(settings.top + row, settings.left + set.value, "both");
  const label = (row: number) => a1(settings.top + row, settings.left + set.label, "both");
  const latestCol = compute.left + n;
  const statusCol = compute.left + n + 1;
  const cells: OwnedCell[] = [];
  for (const r of rowsOf(compute, L.compute.headerRows)) {
    const dir = a1(r, dirCol, "col");
    const base = a1(r, baseCol, "col");
    const isDecline = `OR(TRIM(${dir})="${LISTS.Directions.ru[1]}",TRIM(${dir})="${LISTS.Directions.en[1]}")`;
    for (let p = 0; p < n; p++) {
      const plan = a1(r, indicators.left + L.indicators.firstPeriod + 2 * p);
      const fact = a1(r, indicators.left + L.indicators.firstPeriod + 2 * p + 1);
      cells.push({
        row: r,
        col: compute.left + p,
        formula: `=IF(AND(ISNUMBER(${fact}),ISNUMBER(${plan})),` + `IFERROR(IF(${isDecline},(${base}-${fact})/(${base}-${plan}),(${fact}-${base})/(${plan}-${base})),""),"")`,
        style: { ...COMPUTED_STYLE, numberFormat: FORMATS.percent, hAlign: "center" },
      });
    }
    let latest = `""`;
    for (let p = 0; p < n; p++) {
      const c = a1(r, compute.left + p);
      latest = `IF(ISNUMBER(${c}),${c},${latest})`;
    }
    cells.push({ row: r, col: latestCol, formula: `=${latest}`, style: { ...COMPUTED_STYLE, numberFormat: FORMATS.percent, hAlign: "center" } });
    const x = a1(r, latestCol);
    cells.push({
      row: r,
      col: statusCol,
      formula:
        `=IF(ISNUMBER(${x}),IF(${x}>=${threshold(set.rows.onPlan)},${label(set.rows.onPlan)},` + `IF(${x}>=${threshold(set.rows.atRisk)},${label(set.rows.atRisk)},${label(set.rows.behind)})),"")`,
      style: { ...COMPUTED_STYLE, hAlign: "center", bold: true },
    });
  }
  const dataRows = rowsOf(compute, L.compute.headerRows);
  const conditionalFormats =
    dataRows.length === 0
      ? []
      : statusRules({ top: dataRows[0], left: statusCol, bottom: compute.bottom, right: statusCol }, statusCol, [
          { cell: label(set.rows.onPlan), ...GREEN },
          { cell: label(set.rows.atRisk), ...AMBER },
          { cell: label(set.rows.behind), ...RED },
        ]);
  return { cells, conditionalFormats };
}

// ---------------------------------------------------------------------------------------------
// Passport: financing totals

export function checkFinancingLayout(totalRow: RangeRef, totalColumn: RangeRef): LayoutProblem {
  if (totalRow.top !== totalRow.bottom) return "FinancingTotalRow is not one row";
  if (totalColumn.left !== totalColumn.right) return "FinancingTotalColumn is not one column";
  if (totalRow.right !== totalColumn.left || totalRow.top !== totalColumn.bottom + 1) return "the «Всего» row and column do not meet at the table's corner";
  if (width(totalRow) < 2) return "the financing table has no year columns";
  return null;
}

/** «Всего» row: each year is the sum of the sources; «Всего» column: each source over the years; the corner sums the «Всего» row. */
export function financingTotals(totalRow: RangeRef, totalColumn: RangeRef): OwnedPart {
  const firstYear = totalRow.left;
  const lastYear = totalRow.right - 1;
  const firstSource = totalColumn.top;
  const lastSource = totalColumn.bottom;
  const style: CellStyle = { ...COMPUTED_STYLE, numberFormat: FORMATS.money, bold: true };
  const cells: OwnedCell[] = [];
  for (let r = firstSource; r <= lastSource; r++) {
    cells.push({ row: r, col: totalColumn.left, formula: `=SUM(${a1(r, firstYear)}:${a1(r, lastYear)})`, style });
  }
  const tr = totalRow.top;
  for (let c = firstYear; c <= lastYear; c++) {
    cells.push({ row: tr, col: c, formula: `=SUM(${a1(firstSource, c)}:${a1(lastSource, c)})`, style });
  }
  cells.push({ row: tr, col: totalRow.right, formula: `=SUM(${a1(tr, firstYear)}:${a1(tr, lastYear)})`, style });
  return { cells, conditionalFormats: [] };
}

// ---------------------------------------------------------------------------------------------
// Control point status: done, due this month, overdue

interface StatusLabels {
  done: string;
  due: string;
  overdue: string;
}

function statusFormula(name: string, done: string, end: string, labels: StatusLabels, monthPrecision: boolean, ctx: FormulaContext): string {
  const today = todayFn(ctx);
  const when = monthPrecision
    ? `IF(EOMONTH(${end},0)<${today},${labels.overdue},IF(EOMONTH(${end},0)=EOMONTH(${today},0),${labels.due},""))`
    : `IF(${end}<${today},${labels.overdue},IF(${end}<=EOMONTH(${today},0),${labels.due},""))`;
  return `=IF(TRIM(${name})="","",IF(LEN(TRIM(${done}))>0,${labels.done},IF(ISNUMBER(${end}),${when},"")))`;
}

function statusPart(dataRows: number[], statusCol: number, cols: { name: number; done: number; end: number }, labels: StatusLabels, monthPrecision: boolean, ctx: FormulaContext): OwnedPart {
  const cells = dataRows.map((r) => ({
    row: r,
    col: statusCol,
    formula: statusFormula(a1(r, cols.name, "col"), a1(r, cols.done, "col"), a1(r, cols.end, "col"), labels, monthPrecision, ctx),
    style: { ...COMPUTED_STYLE, hAlign: "center" as const, wrap: true },
  }));
  const conditionalFormats =
    dataRows.length === 0
      ? []
      : statusRules({ top: dataRows[0], left: statusCol, bottom: dataRows[dataRows.length - 1], right: statusCol }, statusCol, [
          { cell: labels.done, ...GREEN },
          { cell: labels.due, ...AMBER },
          { cell: labels.overdue, ...RED },
        ]);
  return { cells, conditionalFormats };
}

export function checkStageLayout(stages: RangeRef, stageStatus: RangeRef): LayoutProblem {
  if (stageStatus.left !== stageStatus.right) return "StageStatus is not one column";
  if (stages.top !== stageStatus.top || stages.bottom !== stageStatus.bottom) return "StageStatus does not span the rows of Stages";
  if (width(stages) < PASSPORT_LAYOUT.stages.done + 1) return "the Stages block is narrower than its layout";
  return null;
}

/** Passport stages hold months (the first day, shown as «январь 2026»): a month is over when its last day has passed. */
export function stageStatus(stages: RangeRef, status: RangeRef, settings: RangeRef, ctx: FormulaContext = {}): OwnedPart {
  const L = PASSPORT_LAYOUT;
  const label = (row: number) => a1(settings.top + row, settings.left + L.settings.label, "both");
  return statusPart(
    rowsOf(status, L.stageStatus.headerRows),
    status.left,
    { name: stages.left + L.stages.name, done: stages.left + L.stages.done, end: stages.left + L.stages.end },
    { done: label(L.settings.rows.done), due: label(L.settings.rows.due), overdue: label(L.settings.rows.overdue) },
    true,
    ctx,
  );
}

export function checkScheduleLayout(items: RangeRef, status: RangeRef): LayoutProblem {
  if (status.left !== status.right) return "Status is not one column";
  if (items.top !== status.top || items.bottom !== status.bottom) return "Status does not span the rows of Items";
  if (width(items) < SCHEDULE_LAYOUT.items.width) return "the Items block is narrower than its layout";
  return null;
}

/** Calendar plan items hold exact dates: overdue the day after the end. */
export function scheduleStatus(items: RangeRef, status: RangeRef, legend: RangeRef, ctx: FormulaContext = {}): OwnedPart {
  const L = SCHEDULE_LAYOUT;
  const label = (row: number) => a1(legend.top + row, legend.left + L.legend.label, "both");
  return statusPart(
    rowsOf(status, L.status.headerRows),
    status.left,
    { name: items.left + L.items.name, done: items.left + L.items.done, end: items.left + L.items.end },
    { done: label(L.legend.rows.done), due: label(L.legend.rows.due), overdue: label(L.legend.rows.overdue) },
    false,
    ctx,
  );
}

// ---------------------------------------------------------------------------------------------
// Implementation plan: summary per section and per responsible person

export function checkSummaryLayout(activities: RangeRef, summary: RangeRef): LayoutProblem {
  if (width(activities) < PLAN_LAYOUT.activities.width) return "the Activities block is narrower than its layout";
  if (width(summary) < PLAN_LAYOUT.summary.width) return "the Summary block is narrower than its layout";
  if (summary.bottom - summary.top < PLAN_LAYOUT.summary.firstPerson) return "the Summary block has no rows for people";
  return null;
}

/** Names in a responsible cell: «Иванов И.И., Петров П.П.» → two people. */
export function splitPeople(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

/** Distinct people of the plan in order of first appearance. */
export function planPeople(responsibleCells: readonly CellValue[]): string[] {
  const seen = new Set<string>();
  const people: string[] = [];
  for (const v of responsibleCells) {
    if (typeof v !== "string") continue;
    for (const p of splitPeople(v)) {
      const k = p.toLocaleLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        people.push(p);
      }
    }
  }
  return people;
}

/**
 * Section rows count activities (a filled «Деятельность») and sum participants by the «Раздел» column;
 * person rows match the name anywhere in «Ответственный», so an activity shared by two people counts for both.
 * People that do not fit the block's slots are left out (the caller says so).
 */
export function planSummary(activities: RangeRef, summary: RangeRef, people: readonly string[]): OwnedPart {
  const A = PLAN_LAYOUT.activities;
  const S = PLAN_LAYOUT.summary;
  const top = activities.top + A.headerRows;
  const bottom = Math.max(top, activities.bottom);
  const col = (c: number) => span(top, bottom, activities.left + c);
  const sectionCol = col(A.section);
  const activityCol = col(A.activity);
  const countCol = col(A.count);
  const respCol = col(A.responsible);
  const labelCol = summary.left + S.label;
  const style: CellStyle = { ...COMPUTED_STYLE, numberFormat: FORMATS.whole, hAlign: "center" };
  const cells: OwnedCell[] = [];
  const firstSection = summary.top + S.firstSection;
  const lastSection = firstSection + PLAN_SECTION_COUNT - 1;
  for (let r = firstSection; r <= lastSection; r++) {
    const label = a1(r, labelCol, "col");
    cells.push({ row: r, col: summary.left + S.count, formula: `=COUNTIFS(${sectionCol},${label},${activityCol},"<>")`, style });
    cells.push({ row: r, col: summary.left + S.participants, formula: `=SUMIFS(${countCol},${sectionCol},${label})`, style });
  }
  const totalRow = lastSection + 1;
  for (const c of [S.count, S.participants]) {
    const col = summary.left + c;
    cells.push({ row: totalRow, col, formula: `=SUM(${a1(firstSection, col)}:${a1(lastSection, col)})`, style: { ...style, bold: true } });
  }
  for (let i = 0, r = summary.top + S.firstPerson; r <= summary.bottom; i++, r++) {
    const label = a1(r, labelCol, "col");
    const match = `"*"&${label}&"*"`;
    cells.push({ row: r, col: labelCol, value: people[i] ?? "", style: { ...COMPUTED_STYLE, wrap: true } });
    cells.push({ row: r, col: summary.left + S.count, formula: `=IF(${label}="","",COUNTIFS(${respCol},${match},${activityCol},"<>"))`, style });
    cells.push({ row: r, col: summary.left + S.participants, formula: `=IF(${label}="","",SUMIFS(${countCol},${respCol},${match}))`, style });
  }
  return { cells, conditionalFormats: [] };
}

/** How many person slots a summary block has. */
export function summarySlots(summary: RangeRef): number {
  return Math.max(0, summary.bottom - (summary.top + PLAN_LAYOUT.summary.firstPerson) + 1);
}
