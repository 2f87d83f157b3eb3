/**
 * The register's detail sheets, each an Excel table with filters for people to sort, filter and pivot:
 * - indicators: one row per project × indicator, base, and per period plan, fact and achievement (compute's
 *   formula), the latest achievement, the passport's own thresholds and the status by them;
 * - control points: one row per control point with its deadline, done mark, responsible person and its status
 *   as of the register's report date (a formula over the settings cell);
 * - findings: what the check found in each file (what `validate` prints), linked from the register.
 * Statuses compare with the label cells of the register's settings block, so the register's counts and the
 * conditional formats match whatever labels a person writes there.
 */
import { formatCell } from "../address";
import type { Lang } from "../i18n";
import { HEADER_STYLE, TITLE_STYLE } from "../templates/layout";
import type { CellStyle, CellWrite, RangeStyle, SheetPlan } from "../workbook";
import { CP, DETAIL, FND, IND, INDICATOR_LABELS, POINT_LABELS, REG, indicatorTail, q, type RegisterNames } from "./layout";
import { FORMAT, labelCell, ref, statusFormats } from "./sheets";
import { rs, type RegisterString } from "./strings";
import type { PeriodKey, Register } from "./types";

const ROMAN = ["I", "II", "III", "IV"];
/** Periods the «latest achievement» formula looks back over (one nested IF each; Excel allows 64 levels). */
export const LATEST_DEPTH = 60;

export function periodLabel(p: PeriodKey, lang: Lang): string {
  if (p.quarter) return lang === "ru" ? `${ROMAN[p.quarter - 1]} кв. ${p.year}` : `Q${p.quarter} ${p.year}`;
  return lang === "ru" ? `${p.year} год` : String(p.year);
}

class Cells {
  readonly list: CellWrite[] = [];
  value(row: number, col: number, value: string | number | undefined | null, style?: CellStyle): void {
    if (value === undefined || value === null || value === "") return;
    this.list.push(style ? { row, col, value, style } : { row, col, value });
  }
  formula(row: number, col: number, formula: string, style?: CellStyle): void {
    this.list.push(style ? { row, col, formula, style } : { row, col, formula });
  }
}

function titleRow(c: Cells, text: string, names: RegisterNames, lang: Lang, linkCol: number): void {
  c.value(DETAIL.titleRow, 0, text, { ...TITLE_STYLE, hAlign: "left" });
  c.formula(DETAIL.titleRow, linkCol, `=HYPERLINK("#${q(names.register)}!A1","${rs("backToRegister", lang)}")`, { fontColor: "#0563C1" });
}

function sheetPlan(sheet: string, table: string, width: number, rows: number, c: Cells, extra: Partial<SheetPlan>): SheetPlan {
  const bottom = DETAIL.firstData + Math.max(1, rows) - 1;
  return {
    sheet,
    create: true,
    cells: c.list,
    tables: [{ name: table, ref: { top: DETAIL.headerRow, left: 0, bottom, right: width - 1 }, style: "TableStyleMedium2" }],
    freeze: { rows: DETAIL.headerRow + 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: DETAIL.headerRow, bottom: DETAIL.headerRow } },
    ...extra,
  };
}

export function indicatorsSheet(reg: Register, names: RegisterNames, lang: Lang): SheetPlan {
  const t = (k: RegisterString) => rs(k, lang);
  const c = new Cells();
  const tail = indicatorTail(reg.periods.length);
  titleRow(c, t("indicatorsTitle"), names, lang, IND.indicator);
  const headers: [number, string][] = [
    [IND.project, t("colNo")],
    [IND.file, t("colFile")],
    [IND.name, t("colProject")],
    [IND.indicator, t("colIndicator")],
    [IND.unit, t("colUnit")],
    [IND.direction, t("colDirection")],
    [IND.base, t("colBase")],
  ];
  reg.periods.forEach((p, i) => {
    const label = periodLabel(p, lang);
    headers.push([IND.firstPeriod + 3 * i, `${label} ${t("colPlan")}`], [IND.firstPeriod + 3 * i + 1, `${label} ${t("colFact")}`], [IND.firstPeriod + 3 * i + 2, `${label} ${t("colAchievement")}`]);
  });
  headers.push([tail.latest, t("colLatest")], [tail.onPlan, t("colOnPlan")], [tail.atRisk, t("colRiskThreshold")], [tail.status, t("colStatus")]);
  for (const [col, text] of headers) c.value(DETAIL.headerRow, col, text, HEADER_STYLE);

  const decline = t("decline");
  const label = (i: number) => labelCell(names, REG.labels.indicator, i);
  let r = DETAIL.firstData;
  for (const p of reg.projects) {
    for (const ind of p.indicators) {
      c.value(r, IND.project, p.id);
      c.value(r, IND.file, p.file);
      c.value(r, IND.name, p.name);
      c.value(r, IND.indicator, ind.name);
      c.value(r, IND.unit, ind.unit);
      c.value(r, IND.direction, ind.direction === "decline" ? decline : t("growth"));
      c.value(r, IND.base, ind.base);
      const dir = ref(r, IND.direction, "col");
      const base = ref(r, IND.base, "col");
      let latest = `""`;
      reg.periods.forEach((per, i) => {
        const pc = IND.firstPeriod + 3 * i;
        c.value(r, pc, ind.plan[per.key]);
        c.value(r, pc + 1, ind.fact[per.key]);
        const plan = ref(r, pc);
        const fact = ref(r, pc + 1);
        c.formula(r, pc + 2, `=IF(AND(ISNUMBER(${fact}),ISNUMBER(${plan})),IFERROR(IF(${dir}="${decline}",(${base}-${fact})/(${base}-${plan}),(${fact}-${base})/(${plan}-${base})),""),"")`);
        const a = ref(r, pc + 2);
        // Excel nests at most 64 functions: the latest achievement looks at the last LATEST_DEPTH periods
        if (i >= reg.periods.length - LATEST_DEPTH) latest = `IF(ISNUMBER(${a}),${a},${latest})`;
      });
      c.formula(r, tail.latest, `=${latest}`);
      c.value(r, tail.onPlan, p.thresholds.onPlan);
      c.value(r, tail.atRisk, p.thresholds.atRisk);
      const x = ref(r, tail.latest);
      c.formula(r, tail.status, `=IF(ISNUMBER(${x}),IF(${x}>=${ref(r, tail.onPlan)},${label(0)},IF(${x}>=${ref(r, tail.atRisk)},${label(1)},${label(2)})),${label(3)})`);
      r++;
    }
  }
  const rows = r - DETAIL.firstData;
  const bottom = DETAIL.firstData + Math.max(1, rows) - 1;
  const data = (left: number, right: number) => ({ top: DETAIL.firstData, left, bottom, right });
  const styles: RangeStyle[] = [];
  reg.periods.forEach((_, i) => styles.push({ ref: data(IND.firstPeriod + 3 * i + 2, IND.firstPeriod + 3 * i + 2), style: { numberFormat: FORMAT.percent, fill: "#F3F0FA" } }));
  styles.push({ ref: data(tail.latest, tail.latest), style: { numberFormat: FORMAT.percent, fill: "#F3F0FA", bold: true } });
  styles.push({ ref: data(tail.onPlan, tail.atRisk), style: { numberFormat: FORMAT.threshold, hAlign: "center" } });
  styles.push({ ref: data(tail.status, tail.status), style: { bold: true, hAlign: "center" } });
  const widths: { col: number; width: number }[] = [
    { col: IND.project, width: 6 },
    { col: IND.file, width: 22 },
    { col: IND.name, width: 26 },
    { col: IND.indicator, width: 40 },
    { col: IND.unit, width: 9 },
    { col: IND.direction, width: 11 },
    { col: IND.base, width: 10 },
  ];
  for (let col = IND.firstPeriod; col < tail.latest; col++) widths.push({ col, width: 10 });
  widths.push({ col: tail.latest, width: 14 }, { col: tail.onPlan, width: 11 }, { col: tail.atRisk, width: 11 }, { col: tail.status, width: 12 });
  return sheetPlan(names.indicators, names.tables.indicators, tail.width, rows, c, {
    styles,
    columnWidths: widths,
    conditionalFormats: statusFormats(data(tail.status, tail.status), INDICATOR_LABELS, label),
  });
}

export function pointsSheet(reg: Register, names: RegisterNames, lang: Lang): SheetPlan {
  const t = (k: RegisterString) => rs(k, lang);
  const c = new Cells();
  titleRow(c, t("pointsTitle"), names, lang, CP.point);
  const headers: [number, RegisterString][] = [
    [CP.project, "colNo"],
    [CP.file, "colFile"],
    [CP.name, "colProject"],
    [CP.source, "colSource"],
    [CP.stage, "colStage"],
    [CP.number, "colNo"],
    [CP.point, "colPoint"],
    [CP.deadline, "colDeadline"],
    [CP.done, "colDoneMark"],
    [CP.responsible, "colResponsible"],
    [CP.status, "colStatus"],
  ];
  // the two «№» columns: the project's number and the point's own
  for (const [col, key] of headers) c.value(DETAIL.headerRow, col, col === CP.project ? `${t("colNo")} ${lang === "ru" ? "проекта" : "of project"}` : t(key), HEADER_STYLE);
  const asOf = `${q(names.register)}!${ref(REG.rows.asOf, REG.settingValue, "both")}`;
  const label = (i: number) => labelCell(names, REG.labels.point, i);
  let r = DETAIL.firstData;
  for (const p of reg.projects) {
    for (const cp of p.controlPoints) {
      c.value(r, CP.project, p.id);
      c.value(r, CP.file, p.file);
      c.value(r, CP.name, p.name);
      c.value(r, CP.source, t(cp.source));
      c.value(r, CP.stage, cp.stage);
      c.value(r, CP.number, cp.number);
      c.value(r, CP.point, cp.name);
      c.value(r, CP.deadline, cp.deadline ?? cp.deadlineText);
      c.value(r, CP.done, cp.done);
      c.value(r, CP.responsible, cp.responsible);
      const end = ref(r, CP.deadline, "col");
      c.formula(
        r,
        CP.status,
        `=IF(LEN(TRIM(${ref(r, CP.done, "col")}))>0,${label(0)},IF(ISNUMBER(${end}),IF(${end}<${asOf},${label(2)},IF(${end}<=EOMONTH(${asOf},0),${label(1)},${label(3)})),${label(4)}))`,
      );
      r++;
    }
  }
  const rows = r - DETAIL.firstData;
  const bottom = DETAIL.firstData + Math.max(1, rows) - 1;
  const data = (left: number, right: number) => ({ top: DETAIL.firstData, left, bottom, right });
  return sheetPlan(names.points, names.tables.points, CP.width, rows, c, {
    styles: [
      { ref: data(CP.deadline, CP.done), style: { numberFormat: FORMAT.date, hAlign: "center" } },
      { ref: data(CP.stage, CP.point), style: { wrap: true, vAlign: "top" } },
      { ref: data(CP.status, CP.status), style: { bold: true, hAlign: "center" } },
    ],
    columnWidths: [
      { col: CP.project, width: 8 },
      { col: CP.file, width: 22 },
      { col: CP.name, width: 24 },
      { col: CP.source, width: 13 },
      { col: CP.stage, width: 30 },
      { col: CP.number, width: 6 },
      { col: CP.point, width: 40 },
      { col: CP.deadline, width: 11 },
      { col: CP.done, width: 12 },
      { col: CP.responsible, width: 20 },
      { col: CP.status, width: 14 },
    ],
    conditionalFormats: statusFormats(data(CP.status, CP.status), POINT_LABELS, label),
  });
}

export function findingsSheet(reg: Register, names: RegisterNames, lang: Lang): SheetPlan {
  const t = (k: RegisterString) => rs(k, lang);
  const c = new Cells();
  titleRow(c, t("findingsTitle"), names, lang, FND.message);
  const headers: [number, RegisterString][] = [
    [FND.project, "colNo"],
    [FND.file, "colFile"],
    [FND.sheet, "colSheet"],
    [FND.cell, "colCell"],
    [FND.severity, "colSeverity"],
    [FND.rule, "colRule"],
    [FND.message, "colMessage"],
  ];
  for (const [col, key] of headers) c.value(DETAIL.headerRow, col, t(key), HEADER_STYLE);
  let r = DETAIL.firstData;
  for (const p of reg.projects) {
    if (p.unreadable) {
      c.value(r, FND.project, p.id);
      c.value(r, FND.file, p.file);
      c.value(r, FND.severity, t("error"));
      c.value(r, FND.rule, "file/unreadable");
      c.value(r, FND.message, `${t("unreadable")}: ${p.unreadable[lang]}`);
      r++;
      continue;
    }
    for (const f of p.findings) {
      c.value(r, FND.project, p.id);
      c.value(r, FND.file, p.file);
      c.value(r, FND.sheet, f.sheet);
      c.value(r, FND.cell, formatCell(f));
      c.value(r, FND.severity, t(f.severity));
      c.value(r, FND.rule, f.rule);
      c.value(r, FND.message, f.message[lang]);
      r++;
    }
  }
  const rows = r - DETAIL.firstData;
  const bottom = DETAIL.firstData + Math.max(1, rows) - 1;
  const sev = { top: DETAIL.firstData, left: FND.severity, bottom, right: FND.severity };
  const first = ref(DETAIL.firstData, FND.severity, "col");
  return sheetPlan(names.findings, names.tables.findings, FND.width, rows, c, {
    styles: [{ ref: { top: DETAIL.firstData, left: FND.message, bottom, right: FND.message }, style: { wrap: true, vAlign: "top" } }],
    columnWidths: [
      { col: FND.project, width: 6 },
      { col: FND.file, width: 24 },
      { col: FND.sheet, width: 18 },
      { col: FND.cell, width: 8 },
      { col: FND.severity, width: 15 },
      { col: FND.rule, width: 30 },
      { col: FND.message, width: 80 },
    ],
    conditionalFormats: [
      { ref: sev, formula: `=${first}="${t("error")}"`, fill: "#FFC7CE", fontColor: "#9C0006" },
      { ref: sev, formula: `=${first}="${t("warning")}"`, fill: "#FFEB9C", fontColor: "#9C5700" },
    ],
  });
}
