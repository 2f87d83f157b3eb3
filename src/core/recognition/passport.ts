/**
 * Project passport from label/value blocks (a label in one column, its value in the next) and the tables
 * inside it: indicators, financing, stages and control points, risks. Blocks come from the labels of a
 * pasted passport (findPassportBlocks) or from the template's named ranges (recognition/names.ts); the
 * readers below are the same for both.
 */
import type { RangeRef } from "../address";
import type {
  Approval,
  Financing,
  FinancingRow,
  Indicator,
  IndicatorDirection,
  IndicatorPeriod,
  IndicatorTable,
  NumberCell,
  Passport,
  PeopleCell,
  Risk,
  Stage,
  StageItem,
  StageTable,
  TextCell,
  Term,
} from "../model";
import { lastDayOfMonth, serialToYMD } from "../periods";
import { appendText, Grid, normKey, tidy, valueText } from "./grid";
import { isDashOnly, numberCell, peopleCell } from "./plan";
import { termFromStartEnd, termFromText } from "./terms";
import type { RecognitionNote } from "./types";
import {
  firstFilled,
  headerQuarter,
  headerYear,
  isColumnNumberRow,
  isNumbering,
  isTotalKey,
  matchHeader,
  nameOnlyColumn,
  note,
  noteRow,
  numberingParts,
  type RoleDef,
  within,
} from "./tables";

export type PassportBlockKind =
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

/** Label keys (normalised, see normKey) that open a block; the first matching entry wins. */
const LABELS: { kind: PassportBlockKind; test: (k: string) => boolean }[] = [
  { kind: "approval", test: (k) => k.startsWith("утвержд") },
  { kind: "title", test: (k) => k.startsWith("паспорт") },
  { kind: "shortName", test: (k) => k.startsWith("краткоенаименование") },
  { kind: "fullName", test: (k) => (k.startsWith("наименование") || k.startsWith("полноенаименование")) && k.includes("проект") && !k.includes("этап") && !k.includes("риск") && !k.includes("приоритет") },
  { kind: "goal", test: (k) => k.startsWith("цель") || k.startsWith("цели") },
  { kind: "term", test: (k) => k.startsWith("срокреализации") || k.startsWith("срокиреализации") || k.startsWith("срокпроекта") || k.startsWith("срокиреализ") },
  { kind: "leader", test: (k) => k.startsWith("руководитель") || k.startsWith("куратор") },
  { kind: "executor", test: (k) => k.startsWith("ответственныйисполнитель") || k.startsWith("администраторпроекта") },
  { kind: "coExecutors", test: (k) => k.startsWith("исполнител") || k.startsWith("соисполнител") || k.startsWith("участникипроекта") },
  { kind: "indicators", test: (k) => k.startsWith("показател") || k.startsWith("целевыепоказател") || k.startsWith("целевыеиндикатор") },
  { kind: "results", test: (k) => k.startsWith("результат") || k.startsWith("ожидаемыерезультат") },
  { kind: "financing", test: (k) => k.startsWith("источникифинансир") || k.startsWith("объемфинансир") || k.startsWith("финансовоеобеспеч") || k.startsWith("объемыиисточники") },
  { kind: "programmes", test: (k) => k.startsWith("муниципальныепрограммы") || k.startsWith("государственныепрограммы") || k.startsWith("связьсмуниципальн") || k.startsWith("связьсгосударствен") || k.startsWith("связанныепрограмм") },
  { kind: "priorityProjects", test: (k) => k.startsWith("связьсприоритет") || k.startsWith("приоритетныепроект") || k.startsWith("связьснациональн") || k.startsWith("связьсрегиональн") },
  { kind: "stages", test: (k) => k.startsWith("этапыиконтрольн") || k === "этапы" || k.startsWith("этапыпроекта") || k.startsWith("контрольныеточки") || k.startsWith("этапыреализации") },
  { kind: "risks", test: (k) => k.startsWith("ключевыериск") || k.startsWith("риски") || k.startsWith("основныериски") },
];

/** The kind of block a label opens, or undefined. */
export function passportLabel(text: string): PassportBlockKind | undefined {
  if (text.length > 400) return undefined;
  const k = normKey(text);
  if (k.length < 4) return undefined;
  for (const l of LABELS) if (l.test(k)) return l.kind;
  return undefined;
}

export interface PassportBlock {
  kind: PassportBlockKind;
  ref: RangeRef;
  /** the label cell, when the block was found by its label */
  label?: { row: number; col: number };
}

/**
 * Finds the blocks of a pasted passport: each label opens a block that runs to the row before the next label.
 * Only the first non-empty cell of a row can be a label; a table row begins with its number or its name.
 */
export function findPassportBlocks(grid: Grid, top = 0, bottom = grid.rowCount - 1, left = 0, right = grid.colCount - 1): PassportBlock[] {
  const starts: { kind: PassportBlockKind; row: number; col: number }[] = [];
  let inTable: PassportBlockKind | undefined;
  for (let r = top; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const c = filled[0];
    const v = grid.own(r, c);
    if (typeof v !== "string") continue;
    const kind = passportLabel(v);
    if (!kind) continue;
    // inside a table only a heading-like row (one or two cells) opens a new block
    if (inTable && filled.length > 2) continue;
    // «Результаты» / «Исполнители» inside the stage table are headers of its columns, not blocks
    if (starts.some((s) => s.kind === kind) && kind !== "title") continue;
    starts.push({ kind, row: r, col: c });
    inTable = kind === "indicators" || kind === "financing" || kind === "stages" || kind === "risks" ? kind : undefined;
  }
  const blocks: PassportBlock[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1].row - 1 : bottom;
    blocks.push({ kind: s.kind, ref: { top: s.row, left: s.col, bottom: end, right }, label: { row: s.row, col: s.col } });
  }
  return blocks;
}

/** How many distinct passport labels the first rows hold (for classification). */
export function passportScore(grid: Grid, maxRows = 400): number {
  const kinds = new Set<PassportBlockKind>();
  const last = Math.min(grid.rowCount, maxRows);
  for (let r = 0; r < last; r++) {
    const filled = grid.filledCols(r);
    if (filled.length === 0 || filled.length > 3) continue;
    const v = grid.own(r, filled[0]);
    if (typeof v !== "string") continue;
    const k = passportLabel(v);
    if (k && k !== "approval" && k !== "fullName" && k !== "shortName") kinds.add(k);
  }
  return kinds.size;
}

// ---------------------------------------------------------------------------------------------

export function readPassport(grid: Grid, blocks: PassportBlock[], notes: RecognitionNote[]): Passport {
  const p: Passport = { kind: "passport", coExecutors: [], results: [], programmes: [], priorityProjects: [], risks: [] };
  let termStart: TextCell | undefined;
  let termEnd: TextCell | undefined;
  for (const b of blocks) {
    switch (b.kind) {
      case "approval":
        p.approval = readApproval(grid, b);
        break;
      case "title": {
        const name = readTitle(grid, b);
        if (name && !p.fullName) p.fullName = name;
        break;
      }
      case "fullName":
        p.fullName = joinValues(valueCells(grid, b)) ?? p.fullName;
        break;
      case "shortName":
        p.shortName = joinValues(valueCells(grid, b));
        break;
      case "goal":
        p.goal = joinValues(valueCells(grid, b));
        break;
      case "term":
        p.term = readTerm(grid, b, notes);
        break;
      case "termStart":
        termStart = joinValues(valueCells(grid, b));
        break;
      case "termEnd":
        termEnd = joinValues(valueCells(grid, b));
        break;
      case "leader":
        p.leader = peopleRows(grid, b)[0];
        break;
      case "executor":
        p.executor = peopleRows(grid, b)[0];
        break;
      case "coExecutors":
        p.coExecutors = peopleRows(grid, b);
        break;
      case "results":
        p.results = lines(valueCells(grid, b));
        break;
      case "programmes":
        p.programmes = lines(valueCells(grid, b));
        break;
      case "priorityProjects":
        p.priorityProjects = lines(valueCells(grid, b)).filter((c) => !/^[-‐‑‒–—―−]+$/.test(c.text));
        break;
      case "indicators":
        p.indicators = readIndicators(grid, b, notes);
        break;
      case "financing":
        p.financing = readFinancing(grid, b, notes);
        break;
      case "stages":
        p.stages = readStages(grid, b, notes);
        break;
      case "risks":
        p.risks = readRisks(grid, b, notes);
        break;
    }
  }
  if (!p.term && (termStart || termEnd)) p.term = termFromStartEnd(termStart, termEnd, "names");
  // the indicator table needs the term to tell the base column from the plan columns; re-read when it came later
  return p;
}

/** Non-empty cells of a block, row by row, without the label cell itself. */
function valueCells(grid: Grid, b: PassportBlock): TextCell[] {
  const out: TextCell[] = [];
  for (let r = b.ref.top; r <= b.ref.bottom; r++) {
    for (const c of within(grid.filledCols(r), b.ref.left, b.ref.right)) {
      if (b.label && r === b.label.row && c === b.label.col) continue;
      const cell = grid.cell(r, c);
      if (!cell) continue;
      // a label cell inside a named range (template: label + value)
      if (!b.label && typeof cell.raw === "string" && passportLabel(cell.raw) === b.kind && out.length === 0) continue;
      out.push(cell);
    }
  }
  return out;
}

function joinValues(cells: TextCell[]): TextCell | undefined {
  if (cells.length === 0) return undefined;
  let v = cells[0];
  for (let i = 1; i < cells.length; i++) {
    v = { ...v, text: `${v.text}\n${cells[i].text}`, also: [...(v.also ?? []), { row: cells[i].row, col: cells[i].col }] };
  }
  return v;
}

const PEOPLE_HEADER = new Set(["фио", "должность", "телефон", "тел", "контактныйтелефон", "фамилияимяотчество", "fullname", "name", "position", "phone"]);

/**
 * People of a block, one PeopleCell per row: a pasted cell with several people and line breaks stays one
 * cell; a template row «ФИО | Должность | Телефон» is read as «ФИО, должность, телефон». A header row of
 * those words is skipped.
 */
function peopleRows(grid: Grid, b: PassportBlock): PeopleCell[] {
  const out: PeopleCell[] = [];
  let current: TextCell | undefined;
  let currentRow = -1;
  const flush = () => {
    const c = peopleCell(current);
    if (c) out.push(c);
    current = undefined;
  };
  for (const cell of valueCells(grid, b)) {
    if (PEOPLE_HEADER.has(normKey(cell.text))) continue;
    if (cell.row !== currentRow) {
      flush();
      currentRow = cell.row;
      current = cell;
    } else if (current) {
      current = { ...current, text: `${current.text}, ${cell.text}`, also: [...(current.also ?? []), { row: cell.row, col: cell.col }] };
    }
  }
  flush();
  // a pasted value that continues on the rows below the label (no label column there): one person per row is right too
  return out;
}

const LIST_HEADER = new Set(["№", "пп", "№пп", "результат", "результаты", "наименование", "программа", "программы", "наименованиепрограммы", "наименованиепроекта", "no", "result", "results", "name", "programme", "programmes"]);

/** Each line of each cell as an item (results, programmes); numbering cells and header words are skipped. */
function lines(cells: TextCell[]): TextCell[] {
  const out: TextCell[] = [];
  for (const c of cells) {
    if (LIST_HEADER.has(normKey(c.text))) continue;
    if (isNumbering(c.text) && cells.some((o) => o.row === c.row && o !== c)) continue;
    for (const line of c.text.split("\n")) {
      const t = line.trim();
      if (t !== "") out.push({ ...c, text: t });
    }
  }
  return out;
}

const PROTOCOL_DATE = /от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const PROTOCOL_NO = /№\s*([0-9A-Za-zА-Яа-я\-/]+)/;

function readApproval(grid: Grid, b: PassportBlock): Approval | undefined {
  const cells: TextCell[] = [];
  for (let r = b.ref.top; r <= b.ref.bottom; r++) for (const c of within(grid.filledCols(r), b.ref.left, b.ref.right)) {
    const cell = grid.cell(r, c);
    if (cell) cells.push(cell);
  }
  const text = joinValues(cells);
  if (!text) return undefined;
  const a: Approval = { text: { ...text, text: tidy(text.text.replace(/\n/g, " ")) } };
  const d = PROTOCOL_DATE.exec(text.text);
  if (d) a.protocolDate = { year: Number(d[3]), month: Number(d[2]), day: Number(d[1]) };
  else {
    // a template's protocol date is a real date in a cell of its own
    const serial = cells.find((c) => typeof c.raw === "number" && c.raw > 20000 && c.raw < 2958466);
    if (serial) a.protocolDate = serialToYMD(serial.raw as number);
  }
  const n = PROTOCOL_NO.exec(text.text);
  if (n) a.protocolNumber = n[1];
  return a;
}

/** «ПАСПОРТ» then «муниципального проекта «…»»: the full name, from the first «…» to the last ». */
function readTitle(grid: Grid, b: PassportBlock): TextCell | undefined {
  const cells: TextCell[] = [];
  for (let r = b.ref.top; r <= b.ref.bottom; r++) for (const c of within(grid.filledCols(r), b.ref.left, b.ref.right)) {
    const cell = grid.cell(r, c);
    if (cell) cells.push(cell);
  }
  if (cells.length === 0) return undefined;
  const first = cells[0];
  const afterWord = first.text.replace(/^\s*паспорт\s*/i, "");
  const rest = [afterWord, ...cells.slice(1).map((c) => c.text)].filter((t) => t !== "");
  if (rest.length === 0) return undefined;
  const whole = tidy(rest.join(" ").replace(/\n/g, " "));
  const open = whole.indexOf("«");
  const close = whole.lastIndexOf("»");
  const text = open >= 0 && close > open ? whole.slice(open + 1, close) : whole;
  const at = afterWord !== "" || cells.length === 1 ? first : cells[1];
  return { row: at.row, col: at.col, raw: at.raw, text, also: cells.filter((c) => c !== at).map((c) => ({ row: c.row, col: c.col })) };
}

function readTerm(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): Term | undefined {
  const cells = valueCells(grid, b);
  if (cells.length === 0) {
    const at = b.label ?? { row: b.ref.top, col: b.ref.left };
    note(notes, "recognition/term", "warning", at.row, at.col, {
      ru: "Срок реализации не указан: ожидается месяц и год начала и окончания, например «Апрель 2017 – декабрь 2017».",
      en: "The project term is empty: expected the month and year of start and end, e.g. «Апрель 2017 – декабрь 2017».",
    });
    return undefined;
  }
  // two date cells: start and end
  if (cells.length >= 2 && cells[0].row === cells[1].row && typeof cells[0].raw === "number" && typeof cells[1].raw === "number") {
    return termFromStartEnd(cells[0], cells[1], "label");
  }
  const cell = cells[0];
  const interval = termFromText(cell.text);
  if (interval) return { cell, interval, source: "label" };
  if (cells.length >= 2) {
    const both = termFromStartEnd(cells[0], cells[1], "label");
    if (both && both.interval) return both;
  }
  return { cell, interval: null, source: "label" };
}

// ---------------------------------------------------------------------------------------------
// Indicators

interface ColumnHead {
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  base?: boolean;
  fact?: boolean;
  plan?: boolean;
  unit?: boolean;
  direction?: boolean;
  number?: boolean;
  name?: boolean;
  labels: string[];
}

/** Names the indicator column («Наименование показателя»; the English template's «Indicator»). */
const nameHead = (k: string) => k.startsWith("наименован") || k.startsWith("показател") || k === "indicator" || k === "name" || k.startsWith("indicatorname");

const HEADER_WORDS = (k: string) =>
  nameHead(k) || k.startsWith("№") || k === "пп" || k === "no" || k.startsWith("единиц") || k.startsWith("едизм") || k === "unit" || k.startsWith("базов") || k.startsWith("base") || k.startsWith("направлен") || k === "direction" || k.startsWith("тип");

function readIndicators(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): IndicatorTable {
  const { top, bottom, left, right } = b.ref;
  const at = b.label ?? { row: top, col: left };
  let nameCol = b.label ? b.label.col : left;
  const heads = new Map<number, ColumnHead>();
  const head = (c: number) => {
    let h = heads.get(c);
    if (!h) heads.set(c, (h = { labels: [] }));
    return h;
  };
  // header rows: from the top until the first row that names an indicator
  let r = top;
  for (; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    const nameCell = grid.own(r, nameCol);
    const isLabelRow = b.label !== undefined && r === b.label.row;
    const nameKey = typeof nameCell === "string" ? normKey(nameCell) : "";
    if (!isLabelRow && nameKey !== "" && !HEADER_WORDS(nameKey)) break;
    if (!isLabelRow && nameKey === "" && filled.some((c) => c !== nameCol && typeof grid.own(r, c) === "number" && !headerYear(grid.own(r, c)))) break;
    for (const c of filled) {
      const v = grid.own(r, c);
      const text = valueText(v);
      const k = normKey(text);
      if (c === nameCol && (isLabelRow || nameHead(k))) continue;
      if (!isLabelRow && nameHead(k)) {
        nameCol = c;
        continue;
      }
      const span = grid.mergeAt(r, c);
      const last = span ? Math.min(span.right, right) : c;
      for (let cc = c; cc <= last; cc++) applyHead(head(cc), v, text, k);
    }
  }
  const firstDataRow = r;
  // a year written once over several quarter columns without a merge: carry it to the right
  const sortedCols = [...heads.keys()].sort((a, b2) => a - b2);
  let carryYear: number | undefined;
  for (const c of sortedCols) {
    const h = heads.get(c)!;
    if (h.year !== undefined) carryYear = h.year;
    else if ((h.quarter !== undefined || h.fact || h.plan) && carryYear !== undefined) h.year = carryYear;
    if (h.unit || h.direction || h.number) carryYear = undefined;
  }
  let unitCol: number | undefined;
  let directionCol: number | undefined;
  let baseCol: number | undefined;
  let baseYear: number | undefined;
  const valueCols: number[] = [];
  for (const c of sortedCols) {
    const h = heads.get(c)!;
    if (c === nameCol) continue;
    if (h.unit) unitCol = c;
    else if (h.direction) directionCol = c;
    else if (h.number) continue;
    else if (h.base) {
      baseCol = c;
      baseYear = h.year;
    } else if (h.year !== undefined) valueCols.push(c);
  }
  // no column says «базовое»: the first lone-year column before quarter columns (or before later years) is the base
  if (baseCol === undefined && valueCols.length >= 2) {
    const c0 = valueCols[0];
    const h0 = heads.get(c0)!;
    const h1 = heads.get(valueCols[1])!;
    if (h0.quarter === undefined && !h0.fact && (h1.quarter !== undefined || (h1.year ?? 0) > (h0.year ?? 0))) {
      baseCol = c0;
      baseYear = h0.year;
      valueCols.shift();
    }
  }
  const periods: IndicatorPeriod[] = [];
  for (const c of valueCols) {
    const h = heads.get(c)!;
    const year = h.year!;
    const interval =
      h.quarter !== undefined
        ? { start: { year, month: h.quarter * 3 - 2, day: 1 }, end: { year, month: h.quarter * 3, day: lastDayOfMonth(year, h.quarter * 3) } }
        : { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
    const label = tidy(h.labels.join(" ").replace(/\n/g, " "));
    const period: IndicatorPeriod = { col: c, label, year, interval, kind: h.fact ? "fact" : "plan" };
    if (h.quarter !== undefined) period.quarter = h.quarter;
    periods.push(period);
  }
  const indicators: Indicator[] = [];
  for (r = firstDataRow; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    const name = grid.cell(r, nameCol);
    if (!name) {
      noteRow(notes, grid, r, filled, { ru: "строка показателя без наименования", en: "an indicator row without a name" });
      continue;
    }
    const ind: Indicator = { row: r, name, direction: "growth", directionFrom: "default", plan: [], fact: [] };
    const unitCell = grid.cell(r, unitCol);
    if (unitCell) {
      ind.unitCell = unitCell;
      ind.unit = unitCell.text;
    }
    const dirText = directionCol !== undefined ? normKey(grid.text(r, directionCol)) : "";
    const fromColumn = directionOf(dirText);
    if (fromColumn) {
      ind.direction = fromColumn;
      ind.directionFrom = "column";
    } else if (/сниж|сокращ|уменьш/i.test(name.text)) {
      ind.direction = "decline";
      ind.directionFrom = "name";
    }
    if (baseCol !== undefined) {
      const base = numberCell(grid, r, baseCol) ?? emptyNumber(r, baseCol);
      ind.base = base;
    }
    if (baseYear !== undefined) ind.baseYear = baseYear;
    let anyPercent = false;
    for (const per of periods) {
      const v = numberCell(grid, r, per.col) ?? emptyNumber(r, per.col);
      if (v.number.kind === "number" && v.number.percent) anyPercent = true;
      (per.kind === "fact" ? ind.fact : ind.plan).push({ period: per, value: v });
    }
    if (ind.base && ind.base.number.kind === "number" && ind.base.number.percent) anyPercent = true;
    if (!ind.unit && anyPercent) ind.unit = "%";
    indicators.push(ind);
  }
  if (periods.length === 0 && indicators.length > 0) {
    note(notes, "recognition/indicator-periods", "warning", at.row, at.col, {
      ru: "Не удалось распознать периоды показателей: над значениями ожидаются годы («2017 год») и, если нужно, кварталы («I квартал»).",
      en: "Could not recognise the indicator periods: years («2017 год») and, where needed, quarters («I квартал») are expected above the values.",
    });
  }
  const table: IndicatorTable = { at, periods, indicators };
  if (baseCol !== undefined) table.baseCol = baseCol;
  if (baseYear !== undefined) table.baseYear = baseYear;
  return table;
}

function applyHead(h: ColumnHead, v: unknown, text: string, k: string): void {
  if (text !== "") h.labels.push(text);
  const y = headerYear(v);
  if (y !== undefined && h.year === undefined) h.year = y;
  const qn = headerQuarter(v);
  if (qn !== undefined) h.quarter = qn;
  if (k.startsWith("базов") || k.startsWith("base")) h.base = true;
  if (k.startsWith("факт") || k.startsWith("actual") || k === "fact") h.fact = true;
  if (k.startsWith("план") || k === "plan" || k.startsWith("planned")) h.plan = true;
  if (k.startsWith("единиц") || k.startsWith("едизм") || k === "unit") h.unit = true;
  if (k.startsWith("направлен") || k === "direction") h.direction = true;
  if (k.startsWith("№") || k === "пп" || k === "no") h.number = true;
}

function directionOf(k: string): IndicatorDirection | undefined {
  if (k === "") return undefined;
  if (k.startsWith("сниж") || k.startsWith("уменьш") || k.startsWith("сокращ") || k === "decline" || k === "убывание") return "decline";
  if (k.startsWith("рост") || k.startsWith("увелич") || k.startsWith("повыш") || k === "growth" || k.startsWith("возраст")) return "growth";
  return undefined;
}

function emptyNumber(row: number, col: number): NumberCell {
  return { row, col, raw: "", text: "", number: { kind: "empty", dash: false } };
}

// ---------------------------------------------------------------------------------------------
// Financing

function readFinancing(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): Financing {
  const { top, bottom, left, right } = b.ref;
  const at = b.label ?? { row: top, col: left };
  const nameCol = b.label ? b.label.col : left;
  const fin: Financing = { at, years: [], sources: [] };
  const labelText = b.label ? valueText(grid.own(b.label.row, b.label.col)) : "";
  const unit = /млн/i.test(labelText) ? "млн руб." : /тыс/i.test(labelText) ? "тыс. руб." : /руб/i.test(labelText) ? "руб." : undefined;
  if (unit) fin.unit = unit;
  // header: the label row or the rows under it, up to the first source row
  let r = top;
  for (; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const isLabelRow = b.label !== undefined && r === b.label.row;
    const first = grid.own(r, nameCol);
    const firstKey = typeof first === "string" ? normKey(first) : "";
    const headerish = isLabelRow || firstKey === "" || firstKey.startsWith("источник") || firstKey.startsWith("наименован") || firstKey.startsWith("fundingsource") || firstKey === "source";
    if (!headerish) break;
    let any = false;
    for (const c of filled) {
      if (c === nameCol) continue;
      const v = grid.own(r, c);
      const text = valueText(v);
      const k = normKey(text);
      const y = headerYear(v);
      if (isTotalKey(k) || k.startsWith("завесь") || k.startsWith("занесколько") || k.startsWith("total")) {
        fin.totalCol = { col: c, label: text };
        any = true;
      } else if (y !== undefined && typeof v === "string") {
        fin.years.push({ col: c, label: text, year: y });
        any = true;
      } else if (y !== undefined && typeof v === "number" && !isLabelRow) {
        fin.years.push({ col: c, label: text, year: y });
        any = true;
      }
    }
    if (!any && !isLabelRow) break;
  }
  fin.years.sort((a, c) => a.col - c.col);
  const rows: FinancingRow[] = [];
  /** the rows right after a «Всего, в том числе:» row that comes first are the sources it adds up, not parts of a source */
  let afterTotal = false;
  for (; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const nameAt = firstFilled(filled);
    const name = grid.cell(r, nameAt);
    if (!name) continue;
    if (nameAt !== nameCol && typeof name.raw !== "string") {
      noteRow(notes, grid, r, filled, { ru: "строка финансирования без наименования источника", en: "a financing row without a source name" });
      continue;
    }
    if (fin.years.length === 0 && !fin.totalCol) {
      // no year header: one value column, the first filled cell right of the name
      const vc = filled.find((c) => c > nameAt);
      if (vc !== undefined) fin.years.push({ col: vc, label: "" });
    }
    const values = fin.years.map((y) => numberCell(grid, r, y.col));
    const partWorded = /^(в\s*т\.\s*ч\.|в том числе|из них)/i.test(name.text);
    const row: FinancingRow = { row: r, name, values, part: partWorded && !afterTotal };
    const total = fin.totalCol ? numberCell(grid, r, fin.totalCol.col) : undefined;
    if (total) row.total = total;
    const nameKey = normKey(name.text);
    if (isTotalKey(nameKey) || nameKey === "total") {
      fin.total = row;
      afterTotal = rows.length === 0;
    } else {
      rows.push(row);
      if (!partWorded) afterTotal = false;
    }
  }
  fin.sources = rows;
  if (fin.years.length === 0 && rows.length > 0) {
    note(notes, "recognition/financing-years", "warning", at.row, at.col, {
      ru: "Не удалось распознать столбцы финансирования: над суммами ожидаются годы («2017 год») и, если нужно, «Всего».",
      en: "Could not recognise the financing columns: years («2017 год») and, where needed, «Всего» are expected above the amounts.",
    });
  }
  return fin;
}

// ---------------------------------------------------------------------------------------------
// Stages and control points

type StageRole = "number" | "name" | "outcome" | "start" | "end" | "responsible";

export const STAGE_ROLES: readonly RoleDef<StageRole>[] = [
  { role: "number", test: (k) => k.startsWith("№") || k === "пп" || k === "nпп" || k === "no" },
  {
    role: "outcome",
    test: (k) => k.startsWith("итог") || k.startsWith("результат") || k.startsWith("документ") || k.startsWith("подтвержд") || k.startsWith("виддокумент") || k.startsWith("completion") || k.startsWith("outcome") || k.startsWith("proving"),
  },
  { role: "start", test: (k) => k.startsWith("срокначала") || k.startsWith("начало") || k.startsWith("датаначала") || k.startsWith("сроконачала") || k === "start" || k.startsWith("startdate") },
  {
    role: "end",
    test: (k) =>
      k.startsWith("срококончания") || k.startsWith("окончание") || k.startsWith("датаокончания") || k.startsWith("срокисполнения") || k.startsWith("срокзавершения") || k === "срок" || k === "сроки" || k === "end" || k.startsWith("enddate") || k === "deadline",
  },
  { role: "responsible", test: (k) => k.startsWith("ответствен") || k.startsWith("исполнител") || k.startsWith("responsible") },
  { role: "name", test: (k) => k.startsWith("наименован") || k.startsWith("этап") || k.startsWith("контрольн") || k.startsWith("мероприят") || k.startsWith("stage") || k.startsWith("controlpoint") || k === "name" },
];

function readStages(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): StageTable {
  const { top, bottom, left, right } = b.ref;
  const at = b.label ?? { row: top, col: left };
  let cols: Partial<Record<StageRole, number>> | undefined;
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  let lastItem: StageItem | undefined;
  let nameOnly = false;
  for (let r = top; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    if (!cols || !isNumbering(valueText(grid.own(r, cols.number ?? -1)))) {
      const h = matchHeader(grid, r, filled, STAGE_ROLES);
      if (h.roles.name !== undefined && h.count >= 3) {
        cols = h.roles;
        nameOnly = cols.responsible !== undefined && nameOnlyColumn(grid.own(r, cols.responsible), false);
        continue;
      }
    }
    if (b.label && r === b.label.row) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    if (!cols) {
      noteRow(notes, grid, r, filled, { ru: "над этапами нет строки заголовков", en: "no header row above the stages" });
      continue;
    }
    const numberCell_ = grid.cell(r, cols.number);
    const parts = numberCell_ ? numberingParts(numberCell_.text) : null;
    const name = grid.cell(r, cols.name);
    const item: StageItem = { row: r, name: name ?? { row: r, col: cols.name ?? left, raw: "", text: "" } };
    if (numberCell_) item.number = numberCell_;
    const outcome = grid.cell(r, cols.outcome);
    if (outcome) item.outcome = outcome;
    const start = grid.cell(r, cols.start);
    if (start) item.start = start;
    const end = grid.cell(r, cols.end);
    if (end) item.end = end;
    const resp = peopleCell(grid.cell(r, cols.responsible), nameOnly);
    if (resp) item.responsible = resp;

    const nameKey = name ? normKey(name.text) : "";
    const looksStage = nameKey.startsWith("этап") || nameKey.startsWith("stage");
    const looksPoint = nameKey.startsWith("контрольнаяточка") || nameKey.startsWith("кт") || nameKey.startsWith("controlpoint");
    if (!numberCell_ && !name) {
      // the rest of a row split at a page break
      if (lastItem) {
        if (outcome) lastItem.outcome = lastItem.outcome ? appendText(lastItem.outcome, outcome) : outcome;
        if (start && !lastItem.start) lastItem.start = start;
        if (end && !lastItem.end) lastItem.end = end;
        if (resp && !lastItem.responsible) lastItem.responsible = resp;
        continue;
      }
      noteRow(notes, grid, r, filled, { ru: "строка без номера и наименования", en: "a row with neither number nor name" });
      continue;
    }
    const isStage = parts ? parts.length === 1 && !looksPoint : looksStage;
    if (isStage) {
      stage = { ...item, controlPoints: [] };
      stages.push(stage);
      lastItem = stage;
    } else if (stage) {
      stage.controlPoints.push(item);
      lastItem = item;
    } else {
      noteRow(notes, grid, r, filled, { ru: "контрольная точка до первого этапа", en: "a control point before the first stage" });
    }
  }
  return {
    at,
    stages,
    hasOutcomeColumn: cols?.outcome !== undefined,
    hasResponsibleColumn: cols?.responsible !== undefined,
    hasStartColumn: cols?.start !== undefined,
    hasEndColumn: cols?.end !== undefined,
    columns: { ...(cols ?? {}) },
  };
}

// ---------------------------------------------------------------------------------------------
// Risks

type RiskRole = "number" | "name" | "measure";
const RISK_ROLES: readonly RoleDef<RiskRole>[] = [
  { role: "number", test: (k) => k.startsWith("№") || k === "пп" || k === "nпп" || k === "no" },
  { role: "measure", test: (k) => k.startsWith("мероприят") || k.startsWith("меры") || k.startsWith("мерапо") || k.startsWith("способ") || k.startsWith("preventive") || k.startsWith("measure") || k.startsWith("mitigation") },
  { role: "name", test: (k) => k.startsWith("наименован") || k.startsWith("риск") || k.startsWith("описание") || k.startsWith("risk") },
];

function readRisks(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): Risk[] {
  const { top, bottom, left, right } = b.ref;
  let cols: Partial<Record<RiskRole, number>> | undefined;
  const risks: Risk[] = [];
  for (let r = top; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const h = matchHeader(grid, r, filled, RISK_ROLES);
    if (h.roles.name !== undefined && h.roles.measure !== undefined) {
      cols = h.roles;
      continue;
    }
    if (b.label && r === b.label.row) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    if (!cols) {
      // no header: «№ | risk | measure» or «risk | measure»
      const first = valueText(grid.own(r, filled[0]));
      cols = isNumbering(first) ? { number: filled[0], name: filled[0] + 1, measure: filled[0] + 2 } : { name: filled[0], measure: filled[0] + 1 };
    }
    const name = grid.cell(r, cols.name);
    const measure = grid.cell(r, cols.measure);
    const number = grid.cell(r, cols.number);
    if (!name) {
      if (measure && risks.length > 0 && !number) {
        const lastRisk = risks[risks.length - 1];
        lastRisk.measure = lastRisk.measure ? appendText(lastRisk.measure, measure) : measure;
        continue;
      }
      noteRow(notes, grid, r, filled, { ru: "строка риска без наименования", en: "a risk row without a name" });
      continue;
    }
    const risk: Risk = { row: r, name };
    if (cols.measure !== undefined) risk.measureCol = cols.measure;
    if (number) risk.number = number;
    // «–» in the measure column: no measure
    if (measure && !isDashOnly(measure.text)) risk.measure = measure;
    risks.push(risk);
  }
  return risks;
}
