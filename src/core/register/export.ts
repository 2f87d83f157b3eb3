/**
 * `export`: the recognised documents of a workbook as plain data for other systems (a regional monitoring
 * system, a BI tool): passport fields, indicators with base, plan and fact per period, financing by source and
 * year, stages and control points, plan activities with their parsed periods, calendar-plan items. Dates are
 * ISO strings (YYYY-MM-DD); a value that could not be read as a date or number keeps its text. The schema is
 * documented in docs/CLI.md; nothing here depends on the sheet's layout beyond recognition.
 */
import type { CalendarPlan, ImplementationPlan, NumberCell, Passport, PeopleCell, ScheduleItem, StageItem, Term, TextCell } from "../model";
import { planActivities } from "../model";
import { parseNumber } from "../numbers";
import { parsePeriod, serialToYMD, type Interval, type YMD } from "../periods";
import { recognizeWorkbook } from "../recognition";
import { withoutInternalSheets, type WorkbookSnapshot } from "../workbook";
import { periodKey } from "./collect";

export interface ExportedPerson {
  name: string;
  position?: string;
  phones: string[];
}
export interface ExportedDate {
  text: string;
  date?: string;
}
export interface ExportedPeriod {
  text: string;
  /** interval | sessions | recurrence | throughout | unparsed */
  kind: string;
  start?: string;
  end?: string;
}

export type ExportedDocument = Record<string, unknown> & { sheet: string; kind: "passport" | "plan" | "schedule" };

export interface ExportedFile {
  file: string;
  /** present only when the file could not be read */
  error?: string;
  documents: ExportedDocument[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const iso = (d: YMD): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

function term(t: Term | undefined): { text: string; start?: string; end?: string } | undefined {
  if (!t) return undefined;
  const text = t.endCell ? `${dateText(t.cell)} – ${dateText(t.endCell)}` : t.cell.text;
  return t.interval ? { text, start: iso(t.interval.start), end: iso(t.interval.end) } : { text };
}

function dateText(c: TextCell): string {
  return typeof c.raw === "number" && c.raw > 0 && c.raw < 2958466 ? iso(serialToYMD(Math.floor(c.raw))) : c.text;
}

function date(c: TextCell | undefined): ExportedDate | undefined {
  if (!c) return undefined;
  if (typeof c.raw === "number" && c.raw > 0 && c.raw < 2958466) {
    const d = iso(serialToYMD(Math.floor(c.raw)));
    return { text: d, date: d };
  }
  return { text: c.text };
}

function period(c: TextCell | undefined, within?: Interval): ExportedPeriod | undefined {
  if (!c) return undefined;
  const r = parsePeriod(c.also ? c.text : c.raw, within ? { term: within } : undefined);
  if (!r.ok) return { text: c.text, kind: "unparsed" };
  const p = r.period;
  const bounds = p.kind === "interval" || p.kind === "sessions" ? { start: p.start, end: p.end } : p.within;
  const out: ExportedPeriod = { text: c.text, kind: p.kind };
  if (bounds) {
    out.start = iso(bounds.start);
    out.end = iso(bounds.end);
  }
  return out;
}

function num(c: NumberCell | TextCell | undefined): number | string | undefined {
  if (!c) return undefined;
  const n = "number" in c ? c.number : parseNumber(c.raw);
  if (n.kind === "number") return n.value;
  if (n.kind === "empty") return undefined;
  return c.text;
}

function people(c: PeopleCell | undefined): ExportedPerson[] | undefined {
  if (!c) return undefined;
  if (c.persons.length === 0) return c.text ? [{ name: c.text, phones: [] }] : undefined;
  return c.persons.map((p) => (p.position ? { name: p.name, position: p.position, phones: p.phones } : { name: p.name, phones: p.phones }));
}

/** Drops undefined fields so that the JSON holds only what the document states. */
function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function passport(d: Passport, sheet: string): ExportedDocument {
  const periods = d.indicators?.periods ?? [];
  const labels = new Map<string, { key: string; year: number; quarter?: number; start: string; end: string }>();
  for (const p of periods) {
    const k = periodKey(p);
    if (!labels.has(k.key)) labels.set(k.key, clean({ key: k.key, year: p.year, quarter: p.quarter, start: iso(p.interval.start), end: iso(p.interval.end) }));
  }
  const stageItem = (s: StageItem) => clean({ number: s.number?.text, name: s.name.text, outcome: s.outcome?.text, start: date(s.start), end: date(s.end), responsible: people(s.responsible) });
  return clean({
    sheet,
    kind: "passport" as const,
    approval: d.approval
      ? clean({ text: d.approval.text.text, protocolDate: d.approval.protocolDate ? iso(d.approval.protocolDate) : undefined, protocolNumber: d.approval.protocolNumber })
      : undefined,
    fullName: d.fullName?.text,
    shortName: d.shortName?.text,
    goal: d.goal?.text,
    term: term(d.term),
    leader: people(d.leader),
    executor: people(d.executor),
    coExecutors: d.coExecutors.flatMap((c) => people(c) ?? []),
    indicators: d.indicators?.indicators.map((ind) => {
      const byKey = new Map<string, { period: string; plan?: number | string; fact?: number | string }>();
      const slot = (p: (typeof ind.plan)[number]["period"]) => {
        const key = periodKey(p).key;
        let s = byKey.get(key);
        if (!s) byKey.set(key, (s = { period: key }));
        return s;
      };
      for (const v of ind.plan) slot(v.period).plan = num(v.value);
      for (const v of ind.fact) slot(v.period).fact = num(v.value);
      return clean({ name: ind.name.text, unit: ind.unit ?? ind.unitCell?.text, direction: ind.direction, base: num(ind.base), baseYear: ind.baseYear, values: [...byKey.values()].map(clean) });
    }),
    periods: [...labels.values()],
    results: d.results.map((r) => r.text),
    financing: d.financing
      ? clean({
          unit: d.financing.unit,
          years: d.financing.years.map((y) => y.year ?? y.label),
          sources: d.financing.sources.map((s) => clean({ name: s.name.text, part: s.part || undefined, values: s.values.map((v) => num(v) ?? null), total: num(s.total) })),
          total: d.financing.total ? clean({ values: d.financing.total.values.map((v) => num(v) ?? null), total: num(d.financing.total.total) }) : undefined,
        })
      : undefined,
    programmes: d.programmes.map((p) => p.text),
    priorityProjects: d.priorityProjects.map((p) => p.text),
    stages: d.stages?.stages.map((s) => ({ ...stageItem(s), controlPoints: s.controlPoints.map(stageItem) })),
    risks: d.risks.map((r) => clean({ number: r.number?.text, name: r.name.text, measure: r.measure?.text })),
  });
}

function plan(d: ImplementationPlan, sheet: string, within?: Interval): ExportedDocument {
  const termInterval = d.term?.interval ?? within;
  return clean({
    sheet,
    kind: "plan" as const,
    title: d.title?.text,
    term: term(d.term),
    sections: d.sections.map((s) =>
      clean({
        name: s.name?.text,
        activities: s.activities.map((a) =>
          clean({
            number: a.number?.text,
            activity: a.activity?.text,
            period: period(a.period, termInterval ?? undefined),
            start: date(a.start),
            end: date(a.end),
            participants: a.participantsCategory || a.participantsCount ? clean({ category: a.participantsCategory?.text, count: num(a.participantsCount) }) : undefined,
            responsible: people(a.responsible),
            result: a.result?.text,
          }),
        ),
      }),
    ),
    activityCount: planActivities(d).length,
  });
}

function schedule(d: CalendarPlan, sheet: string): ExportedDocument {
  const item = (i: ScheduleItem) =>
    clean({ kind: i.kind, number: i.number?.text, name: i.name.text, start: date(i.start), end: date(i.end), responsible: people(i.responsible), document: i.document?.text });
  return clean({
    sheet,
    kind: "schedule" as const,
    title: d.title?.text,
    term: term(d.term),
    stages: d.stages.map((s) => ({
      ...item(s),
      controlPoints: s.controlPoints.map(item),
      activities: s.activities.map((a) => ({ ...item(a), controlPoints: a.controlPoints.map(item) })),
    })),
  });
}

/** The documents of one workbook as data, in sheet order. */
export function exportWorkbook(wb: WorkbookSnapshot): ExportedDocument[] {
  const rec = recognizeWorkbook(withoutInternalSheets(wb));
  const passportTerm = rec.sheets.map((s) => (s.document?.kind === "passport" ? s.document.term?.interval : undefined)).find((t) => t) ?? undefined;
  const out: ExportedDocument[] = [];
  for (const s of rec.sheets) {
    const d = s.document;
    if (!d) continue;
    if (d.kind === "passport") out.push(passport(d, s.sheet));
    else if (d.kind === "plan") out.push(plan(d, s.sheet, passportTerm));
    else out.push(schedule(d, s.sheet));
  }
  return out;
}
