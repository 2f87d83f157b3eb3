/**
 * Recognition: a sheet snapshot → the document it holds (passport, implementation plan, calendar plan)
 * and notes on what could not be mapped. Sheets the add-in made are read through their named ranges
 * (templates/names.ts); sheets a person pasted are read from their headings and labels.
 */
import type { DocumentKind } from "../findings";
import type { NameSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook";
import { parseBlockName, type TemplateKind } from "../templates/names";
import type { RangeRef } from "../address";
import { peopleCells, type ProjectDocument, type Term, type TextCell } from "../model";
import { Grid, normKey, valueText } from "./grid";
import { findPassportBlocks, passportScore, readPassport, type PassportBlock, type PassportBlockKind } from "./passport";
import { isPlanHeader, PLAN_ROLES, readPlan } from "./plan";
import { isScheduleHeader, readSchedule, SCHEDULE_ROLES } from "./schedule";
import { matchHeader, note, noteRow, q } from "./tables";
import { termFromStartEnd, termFromText } from "./terms";
import type { RecognitionNote, RecognizedSheet, RecognizedWorkbook } from "./types";

export type { RecognitionNote, RecognizedSheet, RecognizedWorkbook } from "./types";
export { parsePeople, personKey, type ParsedPeople } from "./people";
export { normKey } from "./grid";
export { passportLabel } from "./passport";

/** Rows looked at to tell what a pasted sheet is. */
const CLASSIFY_ROWS = 300;

export function recognizeWorkbook(wb: WorkbookSnapshot): RecognizedWorkbook {
  const names = Array.isArray(wb?.names) ? wb.names : [];
  const sheets = Array.isArray(wb?.sheets) ? wb.sheets : [];
  return { sheets: sheets.flatMap((s, i) => recognizeSheetDocuments(s, names, i)) };
}

/** The (first) document of a sheet. */
export function recognizeSheet(sheet: SheetSnapshot, names: readonly NameSnapshot[] = [], index = 0): RecognizedSheet {
  return recognizeSheetDocuments(sheet, names, index)[0];
}

/** Every document of a sheet: one, or a passport and the plan below it on the same sheet. */
export function recognizeSheetDocuments(sheet: SheetSnapshot, names: readonly NameSnapshot[] = [], index = 0): RecognizedSheet[] {
  const grid = new Grid(sheet);
  const notes: RecognitionNote[] = [];
  const base = { sheet: sheet.name, index, unmapped: notes };
  const fromNames = recognizeByNames(grid, names, notes);
  if (fromNames) {
    notePeople(fromNames, notes);
    return [{ ...base, kind: fromNames.kind, document: fromNames, source: "names" }];
  }
  const kind = classify(grid);
  const all = { top: 0, bottom: grid.rowCount - 1, left: 0, right: Math.max(0, grid.colCount - 1) };
  let document: ProjectDocument | undefined;
  let below: RecognizedSheet | undefined;
  if (kind === "passport") {
    const planTop = planBelowPassport(grid);
    const blocks = findPassportBlocks(grid, 0, planTop === undefined ? grid.rowCount - 1 : planTop - 1);
    noteRowsBefore(grid, blocks.length > 0 ? blocks[0].ref.top : grid.rowCount, notes);
    document = readPassport(grid, blocks, notes);
    if (planTop !== undefined) {
      const planNotes: RecognitionNote[] = [];
      const plan = readPlan(grid, { ...all, top: planTop }, planNotes);
      if (plan) {
        notePeople(plan, planNotes);
        below = { ...base, unmapped: planNotes, kind: "plan", document: plan, source: "layout", part: 1 };
      }
    }
  } else if (kind === "plan") document = readPlan(grid, all, notes);
  else if (kind === "schedule") document = readSchedule(grid, all, notes);
  if (!document) return [{ ...base, kind: "other", source: "none" }];
  notePeople(document, notes);
  const first: RecognizedSheet = { ...base, kind, document, source: "layout" };
  return below ? [first, below] : [first];
}

/**
 * A plan table below a passport on the same sheet (a school's one-page project): the row its title starts at, or
 * undefined. The plan's header has a «Сроки» column of its own (the passport's stage table has start and end).
 */
function planBelowPassport(grid: Grid): number | undefined {
  const last = grid.rowCount;
  for (let r = 0; r < last; r++) {
    const filled = grid.filledCols(r);
    if (filled.length < 3) continue;
    const h = matchHeader(grid, r, filled, PLAN_ROLES);
    if (!isPlanHeader(h.roles, h.count) || h.roles.period === undefined || h.roles.start !== undefined || h.roles.responsible === undefined) continue;
    // its title lines and the blank rows above the header belong to the plan
    let top = r;
    while (top > 0) {
      const above = grid.filledCols(top - 1);
      if (above.length === 0) top--;
      else if (above.length === 1 && normKey(valueText(grid.own(top - 1, above[0]))).startsWith("план")) top--;
      else break;
    }
    return top;
  }
  return undefined;
}

/** Rows above a pasted passport's first label belong to no block. */
function noteRowsBefore(grid: Grid, firstBlockRow: number, notes: RecognitionNote[]): void {
  for (let r = 0; r < firstBlockRow; r++) {
    const filled = grid.filledCols(r);
    if (filled.length > 0) noteRow(notes, grid, r, filled, { ru: "над первым разделом паспорта", en: "above the passport's first block" });
  }
}

/** A people cell where no name could be recognised («Администрация МОУ»). */
function notePeople(doc: ProjectDocument, notes: RecognitionNote[]): void {
  // an index loop: this runs once per sheet, before the JIT optimises it, where for…of allocates per step
  const cells = peopleCells(doc);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.persons.length > 0 || !c.unrecognised) continue;
    note(notes, "recognition/person", "warning", c.row, c.col, {
      ru: `Не удалось распознать ФИО в «${q(c.text)}»: ожидается «Фамилия И.О., должность, т. …» или «должность Фамилия Имя Отчество».`,
      en: `Could not recognise a name in «${q(c.text)}»: expected «Surname I.O., position, phone» or «position Surname Name Patronymic».`,
    });
  }
}

/** What a pasted sheet holds, from its first rows. */
export function classify(grid: Grid): DocumentKind {
  const score = passportScore(grid, CLASSIFY_ROWS);
  // a plan may open with a few project details («Цель проекта: …», «Срок реализации: …», «Руководитель: …»):
  // a table with participants columns then makes it a plan; a passport states far more
  if (score >= 5 || (score >= 3 && !hasParticipantsTable(grid))) return "passport";
  let scheduleTitle = false;
  const last = Math.min(grid.rowCount, CLASSIFY_ROWS);
  for (let r = 0; r < last; r++) {
    const filled = grid.filledCols(r);
    if (filled.length === 0) continue;
    if (filled.length <= 2) {
      const k = normKey(valueText(grid.own(r, filled[0])));
      if (k.includes("планграфик") || k.includes("календарныйплан")) scheduleTitle = true;
    }
    if (filled.length < 3) continue;
    const plan = matchHeader(grid, r, filled, PLAN_ROLES);
    const sched = matchHeader(grid, r, filled, SCHEDULE_ROLES);
    const participants = plan.roles.count !== undefined || plan.roles.category !== undefined;
    if (isScheduleHeader(sched.roles) && !participants && (scheduleTitle || (sched.roles.start !== undefined && sched.roles.end !== undefined))) return "schedule";
    if (isPlanHeader(plan.roles, plan.count)) return scheduleTitle && !participants ? "schedule" : "plan";
    if (isScheduleHeader(sched.roles) && scheduleTitle) return "schedule";
  }
  if (score >= 2) return "passport";
  return "other";
}

/** A plan header with a participants column (category or count), which no passport table has. */
function hasParticipantsTable(grid: Grid): boolean {
  const last = Math.min(grid.rowCount, CLASSIFY_ROWS);
  for (let r = 0; r < last; r++) {
    const filled = grid.filledCols(r);
    if (filled.length < 3) continue;
    const plan = matchHeader(grid, r, filled, PLAN_ROLES);
    if (isPlanHeader(plan.roles, plan.count) && (plan.roles.count !== undefined || plan.roles.category !== undefined)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Template sheets: PO_<Doc><n>_<Block> names

const PASSPORT_BLOCK_KIND: Record<string, PassportBlockKind> = {
  Approval: "approval",
  FullName: "fullName",
  ShortName: "shortName",
  Goal: "goal",
  TermStart: "termStart",
  TermEnd: "termEnd",
  Leader: "leader",
  Executor: "executor",
  CoExecutors: "coExecutors",
  Indicators: "indicators",
  Results: "results",
  Financing: "financing",
  Programmes: "programmes",
  PriorityProjects: "priorityProjects",
  Stages: "stages",
  Risks: "risks",
};

function recognizeByNames(grid: Grid, names: readonly NameSnapshot[], notes: RecognitionNote[]): ProjectDocument | undefined {
  const groups = new Map<string, { kind: TemplateKind; instance: number; blocks: Map<string, RangeRef> }>();
  const sheetKey = grid.name.toLocaleLowerCase();
  for (const n of names) {
    if (!n || typeof n.name !== "string" || !n.ref || typeof n.sheet !== "string") continue;
    if (n.sheet.toLocaleLowerCase() !== sheetKey) continue;
    const p = parseBlockName(n.name);
    if (!p) continue;
    const key = `${p.kind}${p.instance}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind: p.kind, instance: p.instance, blocks: new Map() }));
    g.blocks.set(p.block, clip(n.ref, grid));
  }
  if (groups.size === 0) return undefined;
  const ordered = [...groups.values()].sort((a, b) => a.instance - b.instance);
  const g = ordered[0];
  for (const other of ordered.slice(1)) {
    const first = other.blocks.values().next().value as RangeRef;
    note(notes, "recognition/second-document", "info", first.top, first.left, {
      ru: `На листе имена ещё одного документа (${other.kind} ${other.instance}): проверяется только первый.`,
      en: `The sheet has the names of another document (${other.kind} ${other.instance}): only the first one is checked.`,
    });
  }
  const cell = (block: string): TextCell | undefined => {
    const ref = g.blocks.get(block);
    if (!ref) return undefined;
    for (let r = ref.top; r <= ref.bottom; r++)
      for (let c = ref.left; c <= ref.right; c++) {
        const x = grid.cell(r, c);
        if (x) return x;
      }
    return undefined;
  };
  if (g.kind === "passport") {
    const blocks: PassportBlock[] = [];
    for (const [block, ref] of g.blocks) {
      const kind = PASSPORT_BLOCK_KIND[block];
      if (kind) blocks.push({ kind, ref });
    }
    blocks.sort((a, b) => a.ref.top - b.ref.top || a.ref.left - b.ref.left);
    return readPassport(grid, blocks, notes);
  }
  const title = cell("Title");
  let term: Term | undefined;
  const termText = cell("Term");
  if (termText) term = { cell: termText, interval: termFromText(termText.text), source: "names" };
  if (!term || !term.interval) term = termFromStartEnd(cell("TermStart"), cell("TermEnd"), "names") ?? term;
  if (!term && title) {
    const interval = termFromText(title.text);
    if (interval) term = { cell: title, interval, source: "title" };
  }
  const tableBlock = g.kind === "plan" ? "Activities" : "Items";
  const ref = g.blocks.get(tableBlock);
  if (!ref) {
    note(notes, "recognition/missing-block", "warning", 0, 0, {
      ru: `На листе нет таблицы документа (имя ${g.kind === "plan" ? "PO_Plan" : "PO_Schedule"}${g.instance}_${tableBlock}): документ не проверяется.`,
      en: `The sheet has no document table (name ${g.kind === "plan" ? "PO_Plan" : "PO_Schedule"}${g.instance}_${tableBlock}): the document is not checked.`,
    });
    return undefined;
  }
  return g.kind === "plan" ? readPlan(grid, ref, notes, term, title, true) : readSchedule(grid, ref, notes, term, title);
}

/** A name's range clipped to the sheet's grid (whole-column names, ranges past the data). */
function clip(ref: RangeRef, grid: Grid): RangeRef {
  return {
    top: Math.max(0, ref.top),
    left: Math.max(0, ref.left),
    bottom: Math.min(ref.bottom, Math.max(0, grid.rowCount - 1)),
    right: Math.min(ref.right, Math.max(0, grid.colCount - 1)),
  };
}
