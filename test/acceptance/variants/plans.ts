/** Clean implementation plans in many layouts. */
import { ORG_SHORT, PEOPLE, person, type PlanActivitySpec, type PlanField, type PlanSpec, type Value } from "../../fixtures/pasted";
import { mon, periodsFor, termMonth, type Term } from "./terms";

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
