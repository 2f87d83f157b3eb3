/**
 * The register sheet: a title, the settings block (the report date, the thresholds of the project's traffic
 * light and the status labels every formula compares with, all visible and editable), then an Excel table
 * with filters, one row per project, and a totals row of SUBTOTAL formulas below it (so the totals follow
 * the filters). The project's status, its indicator and control-point counts are formulas over the detail
 * sheets (detail.ts); the counts of findings and the financing are the files' data.
 */
import { columnLetter, type RangeRef } from "../address";
import type { Lang } from "../i18n";
import { ymdToSerial, type YMD } from "../periods";
import { COLORS, HEADER_STYLE, TITLE_STYLE } from "../templates/layout";
import type { CellStyle, CellWrite, ConditionalFormatWrite, RangeStyle, SheetPlan } from "../workbook";
import { sourceKey } from "./collect";
import { DEFAULT_SETTINGS, type RegisterSettings } from "./evaluate";
import { COL, CP, DETAIL, INDICATOR_LABELS, POINT_LABELS, PROJECT_LABELS, REG, indicatorTail, q, type DetailRows, type RegisterNames } from "./layout";
import { rs, type RegisterString } from "./strings";
import type { Register } from "./types";

export const FORMAT = { date: "dd.mm.yyyy", percent: "0%", money: "#,##0.00", whole: "0", threshold: "0%" } as const;

/** A1 with "$" where asked: ref(4, 2, "both") → "$C$5". */
export function ref(row: number, col: number, abs: "both" | "col" | "row" | "none" = "none"): string {
  const c = abs === "both" || abs === "col" ? "$" : "";
  const r = abs === "both" || abs === "row" ? "$" : "";
  return `${c}${columnLetter(col)}${r}${row + 1}`;
}

/** A column's data rows on another sheet, absolute: 'Свод — показатели'!$A$3:$A$40. */
export function column(sheet: string, col: number, top: number, bottom: number): string {
  return `${q(sheet)}!${ref(top, col, "both")}:${ref(bottom, col, "both")}`;
}

/** The cell of a status label on the register sheet, absolute and sheet-qualified (for the detail sheets). */
export function labelCell(names: RegisterNames, row: number, index: number): string {
  return `${q(names.register)}!${ref(row, REG.firstLabel + index, "both")}`;
}

const GREEN = { fill: COLORS.green, fontColor: COLORS.greenText };
const AMBER = { fill: COLORS.amber, fontColor: COLORS.amberText };
const RED = { fill: COLORS.red, fontColor: COLORS.redText };
const GREY = { fill: "#EDEDED", fontColor: "#404040" };
export const LABEL_COLORS: Record<string, { fill: string; fontColor: string }> = {
  projectOk: GREEN,
  projectRisk: AMBER,
  projectBehind: RED,
  projectUnreadable: GREY,
  projectEmpty: GREY,
  indAchieved: GREEN,
  indRisk: AMBER,
  indBehind: RED,
  indNoFact: GREY,
  cpDone: GREEN,
  cpDue: AMBER,
  cpOverdue: RED,
  cpPlanned: GREY,
  cpNoDate: GREY,
};

/** Conditional formats for a status column: one rule per label cell, exclusive (a status equals one label). */
export function statusFormats(range: RangeRef, labels: readonly RegisterString[], cellOf: (i: number) => string): ConditionalFormatWrite[] {
  const first = ref(range.top, range.left, "col");
  return labels.map((key, i) => ({ ref: range, formula: `=AND(${first}<>"",${first}=${cellOf(i)})`, ...LABEL_COLORS[key] }));
}

export interface RegisterSheetOptions {
  lang: Lang;
  asOf: YMD;
  settings?: RegisterSettings;
}

export function registerSheet(reg: Register, names: RegisterNames, rows: DetailRows, o: RegisterSheetOptions): SheetPlan {
  const t = (k: RegisterString) => rs(k, o.lang);
  const settings = o.settings ?? DEFAULT_SETTINGS;
  const cells: CellWrite[] = [];
  const put = (row: number, col: number, value: string | number | null | undefined, style?: CellStyle) => {
    if (value === undefined || value === null || value === "") {
      if (style) cells.push({ row, col, style });
      return;
    }
    cells.push(style ? { row, col, value, style } : { row, col, value });
  };
  const formula = (row: number, col: number, f: string, style?: CellStyle) => cells.push(style ? { row, col, formula: f, style } : { row, col, formula: f });

  const years0 = COL.firstSource + reg.sources.length;
  const noteCol = years0 + reg.years.length;
  const last = noteCol;
  const n = Math.max(1, reg.projects.length);
  const top = REG.firstData;
  const bottom = top + n - 1;
  const totalRow = bottom + 1;

  // title and settings
  put(REG.titleRow, 0, t("title"), { ...TITLE_STYLE, hAlign: "left" });
  put(REG.settingsRow, REG.settingLabel, t("settings"), { bold: true });
  const settingRows: [number, RegisterString, number, string][] = [
    [REG.rows.asOf, "asOf", ymdToSerial(o.asOf), FORMAT.date],
    [REG.rows.behindIndicators, "behindIndicators", settings.behindIndicators, FORMAT.whole],
    [REG.rows.behindPoints, "behindPoints", settings.behindPoints, FORMAT.whole],
    [REG.rows.riskIndicators, "riskIndicators", settings.riskIndicators, FORMAT.whole],
    [REG.rows.riskErrors, "riskErrors", settings.riskErrors, FORMAT.whole],
  ];
  const merges: RangeRef[] = [{ top: REG.titleRow, left: 0, bottom: REG.titleRow, right: COL.status }];
  for (const [row, key, value, numberFormat] of settingRows) {
    put(row, REG.settingLabel, t(key), { border: true, wrap: true, vAlign: "center" });
    merges.push({ top: row, left: REG.settingLabel, bottom: row, right: REG.settingLabelRight });
    put(row, REG.settingValue, value, { border: true, bold: true, hAlign: "center", fill: "#FFF2CC", numberFormat });
  }
  const labelRow = (row: number, caption: RegisterString, keys: readonly RegisterString[]) => {
    put(row, REG.labelCaption, t(caption), { bold: true, wrap: true });
    keys.forEach((k, i) => put(row, REG.firstLabel + i, t(k), { ...LABEL_COLORS[k], border: true, bold: true, hAlign: "center", wrap: true }));
  };
  labelRow(REG.labels.project, "projectStatuses", PROJECT_LABELS);
  labelRow(REG.labels.indicator, "indicatorStatuses", INDICATOR_LABELS);
  labelRow(REG.labels.point, "pointStatuses", POINT_LABELS);
  // how many projects have each status (all rows, not only the filtered ones)
  const statusRange = `${ref(top, COL.status, "both")}:${ref(bottom, COL.status, "both")}`;
  PROJECT_LABELS.forEach((_, i) =>
    formula(REG.labels.projectCounts, REG.firstLabel + i, `=COUNTIF(${statusRange},${ref(REG.labels.project, REG.firstLabel + i, "both")})`, {
      hAlign: "center",
      border: true,
      numberFormat: FORMAT.whole,
    }),
  );

  // header
  const headers: [number, string][] = [
    [COL.no, t("colNo")],
    [COL.file, t("colFile")],
    [COL.organisation, t("colOrganisation")],
    [COL.project, t("colProject")],
    [COL.status, t("colStatus")],
    [COL.leader, t("colLeader")],
    [COL.start, t("colStart")],
    [COL.end, t("colEnd")],
    [COL.documents, t("colDocuments")],
    [COL.errors, t("colErrors")],
    [COL.warnings, t("colWarnings")],
    [COL.findings, t("colFindings")],
    [COL.indicators, t("colIndicators")],
    [COL.achieved, t("colAchieved")],
    [COL.atRisk, t("colAtRisk")],
    [COL.behind, t("colBehind")],
    [COL.points, t("colPoints")],
    [COL.done, t("colDone")],
    [COL.due, t("colDue")],
    [COL.overdue, t("colOverdue")],
    [COL.financing, reg.unit ? `${t("colFinancing")}, ${reg.unit}` : t("colFinancing")],
    ...reg.sources.map((s, i): [number, string] => [COL.firstSource + i, s]),
    ...reg.years.map((y, i): [number, string] => [years0 + i, String(y)]),
    [noteCol, t("colNote")],
  ];
  for (const [col, text] of headers) put(REG.headerRow, col, text, HEADER_STYLE);

  // rows
  const indTail = indicatorTail(reg.periods.length);
  const indTop = DETAIL.firstData;
  const indBottom = indTop + Math.max(1, rows.indicators) - 1;
  const cpTop = DETAIL.firstData;
  const cpBottom = cpTop + Math.max(1, rows.points) - 1;
  const indIds = column(names.indicators, 0, indTop, indBottom);
  const indStatus = column(names.indicators, indTail.status, indTop, indBottom);
  const cpIds = column(names.points, CP.project, cpTop, cpBottom);
  const cpStatus = column(names.points, CP.status, cpTop, cpBottom);
  const label = (row: number, i: number) => ref(row, REG.firstLabel + i, "both");
  const setting = (row: number) => ref(row, REG.settingValue, "both");
  reg.projects.forEach((p, i) => {
    const r = top + i;
    const id = ref(r, COL.no, "col");
    put(r, COL.no, p.id);
    put(r, COL.file, p.file);
    put(r, COL.organisation, p.organisation);
    put(r, COL.project, p.name);
    const c = (col: number) => ref(r, col, "col");
    formula(
      r,
      COL.status,
      `=IF(NOT(ISNUMBER(${c(COL.errors)})),${label(REG.labels.project, 3)},IF(${c(COL.documents)}="",${label(REG.labels.project, 4)},` +
        `IF(OR(${c(COL.behind)}>=${setting(REG.rows.behindIndicators)},${c(COL.overdue)}>=${setting(REG.rows.behindPoints)}),${label(REG.labels.project, 2)},` +
        `IF(OR(${c(COL.atRisk)}>=${setting(REG.rows.riskIndicators)},${c(COL.errors)}>=${setting(REG.rows.riskErrors)}),${label(REG.labels.project, 1)},${label(REG.labels.project, 0)}))))`,
    );
    put(r, COL.leader, p.leader);
    put(r, COL.start, p.termStart);
    put(r, COL.end, p.termEnd);
    put(r, COL.documents, p.documents.map((d) => t(d)).join(", "));
    if (!p.unreadable) {
      put(r, COL.errors, p.errors);
      put(r, COL.warnings, p.warnings);
    }
    const first = rows.firstFinding.get(p.id);
    if (first !== undefined) formula(r, COL.findings, `=HYPERLINK("#${q(names.findings).replace(/"/g, '""')}!A${first + 1}","${t("link")}")`, { fontColor: "#0563C1" });
    formula(r, COL.indicators, `=COUNTIF(${indIds},${id})`);
    formula(r, COL.achieved, `=COUNTIFS(${indIds},${id},${indStatus},${label(REG.labels.indicator, 0)})`);
    formula(r, COL.atRisk, `=COUNTIFS(${indIds},${id},${indStatus},${label(REG.labels.indicator, 1)})`);
    formula(r, COL.behind, `=COUNTIFS(${indIds},${id},${indStatus},${label(REG.labels.indicator, 2)})`);
    formula(r, COL.points, `=COUNTIF(${cpIds},${id})`);
    formula(r, COL.done, `=COUNTIFS(${cpIds},${id},${cpStatus},${label(REG.labels.point, 0)})`);
    formula(r, COL.due, `=COUNTIFS(${cpIds},${id},${cpStatus},${label(REG.labels.point, 1)})`);
    formula(r, COL.overdue, `=COUNTIFS(${cpIds},${id},${cpStatus},${label(REG.labels.point, 2)})`);
    if (p.financing) {
      const fin = p.financing;
      const keyed = new Map([...fin.bySource].map(([k, v]) => [sourceKey(k), v]));
      reg.sources.forEach((s, k) => put(r, COL.firstSource + k, keyed.get(sourceKey(s))));
      reg.years.forEach((y, k) => put(r, years0 + k, fin.byYear.get(y)));
      formula(r, COL.financing, reg.sources.length ? `=SUM(${ref(r, COL.firstSource)}:${ref(r, years0 - 1)})` : `=${fin.total}`);
    }
    put(r, noteCol, p.unreadable ? `${t("unreadable")}: ${p.unreadable[o.lang]}` : p.documents.length === 0 ? t("noDocuments") : undefined);
  });

  // totals: SUBTOTAL follows the table's filters (103 counts the visible, 109 sums the visible)
  put(totalRow, COL.no, t("total"), { bold: true, border: true });
  formula(totalRow, COL.file, `=SUBTOTAL(103,${ref(top, COL.file)}:${ref(bottom, COL.file)})`, { bold: true, border: true, numberFormat: FORMAT.whole });
  const summed: number[] = [COL.errors, COL.warnings, COL.indicators, COL.achieved, COL.atRisk, COL.behind, COL.points, COL.done, COL.due, COL.overdue, COL.financing];
  for (let col = COL.firstSource; col < noteCol; col++) summed.push(col);
  for (const col of summed) {
    const money = col >= COL.financing;
    formula(totalRow, col, `=SUBTOTAL(109,${ref(top, col)}:${ref(bottom, col)})`, { bold: true, border: true, numberFormat: money ? FORMAT.money : FORMAT.whole });
  }

  const data = (left: number, right: number): RangeRef => ({ top, left, bottom, right });
  const styles: RangeStyle[] = [
    { ref: data(COL.start, COL.end), style: { numberFormat: FORMAT.date, hAlign: "center" } },
    { ref: data(COL.errors, COL.overdue), style: { numberFormat: FORMAT.whole, hAlign: "center" } },
    { ref: data(COL.financing, noteCol - 1), style: { numberFormat: FORMAT.money } },
    { ref: data(COL.organisation, COL.project), style: { wrap: true, vAlign: "top" } },
    { ref: data(COL.status, COL.status), style: { bold: true, hAlign: "center" } },
  ];
  const widths: { col: number; width: number }[] = [
    { col: COL.no, width: 5 },
    { col: COL.file, width: 26 },
    { col: COL.organisation, width: 26 },
    { col: COL.project, width: 36 },
    { col: COL.status, width: 13 },
    { col: COL.leader, width: 22 },
    { col: COL.start, width: 11 },
    { col: COL.end, width: 11 },
    { col: COL.documents, width: 22 },
  ];
  for (let col = COL.errors; col <= COL.overdue; col++) widths.push({ col, width: 11 });
  for (let col = COL.financing; col < noteCol; col++) widths.push({ col, width: 14 });
  widths.push({ col: noteCol, width: 40 });

  return {
    sheet: names.register,
    create: true,
    cells,
    styles,
    merges,
    columnWidths: widths,
    tables: [{ name: names.tables.register, ref: { top: REG.headerRow, left: 0, bottom, right: last }, style: "TableStyleMedium2" }],
    conditionalFormats: statusFormats(data(COL.status, COL.status), PROJECT_LABELS, (i) => label(REG.labels.project, i)),
    // the settings a person may change: a date, and whole counts from 0 (0 makes every project «отстаёт»/«под риском»)
    validations: [
      {
        ref: { top: REG.rows.asOf, left: REG.settingValue, bottom: REG.rows.asOf, right: REG.settingValue },
        rule: { type: "date" },
        strict: true,
        error: { title: t("asOf"), message: t("asOfOnly") },
      },
      {
        ref: { top: REG.rows.behindIndicators, left: REG.settingValue, bottom: REG.rows.riskErrors, right: REG.settingValue },
        rule: { type: "whole", min: 0, max: 100000 },
        strict: true,
        error: { title: t("settings").split(" (")[0], message: t("countOnly") },
      },
    ],
    freeze: { rows: REG.headerRow + 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: REG.headerRow, bottom: REG.headerRow } },
    tabColor: "#1F4E79",
  };
}
