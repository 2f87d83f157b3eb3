/**
 * Compute: live formulas for indicator achievement and status, financing totals, the plan summary and the
 * status of control points, written only into the cells the templates gave to compute (the Compute,
 * StageStatus, FinancingTotalRow/Column, ChartData, Summary and Status blocks), found through the PO_* names;
 * and per passport one chart of plan and fact over its Chart block (chart.ts), replaced on every run.
 * Pasted passports without fact columns are offered for copying into the template (adopt.ts).
 *
 * Idempotent: the plans depend only on the layout (and, for the summary's people, on the plan's text), so a
 * second run writes the same cells with the same content. A cell compute owns that holds a typed value or a
 * formula other than compute's is a conflict: reported, and left alone unless `overwrite`.
 */
import type { RangeRef } from "../address";
import type { Lang, Text } from "../i18n";
import type { YMD } from "../periods/types";
import { blockName, parseBlockName, type TemplateKind } from "../templates/names";
import { PASSPORT_LAYOUT, PLAN_LAYOUT } from "../templates/layout";
import type { CellValue, CellWrite, ChartWrite, ConditionalFormatWrite, SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../workbook";
import { T } from "../templates/strings";
import { chartDataPart, checkChartLayout, passportChart } from "./chart";
import { adoptionOffers, type ComputeOffer } from "./adopt";

import {
  checkFinancingLayout,
  checkIndicatorLayout,
  checkScheduleLayout,
  checkStageLayout,
  checkSummaryLayout,
  financingTotals,
  indicatorAchievement,
  planPeople,
  planSummary,
  scheduleStatus,
  stageStatus,
  summarySlots,
  type FormulaContext,
  type LayoutProblem,
  type OwnedPart,
} from "./owned";

export { adoptionOffers, adoptPassport, type AdoptOptions, type AdoptOutcome, type AdoptResult, type ComputeOffer } from "./adopt";
export { chartDataPart, checkChartLayout, passportChart } from "./chart";

export interface ComputeOptions {
  /** The caller's language: the chart's title and series names when the sheet's chart header does not say (notes are Texts in both). */
  lang: Lang;
  /** Pin «today» in the status formulas (DATE(y,m,d) instead of TODAY()). */
  today?: YMD;
  /** Write over conflicting cells too (they are still reported). */
  overwrite?: boolean;
  /** Look for pasted passports to offer copying into the template (default true). */
  offers?: boolean;
}

/** A cell compute owns where a person typed a value (or put another formula). */
export interface ComputeConflict {
  sheet: string;
  row: number;
  col: number;
  /** what the cell holds: the typed value, or the formula text */
  value: CellValue;
}

export interface ComputeResult {
  plans: SheetPlan[];
  conflicts: ComputeConflict[];
  notes: Text[];
  /** What compute offers besides: copy a pasted passport without fact columns into the template (adoptPassport). */
  offers: ComputeOffer[];
}

interface Block {
  sheet: string;
  ref: RangeRef;
}

interface Doc {
  kind: TemplateKind;
  instance: number;
  blocks: Map<string, Block>;
}

const KIND_ORDER: TemplateKind[] = ["passport", "plan", "schedule"];

const DOC_WORDS: Record<TemplateKind, Text> = {
  passport: { ru: "паспорт", en: "passport" },
  plan: { ru: "план реализации", en: "implementation plan" },
  schedule: { ru: "план-график", en: "calendar plan" },
};

export function computePlans(wb: WorkbookSnapshot, options: ComputeOptions): ComputeResult {
  const ctx: FormulaContext = { today: options.today };
  const docs = findDocuments(wb);
  const notes: Text[] = [];
  const conflicts: ComputeConflict[] = [];
  const out = new Map<string, { cells: CellWrite[]; cfs: ConditionalFormatWrite[]; charts: ChartWrite[]; deleteCharts: string[] }>();
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  let formulasMissing = false;

  const offers = options.offers === false ? [] : adoptionOffers(wb);
  if (docs.length === 0 && offers.length === 0) {
    notes.push({
      ru: "В книге нет документов, созданных по шаблонам «Проектного офиса» (имён PO_…): считать нечего.",
      en: "The workbook has no documents made from the «Project office» templates (no PO_… names): nothing to compute.",
    });
  }

  for (const doc of docs) {
    const who = docName(doc, wb);
    const parts: { sheet: string; part: OwnedPart; chart?: ChartWrite }[] = [];
    /** The blocks of one part, all on one sheet; null (with a note) when some are missing or the layout does not fit. */
    const need = (blocks: string[], check?: (...refs: RangeRef[]) => LayoutProblem): { sheet: string; refs: RangeRef[] } | null => {
      const found = blocks.map((b) => doc.blocks.get(b));
      const missing = blocks.filter((_, i) => !found[i]);
      if (missing.length > 0) {
        notes.push({
          ru: `${who.ru}: нет блоков ${missing.join(", ")} — эта часть не рассчитана.`,
          en: `${who.en}: blocks ${missing.join(", ")} are missing — that part is not computed.`,
        });
        return null;
      }
      const sheet = found[0]!.sheet;
      if (found.some((f) => f!.sheet !== sheet) || !sheets.has(sheet)) {
        notes.push({
          ru: `${who.ru}: блоки ${blocks.join(", ")} не на одном листе книги — эта часть не рассчитана.`,
          en: `${who.en}: blocks ${blocks.join(", ")} are not on one sheet of the workbook — that part is not computed.`,
        });
        return null;
      }
      const refs = found.map((f) => f!.ref);
      const problem = check?.(...refs);
      if (problem) {
        notes.push({
          ru: `${who.ru}: блоки ${blocks.join(", ")} не совпадают с разметкой шаблона — эта часть не рассчитана (${problem}).`,
          en: `${who.en}: blocks ${blocks.join(", ")} do not match the template's layout — that part is not computed (${problem}).`,
        });
        return null;
      }
      return { sheet, refs };
    };

    if (doc.kind === "passport") {
      const ind = need(["Indicators", "Compute", "Settings"], (i, c) => checkIndicatorLayout(i, c));
      if (ind) parts.push({ sheet: ind.sheet, part: indicatorAchievement(ind.refs[0], ind.refs[1], ind.refs[2]) });
      const fin = need(["FinancingTotalRow", "FinancingTotalColumn"], checkFinancingLayout);
      if (fin) parts.push({ sheet: fin.sheet, part: financingTotals(fin.refs[0], fin.refs[1]) });
      const st = need(["Stages", "StageStatus", "Settings"], (s, t) => checkStageLayout(s, t));
      if (st) parts.push({ sheet: st.sheet, part: stageStatus(st.refs[0], st.refs[1], st.refs[2], ctx) });
      if (!doc.blocks.has("ChartData") && !doc.blocks.has("Chart")) {
        notes.push({
          ru: `${who.ru}: паспорт создан прежней версией шаблона, места для диаграммы «План и факт по показателям» в нём нет (блоки ChartData, Chart) — диаграмма не построена. Чтобы получить её, создайте паспорт заново и перенесите данные.`,
          en: `${who.en}: the passport was made by an earlier template and has no place for the chart «Plan and actual per indicator» (blocks ChartData, Chart) — no chart made. To get it, make the passport again and move the data over.`,
        });
      } else {
        const ch = need(["Indicators", "ChartData", "Chart"], checkChartLayout);
        if (ch) {
          const [indicators, data, area] = ch.refs;
          const chart = passportChart(blockName("passport", doc.instance, "Chart"), data, area, chartLang(sheets.get(ch.sheet)!, data, options.lang));
          parts.push({ sheet: ch.sheet, part: chartDataPart(indicators, data), chart });
        }
      }
    } else if (doc.kind === "plan") {
      const sum = need(["Activities", "Summary"], checkSummaryLayout);
      if (sum) {
        const [activities, summary] = sum.refs;
        const people = planPeople(column(sheets.get(sum.sheet)!, activities, PLAN_LAYOUT.activities.headerRows, PLAN_LAYOUT.activities.responsible));
        const slots = summarySlots(summary);
        if (people.length > slots) {
          notes.push({
            ru: `${who.ru}: в сводке ${slots} строк для ответственных, а в плане их ${people.length} — не вошли: ${people.slice(slots).join(", ")}. Вставьте строки внутрь сводки и пересчитайте.`,
            en: `${who.en}: the summary has ${slots} rows for people but the plan names ${people.length} — left out: ${people.slice(slots).join(", ")}. Insert rows inside the summary and compute again.`,
          });
        }
        parts.push({ sheet: sum.sheet, part: planSummary(activities, summary, people) });
      }
    } else {
      const st = need(["Items", "Status", "Legend"], (i, s) => checkScheduleLayout(i, s));
      if (st) parts.push({ sheet: st.sheet, part: scheduleStatus(st.refs[0], st.refs[1], st.refs[2], ctx) });
    }

    for (const { sheet, part, chart } of parts) {
      const snap = sheets.get(sheet)!;
      if (!snap.formulas) formulasMissing = true;
      const target = out.get(sheet) ?? { cells: [], cfs: [], charts: [], deleteCharts: [] };
      out.set(sheet, target);
      if (chart) {
        // compute's chart is replaced on every run: delete every chart of that name the sheet has, then add one
        const key = chart.name.toLocaleLowerCase();
        target.deleteCharts.push(...(snap.charts ?? []).filter((c) => c.toLocaleLowerCase() === key));
        target.charts.push(chart);
      }
      for (const cell of part.cells) {
        const held = conflictOf(snap, cell);
        if (held !== undefined) conflicts.push({ sheet, row: cell.row, col: cell.col, value: held });
        if (held === undefined || options.overwrite) {
          const w: CellWrite = { row: cell.row, col: cell.col, style: cell.style };
          if (cell.formula !== undefined) w.formula = cell.formula;
          else w.value = cell.value;
          target.cells.push(w);
        }
      }
      target.cfs.push(...part.conditionalFormats);
    }
  }

  if (formulasMissing) {
    notes.push({
      ru: "Формулы листов не прочитаны: всякое непустое значение в ячейках расчёта считается введённым вручную.",
      en: "The sheets' formulas were not read: any value in a computed cell is taken as typed by hand.",
    });
  }
  if (conflicts.length > 0) {
    notes.push(
      options.overwrite
        ? {
            ru: `Перезаписано ячеек расчёта, где были введены значения или другие формулы: ${conflicts.length}.`,
            en: `Computed cells that held typed values or other formulas, overwritten: ${conflicts.length}.`,
          }
        : {
            ru: `Ячеек расчёта с введёнными значениями или другими формулами: ${conflicts.length}; они не изменены. Очистите их или пересчитайте с перезаписью.`,
            en: `Computed cells holding typed values or other formulas: ${conflicts.length}; left as they are. Clear them or compute again with overwrite.`,
          },
    );
  }

  const plans: SheetPlan[] = [];
  for (const [sheet, { cells, cfs, charts, deleteCharts }] of out) {
    if (cells.length === 0 && cfs.length === 0 && charts.length === 0) continue;
    const plan: SheetPlan = { sheet, cells: cells.sort((a, b) => a.row - b.row || a.col - b.col) };
    if (deleteCharts.length) plan.deleteCharts = deleteCharts;
    if (charts.length) plan.charts = charts;
    if (cfs.length) {
      plan.conditionalFormats = cfs;
      const seen = new Set<string>();
      plan.clearConditionalFormats = cfs.map((c) => c.ref).filter((r) => !seen.has(`${r.top}:${r.left}:${r.bottom}:${r.right}`) && !!seen.add(`${r.top}:${r.left}:${r.bottom}:${r.right}`));
    }
    plans.push(plan);
  }
  return { plans, conflicts, notes, offers };
}

/** The language the template wrote the chart's header in (its «План» cell), else the caller's. */
function chartLang(snap: SheetSnapshot, data: RangeRef, fallback: Lang): Lang {
  const v = snap.values[data.top]?.[data.left + PASSPORT_LAYOUT.chartData.plan];
  const text = typeof v === "string" ? v.trim() : "";
  if (text === T.chartPlan.ru) return "ru";
  if (text === T.chartPlan.en) return "en";
  return fallback;
}

function findDocuments(wb: WorkbookSnapshot): Doc[] {
  const docs = new Map<string, Doc>();
  for (const n of wb.names) {
    const p = parseBlockName(n.name);
    if (!p || n.sheet === undefined || n.ref === undefined) continue;
    const key = `${p.kind}${p.instance}`;
    const doc = docs.get(key) ?? { kind: p.kind, instance: p.instance, blocks: new Map<string, Block>() };
    doc.blocks.set(p.block, { sheet: n.sheet, ref: n.ref });
    docs.set(key, doc);
  }
  return [...docs.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.instance - b.instance);
}

function docName(doc: Doc, wb: WorkbookSnapshot): Text {
  const sheet = [...doc.blocks.values()][0]?.sheet;
  const on = sheet && wb.sheets.some((s) => s.name === sheet) ? sheet : undefined;
  const w = DOC_WORDS[doc.kind];
  return {
    ru: `${capital(w.ru)} ${doc.instance}${on ? ` (лист «${on}»)` : ""}`,
    en: `${capital(w.en)} ${doc.instance}${on ? ` (sheet «${on}»)` : ""}`,
  };
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The values of one column of a block's data rows. */
function column(sheet: SheetSnapshot, ref: RangeRef, headerRows: number, offset: number): CellValue[] {
  const col = ref.left + offset;
  const values: CellValue[] = [];
  for (let r = ref.top + headerRows; r <= ref.bottom; r++) values.push(sheet.values[r]?.[col] ?? "");
  return values;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === undefined || v === null || v === "";
}

/** What an owned cell holds that compute must not overwrite, or undefined when compute may write it. */
function conflictOf(sheet: SheetSnapshot, cell: { row: number; col: number; formula?: string }): CellValue | undefined {
  const value = sheet.values[cell.row]?.[cell.col];
  const formula = sheet.formulas ? (sheet.formulas[cell.row]?.[cell.col] ?? null) : undefined;
  if (cell.formula === undefined) {
    // a label cell (people in the plan summary): compute keeps it, unless someone put a formula there
    return formula ? formula : undefined;
  }
  if (formula === undefined) return isEmpty(value) ? undefined : (value ?? null);
  if (formula !== null) return sameFormula(formula, cell.formula) ? undefined : formula;
  return isEmpty(value) ? undefined : (value ?? null);
}

/** Formulas equal up to what Excel and file formats change: the leading "=", spaces, letter case, _xlfn. prefixes. */
export function sameFormula(a: string, b: string): boolean {
  return normalizeFormula(a) === normalizeFormula(b);
}

export function normalizeFormula(f: string): string {
  const s = f.trim().replace(/^=/, "");
  return s
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, "")
            .toUpperCase()
            .replace(/_XLFN\.|_XLWS\./g, ""),
    )
    .join('"');
}
