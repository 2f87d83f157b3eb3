/**
 * Named ranges mark each block of a sheet the add-in made, so that recognition, validation and
 * computation find blocks without guessing. A name is
 *
 *     PO_<Doc><n>_<Block>        e.g. PO_Passport1_Indicators, PO_Plan2_Activities
 *
 * <Doc> is the document kind, <n> the instance (a second passport in one workbook is 2), <Block> a key
 * below. Names are workbook-scoped (ExcelJS and Excel both support those everywhere); the instance
 * number keeps them unique. A table block's range includes its header row(s); recognition reads
 * the header labels inside it exactly as it does for pasted documents.
 */

export const NAME_PREFIX = "PO_";

export const DOC_TAG = { passport: "Passport", plan: "Plan", schedule: "Schedule" } as const;
export type TemplateKind = keyof typeof DOC_TAG;

export const PASSPORT_BLOCKS = [
  "Approval", // approval header («УТВЕРЖДЕН решением …»)
  "FullName",
  "ShortName",
  "Goal",
  "TermStart", // a real date (first day of the start month)
  "TermEnd", // a real date (first day of the end month)
  "Leader",
  "Executor",
  "CoExecutors",
  "Indicators", // table: header + rows
  "Results",
  "Financing", // table: sources × years, «Всего» row and column
  "Programmes",
  "PriorityProjects",
  "Stages", // table: stages and control points
  "Risks", // table
  "Settings", // achievement thresholds (compute)
  "Compute", // cells compute owns (achievement, status)
  "StageStatus", // cells compute owns: the status column beside Stages (done, due this month, overdue)
  "FinancingTotalRow", // cells compute owns: the «Всего» row of Financing (years and the period total)
  "FinancingTotalColumn", // cells compute owns: the «Всего» column of Financing (each source over the years)
  "ChartData", // cells compute owns: per indicator, the latest period with a fact, its plan and its fact (the chart's data)
  "Chart", // the cells compute's chart «План и факт по показателям» covers (in Excel; an xlsx file holds a note there)
] as const;

export const PLAN_BLOCKS = ["Title", "Term", "TermStart", "TermEnd", "Activities", "Summary"] as const;

export const SCHEDULE_BLOCKS = [
  "Title",
  "TermStart",
  "TermEnd",
  "Items",
  "Gantt",
  "Status",
  "Legend", // status and level labels the Status formulas and the Gantt's conditional formats refer to
] as const;

export type PassportBlock = (typeof PASSPORT_BLOCKS)[number];
export type PlanBlock = (typeof PLAN_BLOCKS)[number];
export type ScheduleBlock = (typeof SCHEDULE_BLOCKS)[number];
export type Block = PassportBlock | PlanBlock | ScheduleBlock;

export function blockName(kind: TemplateKind, instance: number, block: Block): string {
  return `${NAME_PREFIX}${DOC_TAG[kind]}${instance}_${block}`;
}

const NAME_RE = /^PO_(Passport|Plan|Schedule)(\d+)_([A-Za-z]+)$/;

export interface ParsedBlockName {
  kind: TemplateKind;
  instance: number;
  block: string;
}

export function parseBlockName(name: string): ParsedBlockName | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const kind = (Object.keys(DOC_TAG) as TemplateKind[]).find((k) => DOC_TAG[k] === m[1])!;
  return { kind, instance: Number(m[2]), block: m[3] };
}

/** The next free instance number for a document kind, given the names already in the workbook. */
export function nextInstance(kind: TemplateKind, existingNames: readonly string[]): number {
  let max = 0;
  for (const n of existingNames) {
    const p = parseBlockName(n);
    if (p && p.kind === kind) max = Math.max(max, p.instance);
  }
  return max + 1;
}
