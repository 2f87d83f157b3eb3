/**
 * The project model: what recognition maps a sheet to and what rules check. Every mapped value keeps the
 * cell it came from (0-based row/col) so that a finding points at that cell. Values stay as written (raw);
 * rules interpret them (periods, numbers), so nothing is guessed at recognition time.
 */
import type { CellValue } from "./workbook";
import type { Interval, YMD } from "./periods/types";
import type { ParsedNumber } from "./numbers";

/** A cell position, 0-based. */
export interface At {
  row: number;
  col: number;
}

/** A mapped text value and the cell it came from. */
export interface TextCell extends At {
  /** The text as written, trimmed; for a number or a date serial, its String() form. */
  text: string;
  /** The cell value as read (a date may be an Excel serial number). */
  raw: CellValue;
  /** Further cells merged into this value: the rest of a row split at a page break, more lines of a block. */
  also?: At[];
  /** The cell's formula, when it has one (its value may be "" when the workbook was not calculated). */
  formula?: string;
}

/** A value that belongs to be a number («1440,00», «85%», 5). */
export interface NumberCell extends TextCell {
  number: ParsedNumber;
}

/** A person as written in a cell: «Лебедева И.П., директор, т. 31-40-12» or «Директор … Ветров Андрей Павлович». */
export interface Person {
  /** «Лебедева И.П.», «И.П. Лебедева» or «Ветров Андрей Павлович», as written. */
  name: string;
  position?: string;
  /** Phones as written («31-40-12»). */
  phones: string[];
  /** Surname + initials, lower case («лебедева и.п.»): the same person written in different ways. */
  key: string;
}

/** A cell that names people (responsible persons, leader, executors). */
export interface PeopleCell extends TextCell {
  persons: Person[];
  /** Text in the cell that held no recognisable name (an organisation, a role), as written. */
  unrecognised?: string;
  /**
   * The column holds only a name by design (a calendar plan's «Ответственный», the template's «Ответственный
   * (ФИО)» without a position column): no position is asked for here.
   */
  nameOnly?: boolean;
}

/** The project term and where it was read. */
export interface Term {
  cell: TextCell;
  /** null: the text was there but is not a term the period parser understands. */
  interval: Interval | null;
  source: "label" | "title" | "names";
  /** the second cell when the term is read from a start cell and an end cell */
  endCell?: TextCell;
}

// ---------------------------------------------------------------------------------------------
// Passport

export interface Approval {
  /** «УТВЕРЖДЕН решением … (протокол от 03.04.2017 № 1)», all lines joined. */
  text: TextCell;
  protocolDate?: YMD;
  protocolNumber?: string;
}

export type IndicatorDirection = "growth" | "decline";

/** One period column of the indicator table: «2017 год / II квартал». */
export interface IndicatorPeriod {
  col: number;
  label: string;
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  interval: Interval;
  kind: "plan" | "fact";
}

export interface IndicatorValue {
  period: IndicatorPeriod;
  value: NumberCell;
}

export interface Indicator {
  row: number;
  name: TextCell;
  unit?: string;
  unitCell?: TextCell;
  direction: IndicatorDirection;
  /** How the direction was decided: a direction column, words in the name («снижение»), or the default. */
  directionFrom: "column" | "name" | "default";
  base?: NumberCell;
  baseYear?: number;
  plan: IndicatorValue[];
  fact: IndicatorValue[];
}

export interface IndicatorTable {
  /** label or header cell of the block */
  at: At;
  periods: IndicatorPeriod[];
  baseCol?: number;
  baseYear?: number;
  indicators: Indicator[];
}

export interface FinancingColumn {
  col: number;
  label: string;
  year?: number;
}

export interface FinancingRow {
  row: number;
  name: TextCell;
  /** aligned with Financing.years */
  values: (NumberCell | undefined)[];
  /** the «Всего» column of this row, when the table has one */
  total?: NumberCell;
  /** «в том числе …» rows: part of the row above, not a source of their own */
  part: boolean;
}

export interface Financing {
  at: At;
  /** «тыс. руб.» when the label says so */
  unit?: string;
  years: FinancingColumn[];
  totalCol?: FinancingColumn;
  sources: FinancingRow[];
  /** the «Всего» row */
  total?: FinancingRow;
}

/** A stage or a control point of the passport's «Этапы и контрольные точки». */
export interface StageItem {
  row: number;
  number?: TextCell;
  name: TextCell;
  /** «Итоги завершения этапа/контрольной точки»: the outcome or the proving document */
  outcome?: TextCell;
  start?: TextCell;
  end?: TextCell;
  responsible?: PeopleCell;
}

export interface Stage extends StageItem {
  controlPoints: StageItem[];
}

export interface StageTable {
  at: At;
  hasOutcomeColumn: boolean;
  hasResponsibleColumn: boolean;
  hasStartColumn: boolean;
  hasEndColumn: boolean;
  /** where the table's columns are, so that a missing value is reported at its own (empty) cell */
  columns?: { number?: number; name?: number; outcome?: number; start?: number; end?: number; responsible?: number };
  stages: Stage[];
}

export interface Risk {
  row: number;
  number?: TextCell;
  name: TextCell;
  measure?: TextCell;
  /** the column of the measures, so that a missing one is reported at its own (empty) cell */
  measureCol?: number;
}

export interface Passport {
  kind: "passport";
  approval?: Approval;
  fullName?: TextCell;
  shortName?: TextCell;
  goal?: TextCell;
  term?: Term;
  leader?: PeopleCell;
  executor?: PeopleCell;
  /** one cell with all of them (pasted) or one row per person (template) */
  coExecutors: PeopleCell[];
  indicators?: IndicatorTable;
  results: TextCell[];
  financing?: Financing;
  programmes: TextCell[];
  priorityProjects: TextCell[];
  stages?: StageTable;
  risks: Risk[];
  /**
   * Where each block of the passport is: its label cell when pasted, its first cell when read through the template's
   * names. A block that is there but empty is reported at its own cell, not at the top of the sheet.
   */
  blocksAt?: Partial<Record<PassportBlockName, At>>;
}

/** The blocks of a passport («Цель проекта», «Срок реализации» …), as recognition names them. */
export type PassportBlockName =
  | "approval"
  | "title"
  | "fullName"
  | "shortName"
  | "goal"
  | "term"
  | "termStart"
  | "termEnd"
  | "leader"
  | "executor"
  | "coExecutors"
  | "indicators"
  | "results"
  | "financing"
  | "programmes"
  | "priorityProjects"
  | "stages"
  | "risks";

// ---------------------------------------------------------------------------------------------
// Implementation plan

export interface Activity {
  row: number;
  number?: TextCell;
  activity?: TextCell;
  /** «Сроки» as written; rules parse it */
  period?: TextCell;
  /** optional date columns beside «Сроки» (template: «Начало», «Окончание») */
  start?: TextCell;
  end?: TextCell;
  participantsCategory?: TextCell;
  participantsCount?: NumberCell;
  responsible?: PeopleCell;
  result?: TextCell;
  /** rows merged into this one (a row split at a page break) */
  continuedAt?: number[];
}

export interface PlanSection {
  /** absent for activities before the first section row */
  name?: TextCell;
  activities: Activity[];
}

export type PlanColumn =
  | "number"
  | "activity"
  | "period"
  | "start"
  | "end"
  | "category"
  | "count"
  | "responsible"
  /** the responsible person's position and phone in columns of their own (template) */
  | "position"
  | "phone"
  | "result"
  /** «Раздел (для сводки)»: the section repeated on each row, read but not needed */
  | "section";

export interface ImplementationPlan {
  kind: "plan";
  title?: TextCell;
  term?: Term;
  /** the columns found in the (first) header row */
  columns: Partial<Record<PlanColumn, number>>;
  headerRow: number;
  sections: PlanSection[];
}

// ---------------------------------------------------------------------------------------------
// Calendar plan (план-график)

export type ScheduleItemKind = "stage" | "activity" | "controlPoint";

export interface ScheduleItem {
  kind: ScheduleItemKind;
  row: number;
  number?: TextCell;
  name: TextCell;
  start?: TextCell;
  end?: TextCell;
  responsible?: PeopleCell;
  /** the proving document / result */
  document?: TextCell;
}

export interface ScheduleActivity extends ScheduleItem {
  kind: "activity";
  controlPoints: ScheduleItem[];
}

export interface ScheduleStage extends ScheduleItem {
  kind: "stage";
  activities: ScheduleActivity[];
  /** control points directly under the stage */
  controlPoints: ScheduleItem[];
}

export type ScheduleColumn = "number" | "kind" | "name" | "start" | "end" | "period" | "responsible" | "document";

export interface CalendarPlan {
  kind: "schedule";
  title?: TextCell;
  term?: Term;
  columns: Partial<Record<ScheduleColumn, number>>;
  headerRow: number;
  stages: ScheduleStage[];
}

export type ProjectDocument = Passport | ImplementationPlan | CalendarPlan;

// ---------------------------------------------------------------------------------------------
// Helpers

/** Every people cell of a document, for workbook-wide checks (one person, one phone). */
export function peopleCells(doc: ProjectDocument): PeopleCell[] {
  const out: PeopleCell[] = [];
  const push = (c: PeopleCell | undefined) => {
    if (c) out.push(c);
  };
  if (doc.kind === "passport") {
    push(doc.leader);
    push(doc.executor);
    for (const c of doc.coExecutors) push(c);
    for (const s of doc.stages?.stages ?? []) {
      push(s.responsible);
      for (const cp of s.controlPoints) push(cp.responsible);
    }
  } else if (doc.kind === "plan") {
    for (const sec of doc.sections) for (const a of sec.activities) push(a.responsible);
  } else {
    for (const s of doc.stages) {
      push(s.responsible);
      for (const cp of s.controlPoints) push(cp.responsible);
      for (const a of s.activities) {
        push(a.responsible);
        for (const cp of a.controlPoints) push(cp.responsible);
      }
    }
  }
  return out;
}

/** All activities of a plan in sheet order. */
export function planActivities(plan: ImplementationPlan): Activity[] {
  const out: Activity[] = [];
  for (const s of plan.sections) for (const a of s.activities) out.push(a);
  return out;
}

/** All items of a calendar plan in sheet order (stages, activities, control points). */
export function scheduleItems(plan: CalendarPlan): ScheduleItem[] {
  const out: ScheduleItem[] = [];
  for (const s of plan.stages) {
    out.push(s);
    const kids: ScheduleItem[] = [...s.controlPoints, ...s.activities.flatMap((a) => [a as ScheduleItem, ...a.controlPoints])];
    kids.sort((a, b) => a.row - b.row);
    out.push(...kids);
  }
  return out;
}
