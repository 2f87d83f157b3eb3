/**
 * Adoption, one function per block of the passport template: each writes a recognized passport's values into
 * its block on the new sheet (through an AdoptTarget) and says in notes what it could not place as it was.
 * The blocks are found by their names and PASSPORT_LAYOUT, the contract compute and recognition share.
 */
import type { RangeRef } from "../address";
import type { Lang, Text } from "../i18n";
import type { Indicator, Passport, StageItem, TextCell } from "../model";
import { ymdToSerial, type Interval } from "../periods";
import { quotedList } from "../quote";
import type { ProjectTerm } from "../templates";
import { COLORS, PASSPORT_LAYOUT as L } from "../templates/layout";
import type { PassportBlock } from "../templates/names";
import { LISTS, yearLabel } from "../templates/strings";
import { termPeriods, termYears } from "../templates/term";
import type { CellStyle, CellValue } from "../workbook";
import { approvalBody, monthValue, numberOrText, numberValue, periodSlot, personRow, sourceIndex, type PersonRow } from "./adoptValues";

/** Where the blocks write: the new sheet's blocks, its cells, the notes for the person. */
export interface AdoptTarget {
  lang: Lang;
  notes: Text[];
  /** the template's block on the new sheet */
  at(block: PassportBlock): RangeRef;
  /** writes a value into a cell (an empty one writes nothing but the style, when given) */
  put(row: number, col: number, value: CellValue | undefined, style?: CellStyle): void;
}

/** A stage or control point in the order the template lists them: each stage, then its control points. */
export interface StageRow {
  item: StageItem;
  stage: boolean;
}

export function stageRowsOf(p: Passport): StageRow[] {
  const rows: StageRow[] = [];
  for (const s of p.stages?.stages ?? []) {
    rows.push({ item: s, stage: true });
    for (const cp of s.controlPoints) rows.push({ item: cp, stage: false });
  }
  return rows;
}

/** «УТВЕРЖДЕН решением …»: the decision, the minutes' date and number. */
export function writeApproval(t: AdoptTarget, p: Passport): void {
  if (!p.approval) return;
  const a = t.at("Approval");
  const A = L.approval;
  const body = approvalBody(p.approval.text.text);
  if (body) t.put(a.top + A.body.row, a.left + A.body.col, body);
  if (p.approval.protocolDate) t.put(a.top + A.date.row, a.left + A.date.col, ymdToSerial(p.approval.protocolDate));
  if (p.approval.protocolNumber) t.put(a.top + A.number.row, a.left + A.number.col, p.approval.protocolNumber);
}

/** Names, goal, programmes and priority projects: one cell each, several recognized cells joined by lines. */
export function writeFields(t: AdoptTarget, p: Passport): void {
  const field = (b: PassportBlock, texts: (TextCell | undefined)[]) => {
    const text = texts
      .map((x) => x?.text ?? "")
      .filter(Boolean)
      .join("\n");
    if (text) t.put(t.at(b).top, t.at(b).left, text);
  };
  field("FullName", [p.fullName]);
  field("ShortName", [p.shortName]);
  field("Goal", [p.goal]);
  field("Programmes", p.programmes);
  field("PriorityProjects", p.priorityProjects);
}

/** Leader, executor (one row each, several people joined) and co-executors (a row per person). */
export function writePeople(t: AdoptTarget, p: Passport, coPeople: PersonRow[]): void {
  const P = L.people;
  const writePerson = (row: number, left: number, who: PersonRow | null) => {
    if (!who) return;
    t.put(row, left + P.fio, who.fio);
    t.put(row, left + P.position, who.position);
    t.put(row, left + P.phone, who.phone);
  };
  writePerson(t.at("Leader").top, t.at("Leader").left, personRow(p.leader));
  writePerson(t.at("Executor").top, t.at("Executor").left, personRow(p.executor));
  const co = t.at("CoExecutors");
  coPeople.forEach((who, i) => writePerson(co.top + 1 + i, co.left, who));
}

/** Indicators: base and plan (and fact, if any) per period of the template's term; values with no place are noted. */
export function writeIndicators(t: AdoptTarget, p: Passport, term: ProjectTerm): void {
  const I = L.indicators;
  const ind = t.at("Indicators");
  const periods = termPeriods(term, t.lang);
  const indicators = p.indicators?.indicators ?? [];
  const baseYear = p.indicators?.baseYear ?? indicators.find((x) => x.baseYear !== undefined)?.baseYear;
  if (baseYear !== undefined) t.put(ind.top + 1, ind.left + I.base, yearLabel(baseYear, t.lang));
  const unplaced = new Set<string>();
  const moved = new Set<string>();
  indicators.forEach((x: Indicator, i) => {
    const row = ind.top + I.headerRows + i;
    t.put(row, ind.left + I.num, i + 1);
    t.put(row, ind.left + I.name, x.name.text);
    const percent = [x.base, ...x.plan.map((v) => v.value), ...x.fact.map((v) => v.value)].some((v) => v?.number.kind === "number" && v.number.percent);
    t.put(row, ind.left + I.unit, x.unit ?? (percent ? "%" : undefined));
    t.put(row, ind.left + I.direction, LISTS.Directions[t.lang][x.direction === "decline" ? 1 : 0]);
    t.put(row, ind.left + I.base, numberValue(x.base));
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
        t.put(row, ind.left + I.firstPeriod + 2 * slot.index + (kind === "fact" ? 1 : 0), value);
      }
    }
  });
  if (moved.size)
    t.notes.push({
      ru: `Значения показателей перенесены в периоды шаблона: ${[...moved].join("; ")}.`,
      en: `Indicator values were moved into the template's periods: ${[...moved].join("; ")}.`,
    });
  if (unplaced.size)
    t.notes.push({
      ru: `Значения показателей за периоды вне срока шаблона не перенесены: ${[...unplaced].join(", ")}. Они остались на исходном листе.`,
      en: `Indicator values for periods outside the template's term were not copied: ${[...unplaced].join(", ")}. They are still on the original sheet.`,
    });
}

/** Results: a numbered row per result. */
export function writeResults(t: AdoptTarget, results: string[]): void {
  const res = t.at("Results");
  results.forEach((text, i) => {
    t.put(res.top + 1 + i, res.left + L.results.num, i + 1);
    t.put(res.top + 1 + i, res.left + L.results.text, text);
  });
}

/** Financing: sources by their words, years by their number; «Всего» stays the template's formulas. */
export function writeFinancing(t: AdoptTarget, p: Passport, term: ProjectTerm): void {
  const fin = t.at("Financing");
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
      t.put(fin.top + L.financing.headerRows + k, fin.left + L.financing.firstYear + col, value);
    });
  }
  if (skippedSources.length)
    t.notes.push({
      ru: `Источники финансирования, которых нет в шаблоне (или повторяющие другой), не перенесены: ${quotedList(skippedSources)}.`,
      en: `Funding sources the template does not have (or repeating another) were not copied: ${quotedList(skippedSources)}.`,
    });
  if (skippedYears.size)
    t.notes.push({
      ru: `Суммы финансирования за годы вне срока не перенесены: ${[...skippedYears].join(", ")}.`,
      en: `Funding for years outside the term was not copied: ${[...skippedYears].join(", ")}.`,
    });
}

/** Stages (bold, filled) and their control points; a missing «Responsible» column is noted. */
export function writeStages(t: AdoptTarget, p: Passport, stageRows: StageRow[], termInterval: Interval): void {
  const st = t.at("Stages");
  const S = L.stages;
  stageRows.forEach(({ item, stage }, i) => {
    const row = st.top + L.stages.headerRows + i;
    const bold: CellStyle | undefined = stage ? { bold: true, fill: COLORS.stage } : undefined;
    t.put(row, st.left + S.num, item.number?.text, bold);
    t.put(row, st.left + S.name, item.name.text, bold);
    t.put(row, st.left + S.outcome, item.outcome?.text, bold);
    t.put(row, st.left + S.outcome + 1, undefined, bold);
    t.put(row, st.left + S.start, monthValue(item.start, "start", termInterval), bold);
    t.put(row, st.left + S.end, monthValue(item.end, "end", termInterval), bold);
    t.put(row, st.left + S.responsible, item.responsible?.text, bold);
    t.put(row, st.left + S.done, undefined, bold);
  });
  const controlPoints = stageRows.filter((x) => !x.stage).length;
  if (controlPoints > 0 && p.stages && !p.stages.hasResponsibleColumn)
    t.notes.push({
      ru: `В шаблоне у этапов и контрольных точек есть столбец «Ответственный», которого во вставленном паспорте не было: он пуст. Заполните его — пока он пуст, проверка отмечает каждую контрольную точку без ответственного.`,
      en: `The template's stages and control points have a «Responsible» column the pasted passport did not have: it is empty. Fill it in — while it is empty, the check marks every control point without a responsible person.`,
    });
}

/** Risks: number (as written, else the row's), risk, measure. */
export function writeRisks(t: AdoptTarget, p: Passport): void {
  const rk = t.at("Risks");
  p.risks.forEach((r, i) => {
    const row = rk.top + L.risks.headerRows + i;
    t.put(row, rk.left + L.risks.num, r.number ? numberOrText(r.number) : i + 1);
    t.put(row, rk.left + L.risks.name, r.name.text);
    t.put(row, rk.left + L.risks.measure, r.measure?.text);
  });
}
