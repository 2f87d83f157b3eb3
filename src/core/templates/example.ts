/**
 * The invented example project that `example: true` writes: a municipality that does not exist
 * (городской округ Светлогорье), invented people with obviously fake phones (8 (800) 000-00-0x), one calendar
 * year 2026. The three documents agree with each other: the plan's activities and the calendar plan's items
 * lie inside the passport's term, the calendar plan expands the passport's stages, each person keeps one
 * phone, planned values move in the indicator's direction and «Всего» is left to formulas.
 */
import type { Text } from "../i18n";
import type { YMD } from "../periods/types";
import type { ProjectTerm, YearMonth } from "./term";

export const EXAMPLE_TERM: ProjectTerm = { start: { year: 2026, month: 1 }, end: { year: 2026, month: 12 } };

export interface ExamplePerson {
  full: Text;
  short: Text;
  position: Text;
  phone: string;
}

const CENTRE: Text = { ru: "МКУ «Светлогорский методический центр»", en: "Svetlogorye Methodological Centre" };

export const PEOPLE = {
  vorontsova: {
    full: { ru: "Воронцова Елена Павловна", en: "Elena Pavlovna Vorontsova" },
    short: { ru: "Воронцова Е.П.", en: "Vorontsova E.P." },
    position: { ru: "заместитель главы администрации городского округа Светлогорье", en: "deputy head of the Svetlogorye urban district administration" },
    phone: "8 (800) 000-00-01",
  },
  tikhomirov: {
    full: { ru: "Тихомиров Андрей Сергеевич", en: "Andrey Sergeevich Tikhomirov" },
    short: { ru: "Тихомиров А.С.", en: "Tikhomirov A.S." },
    position: { ru: "начальник управления образования администрации городского округа Светлогорье", en: "head of the education department of the Svetlogorye urban district" },
    phone: "8 (800) 000-00-02",
  },
  belova: {
    full: { ru: "Белова Марина Игоревна", en: "Marina Igorevna Belova" },
    short: { ru: "Белова М.И.", en: "Belova M.I." },
    position: { ru: `директор ${CENTRE.ru}`, en: `director of the ${CENTRE.en}` },
    phone: "8 (800) 000-00-03",
  },
  latyshev: {
    full: { ru: "Латышев Олег Викторович", en: "Oleg Viktorovich Latyshev" },
    short: { ru: "Латышев О.В.", en: "Latyshev O.V." },
    position: { ru: `заместитель директора ${CENTRE.ru}`, en: `deputy director of the ${CENTRE.en}` },
    phone: "8 (800) 000-00-04",
  },
  ershova: {
    full: { ru: "Ершова Наталья Андреевна", en: "Natalya Andreevna Ershova" },
    short: { ru: "Ершова Н.А.", en: "Ershova N.A." },
    position: { ru: `методист ${CENTRE.ru}`, en: `methodologist of the ${CENTRE.en}` },
    phone: "8 (800) 000-00-05",
  },
  goncharov: {
    full: { ru: "Гончаров Илья Романович", en: "Ilya Romanovich Goncharov" },
    short: { ru: "Гончаров И.Р.", en: "Goncharov I.R." },
    position: { ru: "начальник отдела мониторинга управления образования", en: "head of the monitoring unit of the education department" },
    phone: "8 (800) 000-00-06",
  },
} satisfies Record<string, ExamplePerson>;

export type PersonKey = keyof typeof PEOPLE;

export interface ExampleIndicator {
  name: Text;
  /** index into LISTS.Units */
  unit: number;
  /** index into LISTS.Directions: 0 growth, 1 decline */
  direction: 0 | 1;
  base: number;
  /** one value per quarter of 2026 */
  plan: number[];
  fact: (number | null)[];
}

export interface ExampleStage {
  num: string;
  name: Text;
  outcome: Text;
  start: YearMonth;
  end: YearMonth;
  responsible: PersonKey;
  done?: YMD;
}

export interface ExampleActivity {
  activity: Text;
  period: Text;
  start: YMD;
  end: YMD;
  /** index into LISTS.Categories */
  category: number;
  count: number;
  responsible: PersonKey;
  result: Text;
}

export interface ExampleItem {
  /** index into LISTS.Levels: 0 stage, 1 activity, 2 control point */
  level: 0 | 1 | 2;
  num: string;
  name: Text;
  start: YMD;
  end: YMD;
  responsible: PersonKey;
  document: Text;
  done?: YMD;
}

const ym = (month: number): YearMonth => ({ year: 2026, month });
const d = (day: number, month: number): YMD => ({ year: 2026, month, day });

export const EXAMPLE = {
  approvalBody: {
    ru: "Комиссии по проектному управлению администрации городского округа Светлогорье",
    en: "the Project Management Commission of the Svetlogorye urban district administration",
  },
  approvalDate: d(14, 1),
  approvalNumber: "1",
  fullName: {
    ru: "Создание цифровой методической среды для развития профессионального мастерства педагогов городского округа Светлогорье",
    en: "A digital methodological environment for the professional growth of teachers of the Svetlogorye urban district",
  },
  shortName: { ru: "Цифровая методическая среда", en: "Digital methodological environment" },
  goal: {
    ru: "Обеспечить к декабрю 2026 года доступ педагогов городского округа Светлогорье к цифровым методическим ресурсам и сетевым формам повышения квалификации: не менее 80 % педагогов обучены в сетевой форме",
    en: "By December 2026 give the teachers of the Svetlogorye urban district access to digital methodological resources and networked in-service training: at least 80 % of teachers trained in networked form",
  },
  /** the base values' year, written under «Базовое значение» */
  baseYear: 2025,
  leader: "vorontsova" as PersonKey,
  executor: "tikhomirov" as PersonKey,
  coExecutors: ["belova", "latyshev", "ershova", "goncharov"] as PersonKey[],
  indicators: [
    {
      name: { ru: "Доля педагогов, прошедших повышение квалификации в сетевой форме", en: "Share of teachers trained in networked in-service courses" },
      unit: 0,
      direction: 0,
      base: 40,
      plan: [45, 55, 65, 80],
      fact: [46, 54, 60, null],
    },
    {
      name: { ru: "Количество образовательных организаций, подключённых к цифровой методической платформе", en: "Schools connected to the digital methodological platform" },
      unit: 2,
      direction: 0,
      base: 5,
      plan: [8, 14, 20, 26],
      fact: [9, 15, 21, null],
    },
    {
      name: { ru: "Доля педагогов с профессиональными дефицитами по итогам диагностики", en: "Share of teachers with professional gaps found by the diagnostics" },
      unit: 0,
      direction: 1,
      base: 35,
      plan: [33, 30, 27, 25],
      fact: [34, 33, 32, null],
    },
    {
      name: { ru: "Количество участников сетевых методических мероприятий", en: "Participants of networked methodological events" },
      unit: 1,
      direction: 0,
      base: 120,
      plan: [200, 350, 500, 650],
      fact: [210, 360, 480, null],
    },
  ] satisfies ExampleIndicator[],
  results: [
    {
      ru: "Создана цифровая методическая платформа, к ней подключены 26 образовательных организаций городского округа Светлогорье.",
      en: "A digital methodological platform is running, with 26 schools of the Svetlogorye urban district connected.",
    },
    { ru: "Не менее 80 % педагогов прошли повышение квалификации в сетевой форме.", en: "At least 80 % of teachers completed networked in-service training." },
    { ru: "Доля педагогов с профессиональными дефицитами снижена с 35 % до 25 %.", en: "The share of teachers with professional gaps is down from 35 % to 25 %." },
    { ru: "В сетевых методических мероприятиях приняли участие 650 человек.", en: "650 people took part in networked methodological events." },
  ] satisfies Text[],
  /** тыс. руб. per source (LISTS.Sources order) and year of the term */
  financing: [[0], [1250], [2480.5], [300]],
  programmes: {
    ru: "Муниципальная программа «Развитие образования городского округа Светлогорье» на 2024–2028 годы",
    en: "Municipal programme «Development of education in the Svetlogorye urban district» 2024–2028",
  },
  priorityProjects: { ru: "—", en: "—" },
  stages: [
    {
      num: "1",
      name: { ru: "Этап 1. «Инициирование и планирование проекта»", en: "Stage 1. «Initiation and planning»" },
      outcome: { ru: "Паспорт, сводный план и план-график проекта утверждены", en: "The passport, the implementation plan and the calendar plan approved" },
      start: ym(1),
      end: ym(2),
      responsible: "tikhomirov",
      done: d(12, 2),
    },
    {
      num: "1.1",
      name: { ru: "Контрольная точка 1. Паспорт проекта утверждён", en: "Control point 1. The project passport approved" },
      outcome: { ru: "Протокол заседания Комиссии по проектному управлению", en: "Minutes of the Project Management Commission" },
      start: ym(1),
      end: ym(1),
      responsible: "tikhomirov",
      done: d(14, 1),
    },
    {
      num: "1.2",
      name: { ru: "Контрольная точка 2. Сводный план реализации проекта утверждён", en: "Control point 2. The implementation plan approved" },
      outcome: { ru: "Приказ управления образования", en: "Order of the education department" },
      start: ym(1),
      end: ym(2),
      responsible: "belova",
      done: d(5, 2),
    },
    {
      num: "1.3",
      name: { ru: "Контрольная точка 3. План-график проекта утверждён", en: "Control point 3. The calendar plan approved" },
      outcome: { ru: "Приказ управления образования", en: "Order of the education department" },
      start: ym(2),
      end: ym(2),
      responsible: "tikhomirov",
      done: d(12, 2),
    },
    {
      num: "2",
      name: { ru: "Этап 2. «Создание цифровой методической платформы»", en: "Stage 2. «Building the digital methodological platform»" },
      outcome: { ru: "Платформа введена в эксплуатацию, образовательные организации подключены", en: "The platform in service, schools connected" },
      start: ym(3),
      end: ym(6),
      responsible: "belova",
      done: d(30, 6),
    },
    {
      num: "2.1",
      name: { ru: "Контрольная точка 1. Техническое задание на платформу согласовано", en: "Control point 1. The platform's specification agreed" },
      outcome: { ru: "Лист согласования технического задания", en: "Approval sheet of the specification" },
      start: ym(3),
      end: ym(3),
      responsible: "latyshev",
      done: d(20, 3),
    },
    {
      num: "2.2",
      name: { ru: "Контрольная точка 2. Платформа введена в опытную эксплуатацию", en: "Control point 2. The platform in trial operation" },
      outcome: { ru: "Акт ввода в опытную эксплуатацию", en: "Trial operation certificate" },
      start: ym(4),
      end: ym(5),
      responsible: "belova",
      done: d(29, 5),
    },
    {
      num: "2.3",
      name: { ru: "Контрольная точка 3. 14 образовательных организаций подключены к платформе", en: "Control point 3. 14 schools connected to the platform" },
      outcome: { ru: "Отчёт о подключении образовательных организаций", en: "Report on the connected schools" },
      start: ym(6),
      end: ym(6),
      responsible: "goncharov",
      done: d(30, 6),
    },
    {
      num: "3",
      name: { ru: "Этап 3. «Сетевое повышение квалификации педагогов»", en: "Stage 3. «Networked in-service training»" },
      outcome: { ru: "Педагоги прошли обучение, опыт представлен на конференции", en: "Teachers trained, experience presented at the conference" },
      start: ym(9),
      end: ym(11),
      responsible: "latyshev",
    },
    {
      num: "3.1",
      name: { ru: "Контрольная точка 1. Диагностика профессиональных дефицитов педагогов проведена", en: "Control point 1. Diagnostics of teachers' professional gaps done" },
      outcome: { ru: "Аналитическая справка по итогам диагностики", en: "Analytical note on the diagnostics" },
      start: ym(9),
      end: ym(9),
      responsible: "goncharov",
      done: d(30, 9),
    },
    {
      num: "3.2",
      name: { ru: "Контрольная точка 2. Сетевые курсы повышения квалификации проведены", en: "Control point 2. Networked in-service courses held" },
      outcome: { ru: "Отчёт об обучении, удостоверения о повышении квалификации", en: "Training report, course certificates" },
      start: ym(10),
      end: ym(11),
      responsible: "latyshev",
    },
    {
      num: "3.3",
      name: { ru: "Контрольная точка 3. Методическая конференция «Цифровая среда — педагогу» проведена", en: "Control point 3. Conference «Digital environment for teachers» held" },
      outcome: { ru: "Программа и резолюция конференции", en: "Programme and resolution of the conference" },
      start: ym(11),
      end: ym(11),
      responsible: "belova",
      done: d(20, 11),
    },
    {
      num: "4",
      name: { ru: "Этап 4. «Завершение проекта»", en: "Stage 4. «Closing the project»" },
      outcome: { ru: "Решение Комиссии по проектному управлению о завершении проекта", en: "Decision of the Project Management Commission to close the project" },
      start: ym(12),
      end: ym(12),
      responsible: "tikhomirov",
    },
    {
      num: "4.1",
      name: { ru: "Контрольная точка 1. Итоговый отчёт о реализации проекта рассмотрен на Комиссии", en: "Control point 1. The final report considered by the Commission" },
      outcome: { ru: "Решение Комиссии о плановом завершении проекта", en: "Decision of the Commission on the planned closing" },
      start: ym(12),
      end: ym(12),
      responsible: "tikhomirov",
    },
  ] satisfies ExampleStage[],
  risks: [
    {
      name: { ru: "Низкая мотивация педагогов к обучению в сетевой форме", en: "Teachers not motivated to train online" },
      measure: { ru: "Учёт результатов обучения при распределении стимулирующих выплат; наставничество в школах", en: "Count the training in incentive payments; mentoring in schools" },
    },
    {
      name: { ru: "Технические сбои платформы", en: "Platform outages" },
      measure: { ru: "Договор технической поддержки, резервное копирование данных", en: "A technical support contract, data backups" },
    },
    {
      name: { ru: "Недостаточная скорость интернета в отдельных школах", en: "Slow internet in some schools" },
      measure: { ru: "Обучение на базе методического центра для педагогов этих школ", en: "Training at the methodological centre for teachers of those schools" },
    },
  ] satisfies { name: Text; measure: Text }[],
  /** plan activities by section (LISTS.Sections order) */
  plan: [
    [
      {
        activity: { ru: "Разработка и утверждение положения о цифровой методической платформе", en: "Drafting and approving the regulation on the digital methodological platform" },
        period: { ru: "Январь 2026 г.", en: "01.2026" },
        start: d(1, 1),
        end: d(31, 1),
        category: 0,
        count: 6,
        responsible: "belova",
        result: { ru: "Приказ об утверждении положения о платформе", en: "Order approving the regulation" },
      },
      {
        activity: { ru: "Заседания рабочей группы проекта", en: "Meetings of the project working group" },
        period: { ru: "По плану (не реже, чем 1 раз в квартал)", en: "01.2026 - 12.2026" },
        start: d(1, 1),
        end: d(31, 12),
        category: 0,
        count: 8,
        responsible: "tikhomirov",
        result: { ru: "План заседаний, протоколы заседаний рабочей группы", en: "Meeting plan, minutes of the working group" },
      },
    ],
    [
      {
        activity: { ru: "Разработка методических рекомендаций по работе на цифровой методической платформе", en: "Guidelines for working on the digital methodological platform" },
        period: { ru: "Февраль - март 2026 г.", en: "02.2026 - 03.2026" },
        start: d(1, 2),
        end: d(31, 3),
        category: 0,
        count: 4,
        responsible: "ershova",
        result: { ru: "Методические рекомендации (электронное издание)", en: "Guidelines (electronic edition)" },
      },
      {
        activity: { ru: "Консультации для заместителей руководителей ОО по работе на платформе", en: "Consultations for deputy heads of schools on the platform" },
        period: { ru: "В течение года", en: "2026" },
        start: d(1, 1),
        end: d(31, 12),
        category: 1,
        count: 26,
        responsible: "ershova",
        result: { ru: "Методическое сопровождение подключения ОО к платформе", en: "Support for the schools joining the platform" },
      },
    ],
    [
      {
        activity: {
          ru: "Цикл вебинаров «Цифровые инструменты педагога»: 1 вебинар «Платформа: первые шаги»; 2 вебинар «Сетевые сообщества педагогов»; 3 вебинар «Цифровое портфолио педагога»",
          en: "Webinar series «Digital tools for teachers»: 1 «The platform: first steps»; 2 «Teacher networks»; 3 «A teacher's digital portfolio»",
        },
        period: { ru: "Март 2026 г. Июнь 2026 г. Октябрь 2026 г.", en: "03.2026, 06.2026, 10.2026" },
        start: d(1, 3),
        end: d(31, 10),
        category: 2,
        count: 150,
        responsible: "latyshev",
        result: { ru: "Рост цифровой компетентности педагогов", en: "Teachers' digital skills grow" },
      },
      {
        activity: { ru: "Сетевые курсы повышения квалификации «Цифровая методическая среда»", en: "Networked in-service course «Digital methodological environment»" },
        period: { ru: "Октябрь - ноябрь 2026 г.", en: "10.2026 - 11.2026" },
        start: d(1, 10),
        end: d(30, 11),
        category: 2,
        count: 300,
        responsible: "latyshev",
        result: { ru: "Удостоверения о повышении квалификации", en: "Course certificates" },
      },
    ],
    [
      {
        activity: { ru: "Методическая конференция «Цифровая среда — педагогу»", en: "Conference «Digital environment for teachers»" },
        period: { ru: "Ноябрь 2026 г.", en: "11.2026" },
        start: d(1, 11),
        end: d(30, 11),
        category: 1,
        count: 120,
        responsible: "belova",
        result: { ru: "Программа и резолюция конференции", en: "Programme and resolution of the conference" },
      },
      {
        activity: { ru: "Сборник лучших практик педагогов городского округа Светлогорье", en: "Collection of best practices of Svetlogorye teachers" },
        period: { ru: "Декабрь 2026 г.", en: "12.2026" },
        start: d(1, 12),
        end: d(31, 12),
        category: 2,
        count: 15,
        responsible: "ershova",
        result: { ru: "Сборник (электронное издание)", en: "Collection (electronic edition)" },
      },
    ],
    [
      {
        activity: { ru: "Размещение информации о ходе проекта на сайте управления образования", en: "News of the project on the education department's website" },
        period: { ru: "С января 2026 г. по декабрь 2026 г.", en: "01.2026 - 12.2026" },
        start: d(1, 1),
        end: d(31, 12),
        category: 0,
        count: 2,
        responsible: "ershova",
        result: { ru: "Информационная открытость проекта", en: "The project is open to the public" },
      },
      {
        activity: { ru: "Памятка для родителей о цифровых ресурсах школ", en: "A leaflet for parents on the schools' digital resources" },
        period: { ru: "Сентябрь 2026 г.", en: "09.2026" },
        start: d(1, 9),
        end: d(30, 9),
        category: 5,
        count: 500,
        responsible: "belova",
        result: { ru: "Памятка размещена на сайтах ОО", en: "The leaflet on the schools' websites" },
      },
    ],
    [
      {
        activity: { ru: "Диагностика профессиональных дефицитов педагогов", en: "Diagnostics of teachers' professional gaps" },
        period: { ru: "Сентябрь 2026 г.", en: "09.2026" },
        start: d(1, 9),
        end: d(30, 9),
        category: 2,
        count: 400,
        responsible: "goncharov",
        result: { ru: "Аналитическая справка по итогам диагностики", en: "Analytical note on the diagnostics" },
      },
      {
        activity: { ru: "Мониторинг показателей проекта", en: "Monitoring of the project's indicators" },
        period: { ru: "Март 2026 г. Июнь 2026 г. Сентябрь 2026 г. Декабрь 2026 г.", en: "03.2026, 06.2026, 09.2026, 12.2026" },
        start: d(1, 3),
        end: d(31, 12),
        category: 0,
        count: 3,
        responsible: "goncharov",
        result: { ru: "Ежеквартальные отчёты о достижении показателей", en: "Quarterly reports on the indicators" },
      },
      {
        activity: { ru: "Итоговый анализ результативности проекта", en: "Final analysis of the project's results" },
        period: { ru: "Декабрь 2026 г.", en: "12.2026" },
        start: d(1, 12),
        end: d(31, 12),
        category: 0,
        count: 3,
        responsible: "goncharov",
        result: { ru: "Итоговый отчёт о реализации проекта", en: "Final report of the project" },
      },
    ],
  ] satisfies ExampleActivity[][],
  schedule: [
    {
      level: 0,
      num: "1",
      name: { ru: "Инициирование и планирование проекта", en: "Initiation and planning" },
      start: d(12, 1),
      end: d(27, 2),
      responsible: "tikhomirov",
      document: { ru: "Утверждённые паспорт, сводный план и план-график", en: "Approved passport, plan and calendar plan" },
      done: d(12, 2),
    },
    {
      level: 1,
      num: "1.1",
      name: { ru: "Разработка и согласование паспорта проекта", en: "Drafting and agreeing the passport" },
      start: d(12, 1),
      end: d(14, 1),
      responsible: "tikhomirov",
      document: { ru: "Проект паспорта", en: "Draft passport" },
      done: d(14, 1),
    },
    {
      level: 2,
      num: "1.1.1",
      name: { ru: "Паспорт проекта утверждён", en: "The project passport approved" },
      start: d(14, 1),
      end: d(14, 1),
      responsible: "tikhomirov",
      document: { ru: "Протокол Комиссии от 14.01.2026 № 1", en: "Commission minutes of 14.01.2026 No. 1" },
      done: d(14, 1),
    },
    {
      level: 1,
      num: "1.2",
      name: { ru: "Разработка сводного плана и плана-графика", en: "Drafting the implementation and calendar plans" },
      start: d(15, 1),
      end: d(12, 2),
      responsible: "belova",
      document: { ru: "Проекты планов", en: "Draft plans" },
      done: d(12, 2),
    },
    {
      level: 2,
      num: "1.2.1",
      name: { ru: "Сводный план реализации проекта утверждён", en: "The implementation plan approved" },
      start: d(5, 2),
      end: d(5, 2),
      responsible: "belova",
      document: { ru: "Приказ управления образования", en: "Order of the education department" },
      done: d(5, 2),
    },
    {
      level: 2,
      num: "1.2.2",
      name: { ru: "План-график проекта утверждён", en: "The calendar plan approved" },
      start: d(12, 2),
      end: d(12, 2),
      responsible: "tikhomirov",
      document: { ru: "Приказ управления образования", en: "Order of the education department" },
      done: d(12, 2),
    },
    {
      level: 0,
      num: "2",
      name: { ru: "Создание цифровой методической платформы", en: "Building the digital methodological platform" },
      start: d(2, 3),
      end: d(30, 6),
      responsible: "belova",
      document: { ru: "Платформа в эксплуатации", en: "The platform in service" },
      done: d(30, 6),
    },
    {
      level: 1,
      num: "2.1",
      name: { ru: "Разработка и согласование технического задания", en: "Drafting and agreeing the specification" },
      start: d(2, 3),
      end: d(20, 3),
      responsible: "latyshev",
      document: { ru: "Техническое задание", en: "Specification" },
      done: d(20, 3),
    },
    {
      level: 2,
      num: "2.1.1",
      name: { ru: "Техническое задание согласовано", en: "The specification agreed" },
      start: d(20, 3),
      end: d(20, 3),
      responsible: "latyshev",
      document: { ru: "Лист согласования", en: "Approval sheet" },
      done: d(20, 3),
    },
    {
      level: 1,
      num: "2.2",
      name: { ru: "Настройка платформы и опытная эксплуатация", en: "Setting up the platform, trial operation" },
      start: d(1, 4),
      end: d(29, 5),
      responsible: "belova",
      document: { ru: "Журнал опытной эксплуатации", en: "Trial operation log" },
      done: d(29, 5),
    },
    {
      level: 2,
      num: "2.2.1",
      name: { ru: "Платформа введена в опытную эксплуатацию", en: "The platform in trial operation" },
      start: d(29, 5),
      end: d(29, 5),
      responsible: "belova",
      document: { ru: "Акт ввода в опытную эксплуатацию", en: "Trial operation certificate" },
      done: d(29, 5),
    },
    {
      level: 1,
      num: "2.3",
      name: { ru: "Подключение образовательных организаций к платформе", en: "Connecting schools to the platform" },
      start: d(1, 6),
      end: d(30, 6),
      responsible: "goncharov",
      document: { ru: "График подключения", en: "Connection schedule" },
      done: d(30, 6),
    },
    {
      level: 2,
      num: "2.3.1",
      name: { ru: "14 образовательных организаций подключены к платформе", en: "14 schools connected to the platform" },
      start: d(30, 6),
      end: d(30, 6),
      responsible: "goncharov",
      document: { ru: "Отчёт о подключении", en: "Connection report" },
      done: d(30, 6),
    },
    {
      level: 0,
      num: "3",
      name: { ru: "Сетевое повышение квалификации педагогов", en: "Networked in-service training" },
      start: d(1, 9),
      end: d(30, 11),
      responsible: "latyshev",
      document: { ru: "Отчёт об обучении", en: "Training report" },
    },
    {
      level: 1,
      num: "3.1",
      name: { ru: "Диагностика профессиональных дефицитов педагогов", en: "Diagnostics of teachers' professional gaps" },
      start: d(1, 9),
      end: d(30, 9),
      responsible: "goncharov",
      document: { ru: "Результаты диагностики", en: "Diagnostics results" },
      done: d(30, 9),
    },
    {
      level: 2,
      num: "3.1.1",
      name: { ru: "Аналитическая справка по итогам диагностики подготовлена", en: "Analytical note on the diagnostics ready" },
      start: d(30, 9),
      end: d(30, 9),
      responsible: "goncharov",
      document: { ru: "Аналитическая справка", en: "Analytical note" },
      done: d(30, 9),
    },
    {
      level: 1,
      num: "3.2",
      name: { ru: "Сетевые курсы «Цифровая методическая среда»", en: "Networked course «Digital methodological environment»" },
      start: d(1, 10),
      end: d(30, 11),
      responsible: "latyshev",
      document: { ru: "Программа курсов", en: "Course programme" },
    },
    {
      level: 2,
      num: "3.2.1",
      name: { ru: "Сетевые курсы повышения квалификации проведены", en: "Networked in-service courses held" },
      start: d(30, 11),
      end: d(30, 11),
      responsible: "latyshev",
      document: { ru: "Отчёт об обучении", en: "Training report" },
    },
    {
      level: 1,
      num: "3.3",
      name: { ru: "Методическая конференция «Цифровая среда — педагогу»", en: "Conference «Digital environment for teachers»" },
      start: d(16, 11),
      end: d(20, 11),
      responsible: "belova",
      document: { ru: "Программа конференции", en: "Conference programme" },
      done: d(20, 11),
    },
    {
      level: 2,
      num: "3.3.1",
      name: { ru: "Конференция проведена", en: "The conference held" },
      start: d(20, 11),
      end: d(20, 11),
      responsible: "belova",
      document: { ru: "Резолюция конференции", en: "Conference resolution" },
      done: d(20, 11),
    },
    {
      level: 0,
      num: "4",
      name: { ru: "Завершение проекта", en: "Closing the project" },
      start: d(1, 12),
      end: d(25, 12),
      responsible: "tikhomirov",
      document: { ru: "Решение Комиссии о завершении проекта", en: "Commission's decision to close the project" },
    },
    {
      level: 1,
      num: "4.1",
      name: { ru: "Подготовка и рассмотрение итогового отчёта о реализации проекта", en: "Preparing and presenting the final report" },
      start: d(1, 12),
      end: d(25, 12),
      responsible: "goncharov",
      document: { ru: "Итоговый отчёт", en: "Final report" },
    },
    {
      level: 2,
      num: "4.1.1",
      name: { ru: "Итоговый отчёт рассмотрен на Комиссии по проектному управлению", en: "The final report considered by the Commission" },
      start: d(25, 12),
      end: d(25, 12),
      responsible: "tikhomirov",
      document: { ru: "Решение Комиссии о плановом завершении проекта", en: "Commission's decision on the planned closing" },
    },
  ] satisfies ExampleItem[],
};
