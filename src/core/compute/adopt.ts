/**
 * A passport pasted into Excel (recognized from its labels, no PO_ names) has no fact columns, so compute has
 * nothing to work with. Adoption copies it into the passport template on a new sheet: the template laid out
 * for the passport's own term and with as many rows as its tables need, then the recognized values written
 * into the template's cells (names, goal, people, indicators with base and plan per period, results, financing
 * by source and year, programmes, stages and control points, risks). The original sheet is never written to.
 *
 * Everything is placed through the template's block names and PASSPORT_LAYOUT (the same contract compute and
 * recognition use); what cannot be placed is said in notes, never dropped silently. This file finds what to
 * offer and lays out the template; adoptBlocks.ts writes each block, adoptValues.ts turns values into cells.
 */
import type { RangeRef } from "../address";
import type { Lang, Text } from "../i18n";
import type { Passport } from "../model";
import type { Interval, YMD } from "../periods";
import { classify, recognizeSheet } from "../recognition";
import { Grid } from "../recognition/grid";
import { buildTemplate, templateSheetBaseName, type PassportRows } from "../templates";
import { blockName, nextInstance, NAME_PREFIX, parseBlockName, type PassportBlock } from "../templates/names";
import { todayYMD } from "../templates/term";
import { freeSheetName, INTERNAL_SHEET_PREFIX, type CellStyle, type CellValue, type CellWrite, type SheetPlan, type SheetSnapshot, type WorkbookSnapshot } from "../workbook";
import { stageRowsOf, writeApproval, writeFields, writeIndicators, writeFinancing, writePeople, writeResults, writeRisks, writeStages, type AdoptTarget } from "./adoptBlocks";
import { personRows, resultTexts, termOf } from "./adoptValues";

/** Something compute offers to do besides computing; the person decides (task pane button, `--adopt`). */
export interface ComputeOffer {
  /** the sheet the offer is about */
  sheet: string;
  kind: "adoptPassport";
  text: Text;
}

export interface AdoptOptions {
  /** The template's language (its labels, lists and period names). */
  lang: Lang;
  /** «Today» for a default term when the passport has none; the clock when absent. */
  today?: YMD;
}

export interface AdoptResult {
  /** the source sheet, untouched */
  source: string;
  /** the new sheet */
  sheet: string;
  /** the template's plans (the lists sheet's first when missing), the new sheet holding the passport's values */
  plans: SheetPlan[];
  /** what was not carried over as it was, for the person */
  notes: Text[];
}

/**
 * What adoptPassport answers: the template plans, or why there is nothing to adopt on that sheet (it holds no
 * pasted passport, or no sheet has that name). A typed outcome, not an exception: the task pane and the command
 * line turn the refusal into a message for the person.
 */
export type AdoptOutcome = { ok: true; result: AdoptResult } | { ok: false; reason: "notPastedPassport"; sheet: string };

/** Sheets that PO_ names point into: documents the add-in made, never offered. */
function namedSheets(wb: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const n of wb.names) if (n.sheet && n.name.startsWith(NAME_PREFIX)) out.add(n.sheet.toLocaleLowerCase());
  return out;
}

/** The pasted passport on a sheet, or null when the sheet holds none (or holds a template document). */
function pastedPassport(wb: WorkbookSnapshot, sheet: SheetSnapshot): Passport | null {
  // the add-in's own sheets (lists, marks) are never documents
  if (sheet.name.startsWith(INTERNAL_SHEET_PREFIX) || namedSheets(wb).has(sheet.name.toLocaleLowerCase())) return null;
  if (classify(new Grid(sheet)) !== "passport") return null;
  const r = recognizeSheet(sheet, wb.names);
  return r.source === "layout" && r.document?.kind === "passport" ? r.document : null;
}

/** A recognized passport without fact columns: compute cannot measure achievement on it. */
function lacksFacts(p: Passport): boolean {
  return !p.indicators || p.indicators.periods.every((x) => x.kind !== "fact");
}

const sameText = (a: string) => a.replace(/\s+/g, " ").trim().toLocaleLowerCase();

/** Full names of the template passports in the workbook: a pasted passport already copied into one is not offered again. */
function templatePassportNames(wb: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const n of wb.names) {
    const parsed = parseBlockName(n.name);
    if (!parsed || parsed.kind !== "passport" || parsed.block !== "FullName" || !n.sheet || !n.ref) continue;
    const s = wb.sheets.find((x) => x.name.toLocaleLowerCase() === n.sheet!.toLocaleLowerCase());
    const v = s?.values[n.ref.top]?.[n.ref.left];
    if (typeof v === "string" && v.trim()) out.add(sameText(v));
  }
  return out;
}

/** One offer per pasted passport without fact columns that has not been copied into a template passport yet. */
export function adoptionOffers(wb: WorkbookSnapshot): ComputeOffer[] {
  const offers: ComputeOffer[] = [];
  let adopted: Set<string> | undefined;
  for (const sheet of wb.sheets) {
    const p = pastedPassport(wb, sheet);
    if (!p || !lacksFacts(p)) continue;
    adopted ??= templatePassportNames(wb);
    if (p.fullName && adopted.has(sameText(p.fullName.text))) continue;
    offers.push({
      sheet: sheet.name,
      kind: "adoptPassport",
      text: {
        ru: `Лист «${sheet.name}» — паспорт проекта, вставленный без шаблона и без столбцов факта: рассчитать по нему достижение показателей нельзя. Его можно перенести в шаблон на новый лист — со столбцами «факт», формулами достижения, итогов финансирования и статусов контрольных точек; исходный лист не изменится.`,
        en: `Sheet «${sheet.name}» is a project passport pasted without the template and without actual-value columns: achievement cannot be computed on it. It can be copied into the template on a new sheet, with actual-value columns and the formulas for achievement, financing totals and control point statuses; the original sheet stays as it is.`,
      },
    });
  }
  return offers;
}

/**
 * The template plans for a pasted passport, filled with its values; { ok: false } when the sheet holds no
 * pasted passport (or there is no such sheet).
 */
export function adoptPassport(wb: WorkbookSnapshot, sheetName: string, options: AdoptOptions): AdoptOutcome {
  const source = wb.sheets.find((s) => s.name.toLocaleLowerCase() === sheetName.toLocaleLowerCase());
  const p = source ? pastedPassport(wb, source) : null;
  if (!source || !p) return { ok: false, reason: "notPastedPassport", sheet: sheetName };
  return { ok: true, result: adopt(wb, source, p, options) };
}

function adopt(wb: WorkbookSnapshot, source: SheetSnapshot, p: Passport, options: AdoptOptions): AdoptResult {
  const lang = options.lang;
  const notes: Text[] = [];
  const term = termOf(p, options.today ?? todayYMD(), notes);
  const termInterval: Interval = {
    start: { year: term.start.year, month: term.start.month, day: 1 },
    end: { year: term.end.year, month: term.end.month, day: 28 },
  };

  // the template with as many rows as the passport's tables need
  const coPeople = p.coExecutors.flatMap(personRows);
  const results = resultTexts(p);
  const stageRows = stageRowsOf(p);
  const rows: PassportRows = {
    coExecutors: Math.max(1, coPeople.length),
    indicators: Math.max(1, p.indicators?.indicators.length ?? 0),
    results: Math.max(1, results.length),
    stages: Math.max(1, stageRows.length),
    risks: Math.max(1, p.risks.length),
  };
  const existingSheets = wb.sheets.map((s) => s.name);
  const existingNames = wb.names.map((n) => n.name);
  const sheet = freeSheetName(templateSheetBaseName("passport", lang), existingSheets);
  const instance = nextInstance("passport", existingNames);
  const plans = buildTemplate("passport", { lang, sheetName: sheet, instance, term, rows, existingSheets, existingNames, today: options.today });
  const plan = plans.find((x) => x.sheet === sheet)!;

  // the passport's values, block by block, over the template's cells
  const cells = new Map<string, CellWrite>(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const target: AdoptTarget = {
    lang,
    notes,
    at: (b: PassportBlock): RangeRef => plan.names!.find((n) => n.name === blockName("passport", instance, b))!.ref,
    put: (row: number, col: number, value: CellValue | undefined, style?: CellStyle) => {
      if (value === undefined || value === null || value === "") {
        if (style) cells.set(`${row}:${col}`, { ...(cells.get(`${row}:${col}`) ?? { row, col }), style });
        return;
      }
      const w: CellWrite = { row, col, value };
      if (style) w.style = style;
      cells.set(`${row}:${col}`, w);
    },
  };
  writeApproval(target, p);
  writeFields(target, p);
  writePeople(target, p, coPeople);
  writeIndicators(target, p, term);
  writeResults(target, results);
  writeFinancing(target, p, term);
  writeStages(target, p, stageRows, termInterval);
  writeRisks(target, p);
  plan.cells = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  notes.unshift({
    ru: `Паспорт с листа «${source.name}» перенесён в шаблон на новый лист «${sheet}»; исходный лист не изменён. Столбцы «факт» пусты: заполните их, и расчёт покажет достижение показателей.`,
    en: `The passport on sheet «${source.name}» was copied into the template on the new sheet «${sheet}»; the original sheet is unchanged. The actual-value columns are empty: fill them in and compute shows the indicators' achievement.`,
  });
  return { source: source.name, sheet, plans, notes };
}
