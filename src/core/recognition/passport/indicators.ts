/** The indicator table: name, unit, direction, base value and year, planned and actual values per period. */
import type { Indicator, IndicatorDirection, IndicatorPeriod, IndicatorTable } from "../../model";
import { lastDayOfMonth } from "../../periods";
import { parseNumber } from "../../numbers";
import { numberCell } from "../cells";
import { normKey, tidy, valueText, type Grid } from "../grid";
import { headerQuarter, headerYear, isColumnNumberRow, note, noteRow, within } from "../tables";
import type { RecognitionNote } from "../types";
import type { PassportBlock } from "./blocks";
import { emptyNumber } from "./values";

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
  nameHead(k) ||
  k.startsWith("№") ||
  k === "пп" ||
  k === "no" ||
  k.startsWith("единиц") ||
  k.startsWith("едизм") ||
  k === "unit" ||
  k.startsWith("базов") ||
  k.startsWith("base") ||
  k.startsWith("направлен") ||
  k === "direction" ||
  k.startsWith("тип");

/**
 * An indicator's own name written as a numbered label («Показатель 1: доля …», «Показатель 2.», «Показатель №3 –»):
 * it starts with the header word «Показатель» but names an indicator, never a column.
 */
const NUMBERED_INDICATOR = /^\s*показател[а-яё]*\s*(?:№\s*)?\d/i;

export function isNumberedIndicatorName(v: unknown): boolean {
  return typeof v === "string" && NUMBERED_INDICATOR.test(v);
}

/** A data value (not a year of a header) in a column other than the name column: the row holds an indicator's values. */
function hasDataValue(grid: Grid, r: number, filled: number[], nameCol: number): boolean {
  for (const c of filled) {
    if (c === nameCol) continue;
    const v = grid.own(r, c);
    if (headerYear(v) !== undefined) continue;
    if (typeof v === "number") return true;
    if (typeof v === "string" && parseNumber(v).kind === "number") return true;
  }
  return false;
}

/**
 * Whether a row (below the label) is a header row: its name cell holds a header word («Наименование показателя»,
 * «№», «Ед. изм.» …) that is not a numbered indicator name, and no other column holds a data value.
 */
function isHeaderRow(grid: Grid, r: number, filled: number[], nameCol: number, nameKey: string): boolean {
  if (nameKey === "" || !HEADER_WORDS(nameKey)) return false;
  if (isNumberedIndicatorName(grid.own(r, nameCol))) return false;
  return !hasDataValue(grid, r, filled, nameCol);
}

export function readIndicators(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): IndicatorTable {
  const { top, bottom, left, right } = b.ref;
  const at = b.label ?? { row: top, col: left };
  let nameCol = b.label ? b.label.col : left;
  const heads = new Map<number, ColumnHead>();
  const head = (c: number) => {
    let h = heads.get(c);
    if (!h) heads.set(c, (h = { labels: [] }));
    return h;
  };
  // header rows: from the top until the first row that names an indicator or holds its values
  let r = top;
  for (; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    const nameCell = grid.own(r, nameCol);
    const isLabelRow = b.label !== undefined && r === b.label.row;
    const nameKey = typeof nameCell === "string" ? normKey(nameCell) : "";
    if (!isLabelRow && nameKey !== "" && !isHeaderRow(grid, r, filled, nameCol, nameKey)) break;
    if (!isLabelRow && nameKey === "" && filled.some((c) => c !== nameCol && typeof grid.own(r, c) === "number" && !headerYear(grid.own(r, c)))) break;
    for (const c of filled) {
      const v = grid.own(r, c);
      const text = valueText(v);
      const k = normKey(text);
      if (c === nameCol && (isLabelRow || nameHead(k))) continue;
      if (!isLabelRow && nameHead(k) && !isNumberedIndicatorName(v)) {
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
