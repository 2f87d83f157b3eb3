/**
 * Generated workbooks for the benchmark. Two shapes, both realistic:
 * - pasted plans: an implementation plan as it arrives pasted from Word (title, sections as merged rows,
 *   the header repeated at every page break, once with broken words, a row split at a page break, several
 *   people with phones in one cell; about one row in twenty has one of the seed documents' mistakes);
 * - template documents: the add-in's own passport and plan (buildTemplate, named ranges), filled by
 *   scaling the invented example project to the wanted number of rows, indicators and control points.
 * People, phones and organisations are invented. Everything is deterministic (seeded).
 */
import ExcelJS from "exceljs";
import { sheetRange, type RangeRef } from "../../src/core/address";
import type { CellValue, NameSnapshot, SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook";
import { buildTemplate, templateSheetBaseName } from "../../src/core/templates";
import { EXAMPLE, PEOPLE, type ExampleActivity, type ExampleIndicator, type ExampleStage, type PersonKey } from "../../src/core/templates/example";
import { blockName } from "../../src/core/templates/names";
import { LISTS } from "../../src/core/templates/strings";
import { applyPlansToWorkbook } from "../../src/adapters/xlsx";
import { PLAN_HEADER, PLAN_HEADER_BROKEN } from "../../test/fixtures/seedLike";

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

// ---------------------------------------------------------------------------------------------
// Pasted plans (the shape of the seed documents; see test/fixtures/seedLike.ts)

const PERIODS = [
  "Ноябрь - декабрь 2021 г.",
  "В течение года",
  "Сентябрь 2021 г. - июнь 2022 г.",
  "С сентября 2021 г. по июль 2022 г.",
  "По плану (не реже, чем 1 раз в квартал)",
  "Май 2022 г.",
  "Октябрь-декабрь 2021г.",
  "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г.",
  "Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)",
  "Июнь 2022 г.",
];
const WRONG_PERIODS = ["Август 2021 г.", "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.", "Январь 2021 г., июль 2022 г."];
const PASTED_PEOPLE = [
  "Лебедева И.П., директор, т. 31-40-12",
  "Морозова Е.В., зам.директора, т. 31-40-27",
  "Лебедева И.П., директор, т. 31-40-12 Морозова Е.В., зам.директора, т. 31-40-27",
  "Соколова Н.Г., методист, т. 31-40-55, Тарасенко Л.М., т. 31-40-68",
];
export const PASTED_PLAN_COLS = 7;

/** A pasted implementation plan of `rows` rows (title and header included). */
export function pastedPlan(rows: number): WorkbookSnapshot {
  const out: CellValue[][] = [["План реализации проекта на 2021-2022 учебный год"], PLAN_HEADER];
  const merges: RangeRef[] = [across(0, 0, 6)];
  let n = 0;
  for (let i = 0; out.length < rows; i++) {
    if (i % 50 === 0) {
      merges.push(across(out.length, 0, 6));
      out.push([`Раздел ${i / 50 + 1}`]);
      n = 0;
    } else if (i % 37 === 0) {
      out.push(i % 74 === 0 ? PLAN_HEADER_BROKEN : PLAN_HEADER);
    } else if (i % 97 === 0) {
      out.push(["", "", "", "продолжение категории", "", "", ""]);
    } else {
      n++;
      const wrong = i % 20 === 0;
      out.push([
        n,
        `Мероприятие ${i}: семинар для педагогов`,
        wrong ? WRONG_PERIODS[(i / 20) % WRONG_PERIODS.length] : PERIODS[i % PERIODS.length],
        "Педагоги",
        i % 130 === 0 ? "около 20" : (i % 200) + 1,
        i % 300 === 0 ? "Соколова Н.Г., методист, т. 31-44-05" : PASTED_PEOPLE[i % PASTED_PEOPLE.length],
        `Результат ${i}`,
      ]);
    }
  }
  const values = out.map((r) => {
    const row = r.slice(0, PASTED_PLAN_COLS);
    while (row.length < PASTED_PLAN_COLS) row.push("");
    return row;
  });
  const sheet: SheetSnapshot = { name: "План", values, merges, visibility: "visible", protected: false };
  return { sheets: [sheet], names: [] };
}

function across(row: number, left: number, right: number): RangeRef {
  return { top: row, bottom: row, left, right };
}

// ---------------------------------------------------------------------------------------------
// Template documents: buildTemplate over a scaled copy of the invented example project

type Example = typeof EXAMPLE;
type People = Record<string, (typeof PEOPLE)[PersonKey]>;

/** Runs fn with the example project (and its people) temporarily replaced; restores them after. */
function withExample<T>(patch: Partial<Example>, people: People, fn: () => T): T {
  const saved = { ...EXAMPLE };
  const all = PEOPLE as unknown as People;
  const added = Object.keys(people).filter((k) => !(k in all));
  Object.assign(EXAMPLE, patch);
  Object.assign(all, people);
  try {
    return fn();
  } finally {
    Object.assign(EXAMPLE, saved);
    for (const k of added) delete all[k];
  }
}

const SURNAMES = ["Кузнецова", "Павлова", "Орлов", "Зайцева", "Никитин", "Фролова", "Медведев", "Григорьева", "Степанова", "Воробьёв", "Киселёва", "Титов"];
const INITIALS = ["А.В.", "Е.Н.", "С.П.", "О.И.", "М.А.", "Т.Г.", "Н.С.", "Л.К."];
const POSITIONS = [
  "директор",
  "заместитель директора по УВР",
  "заместитель директора по ВР",
  "учитель информатики",
  "педагог-психолог",
  "руководитель МО учителей начальных классов",
  "социальный педагог",
];

const ACTIVITIES = [
  "Педагогический совет «Функциональная грамотность: итоги и задачи»",
  "Семинар-практикум для учителей начальных классов",
  "Открытые уроки в рамках методической недели",
  "Заседание рабочей группы проекта",
  "Диагностика читательской грамотности обучающихся 5–7 классов",
  "Родительское собрание «Цифровая безопасность ребёнка»",
  "Школьная научно-практическая конференция",
  "Мастер-класс «Формирующее оценивание на уроке»",
  "Анкетирование педагогов по профессиональным дефицитам",
  "Размещение материалов проекта на сайте школы",
  "Курсы повышения квалификации в сетевой форме",
  "Муниципальный конкурс методических разработок",
  "Взаимопосещение уроков учителями-предметниками",
  "Мониторинг показателей проекта",
];
const RESULTS = ["Протокол", "Аналитическая справка", "Методические рекомендации", "Сборник материалов", "Приказ по школе", "Отчёт", "Публикация на сайте"];
const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const text = (ru: string) => ({ ru, en: ru });

export interface ProjectOptions {
  seed: number;
  /** plan activities (0: no plan) */
  planRows: number;
  /** passport indicators and control points (0 indicators: no passport) */
  indicators: number;
  controlPoints: number;
  /** share of plan rows with a mistake (period outside the term, negative count, no activity…) */
  mistakes?: number;
  /** school people (default 4) */
  people?: number;
}

/** The sheet plans of a project workbook: lists, passport, plan — as three template commands would write them. */
export function projectPlans(o: ProjectOptions): SheetPlan[] {
  const r = rng(o.seed);
  const people: People = {};
  const keys: PersonKey[] = [];
  for (let i = 0; i < (o.people ?? 4); i++) {
    const surname = pick(r, SURNAMES);
    const ini = pick(r, INITIALS);
    const key = `p${i}` as PersonKey;
    people[key] = {
      full: text(`${surname} ${ini}`),
      short: text(`${surname} ${ini}`),
      position: text(pick(r, POSITIONS)),
      phone: `8 (800) 000-1${i}-${String(Math.floor(r() * 100)).padStart(2, "0")}`,
    };
    keys.push(key);
  }
  const mistakes = o.mistakes ?? 0.05;

  const sections = LISTS.Sections.ru.length;
  const plan: ExampleActivity[][] = Array.from({ length: sections }, () => []);
  for (let i = 0; i < o.planRows; i++) {
    const m1 = Math.floor(r() * 12) + 1;
    const m2 = Math.min(12, m1 + Math.floor(r() * 4));
    const wrong = r() < mistakes ? Math.floor(r() * 4) + 1 : 0;
    const period = m1 === m2 ? `${MONTHS[m1 - 1]} 2026 г.` : r() < 0.3 ? "В течение года" : `${MONTHS[m1 - 1]} - ${MONTHS[m2 - 1].toLowerCase()} 2026 г.`;
    plan[Math.min(sections - 1, Math.floor((i * sections) / Math.max(1, o.planRows)))].push({
      activity: text(wrong === 3 ? "" : `${pick(r, ACTIVITIES)}${r() < 0.5 ? "" : ` (${i + 1})`}`),
      period: text(wrong === 1 ? "Август 2025 г." : period),
      start: { year: wrong === 1 ? 2025 : 2026, month: wrong === 1 ? 8 : m1, day: 1 },
      end: { year: wrong === 1 ? 2025 : 2026, month: wrong === 1 ? 8 : m2, day: MONTH_DAYS[(wrong === 1 ? 8 : m2) - 1] },
      category: Math.floor(r() * LISTS.Categories.ru.length),
      count: wrong === 2 ? -5 : 1 + Math.floor(r() * 120),
      responsible: pick(r, keys),
      result: text(pick(r, RESULTS)),
    });
  }

  const indicators: ExampleIndicator[] = [];
  for (let i = 0; i < o.indicators; i++) {
    const growth = r() < 0.7;
    const base = Math.round(r() * 80);
    const step = 1 + Math.round(r() * 5);
    const planValues = [1, 2, 3, 4].map((q) => base + (growth ? q : -q) * step);
    indicators.push({
      // not «Показатель 1: …»: recognition reads a name starting with «Показатель» as the table's header (reported in issue 16)
      name: text(
        `${pick(r, ["Доля педагогов", "Количество обучающихся", "Число мероприятий", "Доля родителей"])} ${pick(r, ["прошедших обучение", "участвующих в проекте", "удовлетворённых качеством"])} (${i + 1})`,
      ),
      unit: Math.floor(r() * 3),
      direction: growth ? 0 : 1,
      base,
      plan: planValues,
      fact: planValues.map((v, q) => (q < 3 ? v + Math.round((r() - 0.5) * step * 2) : null)),
    });
  }

  const stages: ExampleStage[] = [];
  const perStage = 10;
  for (let s = 0; s * perStage < o.controlPoints; s++) {
    const m1 = 1 + ((s * 3) % 12);
    const m2 = Math.min(12, m1 + 2);
    stages.push({
      num: String(s + 1),
      name: text(`Этап ${s + 1}. «${pick(r, ACTIVITIES)}»`),
      outcome: text(pick(r, RESULTS)),
      start: { year: 2026, month: m1 },
      end: { year: 2026, month: m2 },
      responsible: pick(r, keys),
    });
    for (let k = 0; k < perStage && s * perStage + k < o.controlPoints; k++) {
      const m = Math.min(12, m1 + (k % 3));
      stages.push({
        num: `${s + 1}.${k + 1}`,
        name: text(`Контрольная точка ${k + 1}. ${pick(r, RESULTS)} подготовлен`),
        outcome: text(pick(r, RESULTS)),
        start: { year: 2026, month: m },
        end: { year: 2026, month: m },
        responsible: pick(r, keys),
        done: r() < 0.4 ? { year: 2026, month: m, day: 10 } : undefined,
      });
    }
  }

  const patch: Partial<Example> = { leader: keys[0], executor: keys[1 % keys.length], coExecutors: keys.slice(2), plan: plan as unknown as Example["plan"] };
  if (o.indicators > 0) {
    patch.indicators = indicators as unknown as Example["indicators"];
    patch.stages = stages as unknown as Example["stages"];
  }
  return withExample(patch, people, () => {
    const sheets: string[] = [];
    const names: string[] = [];
    const out: SheetPlan[] = [];
    const add = (kind: "passport" | "plan", passportTermNames?: { start: string; end: string }) => {
      const sheetName = templateSheetBaseName(kind, "ru");
      const plans = buildTemplate(kind, { lang: "ru", sheetName, instance: 1, example: true, existingSheets: sheets, existingNames: names, passportTermNames });
      for (const p of plans) {
        if (p.create) sheets.push(p.sheet);
        for (const n of p.names ?? []) names.push(n.name);
      }
      out.push(...plans);
    };
    if (o.indicators > 0) add("passport");
    if (o.planRows > 0) add("plan", o.indicators > 0 ? { start: blockName("passport", 1, "TermStart"), end: blockName("passport", 1, "TermEnd") } : undefined);
    return out;
  });
}

/** The project workbook in ExcelJS (written by the real xlsx adapter). */
export function projectWorkbook(o: ProjectOptions): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlansToWorkbook(wb, projectPlans(o));
  return wb;
}

/** Cells of a workbook's grids (rows × columns summed over sheets). */
export function cellCount(wb: WorkbookSnapshot): number {
  return wb.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
}

/** The same workbook without its defined names: recognition then reads it from its labels, as a pasted one. */
export function withoutNames(wb: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: wb.sheets, names: [] };
}

/**
 * The snapshot an adapter would read back after applying plans that create sheets (values, formulas
 * without cached results, number formats, merges, names): the same as the ExcelJS round trip, in a
 * fraction of its time, for the 100,000-row workbooks.
 */
export function plansToSnapshot(plans: SheetPlan[]): WorkbookSnapshot {
  const order: string[] = [];
  const bySheet = new Map<string, SheetPlan[]>();
  for (const p of plans) {
    if (!bySheet.has(p.sheet)) {
      bySheet.set(p.sheet, []);
      order.push(p.sheet);
    }
    bySheet.get(p.sheet)!.push(p);
  }
  const names: NameSnapshot[] = [];
  const sheets = order.map((name): SheetSnapshot => {
    const list = bySheet.get(name)!;
    let rows = 1;
    let cols = 1;
    const grow = (r: RangeRef) => {
      rows = Math.max(rows, r.bottom + 1);
      cols = Math.max(cols, r.right + 1);
    };
    for (const p of list) {
      for (const c of p.cells) grow({ top: c.row, left: c.col, bottom: c.row, right: c.col });
      for (const m of p.merges ?? []) grow(m);
      for (const st of p.styles ?? []) grow(st.ref);
    }
    const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
    const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
    const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
    const merges: RangeRef[] = [];
    let visibility: SheetSnapshot["visibility"] = "visible";
    for (const p of list) {
      for (const st of p.styles ?? [])
        if (st.style.numberFormat) for (let r = st.ref.top; r <= st.ref.bottom; r++) for (let c = st.ref.left; c <= st.ref.right; c++) numberFormats[r][c] = st.style.numberFormat;
      for (const c of p.cells) {
        if (c.style?.numberFormat) numberFormats[c.row][c.col] = c.style.numberFormat;
        if (c.formula !== undefined) {
          formulas[c.row][c.col] = c.formula.startsWith("=") ? c.formula : `=${c.formula}`;
          values[c.row][c.col] = "";
        } else if (c.value !== undefined) values[c.row][c.col] = c.value === null ? "" : c.value;
      }
      merges.push(...(p.merges ?? []));
      for (const n of p.names ?? []) {
        const sheet = n.sheet ?? p.sheet;
        names.push({ name: n.name, sheet, ref: n.ref, formula: `=${sheetRange(sheet, n.ref)}` });
      }
      if (p.visibility) visibility = p.visibility;
    }
    return { name, values, formulas, numberFormats, merges, visibility, protected: false };
  });
  return { sheets, names };
}
