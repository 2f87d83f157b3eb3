/**
 * The passport's chart «План и факт по показателям»: one clustered column chart per passport, a category per
 * indicator row, a «План» and a «Факт» series. Its data are compute's own cells (the ChartData block), live
 * formulas over the indicator table: for each indicator the latest period with a fact, that period's plan and
 * its fact (before the first fact: the first planned period, its plan and no fact). So the chart follows edits
 * without the add-in, and moves on to the next period when a fact is typed in.
 *
 * The chart itself sits over the Chart block. Only Excel (Office.js) makes it; an xlsx file gets the data and a
 * note in the Chart block (ExcelJS cannot write charts).
 */
import type { RangeRef } from "../address";
import type { Lang } from "../i18n";
import { COMPUTED_STYLE, FORMATS, PASSPORT_LAYOUT } from "../templates/layout";
import { tr } from "../templates/strings";
import type { ChartWrite } from "../workbook";
import { a1, type LayoutProblem, type OwnedCell, type OwnedPart } from "./owned";

/** Category labels longer than this are cut with «…» (the full name stays in the indicator table). */
export const CHART_LABEL_LENGTH = 60;

const width = (r: RangeRef) => r.right - r.left + 1;

export function checkChartLayout(indicators: RangeRef, chartData: RangeRef, chart: RangeRef): LayoutProblem {
  const L = PASSPORT_LAYOUT;
  if (width(chartData) !== L.chartData.width) return `the ChartData block is not ${L.chartData.width} columns wide`;
  const indicatorRows = indicators.bottom - indicators.top + 1 - L.indicators.headerRows;
  const dataRows = chartData.bottom - chartData.top + 1 - L.chartData.headerRows;
  if (dataRows !== indicatorRows) return "the ChartData block does not have one row per indicator row";
  if (dataRows < 1) return "the indicator table has no rows";
  if (width(indicators) < L.indicators.firstPeriod + 2) return "the Indicators block has no period columns";
  if (chart.bottom < chart.top || chart.right < chart.left) return "the Chart block is empty";
  return null;
}

/** The ChartData block's formulas: label, period, plan and fact per indicator row. */
export function chartDataPart(indicators: RangeRef, chartData: RangeRef): OwnedPart {
  const L = PASSPORT_LAYOUT;
  const I = L.indicators;
  const C = L.chartData;
  const n = Math.floor((width(indicators) - I.firstPeriod) / 2);
  const cells: OwnedCell[] = [];
  const rows = chartData.bottom - chartData.top + 1 - C.headerRows;
  for (let i = 0; i < rows; i++) {
    const r = indicators.top + I.headerRows + i;
    const row = chartData.top + C.headerRows + i;
    const plan = (p: number) => a1(r, indicators.left + I.firstPeriod + 2 * p);
    const fact = (p: number) => a1(r, indicators.left + I.firstPeriod + 2 * p + 1);
    const label = (p: number) => a1(indicators.top, indicators.left + I.firstPeriod + 2 * p, "both");
    /** what `pick` gives for the latest period with a fact; before any fact, for the first planned period */
    const latest = (pick: (p: number) => string, beforeFacts: string) => {
      let f = beforeFacts;
      for (let p = 0; p < n; p++) f = `IF(ISNUMBER(${fact(p)}),${pick(p)},${f})`;
      return f;
    };
    const firstPlanned = (pick: (p: number) => string) => {
      let f = `""`;
      for (let p = n - 1; p >= 0; p--) f = `IF(ISNUMBER(${plan(p)}),${pick(p)},${f})`;
      return f;
    };
    const name = a1(r, indicators.left + I.name, "col");
    const num = a1(r, indicators.left + I.num, "col");
    const max = CHART_LABEL_LENGTH;
    const value = { ...COMPUTED_STYLE, numberFormat: FORMATS.decimal, hAlign: "center" as const };
    cells.push(
      {
        row,
        col: chartData.left + C.label,
        formula: `=IF(TRIM(${name})="","",IF(TRIM(${num})="","",${num}&". ")&IF(LEN(${name})>${max},LEFT(${name},${max - 1})&"…",${name}))`,
        style: { ...COMPUTED_STYLE, wrap: true },
      },
      { row, col: chartData.left + C.period, formula: `=IF(TRIM(${name})="","",${latest(label, firstPlanned(label))})`, style: { ...COMPUTED_STYLE, hAlign: "center", wrap: true } },
      { row, col: chartData.left + C.plan, formula: `=IF(TRIM(${name})="","",${latest(plan, firstPlanned(plan))})`, style: value },
      { row, col: chartData.left + C.fact, formula: `=IF(TRIM(${name})="","",${latest(fact, `""`)})`, style: value },
    );
  }
  return { cells, conditionalFormats: [] };
}

/** The chart over the Chart block: categories from the labels, «План» and «Факт» from the ChartData block. */
export function passportChart(name: string, chartData: RangeRef, chart: RangeRef, lang: Lang): ChartWrite {
  const C = PASSPORT_LAYOUT.chartData;
  const top = chartData.top + C.headerRows;
  const col = (c: number): RangeRef => ({ top, bottom: chartData.bottom, left: chartData.left + c, right: chartData.left + c });
  return {
    name,
    type: "columnClustered",
    title: tr("chartTitle", lang),
    categories: col(C.label),
    series: [
      { name: tr("chartPlan", lang), values: col(C.plan) },
      { name: tr("chartFact", lang), values: col(C.fact) },
    ],
    anchor: { ...chart },
  };
}
