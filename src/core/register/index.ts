/**
 * The consolidated register (свод) of many projects: buildRegister turns the workbooks (their snapshots, or
 * why they could not be read) into plain data; registerPlans turns that into four new sheets both adapters
 * write — the register, its indicators, its control points and its findings. Pure: the command line reads
 * the files and writes with ExcelJS, the task pane reads in the browser and writes with Office.js.
 */
import type { Lang } from "../i18n";
import type { YMD } from "../periods";
import type { SheetPlan } from "../workbook";
import { findingsSheet, indicatorsSheet, pointsSheet } from "./detail";
import type { RegisterSettings } from "./evaluate";
import { detailRows, registerNames, type RegisterNames } from "./layout";
import { registerSheet } from "./sheets";
import type { Register } from "./types";

export { assembleRegister, buildRegister, projectsOf, projectsOfInput, thresholdsOf, periodKey } from "./collect";
export { exportWorkbook, type ExportedDocument, type ExportedFile } from "./export";
export { organisationOf } from "./organisation";
export {
  achievement,
  DEFAULT_SETTINGS,
  endOfMonthSerial,
  indicatorStatus,
  latestAchievement,
  pointStatus,
  projectFigures,
  statusCounts,
  type IndicatorStatus,
  type PointStatus,
  type ProjectStatus,
  type RegisterSettings,
} from "./evaluate";
export { periodLabel } from "./detail";
export { registerNames, type RegisterNames } from "./layout";
export { R as REGISTER_STRINGS } from "./strings";
export * from "./types";

export interface RegisterPlanOptions {
  lang: Lang;
  /** the report date: control points are done, due or overdue as of it (a cell of the settings block) */
  asOf: YMD;
  /** sheets the workbook already has: the register takes the first free names («Свод (2)» …) */
  existingSheets?: readonly string[];
  settings?: RegisterSettings;
}

export interface RegisterPlans {
  plans: SheetPlan[];
  names: RegisterNames;
}

export function registerPlans(reg: Register, o: RegisterPlanOptions): RegisterPlans {
  const names = registerNames(o.lang, o.existingSheets ?? []);
  const rows = detailRows(reg);
  const plans = [
    registerSheet(reg, names, rows, { lang: o.lang, asOf: o.asOf, settings: o.settings }),
    indicatorsSheet(reg, names, o.lang),
    pointsSheet(reg, names, o.lang),
    findingsSheet(reg, names, o.lang),
  ];
  return { plans, names };
}
