/**
 * The layout behind the named blocks (names.ts): where things sit inside each block, as offsets from the
 * block's top-left cell. The templates write by it and compute reads by it, so both move together; a block
 * itself is found only through its name, wherever a person has moved it.
 */
import type { CellStyle } from "../workbook";
import { LISTS } from "./strings";

export const PASSPORT_LAYOUT = {
  /** The approval header (rows × columns from its top-left): the decision's text, the minutes' date and number. */
  approval: { body: { row: 1, col: 0 }, date: { row: 3, col: 1 }, number: { row: 3, col: 3 } },
  /** Leader, Executor (one row each) and CoExecutors (a header row, then one row per person). */
  people: { fio: 0, position: 2, phone: 5, width: 6 },
  /**
   * Two header rows: «Базовое значение» over the base year («2025 год», as the seed writes it), each period's
   * label over «план | факт»; plan and fact of period p at firstPeriod + 2p and + 1.
   */
  indicators: { headerRows: 2, num: 0, name: 1, unit: 2, direction: 3, base: 4, firstPeriod: 5 },
  /** Compute: the same rows as Indicators; achievement for each period, then the latest achievement, then the status. */
  compute: { headerRows: 2 },
  results: { headerRows: 1, num: 0, text: 1 },
  /** One header row; sources, then the «Всего» row (FinancingTotalRow); years, then the «Всего» column (FinancingTotalColumn). */
  financing: { headerRows: 1, label: 0, firstYear: 2 },
  /** One header row; the outcome cell is merged over two columns. */
  stages: { headerRows: 1, num: 0, name: 1, outcome: 2, start: 4, end: 5, responsible: 6, done: 7 },
  stageStatus: { headerRows: 1 },
  risks: { headerRows: 1, num: 0, name: 1, measure: 2 },
  /**
   * The chart's data (compute's cells): a header row, then one row per indicator row: the category label
   * («1. Доля педагогов…»), the period shown, its plan and its fact.
   */
  chartData: { headerRows: 1, label: 0, period: 1, plan: 2, fact: 3, width: 4 },
  /** The chart's area below its data: rows and columns it covers. */
  chart: { rows: 18, cols: 6 },
  /** Threshold rows hold a share (0.95); status rows hold the label compute writes. */
  settings: { label: 0, value: 1, note: 2, rows: { header: 0, onPlan: 1, atRisk: 2, behind: 3, done: 4, due: 5, overdue: 6 } },
} as const;

export const PLAN_SECTION_COUNT = LISTS.Sections.ru.length;

export const PLAN_LAYOUT = {
  /** One header row; section rows are merged across the table and hold the section name in the first cell. */
  activities: {
    headerRows: 1,
    num: 0,
    activity: 1,
    period: 2,
    start: 3,
    end: 4,
    category: 5,
    count: 6,
    responsible: 7,
    position: 8,
    phone: 9,
    result: 10,
    section: 11,
    width: 12,
  },
  /**
   * Rows: a header, one row per section, «Итого», a header for people, then person slots to the end of the
   * block. Columns: label (merged over two columns), activities, participants.
   */
  summary: { label: 0, count: 2, participants: 3, width: 4, firstSection: 1, personHeader: PLAN_SECTION_COUNT + 2, firstPerson: PLAN_SECTION_COUNT + 3 },
} as const;

export const SCHEDULE_LAYOUT = {
  /** Two header rows (the Gantt's year row over its month row). */
  items: { headerRows: 2, level: 0, num: 1, name: 2, start: 3, end: 4, responsible: 5, document: 6, done: 7, width: 8 },
  status: { headerRows: 2 },
  /** Row 0: years, row 1: months (first day of each month, real dates), then one band row per item. */
  gantt: { headerRows: 2 },
  legend: { label: 0, note: 1, rows: { header: 0, done: 1, due: 2, overdue: 3, stage: 4, activity: 5, controlPoint: 6 } },
} as const;

// ---------------------------------------------------------------------------------------------
// The look, shared by the templates and by compute's own cells.

export const FORMATS = {
  date: "dd.mm.yyyy",
  month: "mmmm yyyy",
  money: "#,##0.00",
  percent: "0%",
  whole: "0",
  decimal: "General",
  text: "@",
  year: "0",
  monthHeader: "mmm",
} as const;

export const COLORS = {
  header: "#D9E1F2",
  section: "#EDEDED",
  stage: "#F2F2F2",
  computed: "#F3F0FA",
  green: "#C6EFCE",
  greenText: "#006100",
  amber: "#FFEB9C",
  amberText: "#9C5700",
  red: "#FFC7CE",
  redText: "#9C0006",
  ganttStage: "#1F4E79",
  ganttActivity: "#5B9BD5",
  ganttControlPoint: "#ED7D31",
  ganttOther: "#A6A6A6",
  tab: { passport: "#1F4E79", plan: "#548235", schedule: "#C55A11" },
} as const;

export const HEADER_STYLE: CellStyle = { bold: true, fill: COLORS.header, wrap: true, hAlign: "center", vAlign: "center", border: true };
export const BODY_STYLE: CellStyle = { wrap: true, vAlign: "top", border: true };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14, hAlign: "center", vAlign: "center", wrap: true };
export const BLOCK_TITLE_STYLE: CellStyle = { bold: true, fontSize: 12, vAlign: "center" };
export const LABEL_STYLE: CellStyle = { bold: true, wrap: true, vAlign: "top", border: true, fill: COLORS.header };
export const COMPUTED_STYLE: CellStyle = { fill: COLORS.computed, border: true, vAlign: "top" };
