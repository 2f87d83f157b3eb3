/**
 * Clean documents shaped like the seed documents (docs/DOMAIN.md), in many layouts and terms, and the mistakes planted into them.
 * Everything here is a spec (plain data); test/fixtures/pasted.ts writes it as real .xlsx files.
 */
import type { Severity } from "../../src/core/findings";
import {
  clone,
  date,
  percent,
  ORG_SHORT,
  PEOPLE,
  person,
  type PassportSpec,
  type PlanActivitySpec,
  type PlanField,
  type PlanSpec,
  type ScheduleRowSpec,
  type ScheduleSpec,
  type SheetSpec,
  type StageRowSpec,
  type Value,
} from "../fixtures/pasted";

const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
const GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
export const mon = (y: number, m: number, g = " г.") => `${MONTHS[m - 1]} ${y}${g}`;
const low = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export type Term = { kind: "school"; y: number } | { kind: "calendar"; y: number };

/** Month m of the term's i-th month (0 = first): school years start in September. */
function termMonth(t: Term, i: number): { y: number; m: number } {
  const first = t.kind === "calendar" ? 0 : 8;
  const k = first + i;
  return { y: t.y + Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Correct «Сроки» cells for a term, in the ways people write them. */
export function periodsFor(t: Term): Value[] {
  const M = (i: number, g?: string) => {
    const x = termMonth(t, i);
    return mon(x.y, x.m, g);
  };
  const m = (i: number) => termMonth(t, i);
  const last = m(11);
  return [
    M(1),
    `${MONTHS[m(2).m - 1]} - ${low(M(3))}`,
    `${MONTHS[m(1).m - 1]}-${low(M(3, "г."))}`,
    `${M(0)} - ${low(M(9))}`,
    `С ${GENITIVE[m(0).m - 1]} ${m(0).y} г. по ${GENITIVE[m(10).m - 1]} ${m(10).y} г.`,
    "В течение года",
    "По плану (не реже, чем 1 раз в квартал)",
    `${M(1)} ${M(3)} ${M(5)}`,
    `${M(2)}\n${M(4)}\n${M(7)}`,
    `до 25 ${GENITIVE[m(3).m - 1]} ${m(3).y} г.`,
    `15.${String(m(4).m).padStart(2, "0")}.${m(4).y}`,
    date(m(6).y, m(6).m, 14),
    "ежемесячно",
    M(8),
    `${M(2)}, ${low(M(10))}`,
    `${M(0)} - ${low(M(10))} (не реже, чем 1 раз в год)`,
    `${MONTHS[last.m - 1]} ${last.y} г. `,
    `${m(5).y}`.length ? M(5) : "",
  ];
}

const SECTION_NAMES = [
  "Организационно-нормативная деятельность",
  "Методическая деятельность",
  "Образовательная деятельность",
  "Диссеминация инновационного опыта",
  "Информационная деятельность",
  "Мониторинг результативности деятельности",
  "Работа с педагогическими кадрами",
  "Итоговые мероприятия",
];

const ACTIVITIES = [
  "Заседания рабочей группы проекта",
  "Семинар-практикум «Наставничество в школе: инструменты и практики»",
  "Городской конкурс методических разработок «Шаг к мастерству»",
  "Консультации для заместителей руководителей ОО по внедрению модели наставничества",
  "Формирование банка методических продуктов «Копилка наставника»",
  "Публикация статей и тезисов в периодических изданиях",
  "Мониторинг участия педагогов в программах наставничества",
  "Подготовка методических рекомендаций «Наставничество в муниципальной системе образования»",
  "Открытые уроки молодых педагогов",
  "Информационное сопровождение проекта на официальном сайте",
  "Анализ результативности деятельности по реализации проекта",
  "Сетевой проект для обучающихся 5–9 классов «Город мастеров»",
];

const CATEGORIES = [
  `Администрация, педагогические работники ${ORG_SHORT}`,
  "Педагоги ОО",
  "Управленческие команды МОУ (третий поток)",
  "Руководители и заместители руководителей, педагоги МОУ",
  "Молодые педагоги (стаж до 3 лет)",
  "Обучающиеся 5–9 классов, педагоги",
];

const RESULTS = [
  "План заседаний, протоколы заседаний рабочей группы",
  "Совершенствование профессиональной компетентности педагогов",
  "Методические рекомендации (электронное издание)",
  "Аналитическая справка",
  "Обеспечение информационной открытости",
  "Сборник лучших практик наставничества",
];

const RESPONSIBLE: string[] = [
  person(PEOPLE.director),
  person(PEOPLE.deputy),
  `${person(PEOPLE.director)} ${person(PEOPLE.deputy)}`,
  `${person(PEOPLE.methodist)}, ${person(PEOPLE.senior)}`,
  `${person(PEOPLE.head)}\n${person(PEOPLE.teacher)}`,
  person(PEOPLE.senior, "tel"),
  `${PEOPLE.deputy.name}, ${PEOPLE.deputy.position}, т. ${PEOPLE.deputy.phone} `,
];

const COUNTS: Value[] = [5, "25", 12, "30 чел.", 150, "8 ", 1, 40];

export interface PlanOptions {
  term: Term;
  sheet?: string;
  /** which sections, in which order (indices into SECTION_NAMES) */
  sections?: number[];
  perSection?: number;
  columns?: PlanField[];
  offset?: number;
  columnNumbers?: boolean;
  /** repeat the header after every n-th activity */
  pageEvery?: number;
  broken?: boolean;
  split?: boolean;
  sectionsMerged?: boolean;
  titleInOneCell?: boolean;
  /** the August conference row of the seed (a warning, by policy) */
  august?: boolean;
  /** the title names no term of its own */
  noTitleTerm?: boolean;
  /** a project name with a number in it («… 2030») */
  nameWithYear?: boolean;
  /** «УТВЕРЖДАЮ Директор … «__» ______ 2021 г.» above the title */
  approvedBlock?: boolean;
  sectionNumbers?: "roman" | "arabic";
  numberDots?: boolean;
  blankBetween?: boolean;
  titleUnmerged?: boolean;
  twoRowHeader?: boolean;
  /** a sessions row split at a page break: the rest of its text and its last sessions on the next page */
  splitSessions?: boolean;
  seed?: number;
}

/** A clean implementation plan. Activity ids are «s<section>a<n>», 1-based. */
export function cleanPlan(o: PlanOptions): PlanSpec {
  const periods = periodsFor(o.term);
  const sections = (o.sections ?? [0, 1, 2, 3, 4, 5]).map((si) => SECTION_NAMES[si]);
  const per = o.perSection ?? 2;
  let k = o.seed ?? 0;
  const acts: string[] = [];
  const spec: PlanSpec = {
    sheet: o.sheet,
    title: [],
    offset: o.offset,
    columns: o.columns,
    columnNumbers: o.columnNumbers,
    brokenRepeatedHeaders: o.broken,
    sectionsMerged: o.sectionsMerged,
    titleInOneCell: o.titleInOneCell,
    sectionNumbers: o.sectionNumbers,
    numberDots: o.numberDots,
    blankBetween: o.blankBetween,
    titleUnmerged: o.titleUnmerged,
    twoRowHeader: o.twoRowHeader,
    approvedBlock: o.approvedBlock ? ["УТВЕРЖДАЮ", `Директор ${ORG_SHORT}`, "____________ Т.С. Воронина", `«___» ____________ ${o.term.y} г.`] : undefined,
    blankTop: (o.seed ?? 0) % 2,
    sections: sections.map((name, si) => ({
      name,
      activities: Array.from({ length: per }, (_, ai): PlanActivitySpec => {
        const i = k++;
        const id = `s${si + 1}a${ai + 1}`;
        acts.push(id);
        return {
          id,
          activity: ACTIVITIES[i % ACTIVITIES.length],
          period: periods[i % periods.length],
          category: CATEGORIES[i % CATEGORIES.length],
          count: COUNTS[i % COUNTS.length],
          responsible: RESPONSIBLE[i % RESPONSIBLE.length],
          result: RESULTS[i % RESULTS.length],
        };
      }),
    })),
  };
  const project = o.nameWithYear ? "«Наставничество-2030: сетевая школа молодого педагога»" : "«Сетевая школа наставничества»";
  const termLine = o.noTitleTerm ? "" : o.term.kind === "school" ? `на ${o.term.y}-${o.term.y + 1} учебный год` : `на ${o.term.y} год`;
  spec.title = o.term.kind === "school" ? ["План", `реализации городского проекта ${project} в г.о. Верхнеозёрск`] : [`План реализации муниципального проекта ${project}`];
  if (termLine) spec.title.push(termLine);
  if (o.august && o.term.kind === "school") {
    spec.sections[0].activities.unshift({
      id: "august",
      activity: "Секция Августовской конференции работников образования г.о. Верхнеозёрск",
      period: mon(o.term.y, 8),
      category: CATEGORIES[0],
      count: 15,
      responsible: person(PEOPLE.director),
      result: "Выступление с докладом на секции конференции",
    });
  }
  if (o.pageEvery) spec.pageBreaksAfter = acts.filter((_, i) => i % o.pageEvery! === o.pageEvery! - 1 && i < acts.length - 1);
  if (o.splitSessions) {
    const a = spec.sections[1].activities[0];
    const [x, y, z] = [1, 3, 6].map((i) => termMonth(o.term, i));
    a.activity = "Постоянно действующий семинар-практикум «Школа наставника»: 1 заседание «Инструменты наставничества» 2 заседание";
    a.period = `${mon(x.y, x.m)} ${mon(y.y, y.m)}`;
    a.continued = { activity: "«Команда наставников» 3 заседание «Итоги года»", period: mon(z.y, z.m) };
  }
  if (o.split) {
    const a = spec.sections[spec.sections.length - 1].activities[0];
    a.category = "Администрация, педагогические работники";
    a.continued = { category: `${ORG_SHORT}, ОО`, result: "(электронное издание)" };
  }
  return spec;
}

/** The activity of a plan spec with that id. */
export function activity(spec: PlanSpec, id: string): PlanActivitySpec {
  for (const s of spec.sections) for (const a of s.activities) if (a.id === id) return a;
  throw new Error(`no activity ${id}`);
}

// ---------------------------------------------------------------------------------------------
// Passports

export type PassportTerm =
  /** from a month to December of one year: indicator values by quarter */
  | { kind: "year"; y: number; from: number }
  /** January of one year to December of another: indicator values by year */
  | { kind: "multi"; from: number; to: number }
  /** September to August: indicator values by year */
  | { kind: "school"; y: number };

export interface PassportOptions {
  term: PassportTerm;
  sheet?: string;
  labelCol?: 0 | 1;
  /** the term as two real dates (start, end) */
  termAsDates?: boolean;
  /** stage rows carry their own dates */
  stageDates?: boolean;
  /** stage and control point dates as real Excel dates */
  realDates?: boolean;
  /** every control point has its «итоги» */
  outcomes?: boolean;
  /** «Базовое значение (2023 год)» over the base column */
  baseLabel?: boolean;
  /** indicators and financing as tables with header rows under their labels (the regional passport form) */
  tables?: boolean;
  /** percents as real numbers under a «0%» format */
  percentNumbers?: boolean;
  /** «Наименование проекта» and «Краткое наименование» rows */
  names?: boolean;
  /** «Всего, в том числе:» before the sources */
  totalFirst?: boolean;
  spaced?: boolean;
}

const fmtMoney = (n: number) => n.toFixed(2).replace(".", ",");

/** A clean passport. Stage ids «s<n>», control points «cp<n>.<k>». */
export function cleanPassport(o: PassportOptions): PassportSpec {
  const t = o.term;
  const y0 = t.kind === "multi" ? t.from : t.y;
  const y1 = t.kind === "year" ? t.y : t.kind === "school" ? t.y + 1 : t.to;
  const startMonth = t.kind === "year" ? t.from : t.kind === "school" ? 9 : 1;
  const endMonth = t.kind === "school" ? 8 : 12;
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  const dateCell = (y: number, m: number, end: boolean): Value => {
    if (o.realDates) return end ? date(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()) : date(y, m, 1);
    return `${MONTHS[m - 1]} ${y}`;
  };
  // indicators
  const firstQuarter = Math.ceil(startMonth / 3);
  const pct = (p: number): Value => (o.percentNumbers ? percent(p) : `${String(p).replace(".", ",")}%`);
  const indicators: PassportSpec["indicators"] = o.tables
    ? {
        layout: "table",
        baseYear: y0 - 1,
        years,
        baseLabel: o.baseLabel ? `Базовое значение (${y0 - 1} год)` : undefined,
        rows: [
          { name: "Доля педагогов, прошедших повышение квалификации по программам наставничества", unit: "%", base: pct(40), values: years.map((_, i) => pct(50 + i * 10)) },
          { name: "Количество молодых педагогов, закреплённых за наставниками", unit: "чел.", base: 12, values: years.map((_, i) => 20 + i * 10) },
          { name: "Доля молодых педагогов, покинувших профессию в первые 3 года (снижение)", unit: "%", base: pct(15), values: years.map((_, i) => pct(12 - i * 2)) },
        ],
      }
    : t.kind === "year"
      ? {
          layout: "quarters",
          baseYear: y0 - 1,
          year: y0,
          baseLabel: o.baseLabel ? `Базовое значение (${y0 - 1} год)` : undefined,
          rows: [
            { name: "Доля педагогов, прошедших повышение квалификации по программам наставничества", base: pct(40), values: [1, 2, 3, 4].map((q) => (q < firstQuarter ? "" : pct(40 + q * 5))) },
            { name: "Количество молодых педагогов, закреплённых за наставниками", base: 12, values: [1, 2, 3, 4].map((q) => (q < firstQuarter ? "" : 12 + q * 4)) },
            { name: "Доля ОО, реализующих программы наставничества", base: pct(20.5), values: [1, 2, 3, 4].map((q) => (q < firstQuarter ? "" : pct(20.5 + q * 10))) },
          ],
        }
      : {
          layout: "years",
          baseYear: y0 - 1,
          years,
          baseLabel: o.baseLabel ? `Базовое значение (${y0 - 1} год)` : undefined,
          rows: [
            { name: "Доля педагогов, прошедших повышение квалификации по программам наставничества", base: pct(40), values: years.map((_, i) => pct(50 + i * 10)) },
            { name: "Количество молодых педагогов, закреплённых за наставниками", base: 12, values: years.map((_, i) => 20 + i * 10) },
            { name: "Доля молодых педагогов, покинувших профессию в первые 3 года (снижение)", base: pct(15), values: years.map((_, i) => pct(12 - i * 2)) },
          ],
        };
  // financing: sources by year, «Всего» row and (for several years) a «Всего» column
  const src = [
    { name: "средства федерального бюджета  ", values: years.map(() => 0) },
    { name: "средства бюджета субъекта", values: years.map((_, i) => (i === 0 ? 0 : 150.5)) },
    { name: "средства бюджета городского округа Верхнеозёрск", values: years.map((_, i) => 1440 + i * 100) },
    { name: "внебюджетные источники", values: years.map((_, i) => 3024 - i * 24) },
  ];
  const multi = years.length > 1;
  const financing: PassportSpec["financing"] = {
    headerRow: o.tables,
    totalFirst: o.totalFirst,
    years,
    totalColumn: multi,
    rows: src.map((s) => ({ name: s.name, values: s.values.map(fmtMoney), total: multi ? fmtMoney(s.values.reduce((a, b) => a + b, 0)) : undefined })),
    sum: {
      name: "Всего",
      values: years.map((_, i) => fmtMoney(src.reduce((a, s) => a + s.values[i], 0))),
      total: multi ? fmtMoney(src.reduce((a, s) => a + s.values.reduce((x, v) => x + v, 0), 0)) : undefined,
    },
  };
  // stages: the term cut into 3 stages + closing; each with 2 control points
  const months: { y: number; m: number }[] = [];
  for (let y = y0; y <= y1; y++) for (let m = y === y0 ? startMonth : 1; m <= (y === y1 ? endMonth : 12); m++) months.push({ y, m });
  const n = months.length;
  const cuts = [0, Math.floor(n / 4), Math.floor(n / 2), n - 1, n];
  const names = ["Этап 1. «Инициирование и планирование проекта»", "Этап 2. «Подготовка наставников»", "Этап 3. «Внедрение модели наставничества»", "Этап 4. «Завершение проекта»"];
  const stages: StageRowSpec[] = [];
  for (let s = 0; s < 4; s++) {
    const a = months[cuts[s]];
    const b = months[cuts[s + 1] - 1];
    stages.push({ id: `s${s + 1}`, number: String(s + 1), name: names[s], start: o.stageDates ? dateCell(a.y, a.m, false) : undefined, end: o.stageDates ? dateCell(b.y, b.m, true) : undefined });
    const span = cuts[s + 1] - cuts[s];
    const points = s === 3 ? 1 : 2;
    for (let k = 0; k < points; k++) {
      const from = months[cuts[s] + Math.floor((span * k) / points)];
      const to = months[cuts[s] + Math.floor((span * (k + 1)) / points) - 1] ?? from;
      stages.push({
        id: `cp${s + 1}.${k + 1}`,
        number: `${s + 1}.${k + 1}.`,
        name: `Контрольная точка ${k + 1}.\n${["Паспорт проекта утвержден.", "Программы наставничества разработаны.", "Пары «наставник – молодой педагог» сформированы.", "Итоговый отчет рассмотрен."][(s + k) % 4]}`,
        outcome: o.outcomes || k === 0 ? ["Приказ управления образования", "Протокол заседания рабочей группы", "Аналитическая справка", "Решение Комиссии"][(s + k) % 4] : "",
        start: dateCell(from.y, from.m, false),
        end: dateCell(to.y, to.m, true),
      });
    }
  }
  const termText = `${MONTHS[startMonth - 1]} ${y0} – ${low(MONTHS[endMonth - 1])} ${y1}`;
  return {
    sheet: o.sheet,
    labelCol: o.labelCol,
    spaced: o.spaced,
    approval: ["УТВЕРЖДЕН", "решением Комиссии по проектному управлению при Главе городского округа Верхнеозёрск", `(протокол от 15.${String(startMonth).padStart(2, "0")}.${y0} № 3)`],
    title: o.names ? ["ПАСПОРТ МУНИЦИПАЛЬНОГО ПРОЕКТА"] : ["ПАСПОРТ", "муниципального проекта «Сетевая школа наставничества»"],
    fullName: o.names ? "«Сетевая школа наставничества: профессиональный рост молодых педагогов городского округа Верхнеозёрск»" : undefined,
    shortName: o.names ? "Сетевая школа наставничества" : undefined,
    goal: "Создание условий для профессионального роста молодых педагогов городского округа Верхнеозёрск",
    term: o.termAsDates ? [date(y0, startMonth, 1), date(y1, endMonth, new Date(Date.UTC(y1, endMonth, 0)).getUTCDate())] : termText,
    leader: "Первый заместитель главы администрации городского округа Верхнеозёрск Суханов Геннадий Ильич",
    executor: "Начальник управления образования администрации городского округа Верхнеозёрск Тимофеева Алла Борисовна, тел. 45-10-01",
    coExecutors: [
      "заместитель начальника управления образования Лаврентьева Нина Ильинична;",
      `директор ${ORG_SHORT} Воронина Татьяна Сергеевна;`,
      `заместитель директора ${ORG_SHORT} Крылов Денис Александрович`,
    ].join("\n"),
    indicators,
    results: "Создание сетевой школы наставничества.\nОбучение 100% наставников по программе повышения квалификации.\nУвеличение до 60% доли ОО, реализующих программы наставничества.",
    financing,
    programmes: "Муниципальная программа городского округа Верхнеозёрск «Развитие образования» на 2021-2027 годы",
    priority: "–",
    stages,
    risks: [
      { number: 1, name: "Низкая мотивация педагогов к участию в проекте", measure: "Моральное и материальное стимулирование наставников" },
      { number: 2, name: "Недостаточность финансирования", measure: "Привлечение внебюджетных средств" },
      { number: 3, name: "Высокая нагрузка наставников", measure: "Учёт работы наставника в распределении нагрузки" },
    ],
  };
}

export function stageRow(spec: PassportSpec, id: string): StageRowSpec {
  const r = spec.stages.find((s) => s.id === id);
  if (!r) throw new Error(`no stage row ${id}`);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Calendar plans

export interface ScheduleOptions {
  term: Term;
  sheet?: string;
  realDates?: boolean;
  gantt?: boolean;
  noTitleTerm?: boolean;
  /** one «Срок» column («Сентябрь - октябрь 2023 г.») instead of start and end */
  periodColumn?: boolean;
  /** numbers written «1.», «1.1.», «1.1.1.» */
  numberDots?: boolean;
}

/** A clean calendar plan: 2 stages, activities, control points. Row ids are the numbers («1», «1.1», «1.1.1»). */
export function cleanSchedule(o: ScheduleOptions): ScheduleSpec {
  const at = (i: number, end: boolean): Value => {
    const x = termMonth(o.term, i);
    if (o.realDates) return end ? date(x.y, x.m, new Date(Date.UTC(x.y, x.m, 0)).getUTCDate()) : date(x.y, x.m, 1);
    return mon(x.y, x.m);
  };
  const periodOf = (a: number, b: number): string => {
    const x = termMonth(o.term, a);
    const y = termMonth(o.term, b);
    if (a === b) return mon(x.y, x.m);
    return x.y === y.y ? `${MONTHS[x.m - 1]} - ${low(mon(y.y, y.m))}` : `${mon(x.y, x.m)} - ${low(mon(y.y, y.m))}`;
  };
  const row = (number: string, name: string, a: number, b: number, responsible: Value, document: Value): ScheduleRowSpec => ({
    id: number,
    number: o.numberDots ? `${number}.` : number,
    name,
    start: at(a, false),
    end: at(b, true),
    period: periodOf(a, b),
    responsible,
    document,
  });
  const D = person(PEOPLE.director);
  const Z = PEOPLE.deputy.name;
  const M = `${PEOPLE.methodist.name}, ${PEOPLE.methodist.position}`;
  const termLine = o.noTitleTerm ? "" : o.term.kind === "school" ? ` на ${o.term.y}-${o.term.y + 1} учебный год` : ` на ${o.term.y} год`;
  return {
    sheet: o.sheet,
    columns: o.periodColumn ? ["number", "name", "period", "responsible", "document"] : undefined,
    title: [`План-график реализации проекта «Сетевая школа наставничества»${termLine}`],
    gantt: o.gantt ? ["сен", "окт", "ноя", "дек", "янв", "фев"] : undefined,
    rows: [
      row("1", "Этап 1. Подготовка", 0, 3, D, ""),
      row("1.1", "Разработка положения о сетевой школе наставничества", 0, 1, Z, "Проект положения"),
      row("1.1.1", "Контрольная точка: положение утверждено", 1, 1, D, "Приказ"),
      row("1.2", "Формирование пар «наставник – молодой педагог»", 1, 3, M, "Списки пар"),
      row("1.2.1", "Контрольная точка: пары сформированы", 3, 3, Z, "Приказ"),
      row("2", "Этап 2. Реализация", 4, 11, D, ""),
      row("2.1", "Проведение сетевых семинаров наставников", 4, 9, M, "Программы семинаров"),
      row("2.1.1", "Контрольная точка: семинары проведены", 9, 9, Z, "Отчёт"),
      row("2.2", "Контрольная точка: итоговый отчёт рассмотрен", 11, 11, D, "Протокол"),
    ],
  };
}

export function scheduleRow(spec: ScheduleSpec, id: string): ScheduleRowSpec {
  const r = spec.rows.find((s) => s.id === id);
  if (!r) throw new Error(`no schedule row ${id}`);
  return r;
}

// ---------------------------------------------------------------------------------------------
// The variants

/** What is allowed in a clean workbook besides nothing: what approved documents routinely do (docs/DOMAIN.md, «Severity»). */
export const ROUTINE = new Set([
  // an empty «итоги» cell
  "passport/control-point-outcome-missing",
  // a stage row without dates of its own
  "passport/stage-dates-missing",
]);

export interface Variant {
  name: string;
  /** the term of the plan or calendar plan, for planting periods */
  term?: Term;
  sheets: SheetSpec[];
  /** further rules allowed (warnings, infos) in this variant, by policy */
  allow?: string[];
}

export interface Planted {
  sheet: string;
  /** the mark key of the cell */
  key: string;
  rule: string;
  severity: Severity;
}

export interface PlantedVariant extends Variant {
  planted: Planted[];
}

const school = (y: number): Term => ({ kind: "school", y });
const calendar = (y: number): Term => ({ kind: "calendar", y });
const plan = (o: PlanOptions): SheetSpec => ({ kind: "plan", spec: cleanPlan(o) });
const passport = (o: PassportOptions): SheetSpec => ({ kind: "passport", spec: cleanPassport(o) });
const schedule = (o: ScheduleOptions): SheetSpec => ({ kind: "schedule", spec: cleanSchedule(o) });

const REORDERED: PlanField[] = ["number", "activity", "category", "count", "period", "responsible", "result"];
const RESULT_BEFORE: PlanField[] = ["number", "activity", "period", "category", "count", "result", "responsible"];

export function cleanVariants(): Variant[] {
  const v = (name: string, term: Term | undefined, sheets: SheetSpec[], allow?: string[]): Variant => ({ name, term, sheets, allow });
  return [
    v("plan-2021-seedlike", school(2021), [plan({ term: school(2021), pageEvery: 3, split: true, broken: true, columnNumbers: true, august: true })], ["plan/period-before-school-year"]),
    v("plan-2022-plain", school(2022), [plan({ term: school(2022), sections: [1, 0, 2, 5], perSection: 3, seed: 3 })]),
    v("plan-2024-offset", school(2024), [plan({ term: school(2024), offset: 1, pageEvery: 4, seed: 5 })]),
    v("plan-2024-unmerged-sections", school(2024), [plan({ term: school(2024), sectionsMerged: false, sections: [2, 6, 7], perSection: 3, seed: 7 })]),
    v("plan-2025-calendar", calendar(2025), [plan({ term: calendar(2025), seed: 1 })]),
    v("plan-2025-calendar-reordered", calendar(2025), [plan({ term: calendar(2025), columns: REORDERED, pageEvery: 5, broken: true, seed: 9 })]),
    v("plan-2023-result-before-responsible", school(2023), [plan({ term: school(2023), columns: RESULT_BEFORE, titleInOneCell: true, seed: 11 })]),
    v("plan-2025-name-with-year", calendar(2025), [plan({ term: calendar(2025), nameWithYear: true, columnNumbers: true, seed: 13 })]),
    v("plan-2022-long", school(2022), [plan({ term: school(2022), perSection: 6, pageEvery: 7, split: true, seed: 2 })]),
    v("plan-2021-approved-block", school(2021), [plan({ term: school(2021), approvedBlock: true, sectionNumbers: "roman", numberDots: true, pageEvery: 4, broken: true, seed: 14 })]),
    v("plan-2023-two-row-header", school(2023), [plan({ term: school(2023), twoRowHeader: true, pageEvery: 4, seed: 16 })]),
    v("plan-2022-split-sessions", school(2022), [plan({ term: school(2022), splitSessions: true, pageEvery: 5, broken: true, seed: 17 })]),
    v("plan-2024-spaced", calendar(2024), [plan({ term: calendar(2024), sectionNumbers: "arabic", blankBetween: true, titleUnmerged: true, columnNumbers: true, seed: 15 })]),
    v("passport-2023-quarters", undefined, [passport({ term: { kind: "year", y: 2023, from: 4 } })]),
    v("passport-2023-tabbed", undefined, [passport({ term: { kind: "year", y: 2023, from: 2 }, labelCol: 1, outcomes: true, baseLabel: true })]),
    v("passport-2024-2026-years", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2026 }, stageDates: true, outcomes: true })]),
    v("passport-2024-2026-dates", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2026 }, labelCol: 1, stageDates: true, realDates: true, termAsDates: true })]),
    v("passport-2025-stage-dates", undefined, [passport({ term: { kind: "year", y: 2025, from: 1 }, stageDates: true, realDates: true, baseLabel: true })]),
    v("passport-2022-school-year", undefined, [passport({ term: { kind: "school", y: 2022 }, stageDates: true })]),
    v("passport-2024-2026-tables", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2026 }, tables: true, names: true, percentNumbers: true, stageDates: true, outcomes: true })]),
    v("passport-2024-2025-total-first", undefined, [passport({ term: { kind: "multi", from: 2024, to: 2025 }, totalFirst: true, spaced: true, labelCol: 1, stageDates: true, realDates: true })]),
    v("passport-2023-percent-numbers", undefined, [passport({ term: { kind: "year", y: 2023, from: 3 }, percentNumbers: true, labelCol: 1, names: true })]),
    v("schedule-2024", calendar(2024), [schedule({ term: calendar(2024) })]),
    v("schedule-2023-dates-gantt", school(2023), [schedule({ term: school(2023), realDates: true, gantt: true })]),
    v("schedule-2025-period-column", calendar(2025), [schedule({ term: calendar(2025), periodColumn: true, numberDots: true })]),
    v("project-2021-school-year", school(2021), [
      passport({ term: { kind: "school", y: 2021 }, sheet: "Паспорт" }),
      plan({ term: school(2021), sheet: "План", pageEvery: 4, august: true, seed: 4 }),
    ], ["plan/period-before-school-year"]),
    v("project-2024-2026", calendar(2025), [
      passport({ term: { kind: "multi", from: 2024, to: 2026 }, sheet: "Паспорт", stageDates: true }),
      plan({ term: calendar(2025), sheet: "План 2025", seed: 6 }),
      schedule({ term: calendar(2024), sheet: "План-график" }),
    ]),
    v("project-plan-without-own-term", calendar(2025), [
      passport({ term: { kind: "multi", from: 2024, to: 2025 }, labelCol: 1 }),
      plan({ term: calendar(2025), noTitleTerm: true, seed: 8 }),
      schedule({ term: calendar(2025), noTitleTerm: true, realDates: true }),
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Planted mistakes: one per workbook, at a known cell

type Mutator = (v: Variant) => Planted[];

function planOf(v: Variant, i = 0): PlanSpec {
  const s = v.sheets.filter((x) => x.kind === "plan")[i];
  if (!s || s.kind !== "plan") throw new Error(`${v.name}: no plan`);
  return s.spec;
}
function passportOf(v: Variant): PassportSpec {
  const s = v.sheets.find((x) => x.kind === "passport");
  if (!s || s.kind !== "passport") throw new Error(`${v.name}: no passport`);
  return s.spec;
}
function scheduleOf(v: Variant): ScheduleSpec {
  const s = v.sheets.find((x) => x.kind === "schedule");
  if (!s || s.kind !== "schedule") throw new Error(`${v.name}: no schedule`);
  return s.spec;
}
const sheetName = (v: Variant, kind: SheetSpec["kind"]): string => {
  const s = v.sheets.find((x) => x.kind === kind)!;
  return s.spec.sheet ?? (kind === "plan" ? "План реализации" : kind === "passport" ? "Паспорт" : "План-график");
};

/** Sets one field of plan activity `id` and expects `rule` at that cell. */
const planCell = (id: string, field: PlanField, value: Value, rule: string, severity: Severity = "error", expectField: PlanField = field): Mutator => (v) => {
  (activity(planOf(v), id) as unknown as Record<string, Value>)[field] = value;
  return [{ sheet: sheetName(v, "plan"), key: `${id}.${expectField}`, rule, severity }];
};

export interface Mistake {
  name: string;
  /** the clean variants it is planted into */
  into: string[];
  plant: (v: Variant, term: Term | undefined) => Planted[];
}

export const MISTAKES: Mistake[] = [
  {
    name: "period-outside-term",
    into: ["plan-2021-seedlike", "plan-2024-offset", "plan-2025-calendar-reordered", "plan-2021-approved-block", "plan-2024-spaced"],
    plant: (v, t) => planCell("s2a1", "period", mon(t!.y + 2, 5), "plan/period-outside-term")(v),
  },
  {
    name: "period-outside-term-real-date",
    into: ["plan-2022-plain", "plan-2025-calendar"],
    plant: (v, t) => planCell("s1a2", "period", date(t!.y - 1, 3, 10), "plan/period-outside-term")(v),
  },
  {
    name: "period-july-before-school-year",
    into: ["plan-2021-seedlike", "plan-2024-unmerged-sections"],
    plant: (v, t) => planCell("s2a2", "period", mon(t!.y, 7), "plan/period-outside-term")(v),
  },
  {
    name: "period-august-before-school-year-is-a-warning",
    into: ["plan-2022-plain", "plan-2023-result-before-responsible"],
    plant: (v, t) => planCell("s3a1", "period", mon(t!.y, 8), "plan/period-before-school-year", "warning")(v),
  },
  {
    name: "end-before-start",
    into: ["plan-2021-seedlike", "plan-2025-calendar", "plan-2023-result-before-responsible", "plan-2024-spaced"],
    plant: (v, t) => {
      const a = termMonth(t!, 4);
      const b = termMonth(t!, 1);
      return planCell("s3a2", "period", `${mon(a.y, a.m)} - ${low(mon(b.y, b.m))}`, "plan/period-end-before-start")(v);
    },
  },
  {
    name: "sessions-backwards",
    into: ["plan-2024-offset", "plan-2025-calendar-reordered", "plan-2022-long"],
    plant: (v, t) => {
      const [a, b, c] = [2, 6, 5].map((i) => termMonth(t!, i));
      return planCell("s1a1", "period", `${mon(a.y, a.m)} ${mon(b.y, b.m)} ${mon(c.y, c.m)}`, "plan/sessions-backwards")(v);
    },
  },
  {
    name: "period-unparsed",
    into: ["plan-2022-plain", "plan-2024-unmerged-sections"],
    plant: (v) => planCell("s2a1", "period", "по согласованию", "plan/period-unparsed", "warning")(v),
  },
  {
    name: "participants-as-text",
    into: ["plan-2023-two-row-header", "plan-2021-seedlike", "plan-2025-calendar-reordered", "plan-2023-result-before-responsible", "plan-2021-approved-block"],
    plant: (v) => planCell("s2a2", "count", "много", "plan/participants-not-number")(v),
  },
  {
    name: "participants-negative",
    into: ["plan-2024-offset", "plan-2025-name-with-year", "plan-2023-two-row-header"],
    plant: (v) => planCell("s1a2", "count", "-5", "plan/participants-negative")(v),
  },
  {
    name: "responsible-missing",
    into: ["plan-2021-seedlike", "plan-2024-unmerged-sections", "plan-2025-calendar-reordered", "plan-2022-long", "plan-2024-spaced", "plan-2021-approved-block"],
    plant: (v) => planCell("s3a1", "responsible", "", "plan/responsible-missing")(v),
  },
  {
    name: "one-person-two-phones",
    into: ["plan-2021-seedlike", "plan-2025-calendar"],
    plant: (v) => planCell("s2a1", "responsible", "Воронина Т.С., директор, т. 45-99-99", "person/phone-mismatch", "warning")(v),
  },
  {
    name: "plan-activity-outside-passport-term",
    into: ["project-2024-2026", "project-plan-without-own-term"],
    plant: (v) => {
      const p = planOf(v);
      activity(p, "s1a1").period = mon(2027, 2);
      return [{ sheet: sheetName(v, "plan"), key: "s1a1.period", rule: "plan/outside-passport-term", severity: "error" }];
    },
  },
  {
    name: "plan-activity-after-the-school-year",
    into: ["project-2021-school-year"],
    plant: (v) => {
      activity(planOf(v), "s2a1").period = mon(2022, 10);
      return [{ sheet: sheetName(v, "plan"), key: "s2a1.period", rule: "plan/outside-passport-term", severity: "error" }];
    },
  },
  {
    name: "plan-activity-inside-passport-outside-own-term",
    into: ["project-2024-2026"],
    plant: (v) => {
      // «на 2025 год» inside a 2024–2026 project: March 2024 is the project's, not this plan's
      activity(planOf(v), "s2a1").period = mon(2024, 3);
      return [{ sheet: sheetName(v, "plan"), key: "s2a1.period", rule: "plan/period-outside-term", severity: "error" }];
    },
  },
  {
    name: "financing-total-per-year",
    into: ["passport-2024-2025-total-first", "passport-2023-quarters", "passport-2024-2026-years", "project-2024-2026", "passport-2024-2026-tables", "passport-2023-percent-numbers"],
    plant: (v) => {
      const f = passportOf(v).financing;
      f.sum.values[0] = "9999,00";
      const planted: Planted[] = [{ sheet: sheetName(v, "passport"), key: "fin.sum.y.0", rule: "passport/financing-total", severity: "error" }];
      // the «Всего» column of the «Всего» row no longer adds up either: it is the same mistake seen from the period
      if (f.totalColumn) planted.push({ sheet: sheetName(v, "passport"), key: "fin.sum.total", rule: "passport/financing-period-total", severity: "error" });
      return planted;
    },
  },
  {
    name: "financing-total-over-period",
    into: ["passport-2024-2026-years", "passport-2024-2026-dates", "passport-2024-2026-tables"],
    plant: (v) => {
      passportOf(v).financing.rows[2].total = "100,00";
      // reported on that source's row only: «Всего» over the period is still the sum of the years, and right
      return [{ sheet: sheetName(v, "passport"), key: "fin.2.total", rule: "passport/financing-period-total", severity: "error" }];
    },
  },
  {
    name: "financing-as-text",
    into: ["passport-2023-tabbed"],
    plant: (v) => {
      passportOf(v).financing.rows[3].values[0] = "три тысячи";
      return [{ sheet: sheetName(v, "passport"), key: "fin.3.y.0", rule: "passport/financing-not-number", severity: "error" }];
    },
  },
  {
    name: "indicator-plan-missing",
    into: ["passport-2023-quarters", "passport-2024-2026-years", "passport-2023-tabbed", "passport-2022-school-year", "passport-2024-2026-tables", "passport-2023-percent-numbers"],
    plant: (v) => {
      const ind = passportOf(v).indicators;
      const j = ind.rows[1].values.length - 1;
      ind.rows[1].values[j] = "";
      return [{ sheet: sheetName(v, "passport"), key: `ind.1.v.${j}`, rule: "passport/indicator-plan-missing", severity: "error" }];
    },
  },
  {
    name: "indicator-value-as-text",
    into: ["passport-2023-quarters", "passport-2025-stage-dates", "passport-2024-2026-dates", "passport-2024-2026-tables", "passport-2023-percent-numbers"],
    plant: (v) => {
      passportOf(v).indicators.rows[0].values[2] = "около 60%";
      return [{ sheet: sheetName(v, "passport"), key: "ind.0.v.2", rule: "passport/indicator-not-number", severity: "error" }];
    },
  },
  {
    name: "control-point-outside-stage",
    into: ["passport-2024-2026-years", "passport-2025-stage-dates", "passport-2024-2026-tables"],
    plant: (v) => {
      const p = passportOf(v);
      const s3 = stageRow(p, "s3");
      // the first control point of stage 2 ends where stage 3 ends
      stageRow(p, "cp2.1").end = s3.end;
      return [{ sheet: sheetName(v, "passport"), key: "cp2.1.end", rule: "passport/control-point-outside-stage", severity: "error" }];
    },
  },
  {
    name: "control-point-outside-term",
    into: ["passport-2023-quarters", "passport-2024-2026-dates", "passport-2023-tabbed", "passport-2023-percent-numbers"],
    plant: (v) => {
      const p = passportOf(v);
      const cp = stageRow(p, "cp4.1");
      const real = cp.end instanceof Date;
      const y = real ? (cp.end as Date).getUTCFullYear() + 1 : Number(/(\d{4})/.exec(String(cp.end))![1]) + 1;
      cp.end = real ? date(y, 2, 28) : `Февраль ${y}`;
      const planted: Planted[] = [{ sheet: sheetName(v, "passport"), key: "cp4.1.end", rule: "passport/stage-outside-term", severity: "error" }];
      if (stageRow(p, "s4").end) planted.push({ sheet: sheetName(v, "passport"), key: "cp4.1.end", rule: "passport/control-point-outside-stage", severity: "error" });
      return planted;
    },
  },
  {
    name: "control-point-end-before-start",
    into: ["passport-2023-quarters", "passport-2024-2025-total-first"],
    plant: (v) => {
      const cp = stageRow(passportOf(v), "cp2.2");
      // the end: the month before the start
      if (cp.start instanceof Date) cp.end = new Date(cp.start.getTime() - 86_400_000);
      else {
        const [mName, y] = String(cp.start).split(" ");
        const i = MONTHS.indexOf(mName);
        cp.end = i > 0 ? `${MONTHS[i - 1]} ${y}` : `Декабрь ${Number(y) - 1}`;
      }
      return [{ sheet: sheetName(v, "passport"), key: "cp2.2.end", rule: "passport/stage-end-before-start", severity: "error" }];
    },
  },
  {
    name: "stage-date-unparsed",
    into: ["passport-2023-tabbed"],
    plant: (v) => {
      stageRow(passportOf(v), "cp3.1").start = "после согласования";
      return [{ sheet: sheetName(v, "passport"), key: "cp3.1.start", rule: "passport/stage-date-unparsed", severity: "warning" }];
    },
  },
  {
    name: "risk-measure-dash",
    into: ["passport-2024-2025-total-first"],
    plant: (v) => {
      passportOf(v).risks[2].measure = "–";
      return [{ sheet: sheetName(v, "passport"), key: "risk.2.measure", rule: "passport/risk-measure-missing", severity: "warning" }];
    },
  },
  {
    name: "responsible-dash",
    into: ["plan-2022-plain"],
    plant: (v) => planCell("s1a1", "responsible", "—", "plan/responsible-missing")(v),
  },
  {
    name: "split-sessions-backwards",
    into: ["plan-2022-split-sessions"],
    plant: (v) => {
      // the sessions carried over the page break go back to the first autumn: reported at the row's own «Сроки» cell
      activity(planOf(v), "s2a1").continued!.period = "Сентябрь 2022 г.";
      return [{ sheet: sheetName(v, "plan"), key: "s2a1.period", rule: "plan/sessions-backwards", severity: "error" }];
    },
  },
  {
    name: "end-before-start-one-year",
    into: ["plan-2021-seedlike", "plan-2025-calendar"],
    plant: (v, t) => {
      const y = t!.kind === "school" ? t!.y : t!.y;
      return planCell("s2a1", "period", `Декабрь - ноябрь ${y} г.`, "plan/period-end-before-start")(v);
    },
  },
  {
    name: "sessions-backwards-on-lines",
    into: ["plan-2021-approved-block"],
    plant: (v, t) => {
      const [a, b, c] = [1, 4, 2].map((i) => termMonth(t!, i));
      return planCell("s2a2", "period", `${mon(a.y, a.m)}\n${mon(b.y, b.m)}\n${mon(c.y, c.m)}`, "plan/sessions-backwards")(v);
    },
  },
  {
    name: "stage-numbering",
    into: ["passport-2023-quarters", "passport-2024-2026-years"],
    plant: (v) => {
      stageRow(passportOf(v), "cp2.2").number = "2.3.";
      return [{ sheet: sheetName(v, "passport"), key: "cp2.2.number", rule: "passport/stage-numbering", severity: "warning" }];
    },
  },
  {
    name: "stage-without-control-points",
    into: ["passport-2023-tabbed", "passport-2025-stage-dates"],
    plant: (v) => {
      const p = passportOf(v);
      const cp = stageRow(p, "cp4.1");
      p.stages.splice(p.stages.indexOf(cp), 1);
      return [{ sheet: sheetName(v, "passport"), key: "s4.name", rule: "passport/stage-without-control-points", severity: "warning" }];
    },
  },
  {
    name: "risk-without-measure",
    into: ["passport-2023-quarters", "passport-2024-2026-dates", "passport-2024-2026-tables"],
    plant: (v) => {
      passportOf(v).risks[1].measure = "";
      return [{ sheet: sheetName(v, "passport"), key: "risk.1.measure", rule: "passport/risk-measure-missing", severity: "warning" }];
    },
  },
  {
    name: "schedule-date-outside-term",
    into: ["schedule-2024", "schedule-2023-dates-gantt"],
    plant: (v, t) => {
      const r = scheduleRow(scheduleOf(v), "2.1");
      const x = termMonth(t!, 13);
      r.end = r.end instanceof Date ? date(x.y, x.m, 28) : mon(x.y, x.m);
      return [{ sheet: sheetName(v, "schedule"), key: "2.1.end", rule: "schedule/date-outside-term", severity: "error" }];
    },
  },
  {
    name: "schedule-end-before-start",
    into: ["schedule-2024", "schedule-2023-dates-gantt"],
    plant: (v, t) => {
      const r = scheduleRow(scheduleOf(v), "1.2");
      const x = termMonth(t!, 0);
      r.end = r.end instanceof Date ? date(x.y, x.m, 20) : mon(x.y, x.m);
      return [{ sheet: sheetName(v, "schedule"), key: "1.2.end", rule: "schedule/end-before-start", severity: "error" }];
    },
  },
  {
    name: "schedule-responsible-missing",
    into: ["schedule-2024", "project-2024-2026", "schedule-2025-period-column"],
    plant: (v) => {
      scheduleRow(scheduleOf(v), "1.1.1").responsible = "";
      return [{ sheet: sheetName(v, "schedule"), key: "1.1.1.responsible", rule: "schedule/responsible-missing", severity: "error" }];
    },
  },
  {
    name: "schedule-period-outside-term",
    into: ["schedule-2025-period-column"],
    plant: (v) => {
      scheduleRow(scheduleOf(v), "2.1").period = "Май 2025 г. - февраль 2026 г.";
      return [
        { sheet: sheetName(v, "schedule"), key: "2.1.period", rule: "schedule/date-outside-term", severity: "error" },
        // and outside its stage (May–December)
        { sheet: sheetName(v, "schedule"), key: "2.1.period", rule: "schedule/outside-parent", severity: "error" },
      ];
    },
  },
  {
    name: "schedule-stage-numbering",
    into: ["schedule-2024", "schedule-2025-period-column"],
    plant: (v) => {
      const r = scheduleRow(scheduleOf(v), "1.2");
      r.number = String(r.number).replace("1.2", "1.3");
      return [{ sheet: sheetName(v, "schedule"), key: "1.2.number", rule: "schedule/numbering", severity: "warning" }];
    },
  },
  {
    name: "schedule-outside-passport-term",
    into: ["project-plan-without-own-term"],
    plant: (v) => {
      scheduleRow(scheduleOf(v), "2.2").end = date(2026, 1, 31);
      return [{ sheet: sheetName(v, "schedule"), key: "2.2.end", rule: "schedule/outside-passport-term", severity: "error" }];
    },
  },
];

/** Every mistake planted into each variant it names: a fresh copy each time. */
export function plantedVariants(): PlantedVariant[] {
  const clean = new Map(cleanVariants().map((v) => [v.name, v]));
  const out: PlantedVariant[] = [];
  for (const m of MISTAKES) {
    for (const name of m.into) {
      const base = clean.get(name);
      if (!base) throw new Error(`no variant ${name}`);
      const v: Variant = clone(base);
      const planted = m.plant(v, base.term);
      out.push({ ...v, name: `${m.name}--${name}`, planted });
    }
  }
  return out;
}
