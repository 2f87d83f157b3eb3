/**
 * A passport pasted into Excel (recognized from its labels, no PO_ names) has no fact columns, so compute has
 * nothing to work with. Adoption copies it into the passport template on a new sheet: the template laid out
 * for the passport's own term and with as many rows as its tables need, then the recognized values written
 * into the template's cells (names, goal, people, indicators with base and plan per period, results, financing
 * by source and year, programmes, stages and control points, risks). The original sheet is never written to.
 *
 * Everything is placed through the template's block names and PASSPORT_LAYOUT (the same contract compute and
 * recognition use); what cannot be placed is said in notes, never dropped silently.
 */
import type { RangeRef } from "../address";
import type { Lang, Text } from "../i18n";
import type { Indicator, IndicatorPeriod, NumberCell, Passport, PeopleCell, StageItem, TextCell } from "../model";
import { parsePeriod, ymdToSerial, type Interval, type YMD } from "../periods";
import { quotedList } from "../quote";
import { classify, recognizeSheet } from "../recognition";
import { Grid } from "../recognition/grid";
import { buildTemplate, templateSheetBaseName, type PassportRows, type ProjectTerm } from "../templates";
import { COLORS, PASSPORT_LAYOUT as L } from "../templates/layout";
import { blockName, nextInstance, NAME_PREFIX, parseBlockName, type PassportBlock } from "../templates/names";
import { LISTS, yearLabel } from "../templates/strings";
import { defaultTerm, termPeriods, termYears, todayYMD, type TermPeriod } from "../templates/term";
import { freeSheetName, INTERNAL_SHEET_PREFIX, type CellStyle, type CellValue, type CellWrite, type SheetPlan, type SheetSnapshot, type WorkbookSnapshot } from "../workbook";

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

/** Sheets that PO_ names point into: documents the add-in made, never offered. */
function namedSheets(wb: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const n of wb.names) if (n.sheet && n.name.startsWith(NAME_PREFIX)) out.add(n.sheet.toLocaleLowerCase());
  return out;
}

/** The pasted passport on a sheet, or null when the sheet holds none (or holds a template document). */
export function pastedPassport(wb: WorkbookSnapshot, sheet: SheetSnapshot): Passport | null {
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

// ---------------------------------------------------------------------------------------------

const firstOfMonth = (d: YMD): YMD => ({ year: d.year, month: d.month, day: 1 });

/** The template's term from the passport's: its months; else the indicator periods; else the financing years; else next year. */
function termOf(p: Passport, today: YMD, notes: Text[]): ProjectTerm {
  const i = p.term?.interval;
  if (i) return { start: { year: i.start.year, month: i.start.month }, end: { year: i.end.year, month: i.end.month } };
  const spans: Interval[] = (p.indicators?.periods ?? []).map((x) => x.interval);
  const years = (p.financing?.years ?? []).map((y) => y.year).filter((y): y is number => y !== undefined);
  for (const y of years) spans.push({ start: { year: y, month: 1, day: 1 }, end: { year: y, month: 12, day: 31 } });
  if (spans.length) {
    const start = spans.map((s) => s.start).reduce((a, b) => (a.year * 12 + a.month <= b.year * 12 + b.month ? a : b));
    const end = spans.map((s) => s.end).reduce((a, b) => (a.year * 12 + a.month >= b.year * 12 + b.month ? a : b));
    notes.push({
      ru: `Срок реализации в паспорте не распознан: в шаблоне указан срок по периодам показателей и финансирования (${start.month}.${start.year} – ${end.month}.${end.year}); проверьте его.`,
      en: `The passport's term was not recognized: the template's term is taken from the indicator and financing periods (${start.month}.${start.year} – ${end.month}.${end.year}); check it.`,
    });
    return { start: { year: start.year, month: start.month }, end: { year: end.year, month: end.month } };
  }
  const t = defaultTerm(today);
  notes.push({
    ru: `Срок реализации в паспорте не распознан: в шаблоне указан январь–декабрь ${t.start.year} года; исправьте его.`,
    en: `The passport's term was not recognized: the template says January–December ${t.start.year}; correct it.`,
  });
  return t;
}

interface PersonRow {
  fio: string;
  position: string;
  phone: string;
}

/** A people cell as template rows: one per recognized person, or the text as written when none was recognized. */
function personRows(c: PeopleCell | undefined): PersonRow[] {
  if (!c) return [];
  if (c.persons.length === 0) return c.text ? [{ fio: c.text, position: "", phone: "" }] : [];
  return c.persons.map((x) => ({ fio: x.name, position: x.position ?? "", phone: x.phones.join(", ") }));
}

/** A people cell as one row (leader, executor): several people are joined. */
function personRow(c: PeopleCell | undefined): PersonRow | null {
  const rows = personRows(c);
  if (rows.length === 0) return null;
  const join = (f: keyof PersonRow, sep: string) => rows.map((r) => r[f]).filter(Boolean).join(sep);
  return { fio: join("fio", ", "), position: join("position", "; "), phone: join("phone", ", ") };
}

/** A number cell's value for the template: the number (85% → 85, as the unit «%» says), the text when it is not one. */
function numberValue(c: NumberCell | undefined): CellValue | undefined {
  if (!c) return undefined;
  if (c.number.kind === "number") return c.number.value;
  if (c.number.kind === "empty") return undefined;
  return c.text;
}

/** «УТВЕРЖДЕН решением … (протокол от 12.03.2017 № 2)» → «решением …». */
function approvalBody(text: string): string {
  return text
    .replace(/^\s*утвержд[её]н[аоы]?\s*/i, "")
    .replace(/^\s*approved\s*/i, "")
    .replace(/\s*\(?\s*(протокол|minutes)[^)]*\)?\s*$/i, "")
    .trim();
}

/** A stage's start or end for the template: the first day of its month (a date stays as it is), or the text when it is no period. */
function monthValue(c: TextCell | undefined, which: "start" | "end", term: Interval): CellValue | undefined {
  if (!c || c.text === "") return undefined;
  if (typeof c.raw === "number") return c.raw;
  const r = parsePeriod(c.raw, { term });
  if (!r.ok || (r.period.kind !== "interval" && r.period.kind !== "sessions")) return c.text;
  return ymdToSerial(firstOfMonth(which === "start" ? r.period.start : r.period.end));
}

/** Where a recognized period's value goes among the template's periods; -1 when it has no place. */
function periodSlot(periods: readonly TermPeriod[], p: IndicatorPeriod): { index: number; exact: boolean } {
  const quarterly = periods.some((x) => x.quarter !== undefined);
  const exact = periods.findIndex((x) => x.year === p.year && x.quarter === p.quarter);
  if (exact >= 0) return { index: exact, exact: true };
  if (quarterly && p.quarter === undefined) {
    // a value for the whole year: the target at its end, the IV quarter
    return { index: periods.findIndex((x) => x.year === p.year && x.quarter === 4), exact: false };
  }
  if (!quarterly && p.quarter !== undefined) return { index: periods.findIndex((x) => x.year === p.year), exact: false };
  return { index: -1, exact: false };
}

/** LISTS.Sources index of a recognized financing source, by its words; -1 when unknown. */
export function sourceIndex(name: string): number {
  const s = name.toLocaleLowerCase();
  if (/федерал|federal/.test(s)) return 0;
  if (/внебюджет|extra-?budget/.test(s)) return 3;
  if (/субъект|област|кра[йя]|республик|региональн|regional/.test(s)) return 1;
  if (/местн|муниципальн|городск|округ|район|поселени|local|municipal/.test(s)) return 2;
  return -1;
}

/** Splits a results cell written as one paragraph per line into results. */
function resultTexts(p: Passport): string[] {
  return p.results.flatMap((r) => r.text.split(/\n+/)).map((t) => t.trim()).filter(Boolean);
}

/**
 * The template plans for a pasted passport, filled with its values. Throws RangeError when the sheet holds no
 * pasted passport (a programming error: callers adopt what adoptionOffers offered).
 */
export function adoptPassport(wb: WorkbookSnapshot, sheetName: string, options: AdoptOptions): AdoptResult {
  const source = wb.sheets.find((s) => s.name.toLocaleLowerCase() === sheetName.toLocaleLowerCase());
  const p = source ? pastedPassport(wb, source) : null;
  if (!source || !p) throw new RangeError(`not a pasted passport: ${sheetName}`);
  const lang = options.lang;
  const notes: Text[] = [];
  const term = termOf(p, options.today ?? todayYMD(), notes);
  const termInterval: Interval = {
    start: { year: term.start.year, month: term.start.month, day: 1 },
    end: { year: term.end.year, month: term.end.month, day: 28 },
  };

  const coPeople = p.coExecutors.flatMap(personRows);
  const indicators = p.indicators?.indicators ?? [];
  const results = resultTexts(p);
  const stageRows: { item: StageItem; stage: boolean }[] = [];
  for (const s of p.stages?.stages ?? []) {
    stageRows.push({ item: s, stage: true });
    for (const cp of s.controlPoints) stageRows.push({ item: cp, stage: false });
  }
  const rows: PassportRows = {
    coExecutors: Math.max(1, coPeople.length),
    indicators: Math.max(1, indicators.length),
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
  const block = (b: PassportBlock): RangeRef => plan.names!.find((n) => n.name === blockName("passport", instance, b))!.ref;

  const cells = new Map<string, CellWrite>(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const put = (row: number, col: number, value: CellValue | undefined, style?: CellStyle) => {
    if (value === undefined || value === null || value === "") {
      if (style) cells.set(`${row}:${col}`, { ...(cells.get(`${row}:${col}`) ?? { row, col }), style });
      return;
    }
    const w: CellWrite = { row, col, value };
    if (style) w.style = style;
    cells.set(`${row}:${col}`, w);
  };
  const at = (b: PassportBlock) => block(b);

  // Approval header, names, goal, programmes
  if (p.approval) {
    const a = at("Approval");
    const A = L.approval;
    const body = approvalBody(p.approval.text.text);
    if (body) put(a.top + A.body.row, a.left + A.body.col, body);
    if (p.approval.protocolDate) put(a.top + A.date.row, a.left + A.date.col, ymdToSerial(p.approval.protocolDate));
    if (p.approval.protocolNumber) put(a.top + A.number.row, a.left + A.number.col, p.approval.protocolNumber);
  }
  const field = (b: PassportBlock, texts: (TextCell | undefined)[]) => {
    const text = texts.map((t) => t?.text ?? "").filter(Boolean).join("\n");
    if (text) put(at(b).top, at(b).left, text);
  };
  field("FullName", [p.fullName]);
  field("ShortName", [p.shortName]);
  field("Goal", [p.goal]);
  field("Programmes", p.programmes);
  field("PriorityProjects", p.priorityProjects);

  // People
  const P = L.people;
  const writePerson = (row: number, left: number, who: PersonRow | null) => {
    if (!who) return;
    put(row, left + P.fio, who.fio);
    put(row, left + P.position, who.position);
    put(row, left + P.phone, who.phone);
  };
  writePerson(at("Leader").top, at("Leader").left, personRow(p.leader));
  writePerson(at("Executor").top, at("Executor").left, personRow(p.executor));
  const co = at("CoExecutors");
  coPeople.forEach((who, i) => writePerson(co.top + 1 + i, co.left, who));

  // Indicators: base and plan (and fact, if any) per period of the template's term
  const I = L.indicators;
  const ind = at("Indicators");
  const periods = termPeriods(term, lang);
  const baseYear = p.indicators?.baseYear ?? indicators.find((x) => x.baseYear !== undefined)?.baseYear;
  if (baseYear !== undefined) put(ind.top + 1, ind.left + I.base, yearLabel(baseYear, lang));
  const unplaced = new Set<string>();
  const moved = new Set<string>();
  indicators.forEach((x: Indicator, i) => {
    const row = ind.top + I.headerRows + i;
    put(row, ind.left + I.num, i + 1);
    put(row, ind.left + I.name, x.name.text);
    const percent = [x.base, ...x.plan.map((v) => v.value), ...x.fact.map((v) => v.value)].some((v) => v?.number.kind === "number" && v.number.percent);
    put(row, ind.left + I.unit, x.unit ?? (percent ? "%" : undefined));
    put(row, ind.left + I.direction, LISTS.Directions[lang][x.direction === "decline" ? 1 : 0]);
    put(row, ind.left + I.base, numberValue(x.base));
    for (const [kind, values] of [
      ["plan", x.plan],
      ["fact", x.fact],
    ] as const) {
      const taken = new Set<number>();
      // exact periods first, so that an annual value does not push out a quarter's own
      const placed = values.map((v) => ({ v, slot: periodSlot(periods, v.period) })).sort((a, b) => Number(b.slot.exact) - Number(a.slot.exact));
      for (const { v, slot } of placed) {
        const value = numberValue(v.value);
        if (value === undefined) continue;
        if (slot.index < 0 || taken.has(slot.index)) {
          unplaced.add(v.period.label);
          continue;
        }
        taken.add(slot.index);
        if (!slot.exact) moved.add(`${v.period.label} → ${periods[slot.index].label}`);
        put(row, ind.left + I.firstPeriod + 2 * slot.index + (kind === "fact" ? 1 : 0), value);
      }
    }
  });
  if (moved.size)
    notes.push({
      ru: `Значения показателей перенесены в периоды шаблона: ${[...moved].join("; ")}.`,
      en: `Indicator values were moved into the template's periods: ${[...moved].join("; ")}.`,
    });
  if (unplaced.size)
    notes.push({
      ru: `Значения показателей за периоды вне срока шаблона не перенесены: ${[...unplaced].join(", ")}. Они остались на исходном листе.`,
      en: `Indicator values for periods outside the template's term were not copied: ${[...unplaced].join(", ")}. They are still on the original sheet.`,
    });

  // Results
  const res = at("Results");
  results.forEach((text, i) => {
    put(res.top + 1 + i, res.left + L.results.num, i + 1);
    put(res.top + 1 + i, res.left + L.results.text, text);
  });

  // Financing: sources by their words, years by their number; «Всего» stays the template's formulas
  const fin = at("Financing");
  const years = termYears(term);
  const seen = new Set<number>();
  const skippedSources: string[] = [];
  const skippedYears = new Set<string>();
  for (const s of p.financing?.sources ?? []) {
    if (s.part) continue;
    const k = sourceIndex(s.name.text);
    if (k < 0 || seen.has(k)) {
      skippedSources.push(s.name.text);
      continue;
    }
    seen.add(k);
    p.financing!.years.forEach((y, j) => {
      const value = numberValue(s.values[j]);
      if (value === undefined) return;
      const col = y.year === undefined ? -1 : years.indexOf(y.year);
      if (col < 0) {
        skippedYears.add(y.label);
        return;
      }
      put(fin.top + L.financing.headerRows + k, fin.left + L.financing.firstYear + col, value);
    });
  }
  if (skippedSources.length)
    notes.push({
      ru: `Источники финансирования, которых нет в шаблоне (или повторяющие другой), не перенесены: ${quotedList(skippedSources)}.`,
      en: `Funding sources the template does not have (or repeating another) were not copied: ${quotedList(skippedSources)}.`,
    });
  if (skippedYears.size)
    notes.push({
      ru: `Суммы финансирования за годы вне срока не перенесены: ${[...skippedYears].join(", ")}.`,
      en: `Funding for years outside the term was not copied: ${[...skippedYears].join(", ")}.`,
    });

  // Stages and control points
  const st = at("Stages");
  const S = L.stages;
  stageRows.forEach(({ item, stage }, i) => {
    const row = st.top + L.stages.headerRows + i;
    const bold: CellStyle | undefined = stage ? { bold: true, fill: COLORS.stage } : undefined;
    put(row, st.left + S.num, item.number?.text, bold);
    put(row, st.left + S.name, item.name.text, bold);
    put(row, st.left + S.outcome, item.outcome?.text, bold);
    put(row, st.left + S.outcome + 1, undefined, bold);
    put(row, st.left + S.start, monthValue(item.start, "start", termInterval), bold);
    put(row, st.left + S.end, monthValue(item.end, "end", termInterval), bold);
    put(row, st.left + S.responsible, item.responsible?.text, bold);
    put(row, st.left + S.done, undefined, bold);
  });

  // Risks
  const rk = at("Risks");
  p.risks.forEach((r, i) => {
    const row = rk.top + L.risks.headerRows + i;
    put(row, rk.left + L.risks.num, r.number ? numberOrText(r.number) : i + 1);
    put(row, rk.left + L.risks.name, r.name.text);
    put(row, rk.left + L.risks.measure, r.measure?.text);
  });

  const controlPoints = stageRows.filter((x) => !x.stage).length;
  if (controlPoints > 0 && p.stages && !p.stages.hasResponsibleColumn)
    notes.push({
      ru: `В шаблоне у этапов и контрольных точек есть столбец «Ответственный», которого во вставленном паспорте не было: он пуст. Заполните его — пока он пуст, проверка отмечает каждую контрольную точку без ответственного.`,
      en: `The template's stages and control points have a «Responsible» column the pasted passport did not have: it is empty. Fill it in — while it is empty, the check marks every control point without a responsible person.`,
    });

  plan.cells = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  notes.unshift({
    ru: `Паспорт с листа «${source.name}» перенесён в шаблон на новый лист «${sheet}»; исходный лист не изменён. Столбцы «факт» пусты: заполните их, и расчёт покажет достижение показателей.`,
    en: `The passport on sheet «${source.name}» was copied into the template on the new sheet «${sheet}»; the original sheet is unchanged. The actual-value columns are empty: fill them in and compute shows the indicators' achievement.`,
  });
  return { source: source.name, sheet, plans, notes };
}

function numberOrText(c: TextCell): CellValue {
  return typeof c.raw === "number" ? c.raw : c.text;
}
