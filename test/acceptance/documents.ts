/**
 * Clean documents shaped like the seed documents (docs/DOMAIN.md) — a plan, a passport, a calendar plan — in many
 * layouts and terms, as specs (plain data) for the acceptance variants in variants.ts.
 */
import {
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
  type StageRowSpec,
  type Value,
} from "../fixtures/pasted";

export const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
const GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
export const mon = (y: number, m: number, g = " г.") => `${MONTHS[m - 1]} ${y}${g}`;
export const low = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export type Term = { kind: "school"; y: number } | { kind: "calendar"; y: number };

/** Month m of the term's i-th month (0 = first): school years start in September. */
export function termMonth(t: Term, i: number): { y: number; m: number } {
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
