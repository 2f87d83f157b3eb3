/**
 * The register's statuses evaluated in the core, for what the command line and the task pane say when they
 * finish («в норме: 12, под риском: 3 …»). The written sheets compute the same with live formulas (sheets.ts,
 * detail.ts) from the settings a person can change; these functions follow those formulas exactly, with the
 * default settings and the report date given.
 */
import { lastDayOfMonth, serialToYMD, ymdToSerial } from "../periods";
import type { PeriodKey, Register, RegisterControlPoint, RegisterIndicator, RegisterProject, Thresholds } from "./types";

export type IndicatorStatus = "achieved" | "atRisk" | "behind" | "noFact";
export type PointStatus = "done" | "due" | "overdue" | "planned" | "noDate";
export type ProjectStatus = "ok" | "atRisk" | "behind" | "unreadable" | "empty";

/** The register's settings: a project is «behind» or «at risk» from these counts up. */
export interface RegisterSettings {
  behindIndicators: number;
  behindPoints: number;
  riskIndicators: number;
  riskErrors: number;
}

export const DEFAULT_SETTINGS: RegisterSettings = { behindIndicators: 1, behindPoints: 1, riskIndicators: 1, riskErrors: 1 };

/** As compute's formula: (fact − base) / (plan − base), or (base − fact) / (base − plan) for a decline; an empty base is 0. */
export function achievement(ind: RegisterIndicator, key: string): number | undefined {
  const plan = ind.plan[key];
  const fact = ind.fact[key];
  if (plan === undefined || fact === undefined) return undefined;
  const base = ind.base ?? 0;
  const x = ind.direction === "decline" ? (base - fact) / (base - plan) : (fact - base) / (plan - base);
  return Number.isFinite(x) ? x : undefined;
}

/** The achievement of the latest period (in time order) that has one. */
export function latestAchievement(ind: RegisterIndicator, periods: readonly PeriodKey[]): number | undefined {
  for (let i = periods.length - 1; i >= 0; i--) {
    const a = achievement(ind, periods[i].key);
    if (a !== undefined) return a;
  }
  return undefined;
}

export function indicatorStatus(ind: RegisterIndicator, periods: readonly PeriodKey[], t: Thresholds): IndicatorStatus {
  const x = latestAchievement(ind, periods);
  if (x === undefined) return "noFact";
  return x >= t.onPlan ? "achieved" : x >= t.atRisk ? "atRisk" : "behind";
}

/** Excel's EOMONTH(serial, 0), by the core's calendar of serials. */
export function endOfMonthSerial(serial: number): number {
  const d = serialToYMD(Math.floor(serial));
  return ymdToSerial({ year: d.year, month: d.month, day: lastDayOfMonth(d.year, d.month) });
}

export function pointStatus(cp: RegisterControlPoint, asOf: number): PointStatus {
  if (cp.done !== undefined && String(cp.done).trim() !== "") return "done";
  if (cp.deadline === undefined) return "noDate";
  if (cp.deadline < asOf) return "overdue";
  if (cp.deadline <= endOfMonthSerial(asOf)) return "due";
  return "planned";
}

export interface ProjectFigures {
  status: ProjectStatus;
  indicators: Record<IndicatorStatus, number>;
  points: Record<PointStatus, number>;
}

export function projectFigures(p: RegisterProject, periods: readonly PeriodKey[], asOf: number, s: RegisterSettings = DEFAULT_SETTINGS): ProjectFigures {
  const indicators: Record<IndicatorStatus, number> = { achieved: 0, atRisk: 0, behind: 0, noFact: 0 };
  const points: Record<PointStatus, number> = { done: 0, due: 0, overdue: 0, planned: 0, noDate: 0 };
  for (const ind of p.indicators) indicators[indicatorStatus(ind, periods, p.thresholds)]++;
  for (const cp of p.controlPoints) points[pointStatus(cp, asOf)]++;
  let status: ProjectStatus;
  if (p.unreadable) status = "unreadable";
  else if (p.documents.length === 0) status = "empty";
  else if (indicators.behind >= s.behindIndicators || points.overdue >= s.behindPoints) status = "behind";
  else if (indicators.atRisk >= s.riskIndicators || p.errors >= s.riskErrors) status = "atRisk";
  else status = "ok";
  return { status, indicators, points };
}

/** How many projects have each status. */
export function statusCounts(register: Register, asOf: number, s: RegisterSettings = DEFAULT_SETTINGS): Record<ProjectStatus, number> {
  const out: Record<ProjectStatus, number> = { ok: 0, atRisk: 0, behind: 0, unreadable: 0, empty: 0 };
  for (const p of register.projects) out[projectFigures(p, register.periods, asOf, s).status]++;
  return out;
}
