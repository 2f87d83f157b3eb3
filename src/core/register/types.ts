/** The register (свод): plain data gathered from the recognised documents of many workbooks. */
import type { Text } from "../i18n";
import type { Finding } from "../findings";
import type { IndicatorDirection } from "../model";
import type { WorkbookSnapshot } from "../workbook";

/** One workbook given to the register: its snapshot, or why it could not be read. */
export interface RegisterInput {
  /** the file as the person sees it (a path relative to where they are, or a picked file's name) */
  file: string;
  snapshot?: WorkbookSnapshot;
  /** set when the file could not be read: the register still has its line, marked «не прочитан» */
  unreadable?: Text;
}

/** The passport's own traffic-light thresholds (its Settings block), or the template's defaults. */
export interface Thresholds {
  onPlan: number;
  atRisk: number;
  /** "passport": read from the passport's Settings block; "default": 0.95 and 0.7 */
  from: "passport" | "default";
}

export const DEFAULT_THRESHOLDS: Thresholds = { onPlan: 0.95, atRisk: 0.7, from: "default" };

/** A reporting period of indicators: a year or a quarter of a year. */
export interface PeriodKey {
  key: string;
  year: number;
  quarter?: 1 | 2 | 3 | 4;
}

export interface RegisterIndicator {
  name: string;
  unit?: string;
  direction: IndicatorDirection;
  base?: number;
  /** by PeriodKey.key */
  plan: Record<string, number>;
  fact: Record<string, number>;
}

export interface RegisterControlPoint {
  source: "passport" | "schedule";
  stage?: string;
  number?: string;
  name: string;
  /** the last day it is due (an Excel serial): a month written in a passport runs to the month's end */
  deadline?: number;
  /** the deadline as written when it could not be read as a date */
  deadlineText?: string;
  /** what the «done» column holds (a date serial or a text), template documents only */
  done?: string | number;
  responsible?: string;
}

export interface RegisterFinancing {
  unit?: string;
  /** by source name as first written; «в том числе» rows are left out (they are part of the row above) */
  bySource: Map<string, number>;
  byYear: Map<number, number>;
  total: number;
}

export type RegisterDocumentKind = "passport" | "plan" | "schedule";

/** One line of the register: one project (a passport, or a plan without one), or a file that gave none. */
export interface RegisterProject {
  /** 1-based number in the register; the detail sheets refer to it */
  id: number;
  file: string;
  unreadable?: Text;
  /** the sheet of the project's passport (or plan) */
  sheet?: string;
  organisation?: string;
  name?: string;
  leader?: string;
  /** the term as Excel serials */
  termStart?: number;
  termEnd?: number;
  documents: RegisterDocumentKind[];
  findings: Finding[];
  errors: number;
  warnings: number;
  thresholds: Thresholds;
  indicators: RegisterIndicator[];
  controlPoints: RegisterControlPoint[];
  financing?: RegisterFinancing;
  /** activities of the implementation plan(s) attached to the project */
  activities: number;
}

export interface Register {
  projects: RegisterProject[];
  /** every indicator period of every project, in time order */
  periods: PeriodKey[];
  /** financing sources (as first written) and years over all projects */
  sources: string[];
  years: number[];
  /** the financing unit when every passport states the same one */
  unit?: string;
}
