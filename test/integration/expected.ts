/**
 * What a spreadsheet must show in the computed cells, worked out here from the cells' values alone (the
 * blocks found through their PO_* names, the positions inside a block from src/core/templates/layout.ts),
 * without src/core/compute. Each function compares the recalculated workbook with its own expectation and
 * returns the differences, one line each ("Паспорт!N29: expected 1.2, got 0.8"); [] when all agree.
 */
import { formatCell, type RangeRef } from "../../src/core/address";
import { blockName, type TemplateKind } from "../../src/core/templates/names";
import { COLORS, PASSPORT_LAYOUT, PLAN_LAYOUT, SCHEDULE_LAYOUT } from "../../src/core/templates/layout";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook";
import { block, endOfMonth, isBlank, numberOr0, serialToYMD, sheetOf, valueAt, ymdToSerial, type CfRule } from "./helpers";

const TOLERANCE = 1e-9;

export class Mismatches {
  readonly lines: string[] = [];
  constructor(private readonly sheet: SheetSnapshot) {}

  /** Compares one cell of the recalculated sheet with the expected value (numbers within 1e-9). */
  cell(row: number, col: number, expected: CellValue, what = ""): void {
    const got = valueAt(this.sheet, row, col);
    const same =
      typeof expected === "number" ? typeof got === "number" && Math.abs(got - expected) <= TOLERANCE * Math.max(1, Math.abs(expected)) : isBlank(expected) ? isBlank(got) : got === expected;
    if (!same) this.lines.push(`${this.sheet.name}!${formatCell({ row, col })}${what ? ` (${what})` : ""}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  }

  fail(line: string): void {
    this.lines.push(line);
  }
}

function name(kind: TemplateKind, block: string, instance = 1): string {
  return blockName(kind, instance, block as never);
}

/** The same block in the recalculated workbook: same sheet name, same range (the names are the source's). */
function calcSheet(calc: WorkbookSnapshot, src: WorkbookSnapshot, blockKey: string, kind: TemplateKind): { src: SheetSnapshot; calc: SheetSnapshot; ref: RangeRef } {
  const b = block(src, name(kind, blockKey));
  return { src: b.sheet, calc: sheetOf(calc, b.sheet.name), ref: b.ref };
}

// ---------------------------------------------------------------------------------------------
// Passport: financing

/** «Всего» per year (sum of the sources), per source (sum of the years) and over the period. */
export function checkFinancing(src: WorkbookSnapshot, calc: WorkbookSnapshot): { lines: string[]; total: number } {
  const row = calcSheet(calc, src, "FinancingTotalRow", "passport");
  const col = block(src, name("passport", "FinancingTotalColumn")).ref;
  const m = new Mismatches(row.calc);
  const years: number[] = [];
  for (let c = row.ref.left; c < row.ref.right; c++) years.push(c);
  const sources: number[] = [];
  for (let r = col.top; r <= col.bottom; r++) sources.push(r);
  const amount = (r: number, c: number) => numberOr0(valueAt(row.src, r, c));
  let total = 0;
  for (const c of years) {
    const sum = sources.reduce((s, r) => s + amount(r, c), 0);
    total += sum;
    m.cell(row.ref.top, c, sum, "«Всего» of a year");
  }
  for (const r of sources)
    m.cell(
      r,
      col.left,
      years.reduce((s, c) => s + amount(r, c), 0),
      "«Всего» of a source",
    );
  m.cell(row.ref.top, row.ref.right, total, "«Всего» over the period");
  return { lines: m.lines, total };
}

// ---------------------------------------------------------------------------------------------
// Passport: indicator achievement and status

export interface Thresholds {
  onPlan: number;
  atRisk: number;
  labels: { onPlan: string; atRisk: string; behind: string };
}

export function passportThresholds(wb: WorkbookSnapshot): Thresholds {
  const s = block(wb, name("passport", "Settings"));
  const S = PASSPORT_LAYOUT.settings;
  const at = (row: number, col: number) => valueAt(s.sheet, s.ref.top + row, s.ref.left + col);
  return {
    onPlan: at(S.rows.onPlan, S.value) as number,
    atRisk: at(S.rows.atRisk, S.value) as number,
    labels: { onPlan: String(at(S.rows.onPlan, S.label)), atRisk: String(at(S.rows.atRisk, S.label)), behind: String(at(S.rows.behind, S.label)) },
  };
}

/** (fact − base)/(plan − base) for growth, (base − fact)/(base − plan) for decline; "" without both numbers or with plan = base. */
export function achievement(direction: CellValue, base: CellValue, plan: CellValue, fact: CellValue): number | "" {
  if (typeof plan !== "number" || typeof fact !== "number") return "";
  const b = numberOr0(base);
  const decline = /^(снижение|decline)$/i.test(String(direction).trim());
  const num = decline ? b - fact : fact - b;
  const den = decline ? b - plan : plan - b;
  return den === 0 ? "" : num / den;
}

export interface IndicatorRow {
  row: number;
  achievements: (number | "")[];
  latest: number | "";
  status: string;
}

/** The expected achievement per indicator and period, the latest one and the status per the thresholds. */
export function expectedIndicators(src: WorkbookSnapshot): IndicatorRow[] {
  const ind = block(src, name("passport", "Indicators"));
  const comp = block(src, name("passport", "Compute")).ref;
  const I = PASSPORT_LAYOUT.indicators;
  const n = comp.right - comp.left - 1;
  const t = passportThresholds(src);
  const rows: IndicatorRow[] = [];
  for (let r = ind.ref.top + I.headerRows; r <= ind.ref.bottom; r++) {
    const at = (c: number) => valueAt(ind.sheet, r, ind.ref.left + c);
    const achievements: (number | "")[] = [];
    for (let p = 0; p < n; p++) achievements.push(achievement(at(I.direction), at(I.base), at(I.firstPeriod + 2 * p), at(I.firstPeriod + 2 * p + 1)));
    const numbers = achievements.filter((a): a is number => a !== "");
    const latest = numbers.length ? numbers[numbers.length - 1] : "";
    const status = latest === "" ? "" : latest >= t.onPlan ? t.labels.onPlan : latest >= t.atRisk ? t.labels.atRisk : t.labels.behind;
    rows.push({ row: r, achievements, latest, status });
  }
  return rows;
}

export function checkIndicators(src: WorkbookSnapshot, calc: WorkbookSnapshot): { lines: string[]; rows: IndicatorRow[] } {
  const comp = calcSheet(calc, src, "Compute", "passport");
  const m = new Mismatches(comp.calc);
  const rows = expectedIndicators(src);
  const n = comp.ref.right - comp.ref.left - 1;
  for (const r of rows) {
    r.achievements.forEach((a, p) => m.cell(r.row, comp.ref.left + p, a, `achievement, period ${p + 1}`));
    m.cell(r.row, comp.ref.left + n, r.latest, "latest achievement");
    m.cell(r.row, comp.ref.left + n + 1, r.status, "status");
  }
  return { lines: m.lines, rows };
}

// ---------------------------------------------------------------------------------------------
// Control points: done, due this month, overdue

export interface StatusLabels {
  done: string;
  due: string;
  overdue: string;
}

/**
 * The status of one item against today. Passport stages hold months (overdue once the month is over, due in its
 * month); calendar plan items hold days (overdue the day after the end, due until the end of this month).
 */
export function controlStatus(nameCell: CellValue, doneCell: CellValue, end: CellValue, today: number, labels: StatusLabels, monthPrecision: boolean): string {
  if (isBlank(nameCell)) return "";
  if (!isBlank(doneCell)) return labels.done;
  if (typeof end !== "number") return "";
  if (monthPrecision) {
    const last = endOfMonth(end);
    if (last < today) return labels.overdue;
    return last === endOfMonth(today) ? labels.due : "";
  }
  if (end < today) return labels.overdue;
  return end <= endOfMonth(today) ? labels.due : "";
}

export function checkStageStatus(src: WorkbookSnapshot, calc: WorkbookSnapshot, today: number): { lines: string[]; statuses: string[] } {
  const stages = block(src, name("passport", "Stages"));
  const status = calcSheet(calc, src, "StageStatus", "passport");
  const settings = block(src, name("passport", "Settings"));
  const S = PASSPORT_LAYOUT.stages;
  const T = PASSPORT_LAYOUT.settings;
  const label = (row: number) => String(valueAt(settings.sheet, settings.ref.top + row, settings.ref.left + T.label));
  const labels = { done: label(T.rows.done), due: label(T.rows.due), overdue: label(T.rows.overdue) };
  const m = new Mismatches(status.calc);
  const statuses: string[] = [];
  for (let r = stages.ref.top + S.headerRows; r <= stages.ref.bottom; r++) {
    const at = (c: number) => valueAt(stages.sheet, r, stages.ref.left + c);
    const expected = controlStatus(at(S.name), at(S.done), at(S.end), today, labels, true);
    statuses.push(expected);
    m.cell(r, status.ref.left, expected, `status of «${at(S.num)}»`);
  }
  return { lines: m.lines, statuses };
}

export interface ScheduleFacts {
  lines: string[];
  statuses: string[];
  labels: StatusLabels;
  levels: { stage: string; activity: string; controlPoint: string };
  /** first day of each month of the Gantt band, by column */
  months: Map<number, number>;
  items: { row: number; level: CellValue; start: CellValue; end: CellValue }[];
  gantt: RangeRef;
}

/** The calendar plan: the band's month and year headers from the term, each item's status against today. */
export function checkSchedule(src: WorkbookSnapshot, calc: WorkbookSnapshot, today: number): ScheduleFacts {
  const items = block(src, name("schedule", "Items"));
  const status = calcSheet(calc, src, "Status", "schedule");
  const gantt = block(src, name("schedule", "Gantt")).ref;
  const legend = block(src, name("schedule", "Legend"));
  const I = SCHEDULE_LAYOUT.items;
  const G = SCHEDULE_LAYOUT.legend;
  const label = (row: number) => String(valueAt(legend.sheet, legend.ref.top + row, legend.ref.left + G.label));
  const labels = { done: label(G.rows.done), due: label(G.rows.due), overdue: label(G.rows.overdue) };
  const levels = { stage: label(G.rows.stage), activity: label(G.rows.activity), controlPoint: label(G.rows.controlPoint) };
  const m = new Mismatches(status.calc);

  // The term as the recalculated sheet shows it (TermStart may be a formula to the passport's term).
  const termStart = block(src, name("schedule", "TermStart")).ref;
  const termEnd = block(src, name("schedule", "TermEnd")).ref;
  const start = valueAt(status.calc, termStart.top, termStart.left);
  const end = valueAt(status.calc, termEnd.top, termEnd.left);
  const months = new Map<number, number>();
  if (typeof start !== "number" || typeof end !== "number") m.fail(`the term is not two dates: ${JSON.stringify([start, end])}`);
  else {
    const s = serialToYMD(start);
    const e = serialToYMD(end);
    const count = (e.year - s.year) * 12 + e.month - s.month + 1;
    if (count !== gantt.right - gantt.left + 1) m.fail(`the band has ${gantt.right - gantt.left + 1} months, the term ${count}`);
    for (let i = 0; i < count; i++) {
      const col = gantt.left + i;
      const first = ymdToSerial(s.year, s.month + i, 1);
      months.set(col, first);
      const { year, month } = serialToYMD(first);
      m.cell(gantt.top + 1, col, first, "month of the band");
      m.cell(gantt.top, col, i === 0 || month === 1 ? year : "", "year over the band");
    }
  }

  const statuses: string[] = [];
  const rows: ScheduleFacts["items"] = [];
  for (let r = items.ref.top + I.headerRows; r <= items.ref.bottom; r++) {
    const at = (c: number) => valueAt(items.sheet, r, items.ref.left + c);
    const expected = controlStatus(at(I.name), at(I.done), at(I.end), today, labels, false);
    statuses.push(expected);
    rows.push({ row: r, level: at(I.level), start: at(I.start), end: at(I.end) });
    m.cell(r, status.ref.left, expected, `status of «${at(I.num)}»`);
  }
  return { lines: m.lines, statuses, labels, levels, months, items: rows, gantt };
}

// ---------------------------------------------------------------------------------------------
// Implementation plan: the summary

export interface PlanActivity {
  row: number;
  section: string;
  count: number;
  responsible: string;
}

/**
 * The activities counted by walking the table: a section row is a row merged across the table (its text is the
 * section); every row below it with a filled «Деятельность» is an activity of that section.
 */
export function planActivities(src: WorkbookSnapshot): { activities: PlanActivity[]; lines: string[] } {
  const a = block(src, name("plan", "Activities"));
  const A = PLAN_LAYOUT.activities;
  const lines: string[] = [];
  const activities: PlanActivity[] = [];
  let section = "";
  for (let r = a.ref.top + A.headerRows; r <= a.ref.bottom; r++) {
    const merged = a.sheet.merges.some((mg) => mg.top === r && mg.bottom === r && mg.left === a.ref.left && mg.right === a.ref.right);
    const at = (c: number) => valueAt(a.sheet, r, a.ref.left + c);
    if (merged) {
      section = String(at(0)).trim();
      continue;
    }
    if (isBlank(at(A.activity))) continue;
    // The «Раздел» column the summary counts by agrees with the section the row sits in.
    if (String(at(A.section)).trim() !== section) lines.push(`${a.sheet.name}!${formatCell({ row: r, col: a.ref.left + A.section })}: section «${at(A.section)}», but the row is under «${section}»`);
    activities.push({ row: r, section, count: numberOr0(at(A.count)), responsible: String(at(A.responsible)) });
  }
  return { activities, lines };
}

/** Distinct people named in «Ответственный», in order of first appearance («А.А., Б.Б.» names two). */
export function planPeopleOf(activities: PlanActivity[]): string[] {
  const seen = new Map<string, string>();
  for (const a of activities) for (const p of a.responsible.split(/[,;\n]/).map((x) => x.replace(/\s+/g, " ").trim())) if (p && !seen.has(p.toLocaleLowerCase())) seen.set(p.toLocaleLowerCase(), p);
  return [...seen.values()];
}

export function checkPlanSummary(src: WorkbookSnapshot, calc: WorkbookSnapshot): { lines: string[]; activities: PlanActivity[] } {
  const { activities, lines } = planActivities(src);
  const sum = calcSheet(calc, src, "Summary", "plan");
  const S = PLAN_LAYOUT.summary;
  const m = new Mismatches(sum.calc);
  m.lines.push(...lines);
  const labelAt = (row: number) => String(valueAt(sum.calc, row, sum.ref.left + S.label)).trim();
  let count = 0;
  let people = 0;
  for (let r = sum.ref.top + S.firstSection; r < sum.ref.top + S.personHeader - 1; r++) {
    const mine = activities.filter((a) => a.section === labelAt(r));
    m.cell(r, sum.ref.left + S.count, mine.length, `activities of «${labelAt(r)}»`);
    m.cell(
      r,
      sum.ref.left + S.participants,
      mine.reduce((s, a) => s + a.count, 0),
      `participants of «${labelAt(r)}»`,
    );
    count += mine.length;
    people += mine.reduce((s, a) => s + a.count, 0);
  }
  if (count !== activities.length) m.fail(`the section rows of the summary count ${count} of ${activities.length} activities`);
  const totalRow = sum.ref.top + S.personHeader - 1;
  m.cell(totalRow, sum.ref.left + S.count, activities.length, "activities in all");
  m.cell(totalRow, sum.ref.left + S.participants, people, "participants in all");

  const expectedPeople = planPeopleOf(activities);
  for (let r = sum.ref.top + S.firstPerson, i = 0; r <= sum.ref.bottom; r++, i++) {
    const who = labelAt(r);
    m.cell(r, sum.ref.left + S.label, expectedPeople[i] ?? "", "person");
    const mine = who === "" ? [] : activities.filter((a) => a.responsible.toLocaleLowerCase().includes(who.toLocaleLowerCase()));
    m.cell(r, sum.ref.left + S.count, who === "" ? "" : mine.length, `activities of ${who || "an empty slot"}`);
    m.cell(r, sum.ref.left + S.participants, who === "" ? "" : mine.reduce((s, a) => s + a.count, 0), `participants of ${who || "an empty slot"}`);
  }
  return { lines: m.lines, activities };
}

/** A plan's or calendar plan's term cells show the passport's term when they refer to it. */
export function checkTermLink(src: WorkbookSnapshot, calc: WorkbookSnapshot, kind: "plan" | "schedule"): string[] {
  const lines: string[] = [];
  for (const part of ["TermStart", "TermEnd"]) {
    const p = block(src, name("passport", part));
    const d = block(src, name(kind, part));
    const expected = valueAt(sheetOf(calc, p.sheet.name), p.ref.top, p.ref.left);
    const m = new Mismatches(sheetOf(calc, d.sheet.name));
    m.cell(d.ref.top, d.ref.left, expected, `${kind} ${part} = the passport's`);
    lines.push(...m.lines);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Conditional formats: where each rule applies, against where it should

const truthy = (v: CellValue) => v === true || v === 1;

/**
 * Compares where each rule applies (the rule's formula calculated in every cell of its range, see
 * withRuleCells) with `expected(rule, row, col)`; returns the differences and how many cells each rule marks.
 */
export function checkRules(calc: WorkbookSnapshot, rules: CfRule[], expected: (rule: CfRule, row: number, col: number) => boolean): { lines: string[]; marked: number[] } {
  const lines: string[] = [];
  const marked: number[] = [];
  for (const rule of rules) {
    const s = sheetOf(calc, rule.checkSheet);
    let n = 0;
    for (let r = rule.ref.top; r <= rule.ref.bottom; r++)
      for (let c = rule.ref.left; c <= rule.ref.right; c++) {
        const v = valueAt(s, r, c);
        if (typeof v !== "boolean" && v !== 0 && v !== 1) lines.push(`rule ${rule.index + 1} (${rule.formula}) at ${formatCell({ row: r, col: c })}: not TRUE/FALSE but ${JSON.stringify(v)}`);
        const want = expected(rule, r, c);
        if (truthy(v)) n++;
        if (truthy(v) !== want) lines.push(`rule ${rule.index + 1} (fill ${rule.fill}) at ${formatCell({ row: r, col: c })}: expected ${want ? "applied" : "not applied"}, got ${JSON.stringify(v)}`);
      }
    marked.push(n);
  }
  return { lines, marked };
}

/** A traffic light over a status column: each rule colours the cells showing its label. */
export function trafficLightExpectation(calcSheet: SheetSnapshot, colours: Record<string, string>): (rule: CfRule, row: number, col: number) => boolean {
  return (rule, row, col) => {
    const label = colours[rule.fill ?? ""];
    if (label === undefined) throw new Error(`an unexpected rule: ${rule.formula} (fill ${rule.fill})`);
    const v = valueAt(calcSheet, row, col);
    return !isBlank(v) && v === label;
  };
}

/** The Gantt band (a bar over the months of a stage or activity, a mark in a control point's month) and the current month. */
export function ganttExpectation(
  facts: ScheduleFacts,
  colours: { stage: string; activity: string; controlPoint: string; other: string; statusColours: Record<string, string> },
  calcSheet: SheetSnapshot,
  today: number,
): (rule: CfRule, row: number, col: number) => boolean {
  const byRow = new Map(facts.items.map((i) => [i.row, i]));
  return (rule, row, col) => {
    const monthRow = facts.gantt.top + 1;
    const onMonthRow = rule.ref.top === monthRow && rule.ref.bottom === monthRow;
    if (!onMonthRow && rule.fill && rule.fill in colours.statusColours) return trafficLightExpectation(calcSheet, colours.statusColours)(rule, row, col);
    const month = facts.months.get(col);
    if (month === undefined) throw new Error(`rule ${rule.formula} outside the band at ${formatCell({ row, col })}`);
    if (onMonthRow) return month <= today && endOfMonth(month) >= today;
    const item = byRow.get(row);
    if (!item) throw new Error(`rule ${rule.formula} outside the items at ${formatCell({ row, col })}`);
    const level = String(item.level).trim().toLocaleLowerCase();
    const { start, end } = item;
    const over = typeof start === "number" && typeof end === "number" && month >= ymdToSerial(serialToYMD(start).year, serialToYMD(start).month, 1) && month <= end;
    const lv = { stage: facts.levels.stage.toLocaleLowerCase(), activity: facts.levels.activity.toLocaleLowerCase(), controlPoint: facts.levels.controlPoint.toLocaleLowerCase() };
    switch (rule.fill) {
      case colours.stage:
        return level === lv.stage && over;
      case colours.activity:
        return level === lv.activity && over;
      case colours.controlPoint:
        return level === lv.controlPoint && typeof end === "number" && month === ymdToSerial(serialToYMD(end).year, serialToYMD(end).month, 1);
      case colours.other:
        return level !== lv.stage && level !== lv.activity && level !== lv.controlPoint && over;
      default:
        throw new Error(`an unexpected rule on the calendar plan: ${rule.formula} (fill ${rule.fill})`);
    }
  };
}

/**
 * The calendar plan's conditional formats (the Gantt bars, the current month, the statuses' colours) in a copy
 * with each rule's cells (withRuleCells) recalculated, against the template's colours: ganttExpectation through
 * checkRules, on the sheet of `src`'s PO_Schedule1_Status.
 */
export function checkGantt(copy: { rules: CfRule[]; calc: WorkbookSnapshot }, src: WorkbookSnapshot, facts: ScheduleFacts, today: number): { lines: string[]; marked: number[] } {
  const calcSheet = sheetOf(copy.calc, block(src, "PO_Schedule1_Status").sheet.name);
  const colours = {
    stage: COLORS.ganttStage,
    activity: COLORS.ganttActivity,
    controlPoint: COLORS.ganttControlPoint,
    other: COLORS.ganttOther,
    statusColours: { [COLORS.green]: facts.labels.done, [COLORS.amber]: facts.labels.due, [COLORS.red]: facts.labels.overdue },
  };
  return checkRules(copy.calc, copy.rules, ganttExpectation(facts, colours, calcSheet, today));
}
