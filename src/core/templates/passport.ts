/**
 * Паспорт проекта. Top to bottom: the approval header (top right), the title, the form fields (names, goal,
 * term, people), indicators with compute's achievement and status beside them, results, financing, related
 * programmes, stages and control points with compute's status column, risks, and the settings compute reads.
 * Columns A (№) and B (names, labels) are shared by every block; the indicator table grows to the right with
 * the periods of the term.
 */
import type { RangeRef } from "../address";
import { financingTotals, indicatorAchievement, stageStatus, type OwnedPart } from "../compute/owned";
import { chartDataPart } from "../compute/chart";
import type { CellStyle, SheetPlan } from "../workbook";
import { ymdToSerial as serial } from "../periods/dates";
import { rect, SheetBuilder } from "./builder";
import { blockNamer, label, say, type SheetContext } from "./context";
import { EXAMPLE, PEOPLE, type PersonKey } from "./example";
import { BLOCK_TITLE_STYLE, BODY_STYLE, COLORS, FORMATS, HEADER_STYLE, PASSPORT_LAYOUT as L, TITLE_STYLE } from "./layout";
import { listValidation } from "./lists";
import type { PassportBlock } from "./names";
import { LISTS, tr, yearLabel, type StringKey } from "./strings";
import { printReady } from "./print";
import { monthSerial, termPeriods, termYears } from "./term";

const FORM_RIGHT = 7; // the form spans A:H
const VALUE_LEFT = 2; // form values start in C

/** Rows of each table in a blank passport (SheetContext.rows overrides them, e.g. to copy a pasted passport in). */
export const BLANK_ROWS = { coExecutors: 5, indicators: 5, results: 4, stages: 12, risks: 5 };

/** What every block of the passport is written with. */
interface Draft {
  b: SheetBuilder;
  ctx: SheetContext;
  t: (k: StringKey) => string;
  name: (block: PassportBlock, ref: RangeRef) => void;
  ex: typeof EXAMPLE | undefined;
  blank: typeof BLANK_ROWS;
  periods: ReturnType<typeof termPeriods>;
  years: number[];
}

/** Cells compute also reads: the refs the owned parts are built over. */
interface Refs {
  indicators?: RangeRef;
  compute?: RangeRef;
  financingTotalRow?: RangeRef;
  financingTotalColumn?: RangeRef;
  stages?: RangeRef;
  stageStatus?: RangeRef;
  settings?: RangeRef;
  chartData?: RangeRef;
}

const TITLE_ROW = 5;

export function passportSheet(ctx: SheetContext): SheetPlan {
  const b = new SheetBuilder(ctx.sheet);
  const d: Draft = {
    b,
    ctx,
    t: (k) => tr(k, ctx.lang),
    name: blockNamer(b, ctx),
    ex: ctx.example ? EXAMPLE : undefined,
    blank: { ...BLANK_ROWS, ...ctx.rows },
    periods: termPeriods(ctx.term, ctx.lang),
    years: termYears(ctx.term),
  };
  const refs: Refs = {};
  columnWidths(d);
  // Each block starts at the row the one before returns; the rows are where the printed pages may break.
  const blocks = [0];
  let r = approvalAndForm(d);
  for (const block of [people, indicatorsBlock, resultsBlock, financingBlock, programmesBlock, stagesBlock, risksBlock, settingsSection, chartBlock]) {
    blocks.push(r);
    r = block(d, r, refs);
  }
  // Compute's cells: the same functions compute runs on a workbook.
  const owned: OwnedPart[] = [
    indicatorAchievement(refs.indicators!, refs.compute!, refs.settings!),
    financingTotals(refs.financingTotalRow!, refs.financingTotalColumn!),
    stageStatus(refs.stages!, refs.stageStatus!, refs.settings!),
    chartDataPart(refs.indicators!, refs.chartData!),
  ];
  for (const part of owned) {
    part.cells.forEach((c) => b.write(c));
    part.conditionalFormats.forEach((cf) => b.conditional(cf));
  }
  const plan = b.build({
    create: true,
    freeze: { rows: 0, cols: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: TITLE_ROW, bottom: TITLE_ROW } },
    tabColor: COLORS.tab.passport,
  });
  return printReady(plan, { lang: ctx.lang, projectName: d.ex && say(ctx, d.ex.shortName), blocks });
}

/** Column widths: A №, B names and labels, then the form's and the tables' columns. */
function columnWidths(d: Draft): void {
  const n = d.periods.length;
  const statusCol = L.indicators.firstPeriod + 3 * n + 1;
  const widths = [6, 46, 13, 13, 14, 14, 14, 18]; // H: a phone number on one line
  for (let c = 0; c <= Math.max(statusCol, FORM_RIGHT + 1); c++) d.b.width(c, widths[c] ?? 11);
  d.b.width(statusCol, 13);
}

/** A label over A:B, the value over C:H (several rows for long texts); the name points at the value's first cell. */
function field(d: Draft, r: number, block: PassportBlock, key: StringKey, value: string | undefined, rows = 1): number {
  label(d.b, r, d.t(key), rows);
  d.b.merge(rect(r, VALUE_LEFT, r + rows - 1, FORM_RIGHT), value, BODY_STYLE);
  d.name(block, rect(r, VALUE_LEFT));
  return r + rows;
}

/** The approval header (top right: «УТВЕРЖДЕН / решением … / протокол от … № …»), the title and the form fields. */
function approvalAndForm(d: Draft): number {
  const { b, t, ex, ctx } = d;
  b.merge(rect(0, 4, 0, FORM_RIGHT), t("approved"), { bold: true, hAlign: "center" });
  const body = ex ? `${t("approvedBy")} ${say(ctx, ex.approvalBody)}` : `${t("approvedBy")} `;
  b.merge(rect(1, 4, 2, FORM_RIGHT), body, { wrap: true, vAlign: "top", hAlign: "center" });
  b.value(3, 4, t("protocolDate"), { hAlign: "right" });
  b.value(3, 5, ex && serial(ex.approvalDate), { numberFormat: FORMATS.date, hAlign: "center", border: true });
  b.value(3, 6, t("protocolNumber"), { hAlign: "right" });
  b.value(3, 7, ex?.approvalNumber, { numberFormat: FORMATS.text, hAlign: "center", border: true });
  b.validate({ ref: rect(3, 5), rule: { type: "date" }, strict: true, error: { title: t("invalidTitle"), message: t("dateOnly") } });
  d.name("Approval", rect(0, 4, 3, FORM_RIGHT));

  b.merge(rect(TITLE_ROW, 0, TITLE_ROW, FORM_RIGHT), t("passportTitle"), TITLE_STYLE);
  let r = TITLE_ROW + 2;
  r = field(d, r, "FullName", "fullName", ex && say(ctx, ex.fullName), 2);
  r = field(d, r, "ShortName", "shortName", ex && say(ctx, ex.shortName));
  r = field(d, r, "Goal", "goal", ex && say(ctx, ex.goal), 3);

  const monthStyle: CellStyle = { ...BODY_STYLE, numberFormat: FORMATS.month, hAlign: "center" };
  for (const [block, key, promptKey, ym] of [
    ["TermStart", "termStart", "termStartPrompt", ctx.term.start],
    ["TermEnd", "termEnd", "termEndPrompt", ctx.term.end],
  ] as const) {
    label(b, r, t(key));
    b.value(r, VALUE_LEFT, monthSerial(ym), monthStyle);
    b.validate({
      ref: rect(r, VALUE_LEFT),
      rule: { type: "date" },
      strict: true,
      prompt: { title: t(promptKey), message: t("termHint") },
      error: { title: t("invalidTitle"), message: t("dateOnly") },
    });
    d.name(block, rect(r, VALUE_LEFT));
    r++;
  }
  b.value(r - 2, VALUE_LEFT + 1, t("termNote"), { italic: true, fontSize: 9, fontColor: "#595959" });
  return r + 1;
}

/** People: leader and responsible executor, then executors and co-executors, each ФИО | должность | телефон. */
function people(d: Draft, top: number): number {
  const { b, t, ex, ctx } = d;
  const P = L.people;
  const peopleHeader = (row: number) => {
    b.merge(rect(row, VALUE_LEFT + P.fio, row, VALUE_LEFT + P.position - 1), t("fio"), HEADER_STYLE);
    b.merge(rect(row, VALUE_LEFT + P.position, row, VALUE_LEFT + P.phone - 1), t("position"), HEADER_STYLE);
    b.value(row, VALUE_LEFT + P.phone, t("phone"), HEADER_STYLE);
  };
  const personRow = (row: number, key: PersonKey | undefined) => {
    const p = key && PEOPLE[key];
    b.merge(rect(row, VALUE_LEFT + P.fio, row, VALUE_LEFT + P.position - 1), p && say(ctx, p.full), BODY_STYLE);
    b.merge(rect(row, VALUE_LEFT + P.position, row, VALUE_LEFT + P.phone - 1), p && say(ctx, p.position), BODY_STYLE);
    b.value(row, VALUE_LEFT + P.phone, p?.phone, { ...BODY_STYLE, numberFormat: FORMATS.text });
  };
  let r = top;
  label(b, r, t("people"), 1, HEADER_STYLE);
  peopleHeader(r);
  r++;
  for (const [block, key, who] of [
    ["Leader", "leader", ex?.leader],
    ["Executor", "executor", ex?.executor],
  ] as const) {
    label(b, r, t(key));
    personRow(r, who);
    d.name(block, rect(r, VALUE_LEFT, r, VALUE_LEFT + P.width - 1));
    r++;
  }
  const coRows = ex ? ex.coExecutors.length : d.blank.coExecutors;
  label(b, r, t("coExecutors"), coRows + 1);
  peopleHeader(r);
  for (let i = 0; i < coRows; i++) personRow(r + 1 + i, ex?.coExecutors[i]);
  d.name("CoExecutors", rect(r, VALUE_LEFT, r + coRows, VALUE_LEFT + P.width - 1));
  return r + coRows + 2;
}

/** Indicators: two header rows; plan | факт per period; compute's achievement and status to the right. */
function indicatorsBlock(d: Draft, top: number, refs: Refs): number {
  const { b, t, ex, ctx, periods } = d;
  const { lang } = ctx;
  const I = L.indicators;
  const n = periods.length;
  const indicatorRight = I.firstPeriod + 2 * n - 1;
  const computeLeft = indicatorRight + 1;
  const statusCol = indicatorRight + n + 2;
  b.value(top, 0, t("indicatorsTitle"), BLOCK_TITLE_STYLE);
  const ih = top + 1;
  const indRows = ex ? ex.indicators.length : d.blank.indicators;
  refs.indicators = rect(ih, 0, ih + 1 + indRows, indicatorRight);
  refs.compute = rect(ih, computeLeft, ih + 1 + indRows, statusCol);
  for (const [col, key] of [
    [I.num, "num"],
    [I.name, "indicatorName"],
    [I.unit, "unit"],
    [I.direction, "direction"],
  ] as const) {
    b.merge(rect(ih, col, ih + 1, col), t(key), HEADER_STYLE);
  }
  b.value(ih, I.base, t("baseValue"), HEADER_STYLE);
  b.value(ih + 1, I.base, yearLabel(ex ? ex.baseYear : ctx.term.start.year - 1, lang), HEADER_STYLE);
  periods.forEach((p, i) => {
    const c = I.firstPeriod + 2 * i;
    b.merge(rect(ih, c, ih, c + 1), p.label, HEADER_STYLE);
    b.value(ih + 1, c, t("plan"), HEADER_STYLE);
    b.value(ih + 1, c + 1, t("fact"), HEADER_STYLE);
    b.value(ih + 1, computeLeft + i, p.short, HEADER_STYLE);
  });
  b.merge(rect(ih, computeLeft, ih, computeLeft + n - 1), t("achievement"), HEADER_STYLE);
  b.merge(rect(ih, computeLeft + n, ih + 1, computeLeft + n), t("latest"), HEADER_STYLE);
  b.merge(rect(ih, statusCol, ih + 1, statusCol), t("status"), HEADER_STYLE);
  const firstData = ih + 2;
  const lastData = ih + 1 + indRows;
  b.style(rect(firstData, 0, lastData, indicatorRight), BODY_STYLE);
  b.style(rect(firstData, I.unit, lastData, I.direction), { hAlign: "center" });
  b.style(rect(firstData, I.base, lastData, indicatorRight), { hAlign: "center", numberFormat: FORMATS.decimal });
  ex?.indicators.forEach((ind, i) => {
    const row = firstData + i;
    b.value(row, I.num, i + 1);
    b.value(row, I.name, say(ctx, ind.name));
    b.value(row, I.unit, LISTS.Units[lang][ind.unit]);
    b.value(row, I.direction, LISTS.Directions[lang][ind.direction]);
    b.value(row, I.base, ind.base);
    periods.forEach((_, p) => {
      b.value(row, I.firstPeriod + 2 * p, ind.plan[p]);
      b.value(row, I.firstPeriod + 2 * p + 1, ind.fact[p] ?? undefined);
    });
  });
  const numberOnly = { title: t("invalidTitle"), message: t("numberOnly") };
  b.validate(listValidation(rect(firstData, I.unit, lastData, I.unit), "Units", lang, false));
  b.validate({
    ...listValidation(rect(firstData, I.direction, lastData, I.direction), "Directions", lang, true),
    prompt: { title: t("direction"), message: t("directionPrompt") },
  });
  b.validate({ ref: rect(firstData, I.base, lastData, I.base), rule: { type: "decimal" }, strict: true, error: numberOnly });
  b.validate({ ref: rect(firstData, I.firstPeriod, lastData, indicatorRight), rule: { type: "decimal" }, strict: true, error: numberOnly });
  d.name("Indicators", refs.indicators);
  d.name("Compute", refs.compute);
  return lastData + 2;
}

function resultsBlock(d: Draft, top: number): number {
  const { b, t, ex, ctx } = d;
  b.value(top, 0, t("resultsTitle"), BLOCK_TITLE_STYLE);
  const r = top + 1;
  const resRows = ex ? ex.results.length : d.blank.results;
  b.value(r, L.results.num, t("num"), HEADER_STYLE);
  b.value(r, L.results.text, t("result"), HEADER_STYLE);
  b.style(rect(r + 1, 0, r + resRows, 1), BODY_STYLE);
  for (let i = 0; i < resRows; i++) {
    b.value(r + 1 + i, L.results.num, ex ? i + 1 : undefined, { hAlign: "center" });
    b.value(r + 1 + i, L.results.text, ex && say(ctx, ex.results[i]));
  }
  d.name("Results", rect(r, 0, r + resRows, 1));
  return r + resRows + 2;
}

/** Financing: sources × years, «Всего» row and column (compute's formulas). */
function financingBlock(d: Draft, top: number, refs: Refs): number {
  const { b, t, ex, ctx, years } = d;
  b.value(top, 0, t("financingTitle"), BLOCK_TITLE_STYLE);
  const fh = top + 1;
  const firstYearCol = L.financing.firstYear;
  const totalCol = firstYearCol + years.length;
  const sources = LISTS.Sources[ctx.lang];
  const totalRowIdx = fh + sources.length + 1;
  label(b, fh, t("source"), 1, HEADER_STYLE);
  years.forEach((y, i) => b.value(fh, firstYearCol + i, yearLabel(y, ctx.lang), HEADER_STYLE));
  b.value(fh, totalCol, t("totalPeriod"), HEADER_STYLE);
  sources.forEach((s, i) => {
    label(b, fh + 1 + i, s, 1, BODY_STYLE);
    years.forEach((_, y) => b.value(fh + 1 + i, firstYearCol + y, ex ? (ex.financing[i][y] ?? 0) : undefined, { ...BODY_STYLE, numberFormat: FORMATS.money }));
  });
  label(b, totalRowIdx, t("total"), 1, { ...BODY_STYLE, bold: true });
  b.validate(listValidation(rect(fh + 1, 0, fh + sources.length, 0), "Sources", ctx.lang, true));
  b.validate({
    ref: rect(fh + 1, firstYearCol, fh + sources.length, totalCol - 1),
    rule: { type: "decimal", min: 0 },
    strict: true,
    error: { title: t("invalidTitle"), message: t("moneyOnly") },
  });
  refs.financingTotalRow = rect(totalRowIdx, firstYearCol, totalRowIdx, totalCol);
  refs.financingTotalColumn = rect(fh + 1, totalCol, fh + sources.length, totalCol);
  d.name("Financing", rect(fh, 0, totalRowIdx, totalCol));
  d.name("FinancingTotalRow", refs.financingTotalRow);
  d.name("FinancingTotalColumn", refs.financingTotalColumn);
  return totalRowIdx + 2;
}

/** Related municipal programmes and priority projects: two form fields. */
function programmesBlock(d: Draft, top: number): number {
  const { ex, ctx } = d;
  let r = field(d, top, "Programmes", "programmes", ex && say(ctx, ex.programmes), 2);
  r = field(d, r, "PriorityProjects", "priorityProjects", ex && say(ctx, ex.priorityProjects));
  return r + 1;
}

/** Stages and control points; compute's status column beside them. */
function stagesBlock(d: Draft, top: number, refs: Refs): number {
  const { b, t, ex, ctx } = d;
  b.value(top, 0, t("stagesTitle"), BLOCK_TITLE_STYLE);
  const sh = top + 1;
  const S = L.stages;
  const stRows = ex ? ex.stages.length : d.blank.stages;
  b.value(sh, S.num, t("numPP"), HEADER_STYLE);
  b.value(sh, S.name, t("stageName"), HEADER_STYLE);
  b.merge(rect(sh, S.outcome, sh, S.start - 1), t("outcome"), HEADER_STYLE);
  b.value(sh, S.start, t("startMonth"), HEADER_STYLE);
  b.value(sh, S.end, t("endMonth"), HEADER_STYLE);
  b.value(sh, S.responsible, t("responsible"), HEADER_STYLE);
  b.value(sh, S.done, t("doneMark"), HEADER_STYLE);
  const statusColumn = S.done + 1;
  b.value(sh, statusColumn, t("status"), HEADER_STYLE);
  for (let i = 0; i < stRows; i++) {
    const row = sh + 1 + i;
    const st = ex?.stages[i];
    const isStage = st !== undefined && !st.num.includes(".");
    const rowStyle: CellStyle = isStage ? { ...BODY_STYLE, bold: true, fill: COLORS.stage } : BODY_STYLE;
    b.style(rect(row, 0, row, S.done), rowStyle);
    b.value(row, S.num, st?.num, { numberFormat: FORMATS.text, hAlign: "center" });
    b.value(row, S.name, st && say(ctx, st.name));
    b.merge(rect(row, S.outcome, row, S.start - 1), st && say(ctx, st.outcome));
    b.value(row, S.start, st && monthSerial(st.start), { numberFormat: FORMATS.month, hAlign: "center" });
    b.value(row, S.end, st && monthSerial(st.end), { numberFormat: FORMATS.month, hAlign: "center" });
    b.value(row, S.responsible, st && say(ctx, PEOPLE[st.responsible].short));
    b.value(row, S.done, st?.done && serial(st.done), { numberFormat: FORMATS.date, hAlign: "center" });
  }
  b.validate({
    ref: rect(sh + 1, S.start, sh + stRows, S.end),
    rule: { type: "date" },
    strict: true,
    error: { title: t("invalidTitle"), message: t("dateOnly") },
  });
  refs.stages = rect(sh, 0, sh + stRows, S.done);
  refs.stageStatus = rect(sh, statusColumn, sh + stRows, statusColumn);
  d.name("Stages", refs.stages);
  d.name("StageStatus", refs.stageStatus);
  return sh + stRows + 2;
}

function risksBlock(d: Draft, top: number): number {
  const { b, t, ex, ctx } = d;
  b.value(top, 0, t("risksTitle"), BLOCK_TITLE_STYLE);
  const rh = top + 1;
  const rkRows = ex ? ex.risks.length : d.blank.risks;
  b.value(rh, L.risks.num, t("numPP"), HEADER_STYLE);
  b.value(rh, L.risks.name, t("riskName"), HEADER_STYLE);
  b.merge(rect(rh, L.risks.measure, rh, FORM_RIGHT), t("riskMeasure"), HEADER_STYLE);
  for (let i = 0; i < rkRows; i++) {
    const row = rh + 1 + i;
    const risk = ex?.risks[i];
    b.style(rect(row, 0, row, FORM_RIGHT), BODY_STYLE);
    b.value(row, L.risks.num, risk ? i + 1 : undefined, { hAlign: "center" });
    b.value(row, L.risks.name, risk && say(ctx, risk.name));
    b.merge(rect(row, L.risks.measure, row, FORM_RIGHT), risk && say(ctx, risk.measure));
  }
  d.name("Risks", rect(rh, 0, rh + rkRows, FORM_RIGHT));
  return rh + rkRows + 2;
}

/** Settings: thresholds of the traffic light and the status labels compute's formulas use. */
function settingsSection(d: Draft, top: number, refs: Refs): number {
  d.b.value(top, 0, d.t("settingsTitle"), BLOCK_TITLE_STYLE);
  refs.settings = settingsBlock(d.b, top + 1, d.ctx);
  d.name("Settings", refs.settings);
  return refs.settings.bottom + 2;
}

/** The chart of plan and fact: its data (compute's formulas), then the area the chart covers in Excel. */
function chartBlock(d: Draft, top: number, refs: Refs): number {
  const { b, t, ex } = d;
  b.value(top, 0, t("chartSection"), BLOCK_TITLE_STYLE);
  const C = L.chartData;
  const indRows = ex ? ex.indicators.length : d.blank.indicators;
  const r = top + 1;
  const chartData = rect(r, 1, r + C.headerRows - 1 + indRows, C.width);
  for (const [col, key] of [
    [C.label, "chartLabel"],
    [C.period, "chartPeriod"],
    [C.plan, "chartPlan"],
    [C.fact, "chartFact"],
  ] as const) {
    b.value(chartData.top, chartData.left + col, t(key), HEADER_STYLE);
  }
  refs.chartData = chartData;
  d.name("ChartData", chartData);
  const chartTop = chartData.bottom + 2;
  const chart = rect(chartTop, 1, chartTop + L.chart.rows - 1, L.chart.cols);
  // compute's colour marks the area; in Excel the chart covers it, in a file computed by the command line the note explains
  b.style(chart, { fill: COLORS.computed });
  b.merge(rect(chartTop, 1, chartTop + 2, L.chart.cols), t("chartPlaceholder"), { italic: true, wrap: true, vAlign: "top", fontColor: "#595959" });
  d.name("Chart", chart);
  return chart.bottom + 1;
}

function settingsBlock(b: SheetBuilder, top: number, ctx: SheetContext): RangeRef {
  const t = (k: StringKey) => tr(k, ctx.lang);
  const S = L.settings;
  const left = 1;
  const noteRight = FORM_RIGHT;
  b.value(top, left + S.label, t("settingsLabel"), HEADER_STYLE);
  b.value(top, left + S.value, t("settingsThreshold"), HEADER_STYLE);
  b.merge(rect(top, left + S.note, top, noteRight), t("settingsNote"), HEADER_STYLE);
  const rows: [number, StringKey, number | undefined, StringKey, CellStyle][] = [
    [S.rows.onPlan, "onPlan", 0.95, "byDefault", { fill: COLORS.green, fontColor: COLORS.greenText }],
    [S.rows.atRisk, "atRisk", 0.7, "byDefault", { fill: COLORS.amber, fontColor: COLORS.amberText }],
    [S.rows.behind, "behind", undefined, "behindNote", { fill: COLORS.red, fontColor: COLORS.redText }],
    [S.rows.done, "done", undefined, "doneNote", { fill: COLORS.green, fontColor: COLORS.greenText }],
    [S.rows.due, "due", undefined, "dueNote", { fill: COLORS.amber, fontColor: COLORS.amberText }],
    [S.rows.overdue, "overdue", undefined, "overdueNote", { fill: COLORS.red, fontColor: COLORS.redText }],
  ];
  for (const [offset, key, threshold, note, colors] of rows) {
    const row = top + offset;
    b.value(row, left + S.label, t(key), { ...BODY_STYLE, ...colors, bold: true, hAlign: "center" });
    b.value(row, left + S.value, threshold, { ...BODY_STYLE, numberFormat: FORMATS.percent, hAlign: "center" });
    b.merge(rect(row, left + S.note, row, noteRight), t(note), { ...BODY_STYLE, italic: threshold !== undefined });
  }
  const thresholds = rect(top + S.rows.onPlan, left + S.value, top + S.rows.atRisk, left + S.value);
  b.validate({ ref: thresholds, rule: { type: "decimal", min: 0, max: 10 }, strict: true, error: { title: t("invalidTitle"), message: t("thresholdOnly") } });
  return rect(top, left, top + S.rows.overdue, left + S.note);
}
