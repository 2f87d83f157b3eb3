/**
 * The plan and the calendar plan counterpart of adopt.ts: a recognised implementation plan or calendar plan
 * (pasted into Excel, or read from Word) copied into the add-in's template on a new sheet, with as many rows as
 * it needs. Values go through the template's block names and PLAN_LAYOUT / SCHEDULE_LAYOUT, as in adopt.ts;
 * what the template has no place for is said in notes. The source is never written to.
 */
import type { Lang, Text } from "../i18n";
import type { Activity, CalendarPlan, ImplementationPlan, PeopleCell, ScheduleItem, TextCell } from "../model";
import { parsePeriod, periodBounds, ymdToSerial, type Interval, type YMD } from "../periods";
import { normKey } from "../recognition";
import { buildTemplate, templateSheetBaseName, type ProjectTerm } from "../templates";
import { PLAN_LAYOUT, SCHEDULE_LAYOUT } from "../templates/layout";
import { blockName, nextInstance } from "../templates/names";
import { LISTS, titled } from "../templates/strings";
import { defaultTerm, todayYMD } from "../templates/term";
import { freeSheetName, type CellValue, type CellWrite, type SheetPlan, type WorkbookSnapshot } from "../workbook";

export interface DocumentAdoptOptions {
  lang: Lang;
  today?: YMD;
  /** the project's name for the title, when known (a passport read with the plan) */
  projectName?: string;
}

export interface DocumentAdoptResult {
  sheet: string;
  plans: SheetPlan[];
  notes: Text[];
}

const bounds = (c: TextCell | undefined, term?: Interval): Interval | undefined => {
  if (!c || c.text.trim() === "") return undefined;
  const r = parsePeriod(c.raw, term ? { term } : undefined);
  return r.ok ? periodBounds(r.period) : undefined;
};

/** The document's term: its own, else the span of its dated rows, else next year (said in a note). */
function termOf(own: Interval | null | undefined, spans: (Interval | undefined)[], today: YMD, notes: Text[]): ProjectTerm {
  const months = (i: Interval): ProjectTerm => ({ start: { year: i.start.year, month: i.start.month }, end: { year: i.end.year, month: i.end.month } });
  if (own) return months(own);
  const known = spans.filter((s): s is Interval => s !== undefined);
  if (known.length) {
    const key = (d: YMD) => d.year * 12 + d.month;
    const start = known.map((s) => s.start).reduce((a, b) => (key(a) <= key(b) ? a : b));
    const end = known.map((s) => s.end).reduce((a, b) => (key(a) >= key(b) ? a : b));
    notes.push({
      ru: `Срок реализации в документе не распознан: в шаблоне указан срок по датам его строк (${start.month}.${start.year} – ${end.month}.${end.year}); проверьте его.`,
      en: `The document's term was not recognised: the template's term is taken from its rows' dates (${start.month}.${start.year} – ${end.month}.${end.year}); check it.`,
    });
    return months({ start, end });
  }
  const t = defaultTerm(today);
  notes.push({
    ru: `Срок реализации в документе не распознан: в шаблоне указан январь–декабрь ${t.start.year} года; исправьте его.`,
    en: `The document's term was not recognised: the template says January–December ${t.start.year}; correct it.`,
  });
  return t;
}

/** A people cell in three columns: names, positions, phones (several people joined). */
function peopleColumns(c: PeopleCell | undefined): [string, string, string] {
  if (!c) return ["", "", ""];
  if (c.persons.length === 0) return [c.text, "", ""];
  const join = (xs: (string | undefined)[], sep: string) => xs.filter(Boolean).join(sep);
  return [
    join(
      c.persons.map((p) => p.name),
      ", ",
    ),
    join(
      c.persons.map((p) => p.position),
      "; ",
    ),
    join(
      c.persons.flatMap((p) => p.phones),
      ", ",
    ),
  ];
}

const firstWord = (s: string) => normKey(s.trim().split(/[\s-]+/)[0] ?? "").slice(0, 8);

function writer(plan: SheetPlan) {
  const cells = new Map<string, CellWrite>(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  return {
    put(row: number, col: number, value: CellValue | undefined) {
      if (value === undefined || value === null || value === "") return;
      const old = cells.get(`${row}:${col}`);
      cells.set(`${row}:${col}`, { row, col, value, ...(old?.style ? { style: old.style } : {}) });
    },
    done() {
      plan.cells = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    },
  };
}

/** The document's own title when it says more than a bare «План» (the template's title stays then). */
const titleText = (t: TextCell | undefined): string | undefined => {
  const text = t?.text.replace(/\s*\n\s*/g, " ").trim();
  return text && text.length > 12 ? text : undefined;
};

const numberOrText = (c: TextCell | undefined): CellValue | undefined => (c ? (typeof c.raw === "number" ? c.raw : c.text) : undefined);

/** A recognised implementation plan in the plan template: sections by their names, activities in order. */
export function adoptPlan(wb: WorkbookSnapshot, doc: ImplementationPlan, options: DocumentAdoptOptions): DocumentAdoptResult {
  const { lang } = options;
  const notes: Text[] = [];
  const templateSections = LISTS.Sections[lang];
  const bySection: Activity[][] = templateSections.map(() => []);
  const moved: string[] = [];
  doc.sections.forEach((s, i) => {
    const name = s.name?.text ?? "";
    let k = name ? templateSections.findIndex((t, j) => firstWord(t) === firstWord(name) || firstWord(LISTS.Sections.ru[j]) === firstWord(name)) : -1;
    if (k < 0) {
      k = Math.min(i, templateSections.length - 1);
      if (s.activities.length) moved.push(`«${name || "—"}» → «${templateSections[k]}»`);
    }
    bySection[k].push(...s.activities);
  });
  if (moved.length)
    notes.push({
      ru: `Разделы плана, которых нет в шаблоне, перенесены в разделы шаблона: ${moved.join("; ")}.`,
      en: `Plan sections the template does not have were placed in the template's sections: ${moved.join("; ")}.`,
    });
  const spans = bySection.flat().map((a) => bounds(a.period));
  const term = termOf(doc.term?.interval, spans, options.today ?? todayYMD(), notes);
  const termInterval: Interval = { start: { ...term.start, day: 1 }, end: { ...term.end, day: 28 } };
  const sheet = freeSheetName(
    templateSheetBaseName("plan", lang),
    wb.sheets.map((s) => s.name),
  );
  const instance = nextInstance(
    "plan",
    wb.names.map((n) => n.name),
  );
  const plans = buildTemplate("plan", {
    lang,
    sheetName: sheet,
    instance,
    term,
    existingSheets: wb.sheets.map((s) => s.name),
    existingNames: wb.names.map((n) => n.name),
    planRows: bySection.map((a) => Math.max(1, a.length)),
    today: options.today,
  });
  const plan = plans.find((p) => p.sheet === sheet)!;
  const A = PLAN_LAYOUT.activities;
  const w = writer(plan);
  w.put(0, 0, titleText(doc.title) ?? (options.projectName && titled("planTitle", options.projectName, lang)));
  const header = plan.names!.find((n) => n.name === blockName("plan", instance, "Activities"))!.ref.top;
  let unparsed = 0;
  templateSections.forEach((section, s) => {
    const row = plan.cells.find((c) => c.col === 0 && c.row > header && c.value === section)!.row;
    bySection[s].forEach((a, i) => {
      const r = row + 1 + i;
      w.put(r, A.num, numberOrText(a.number));
      w.put(r, A.activity, a.activity?.text);
      w.put(r, A.period, a.period?.text);
      const b = bounds(a.period, termInterval);
      if (b) {
        w.put(r, A.start, ymdToSerial(b.start));
        w.put(r, A.end, ymdToSerial(b.end));
      } else if (a.period?.text) unparsed++;
      w.put(r, A.category, a.participantsCategory?.text);
      const count = a.participantsCount;
      w.put(r, A.count, count ? (count.number.kind === "number" ? count.number.value : count.text) : undefined);
      const [who, position, phone] = peopleColumns(a.responsible);
      w.put(r, A.responsible, who);
      w.put(r, A.position, position);
      w.put(r, A.phone, phone);
      w.put(r, A.result, a.result?.text);
    });
  });
  w.done();
  if (unparsed)
    notes.push({
      ru: `Сроки ${unparsed} мероприятий не переведены в даты «Начало» и «Окончание»: текст сроков перенесён как есть.`,
      en: `The periods of ${unparsed} activities were not turned into start and end dates: their text is copied as written.`,
    });
  notes.unshift({
    ru: `План реализации перенесён в шаблон на новый лист «${sheet}».`,
    en: `The implementation plan was copied into the template on the new sheet «${sheet}».`,
  });
  return { sheet, plans, notes };
}

/** A recognised calendar plan in its template: stages, activities and control points in order, one row each. */
export function adoptSchedule(wb: WorkbookSnapshot, doc: CalendarPlan, options: DocumentAdoptOptions): DocumentAdoptResult {
  const { lang } = options;
  const notes: Text[] = [];
  const items: { item: ScheduleItem; level: number }[] = [];
  for (const st of doc.stages) {
    items.push({ item: st, level: 0 });
    for (const cp of st.controlPoints) items.push({ item: cp, level: 2 });
    for (const a of st.activities) {
      items.push({ item: a, level: 1 });
      for (const cp of a.controlPoints) items.push({ item: cp, level: 2 });
    }
  }
  const spans = items.flatMap(({ item }) => [bounds(item.start), bounds(item.end)]);
  const term = termOf(doc.term?.interval, spans, options.today ?? todayYMD(), notes);
  const termInterval: Interval = { start: { ...term.start, day: 1 }, end: { ...term.end, day: 28 } };
  const sheets = wb.sheets.map((s) => s.name);
  const sheet = freeSheetName(templateSheetBaseName("schedule", lang), sheets);
  const instance = nextInstance(
    "schedule",
    wb.names.map((n) => n.name),
  );
  const plans = buildTemplate("schedule", {
    lang,
    sheetName: sheet,
    instance,
    term,
    existingSheets: sheets,
    existingNames: wb.names.map((n) => n.name),
    scheduleRows: Math.max(1, items.length),
    today: options.today,
  });
  const plan = plans.find((p) => p.sheet === sheet)!;
  const I = SCHEDULE_LAYOUT.items;
  const first = plan.names!.find((n) => n.name === blockName("schedule", instance, "Items"))!.ref.top + I.headerRows;
  const w = writer(plan);
  w.put(0, 0, titleText(doc.title) ?? (options.projectName && titled("scheduleTitle", options.projectName, lang)));
  let unparsed = 0;
  items.forEach(({ item, level }, i) => {
    const r = first + i;
    w.put(r, I.level, LISTS.Levels[lang][level]);
    w.put(r, I.num, item.number?.text);
    w.put(r, I.name, item.name.text);
    const s = bounds(item.start, termInterval);
    const e = bounds(item.end ?? item.start, termInterval);
    w.put(r, I.start, s ? ymdToSerial(s.start) : item.start?.text);
    w.put(r, I.end, e ? ymdToSerial(e.end) : item.end?.text);
    if ((item.start?.text && !s) || (item.end?.text && !e)) unparsed++;
    w.put(r, I.responsible, item.responsible?.text);
    w.put(r, I.document, item.document?.text);
  });
  w.done();
  if (unparsed)
    notes.push({
      ru: `Сроки ${unparsed} строк не распознаны как даты: их текст перенесён как есть; исправьте их на даты.`,
      en: `The dates of ${unparsed} rows were not recognised: their text is copied as written; change them to dates.`,
    });
  notes.unshift({
    ru: `План-график перенесён в шаблон на новый лист «${sheet}».`,
    en: `The calendar plan was copied into the template on the new sheet «${sheet}».`,
  });
  return { sheet, plans, notes };
}
