/**
 * The rule catalogue and the validator. validateWorkbook recognises every sheet, resolves the term each
 * document is checked against (its own, else the workbook passport's), runs the rules that apply to it,
 * adds what recognition could not map, and returns findings sorted by sheet, row and column.
 */
import type { Finding, SheetReport } from "../findings";
import { SEVERITY_ORDER } from "../findings";
import type { ImplementationPlan, Passport, TextCell } from "../model";
import { parsePeriod, type Interval, type PeriodResult } from "../periods";
import { recognizeWorkbook } from "../recognition";
import type { RecognizedSheet, RecognizedWorkbook } from "../recognition/types";
import type { WorkbookSnapshot } from "../workbook";
import type { DocContext, Hit, PlanRule, Rule } from "./types";
import { visitPlan } from "./define";

import planPeriodMissing from "./plan/period-missing";
import planPeriodUnparsed from "./plan/period-unparsed";
import planPeriodImpossibleDate from "./plan/period-impossible-date";
import planEndBeforeStart from "./plan/period-end-before-start";
import planSessionsBackwards from "./plan/sessions-backwards";
import planOutsideTerm from "./plan/period-outside-term";
import planOutsidePassport from "./plan/outside-passport-term";
import planBeforeSchoolYear from "./plan/period-before-school-year";
import planParticipantsNotNumber from "./plan/participants-not-number";
import planParticipantsNegative from "./plan/participants-negative";
import planParticipantsMissing from "./plan/participants-missing";
import planResponsibleMissing from "./plan/responsible-missing";
import planNumbering from "./plan/numbering";
import planActivityMissing from "./plan/activity-missing";
import planTermMissing from "./plan/term-missing";

import passportTermMissing from "./passport/term-missing";
import passportLeaderMissing from "./passport/leader-missing";
import passportNameMissing from "./passport/name-missing";
import passportGoalMissing from "./passport/goal-missing";
import passportIndicatorsMissing from "./passport/indicators-missing";
import passportResultsMissing from "./passport/results-missing";
import passportFinancingMissing from "./passport/financing-missing";
import indicatorBaseMissing from "./passport/indicator-base-missing";
import indicatorPlanMissing from "./passport/indicator-plan-missing";
import indicatorNotNumber from "./passport/indicator-not-number";
import indicatorDirection from "./passport/indicator-direction";
import financingNotNumber from "./passport/financing-not-number";
import financingNegative from "./passport/financing-negative";
import financingTotal from "./passport/financing-total";
import financingPeriodTotal from "./passport/financing-period-total";
import stageDateUnparsed from "./passport/stage-date-unparsed";
import stageDateImpossible from "./passport/stage-date-impossible";
import stageEndBeforeStart from "./passport/stage-end-before-start";
import stageOutsideTerm from "./passport/stage-outside-term";
import controlPointOutsideStage from "./passport/control-point-outside-stage";
import controlPointDateMissing from "./passport/control-point-date-missing";
import stageDatesMissing from "./passport/stage-dates-missing";
import stageWithoutControlPoints from "./passport/stage-without-control-points";
import stageNumbering from "./passport/stage-numbering";
import controlPointOutcomeMissing from "./passport/control-point-outcome-missing";
import controlPointResponsibleMissing from "./passport/control-point-responsible-missing";
import riskMeasureMissing from "./passport/risk-measure-missing";

import scheduleDateMissing from "./schedule/date-missing";
import scheduleDateUnparsed from "./schedule/date-unparsed";
import scheduleDateImpossible from "./schedule/date-impossible";
import scheduleEndBeforeStart from "./schedule/end-before-start";
import scheduleOutsideTerm from "./schedule/date-outside-term";
import scheduleOutsidePassport from "./schedule/outside-passport-term";
import scheduleOutsideParent from "./schedule/outside-parent";
import scheduleResponsibleMissing from "./schedule/responsible-missing";
import scheduleDocumentMissing from "./schedule/document-missing";
import scheduleStageWithoutControlPoints from "./schedule/stage-without-control-points";
import scheduleNumbering from "./schedule/numbering";
import scheduleTermMissing from "./schedule/term-missing";

import phoneMismatch from "./person/phone-mismatch";
import positionMissing from "./person/position-missing";

export type { DocContext, Hit, PassportRule, PlanRule, Rule, ScheduleRule, SheetHit, WorkbookRule } from "./types";

/** Every rule, in the order they are listed in docs and the UI. */
export const RULES: readonly Rule[] = [
  planPeriodMissing,
  planPeriodUnparsed,
  planPeriodImpossibleDate,
  planEndBeforeStart,
  planSessionsBackwards,
  planOutsideTerm,
  planOutsidePassport,
  planBeforeSchoolYear,
  planParticipantsNotNumber,
  planParticipantsNegative,
  planParticipantsMissing,
  planResponsibleMissing,
  planNumbering,
  planActivityMissing,
  planTermMissing,
  passportTermMissing,
  passportLeaderMissing,
  passportNameMissing,
  passportGoalMissing,
  passportIndicatorsMissing,
  passportResultsMissing,
  passportFinancingMissing,
  indicatorBaseMissing,
  indicatorPlanMissing,
  indicatorNotNumber,
  indicatorDirection,
  financingNotNumber,
  financingNegative,
  financingTotal,
  financingPeriodTotal,
  stageDateUnparsed,
  stageDateImpossible,
  stageEndBeforeStart,
  stageOutsideTerm,
  controlPointOutsideStage,
  controlPointDateMissing,
  stageDatesMissing,
  stageWithoutControlPoints,
  stageNumbering,
  controlPointOutcomeMissing,
  controlPointResponsibleMissing,
  riskMeasureMissing,
  scheduleDateMissing,
  scheduleDateUnparsed,
  scheduleDateImpossible,
  scheduleEndBeforeStart,
  scheduleOutsideTerm,
  scheduleOutsidePassport,
  scheduleOutsideParent,
  scheduleResponsibleMissing,
  scheduleDocumentMissing,
  scheduleStageWithoutControlPoints,
  scheduleNumbering,
  scheduleTermMissing,
  phoneMismatch,
  positionMissing,
];

/** Notes recognition emits (not rules: nothing is checked, something could not be read). For the catalogue. */
export const RECOGNITION_NOTES: readonly { id: string; severity: "info" | "warning"; title: { ru: string; en: string } }[] = [
  { id: "recognition/unmapped-row", severity: "info", title: { ru: "Строка не распознана и не проверяется", en: "A row is not recognised and not checked" } },
  { id: "recognition/unknown-column", severity: "info", title: { ru: "Столбец плана не распознан", en: "A plan column is not recognised" } },
  { id: "recognition/split-row", severity: "warning", title: { ru: "Продолжение строки не удалось присоединить", en: "The rest of a split row could not be joined" } },
  { id: "recognition/person", severity: "warning", title: { ru: "В ячейке ответственного не распознано ФИО", en: "No name recognised in a responsible cell" } },
  { id: "recognition/term", severity: "warning", title: { ru: "Срок реализации не указан", en: "The term is empty" } },
  { id: "recognition/indicator-periods", severity: "warning", title: { ru: "Периоды показателей не распознаны", en: "Indicator periods not recognised" } },
  { id: "recognition/financing-years", severity: "warning", title: { ru: "Столбцы финансирования не распознаны", en: "Financing columns not recognised" } },
  { id: "recognition/second-document", severity: "info", title: { ru: "На листе второй документ", en: "A second document on the sheet" } },
  { id: "recognition/missing-block", severity: "warning", title: { ru: "Нет таблицы документа", en: "The document table is missing" } },
];

export function validateWorkbook(wb: WorkbookSnapshot): { sheets: SheetReport[] } {
  return validateRecognized(recognizeWorkbook(wb));
}

/** Runs the rules over an already recognised workbook. */
export function validateRecognized(rec: RecognizedWorkbook, rules: readonly Rule[] = RULES): { sheets: SheetReport[] } {
  const passportSheet = rec.sheets.find((s) => s.kind === "passport" && (s.document as Passport | undefined)?.term?.interval);
  const passportTerm = passportSheet ? ((passportSheet.document as Passport).term!.interval as Interval) : undefined;
  const reports: SheetReport[] = rec.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, findings: [] }));
  const bySheet = new Map<string, Finding[]>();
  rec.sheets.forEach((s, i) => bySheet.set(s.sheet, reports[i].findings));

  const contexts: (DocContext | undefined)[] = [];
  rec.sheets.forEach((s, i) => {
    const findings = reports[i].findings;
    for (const n of s.unmapped) findings.push({ rule: n.rule, severity: n.severity, sheet: s.sheet, row: n.row, col: n.col, message: n.message });
    const doc = s.document;
    if (!doc) return;
    const ctx = contextFor(s, passportSheet, passportTerm);
    if (!ctx.term) continueFrom(ctx, rec.sheets, contexts, i);
    contexts[i] = ctx;
    // the plan rules that are visitors: all in one pass over the activities
    const visited = new Map<Rule, Hit[]>();
    if (doc.kind === "plan") {
      const withVisitor = rules.filter((r): r is PlanRule & { visitor: NonNullable<PlanRule["visitor"]> } => r.appliesTo === "plan" && r.visitor !== undefined);
      const hits = visitPlan(
        doc,
        withVisitor.map((r) => r.visitor(doc, ctx)),
      );
      withVisitor.forEach((r, i) => visited.set(r, hits[i]));
    }
    for (const rule of rules) {
      let hits: Hit[];
      if (rule.appliesTo === "passport" && doc.kind === "passport") hits = rule.check(doc, ctx);
      else if (rule.appliesTo === "plan" && doc.kind === "plan") hits = visited.get(rule) ?? rule.check(doc, ctx);
      else if (rule.appliesTo === "schedule" && doc.kind === "schedule") hits = rule.check(doc, ctx);
      else continue;
      for (const h of hits) findings.push({ rule: rule.id, severity: rule.severity, sheet: s.sheet, row: h.row, col: h.col, message: h.message });
    }
  });

  for (const rule of rules) {
    if (rule.appliesTo !== "workbook") continue;
    for (const h of rule.check(rec)) {
      const list = bySheet.get(h.sheet);
      if (list) list.push({ rule: rule.id, severity: rule.severity, sheet: h.sheet, row: h.row, col: h.col, message: h.message });
    }
  }
  // a sheet with two documents (a passport and the plan below it) is one sheet in the report
  const merged: SheetReport[] = [];
  for (const r of reports) {
    const same = merged.find((m) => m.sheet === r.sheet);
    if (same) same.findings.push(...r.findings);
    else merged.push(r);
  }
  for (const r of merged) r.findings.sort(compareFindings);
  return { sheets: merged };
}

function compareFindings(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * The terms a document is checked against. docs/DOMAIN.md: the project term comes from the passport in the same
 * workbook, else from the sheet's own term cell or title. A plan that states a term of its own («на 2025 год»
 * inside a 2024–2026 project) is held to both: each date outside the passport's term is reported at its cell
 * against the passport (*-outside-passport-term), a date inside the project but outside the plan's own term
 * against the plan's term (*-outside-term / date-outside-term).
 */
function contextFor(s: RecognizedSheet, passportSheet: RecognizedSheet | undefined, passportTerm: Interval | undefined): DocContext {
  const doc = s.document!;
  const own = doc.term?.interval ?? undefined;
  const ctx: DocContext = { sheet: s.sheet, period: cachedPeriods(own ?? (doc.kind === "passport" ? undefined : passportTerm)) };
  if (own) ctx.ownTerm = own;
  if (doc.kind !== "passport" && passportTerm && passportSheet && passportSheet !== s) {
    ctx.passportTerm = passportTerm;
    ctx.passportSheet = passportSheet.sheet;
    ctx.term = passportTerm;
    ctx.termSource = "passport";
  } else if (own) {
    ctx.term = own;
    ctx.termSource = "own";
  }
  return ctx;
}

/**
 * A plan (or calendar plan) with no term of its own and no passport, whose columns are those of the nearest such
 * document on an earlier sheet, continues it: it is held to that sheet's term (a plan pasted over two sheets).
 */
function continueFrom(ctx: DocContext, sheets: readonly RecognizedSheet[], contexts: readonly (DocContext | undefined)[], i: number): void {
  const doc = sheets[i].document;
  if (!doc || doc.kind === "passport" || doc.title) return;
  for (let k = i - 1; k >= 0; k--) {
    const prev = sheets[k].document;
    const prevCtx = contexts[k];
    if (!prev || prev.kind !== doc.kind || !prevCtx) continue;
    if (!sameColumns(prev.columns, doc.columns) || !prevCtx.term) return;
    ctx.term = prevCtx.term;
    ctx.ownTerm = prevCtx.term;
    ctx.termSource = "continued";
    ctx.continues = { sheet: sheets[k].sheet };
    if (prev.kind === "plan") {
      const last = lastActivityNumber(prev);
      if (last !== undefined) ctx.continues.lastNumber = last;
    }
    ctx.period = cachedPeriods(prevCtx.term);
    return;
  }
}

function sameColumns(a: Partial<Record<string, number>>, b: Partial<Record<string, number>>): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  return ka.length === Object.keys(b).filter((k) => b[k] !== undefined).length && ka.every((k) => a[k] === b[k]);
}

function lastActivityNumber(plan: ImplementationPlan): number | undefined {
  for (let s = plan.sections.length - 1; s >= 0; s--) {
    const list = plan.sections[s].activities;
    for (let i = list.length - 1; i >= 0; i--) {
      const n = Number(list[i].number?.text.trim().replace(/\.$/, ""));
      if (Number.isInteger(n)) return n;
    }
  }
  return undefined;
}

/** parsePeriod with the document's term, cached by cell value: a plan repeats the same few period texts. */
function cachedPeriods(term: Interval | undefined): (cell: TextCell) => PeriodResult {
  const byText = new Map<string, PeriodResult>();
  const byNumber = new Map<number, PeriodResult>();
  const options = term ? { term } : undefined;
  return (cell) => {
    const raw = cell.also ? cell.text : cell.raw;
    if (typeof raw === "number") {
      let r = byNumber.get(raw);
      if (!r) byNumber.set(raw, (r = parsePeriod(raw, options)));
      return r;
    }
    const key = typeof raw === "string" ? raw : cell.text;
    let r = byText.get(key);
    if (!r) byText.set(key, (r = parsePeriod(key, options)));
    return r;
  };
}
