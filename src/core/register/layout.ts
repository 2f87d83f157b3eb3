/**
 * Where everything sits on the register's four sheets, shared by the sheet builders (sheets.ts, detail.ts):
 * the sheets' and tables' names, the register's settings block and its columns, and the rows where each
 * project's lines start on the detail sheets (the register's formulas count those lines and link to them).
 */
import { freeSheetName } from "../workbook";
import type { Lang } from "../i18n";
import { quoteSheet } from "../address";
import { R } from "./strings";
import type { Register } from "./types";

export interface RegisterNames {
  register: string;
  indicators: string;
  points: string;
  findings: string;
  /** table names: unique per run, so a second register in one workbook gets its own */
  tables: { register: string; indicators: string; points: string; findings: string };
}

/** The first free set of names: «Свод», «Свод — показатели» …; «Свод (2)», «Свод — показатели (2)» … when taken. */
export function registerNames(lang: Lang, existing: readonly string[]): RegisterNames {
  const bases = [R.registerSheet[lang], R.indicatorsSheet[lang], R.pointsSheet[lang], R.findingsSheet[lang]];
  for (let n = 1; ; n++) {
    const names = bases.map((b) => (n === 1 ? b : `${b} (${n})`));
    if (names.every((x) => freeSheetName(x, existing) === x)) {
      const suffix = n === 1 ? "" : String(n);
      return {
        register: names[0],
        indicators: names[1],
        points: names[2],
        findings: names[3],
        tables: { register: `PO_Register${suffix}`, indicators: `PO_RegisterIndicators${suffix}`, points: `PO_RegisterPoints${suffix}`, findings: `PO_RegisterFindings${suffix}` },
      };
    }
  }
}

/** The register sheet: rows of the title, the settings block and the table; 0-based. */
export const REG = {
  titleRow: 0,
  settingsRow: 1,
  /** label merged over B:D, value in E */
  settingLabel: 1,
  settingLabelRight: 3,
  settingValue: 4,
  rows: { asOf: 2, behindIndicators: 3, behindPoints: 4, riskIndicators: 5, riskErrors: 6 },
  /** status labels: a caption in G, the labels from H on */
  labelCaption: 6,
  firstLabel: 7,
  labels: { project: 2, projectCounts: 3, indicator: 4, point: 5 },
  headerRow: 8,
  firstData: 9,
} as const;

/** Order of the status labels in their rows (columns from REG.firstLabel). */
export const PROJECT_LABELS = ["projectOk", "projectRisk", "projectBehind", "projectUnreadable", "projectEmpty"] as const;
export const INDICATOR_LABELS = ["indAchieved", "indRisk", "indBehind", "indNoFact"] as const;
export const POINT_LABELS = ["cpDone", "cpDue", "cpOverdue", "cpPlanned", "cpNoDate"] as const;

/** The register table's columns. Sources and years follow FINANCING; the note is last. */
export const COL = {
  no: 0,
  file: 1,
  organisation: 2,
  project: 3,
  status: 4,
  leader: 5,
  start: 6,
  end: 7,
  documents: 8,
  errors: 9,
  warnings: 10,
  findings: 11,
  indicators: 12,
  achieved: 13,
  atRisk: 14,
  behind: 15,
  points: 16,
  done: 17,
  due: 18,
  overdue: 19,
  financing: 20,
  firstSource: 21,
} as const;

/** The detail sheets: a title row, the header, the data. */
export const DETAIL = { titleRow: 0, headerRow: 1, firstData: 2 } as const;

export const IND = { project: 0, file: 1, name: 2, indicator: 3, unit: 4, direction: 5, base: 6, firstPeriod: 7 } as const;
export const CP = { project: 0, file: 1, name: 2, source: 3, stage: 4, number: 5, point: 6, deadline: 7, done: 8, responsible: 9, status: 10, width: 11 } as const;
export const FND = { project: 0, file: 1, sheet: 2, cell: 3, severity: 4, rule: 5, message: 6, width: 7 } as const;

/** The indicator sheet's columns after the periods: latest achievement, the passport's two thresholds, status. */
export function indicatorTail(periods: number): { latest: number; onPlan: number; atRisk: number; status: number; width: number } {
  const latest = IND.firstPeriod + 3 * periods;
  return { latest, onPlan: latest + 1, atRisk: latest + 2, status: latest + 3, width: latest + 4 };
}

/** Rows of the detail sheets: where each project's lines start, and how many lines each sheet has. */
export interface DetailRows {
  indicators: number;
  points: number;
  findings: number;
  /** project id → the first row of its findings (0-based), for the register's link */
  firstFinding: Map<number, number>;
}

export function detailRows(reg: Register): DetailRows {
  let indicators = 0;
  let points = 0;
  let findings = 0;
  const firstFinding = new Map<number, number>();
  for (const p of reg.projects) {
    indicators += p.indicators.length;
    points += p.controlPoints.length;
    const n = p.unreadable ? 1 : p.findings.length;
    if (n > 0) firstFinding.set(p.id, DETAIL.firstData + findings);
    findings += n;
  }
  return { indicators, points, findings, firstFinding };
}

/** The register's sheet, quoted for formulas. */
export function q(sheet: string): string {
  return quoteSheet(sheet);
}
