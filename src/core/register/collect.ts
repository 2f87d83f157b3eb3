/**
 * The register's data from the workbooks: each is recognised once and checked with the same rules as
 * `validate`; every passport is a project (a workbook's plans and calendar plans belong to its first one),
 * a plan without a passport is a project of its own, and a file that could not be read or holds no document
 * is still a line of the register. Nothing here is computed that a formula in the written sheets computes:
 * this is the data those formulas read.
 */
import type { Finding } from "../findings";
import type { CalendarPlan, ImplementationPlan, Passport, PeopleCell, StageItem, TextCell } from "../model";
import { planActivities } from "../model";
import { parseNumber } from "../numbers";
import { lastDayOfMonth, parsePeriod, serialToYMD, ymdToSerial, type YMD } from "../periods";
import { recognizeWorkbook } from "../recognition";
import type { RecognizedSheet } from "../recognition/types";
import { validateRecognized } from "../rules";
import { parseBlockName } from "../templates/names";
import { PASSPORT_LAYOUT, SCHEDULE_LAYOUT } from "../templates/layout";
import { withoutInternalSheets, type CellValue, type WorkbookSnapshot } from "../workbook";
import type { RangeRef } from "../address";
import { organisationOf } from "./organisation";
import {
  DEFAULT_THRESHOLDS,
  type PeriodKey,
  type Register,
  type RegisterControlPoint,
  type RegisterFinancing,
  type RegisterIndicator,
  type RegisterInput,
  type RegisterProject,
  type Thresholds,
} from "./types";

export function buildRegister(inputs: readonly RegisterInput[]): Register {
  return assembleRegister(inputs.map(projectsOfInput));
}

/**
 * The projects of one input, ids not yet set. The command line calls it file by file and lets each snapshot go,
 * so that two hundred workbooks are never in memory at once; assembleRegister numbers them.
 */
export function projectsOfInput(input: RegisterInput): RegisterProject[] {
  if (!input.snapshot || input.unreadable) return [emptyProject(0, input.file, { unreadable: input.unreadable ?? { ru: "файл не прочитан", en: "the file was not read" } })];
  return projectsOf(input.file, input.snapshot);
}

/** The register from the projects of each input, in input order, numbered from 1. */
export function assembleRegister(perInput: readonly RegisterProject[][]): Register {
  const projects: RegisterProject[] = [];
  for (const list of perInput) for (const p of list) projects.push({ ...p, id: projects.length + 1 });
  return { projects, ...unions(projects) };
}

function emptyProject(id: number, file: string, extra: Partial<RegisterProject> = {}): RegisterProject {
  return { id, file, documents: [], findings: [], errors: 0, warnings: 0, thresholds: DEFAULT_THRESHOLDS, indicators: [], controlPoints: [], activities: 0, ...extra };
}

/** The projects of one workbook (ids are set by the caller). */
export function projectsOf(file: string, wb: WorkbookSnapshot): RegisterProject[] {
  const clean = withoutInternalSheets(wb);
  const rec = recognizeWorkbook(clean);
  const reports = validateRecognized(rec).sheets;
  const findingsOf = (sheet: string): Finding[] => reports.find((r) => r.sheet === sheet)?.findings ?? [];
  const withDoc = rec.sheets.filter((s) => s.document);
  const passports = withDoc.filter((s) => s.kind === "passport");
  const others = withDoc.filter((s) => s.kind !== "passport");
  const leads =
    passports.length > 0
      ? passports
      : others
          .filter((s) => s.kind === "plan")
          .slice(0, 1)
          .concat(others.filter((s) => s.kind === "schedule").slice(0, 1))
          .slice(0, 1);
  if (leads.length === 0) {
    const findings = reports.flatMap((r) => r.findings);
    return [emptyProject(0, file, { findings, ...counts(findings) })];
  }
  return leads.map((lead, i) => {
    // the workbook's plans and calendar plans belong to its first project
    const attached = i === 0 ? [lead, ...others.filter((o) => o !== lead)] : [lead];
    const findings = attached.flatMap((s) => findingsOf(s.sheet));
    const project = emptyProject(0, file, { sheet: lead.sheet, findings, ...counts(findings) });
    project.documents = [...new Set(attached.map((s) => s.kind as "passport" | "plan" | "schedule"))];
    for (const s of attached) addDocument(project, s, clean);
    project.organisation = organisationOf(attached.map((s) => s.document!));
    return project;
  });
}

function counts(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

function addDocument(p: RegisterProject, s: RecognizedSheet, wb: WorkbookSnapshot): void {
  const doc = s.document!;
  const term = doc.term?.interval;
  if (term && p.termStart === undefined) {
    p.termStart = ymdToSerial(term.start);
    p.termEnd = ymdToSerial(term.end);
  }
  if (doc.kind === "passport") addPassport(p, doc, s.sheet, wb);
  else if (doc.kind === "plan") addPlan(p, doc);
  else addSchedule(p, doc, s.sheet, wb);
}

function addPassport(p: RegisterProject, doc: Passport, sheet: string, wb: WorkbookSnapshot): void {
  p.name ??= doc.shortName?.text || doc.fullName?.text || undefined;
  p.leader ??= peopleText(doc.leader);
  p.thresholds = thresholdsOf(sheet, wb);
  for (const ind of doc.indicators?.indicators ?? []) {
    const out: RegisterIndicator = { name: ind.name.text, direction: ind.direction, plan: {}, fact: {} };
    const unit = ind.unit ?? ind.unitCell?.text;
    if (unit) out.unit = unit;
    const base = numberOf(ind.base);
    if (base !== undefined) out.base = base;
    for (const v of ind.plan) setOnce(out.plan, periodKey(v.period).key, numberOf(v.value));
    for (const v of ind.fact) setOnce(out.fact, periodKey(v.period).key, numberOf(v.value));
    p.indicators.push(out);
  }
  const done = doneColumn(wb, sheet, "Passport", "Stages", PASSPORT_LAYOUT.stages.done);
  for (const stage of doc.stages?.stages ?? []) {
    for (const cp of stage.controlPoints) p.controlPoints.push(controlPoint("passport", stage.name.text, cp, done, "month"));
  }
  const fin = financingOf(doc);
  if (fin) p.financing = fin;
}

function addPlan(p: RegisterProject, doc: ImplementationPlan): void {
  p.name ??= titleName(doc.title);
  p.activities += planActivities(doc).length;
}

function addSchedule(p: RegisterProject, doc: CalendarPlan, sheet: string, wb: WorkbookSnapshot): void {
  p.name ??= titleName(doc.title);
  const done = doneColumn(wb, sheet, "Schedule", "Items", SCHEDULE_LAYOUT.items.done);
  for (const stage of doc.stages) {
    const points = [...stage.controlPoints, ...stage.activities.flatMap((a) => a.controlPoints)].sort((a, b) => a.row - b.row);
    for (const cp of points) p.controlPoints.push(controlPoint("schedule", stage.name.text, cp, done, "day"));
  }
}

/** «План реализации проекта «Цифровая среда»» → «Цифровая среда»; a title without quotes as it is. */
function titleName(title: TextCell | undefined): string | undefined {
  if (!title) return undefined;
  const m = /«(.+)»\s*$/.exec(title.text);
  return m ? m[1] : title.text;
}

function peopleText(cell: PeopleCell | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.persons.length > 0) return cell.persons.map((x) => x.name).join(", ");
  return cell.text || undefined;
}

function numberOf(cell: { raw: CellValue; number?: ReturnType<typeof parseNumber> } | undefined): number | undefined {
  if (!cell) return undefined;
  const n = cell.number ?? parseNumber(cell.raw);
  return n.kind === "number" ? n.value : undefined;
}

function setOnce(to: Record<string, number>, key: string, value: number | undefined): void {
  if (value !== undefined && !(key in to)) to[key] = value;
}

export function periodKey(p: { year: number; quarter?: 1 | 2 | 3 | 4 }): PeriodKey {
  return p.quarter ? { key: `${p.year}-Q${p.quarter}`, year: p.year, quarter: p.quarter } : { key: String(p.year), year: p.year };
}

/** A year sorts after its quarters; quarters in order. */
function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  return a.year - b.year || (a.quarter ?? 5) - (b.quarter ?? 5);
}

// ---------------------------------------------------------------------------------------------
// Template blocks read through their names: the passport's thresholds, the «done» columns

function blockOn(wb: WorkbookSnapshot, sheet: string, doc: "Passport" | "Schedule", block: string): RangeRef | undefined {
  const key = sheet.toLocaleLowerCase();
  const found = wb.names
    .filter((n) => n.ref && n.sheet?.toLocaleLowerCase() === key)
    .map((n) => ({ n, p: parseBlockName(n.name) }))
    .filter(({ p }) => p && p.block === block && (doc === "Passport" ? p.kind === "passport" : p.kind === "schedule"))
    .sort((a, b) => a.p!.instance - b.p!.instance);
  return found[0]?.n.ref;
}

function cellOf(wb: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = wb.sheets.find((x) => x.name === sheet);
  return s?.values[row]?.[col] ?? "";
}

/** The passport's Settings block: «в плане» and «риск» thresholds, shares 0…10; else the template's defaults. */
export function thresholdsOf(sheet: string, wb: WorkbookSnapshot): Thresholds {
  const ref = blockOn(wb, sheet, "Passport", "Settings");
  if (!ref) return DEFAULT_THRESHOLDS;
  const S = PASSPORT_LAYOUT.settings;
  const share = (row: number): number | undefined => {
    const v = cellOf(wb, sheet, ref.top + row, ref.left + S.value);
    const n = parseNumber(v);
    if (n.kind !== "number") return undefined;
    const x = n.percent && typeof v === "string" ? n.value / 100 : n.value;
    return x >= 0 && x <= 10 ? x : undefined;
  };
  const onPlan = share(S.rows.onPlan);
  const atRisk = share(S.rows.atRisk);
  if (onPlan === undefined || atRisk === undefined) return DEFAULT_THRESHOLDS;
  return { onPlan, atRisk, from: "passport" };
}

/** row → what the template's «done» column holds on that row (non-empty cells only). */
function doneColumn(wb: WorkbookSnapshot, sheet: string, doc: "Passport" | "Schedule", block: string, offset: number): Map<number, string | number> {
  const out = new Map<number, string | number>();
  const ref = blockOn(wb, sheet, doc, block);
  if (!ref) return out;
  const s = wb.sheets.find((x) => x.name === sheet);
  for (let r = ref.top; r <= ref.bottom; r++) {
    const v = s?.values[r]?.[ref.left + offset];
    if (typeof v === "number" || (typeof v === "string" && v.trim() !== "")) out.set(r, typeof v === "string" ? v.trim() : v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Control points

function controlPoint(
  source: "passport" | "schedule",
  stage: string,
  cp: StageItem | (StageItem & { kind?: string }),
  done: Map<number, string | number>,
  precision: "month" | "day",
): RegisterControlPoint {
  const out: RegisterControlPoint = { source, stage, name: cp.name.text };
  if (cp.number?.text) out.number = cp.number.text;
  const when = cp.end ?? cp.start;
  if (when) {
    const d = deadlineOf(when, precision);
    if (d !== undefined) out.deadline = d;
    else if (when.text) out.deadlineText = when.text;
  }
  const mark = done.get(cp.row);
  if (mark !== undefined) out.done = mark;
  const who = peopleText(cp.responsible);
  if (who) out.responsible = who;
  return out;
}

/** The last day a point is due: a date (a passport's month runs to its end), or the end of the period written. */
function deadlineOf(cell: TextCell, precision: "month" | "day"): number | undefined {
  if (typeof cell.raw === "number" && cell.raw > 0 && cell.raw < 2958466) {
    if (precision === "day") return Math.floor(cell.raw);
    const d = serialToYMD(Math.floor(cell.raw));
    return ymdToSerial({ year: d.year, month: d.month, day: lastDayOfMonth(d.year, d.month) });
  }
  const r = parsePeriod(cell.raw);
  if (!r.ok) return undefined;
  const per = r.period;
  const end: YMD | undefined = per.kind === "interval" || per.kind === "sessions" ? per.end : per.within?.end;
  return end ? ymdToSerial(end) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Financing

const normSource = (s: string) => s.replace(/\s+/g, " ").trim().toLocaleLowerCase();

function financingOf(doc: Passport): RegisterFinancing | undefined {
  const f = doc.financing;
  if (!f || f.sources.length === 0) return undefined;
  const out: RegisterFinancing = { bySource: new Map(), byYear: new Map(), total: 0 };
  if (f.unit) out.unit = f.unit;
  for (const row of f.sources) {
    if (row.part) continue;
    let sum = 0;
    row.values.forEach((v, i) => {
      const n = numberOf(v);
      if (n === undefined) return;
      sum += n;
      const year = f.years[i]?.year;
      if (year !== undefined) out.byYear.set(year, (out.byYear.get(year) ?? 0) + n);
    });
    // a table without year columns gives its «Всего» column
    if (f.years.length === 0) sum = numberOf(row.total) ?? 0;
    // one source written twice («Местный бюджет», «местный  бюджет») is one column: its first spelling
    const written = row.name.text.replace(/\s+/g, " ").trim();
    const name = [...out.bySource.keys()].find((k) => normSource(k) === normSource(written)) ?? written;
    out.bySource.set(name, (out.bySource.get(name) ?? 0) + sum);
    out.total += sum;
  }
  return out;
}

function unions(projects: RegisterProject[]): Omit<Register, "projects"> {
  const periods = new Map<string, PeriodKey>();
  const sources = new Map<string, string>();
  const years = new Set<number>();
  const units = new Set<string>();
  for (const p of projects) {
    for (const ind of p.indicators) for (const key of [...Object.keys(ind.plan), ...Object.keys(ind.fact)]) if (!periods.has(key)) periods.set(key, parseKey(key));
    if (!p.financing) continue;
    for (const s of p.financing.bySource.keys()) if (!sources.has(normSource(s))) sources.set(normSource(s), s);
    for (const y of p.financing.byYear.keys()) years.add(y);
    units.add(p.financing.unit ?? "");
  }
  const out: Omit<Register, "projects"> = {
    periods: [...periods.values()].sort(comparePeriods),
    sources: [...sources.values()],
    years: [...years].sort((a, b) => a - b),
  };
  if (units.size === 1 && [...units][0]) out.unit = [...units][0];
  return out;
}

function parseKey(key: string): PeriodKey {
  const m = /^(\d+)(?:-Q([1-4]))?$/.exec(key)!;
  return m[2] ? { key, year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 } : { key, year: Number(m[1]) };
}

/** A financing source's column key: sources are matched ignoring case and spacing. */
export function sourceKey(name: string): string {
  return normSource(name);
}
