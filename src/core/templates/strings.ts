/**
 * Every string the templates write into a sheet, Russian first. One entry per text, both languages side by
 * side so that a missing translation is a compile error. The invented example project lives in example.ts.
 */
import type { Lang, Text } from "../i18n";

/** A list of words in both languages (drop-down sources); the two lists are aligned item by item. */
export interface TextList {
  ru: readonly string[];
  en: readonly string[];
}

export const T = {
  // sheet names
  sheetPassport: { ru: "Паспорт", en: "Passport" },
  sheetPlan: { ru: "План реализации", en: "Implementation plan" },
  sheetSchedule: { ru: "План-график", en: "Calendar plan" },

  // passport: approval header and title
  approved: { ru: "УТВЕРЖДЕН", en: "APPROVED" },
  approvedBy: { ru: "решением", en: "by decision of" },
  protocolDate: { ru: "протокол от", en: "minutes of" },
  protocolNumber: { ru: "№", en: "No." },
  passportTitle: { ru: "ПАСПОРТ ПРОЕКТА", en: "PROJECT PASSPORT" },
  fullName: { ru: "Наименование проекта (полное)", en: "Project name (full)" },
  shortName: { ru: "Краткое наименование", en: "Short name" },
  goal: { ru: "Цель проекта", en: "Project goal" },
  termStart: { ru: "Срок реализации: месяц и год начала", en: "Term: month and year of the start" },
  termEnd: { ru: "Срок реализации: месяц и год окончания", en: "Term: month and year of the end" },
  // prompt titles: Excel takes at most VALIDATION_TEXT_LIMITS.title (32) characters (core/excelLimits.ts; tested in test/core/templates)
  termStartPrompt: { ru: "Начало проекта (месяц, год)", en: "Project start (month, year)" },
  termEndPrompt: { ru: "Окончание проекта (месяц, год)", en: "Project end (month, year)" },
  termHint: {
    ru:
      "Первое число месяца, например 01.01.2027. Периоды показателей и годы финансирования построены по сроку при создании листа; " +
      "чтобы изменить срок, создайте паспорт заново (панель «Проектный офис» → «Шаблоны») или поправьте заголовки периодов.",
    en:
      "The first day of a month, e.g. 01.01.2027. Indicator periods and financing years were laid out from the term when the " +
      "sheet was made; to change the term, create the passport again («Project office» pane → «Templates») or edit the period headers.",
  },
  termNote: {
    ru: "← первое число месяца; как изменить срок — в подсказке ячейки",
    en: "← the first day of a month; how to change the term: see the cell's prompt",
  },
  people: { ru: "Участники проекта", en: "Project team" },
  fio: { ru: "ФИО", en: "Full name" },
  position: { ru: "Должность", en: "Position" },
  phone: { ru: "Телефон", en: "Phone" },
  leader: { ru: "Руководитель проекта", en: "Project leader" },
  executor: { ru: "Ответственный исполнитель", en: "Responsible executor" },
  coExecutors: { ru: "Исполнители и соисполнители", en: "Executors and co-executors" },

  // passport: indicators
  indicatorsTitle: { ru: "Показатели проекта", en: "Project indicators" },
  num: { ru: "№", en: "No." },
  numPP: { ru: "№ п/п", en: "No." },
  indicatorName: { ru: "Наименование показателя", en: "Indicator" },
  unit: { ru: "Ед. изм.", en: "Unit" },
  direction: { ru: "Направление", en: "Direction" },
  baseValue: { ru: "Базовое значение", en: "Base value" },
  plan: { ru: "план", en: "plan" },
  fact: { ru: "факт", en: "actual" },
  achievement: { ru: "Достижение = (факт − база) / (план − база)", en: "Achievement = (actual − base) / (plan − base)" },
  directionPrompt: {
    ru: "Рост: достижение = (факт − база) / (план − база). Снижение: (база − факт) / (база − план). Пусто, пока нет факта.",
    en: "Growth: achievement = (actual − base) / (plan − base). Decline: (base − actual) / (base − plan). Blank until there is an actual value.",
  },
  latest: { ru: "Текущее достижение", en: "Latest achievement" },
  status: { ru: "Статус", en: "Status" },

  // passport: results, financing, programmes
  resultsTitle: { ru: "Результаты проекта", en: "Project results" },
  result: { ru: "Результат", en: "Result" },
  financingTitle: { ru: "Источники финансирования проекта, тыс. руб.", en: "Funding sources, thousand roubles" },
  source: { ru: "Источник финансирования", en: "Funding source" },
  total: { ru: "Всего", en: "Total" },
  totalPeriod: { ru: "Всего за период", en: "Total for the term" },
  programmes: { ru: "Связанные муниципальные программы", en: "Related municipal programmes" },
  priorityProjects: {
    ru: "Связь с приоритетными проектами (при отсутствии — прочерк)",
    en: "Link to priority projects (a dash if none)",
  },

  // passport: stages and control points
  stagesTitle: { ru: "Этапы и контрольные точки", en: "Stages and control points" },
  stageName: { ru: "Наименование этапа / контрольной точки", en: "Stage / control point" },
  outcome: { ru: "Итоги завершения этапа / контрольной точки (подтверждающий документ)", en: "Completion outcome (proving document)" },
  startMonth: { ru: "Срок начала", en: "Start" },
  endMonth: { ru: "Срок окончания", en: "End" },
  responsible: { ru: "Ответственный", en: "Responsible" },
  doneMark: { ru: "Выполнено (отметка или фактическая дата)", en: "Done (a mark or the actual date)" },

  // passport: risks
  risksTitle: { ru: "Ключевые риски реализации проекта", en: "Key risks of the project" },
  riskName: { ru: "Наименование риска", en: "Risk" },
  riskMeasure: { ru: "Мероприятие по предупреждению риска", en: "Preventive measure" },

  // passport: settings of compute
  settingsTitle: { ru: "Настройки расчёта: светофор показателей и статусы контрольных точек", en: "Calculation settings: indicator traffic light and control point statuses" },
  settingsLabel: { ru: "Статус", en: "Status" },
  settingsThreshold: { ru: "Достижение не менее", en: "Achievement at least" },
  settingsNote: { ru: "Примечание", en: "Note" },
  onPlan: { ru: "в плане", en: "on plan" },
  atRisk: { ru: "риск", en: "at risk" },
  behind: { ru: "отставание", en: "behind" },
  done: { ru: "выполнено", en: "done" },
  due: { ru: "срок в этом месяце", en: "due this month" },
  overdue: { ru: "просрочено", en: "overdue" },
  byDefault: {
    ru: "по умолчанию; порог — настройка, а не норматив (официальных порогов нет), его можно изменить",
    en: "default; a setting, not a rule (there are no official thresholds), change it if needed",
  },
  behindNote: { ru: "ниже порога «риск»", en: "below the «at risk» threshold" },
  doneNote: { ru: "есть отметка о выполнении или фактическая дата", en: "a completion mark or an actual date is filled in" },
  dueNote: { ru: "срок окончания — в текущем месяце, отметки о выполнении нет", en: "ends this month, not marked done" },
  overdueNote: { ru: "срок окончания прошёл, отметки о выполнении нет", en: "the end has passed, not marked done" },

  // passport: compute's chart of plan and fact per indicator
  chartTitle: { ru: "План и факт по показателям: последний период с фактом", en: "Plan and actual per indicator: the latest period with an actual value" },
  chartSection: {
    ru: "Диаграмма «План и факт по показателям» (данные — формулы расчёта)",
    en: "Chart «Plan and actual per indicator» (the data are the calculation's formulas)",
  },
  chartLabel: { ru: "Показатель", en: "Indicator" },
  chartPeriod: { ru: "Период", en: "Period" },
  chartPlan: { ru: "План", en: "Plan" },
  chartFact: { ru: "Факт", en: "Actual" },
  // the printed footer (Excel's codes: &P the page, &N the pages)
  pageOfPages: { ru: "Страница &P из &N", en: "Page &P of &N" },
  chartPlaceholder: {
    ru: "Здесь команда «Рассчитать» надстройки «Проектный офис» строит в Excel диаграмму «План и факт по показателям». В файл, рассчитанный из командной строки, диаграмма не записывается.",
    en: "Here the «Compute» command of the «Project office» add-in makes the chart «Plan and actual per indicator» in Excel. A file computed by the command line holds no chart.",
  },

  // implementation plan
  planTitle: { ru: "План реализации проекта", en: "Implementation plan of the project" },
  projectTerm: { ru: "Срок реализации проекта", en: "Project term" },
  termDash: { ru: "–", en: "–" },
  activity: { ru: "Деятельность", en: "Activity" },
  period: {
    ru: "Сроки (текстом, как в документе: «Октябрь 2021 г.», «Ноябрь - декабрь 2021 г.», «В течение года», или дата)",
    en: "Period (as text, e.g. «10.2026», «11.2026 - 12.2026», «2026», Russian «Октябрь 2026 г.», or a date)",
  },
  startDate: { ru: "Начало (дата, необязательно)", en: "Start (date, optional)" },
  endDate: { ru: "Окончание (дата, необязательно)", en: "End (date, optional)" },
  category: { ru: "Категория участников", en: "Participants" },
  participants: { ru: "Количество участников", en: "Number of participants" },
  responsibleName: { ru: "Ответственный (ФИО)", en: "Responsible (name)" },
  resultEffect: { ru: "Результат-эффект / результат-продукт", en: "Result: effect / product" },
  section: { ru: "Раздел (для сводки)", en: "Section (for the summary)" },
  summaryTitle: { ru: "Сводка по плану (формулы; следуют за изменениями плана)", en: "Plan summary (formulas that follow the plan)" },
  summarySection: { ru: "Раздел", en: "Section" },
  summaryActivities: { ru: "Мероприятий", en: "Activities" },
  summaryParticipants: { ru: "Участников", en: "Participants" },
  summaryTotal: { ru: "Итого", en: "Total" },
  summaryPerson: { ru: "Ответственный (заполняется расчётом)", en: "Responsible (filled by the calculation)" },

  // calendar plan
  scheduleTitle: { ru: "План-график проекта", en: "Calendar plan of the project" },
  level: { ru: "Уровень", en: "Level" },
  itemNum: { ru: "№", en: "No." },
  itemName: { ru: "Наименование", en: "Name" },
  itemStart: { ru: "Начало", en: "Start" },
  itemEnd: { ru: "Окончание", en: "End" },
  document: { ru: "Подтверждающий документ", en: "Proving document" },
  doneDate: { ru: "Выполнено (отметка / факт. дата)", en: "Done (mark / actual date)" },
  legendTitle: { ru: "Условные обозначения (на них ссылаются формулы статуса и диаграммы)", en: "Legend (the status and chart formulas refer to it)" },
  legendHeader: { ru: "Статус / уровень", en: "Status / level" },
  legendBar: { ru: "полоса по месяцам от начала до окончания", en: "a bar over the months from start to end" },
  legendControlPoint: { ru: "отметка в месяце срока окончания", en: "a mark in the month of the end" },

  // lists sheet
  listSections: { ru: "Разделы плана реализации", en: "Plan sections" },
  listCategories: { ru: "Категории участников", en: "Participant categories" },
  listUnits: { ru: "Единицы измерения", en: "Units" },
  listDirections: { ru: "Направление показателя", en: "Indicator direction" },
  listSources: { ru: "Источники финансирования", en: "Funding sources" },
  listLevels: { ru: "Уровни плана-графика", en: "Calendar plan levels" },

  // validation messages
  pickFromList: { ru: "Выберите значение из списка.", en: "Pick a value from the list." },
  pickOrType: { ru: "Выберите из списка или впишите своё.", en: "Pick from the list or type your own." },
  wholeNonNegative: { ru: "Целое число не меньше 0.", en: "A whole number, 0 or more." },
  numberOnly: { ru: "Введите число (без единиц измерения и знака %).", en: "Enter a number (no units, no % sign)." },
  moneyOnly: { ru: "Сумма в тыс. руб., число не меньше 0.", en: "An amount in thousand roubles, 0 or more." },
  dateOnly: { ru: "Введите дату, например 01.09.2026.", en: "Enter a date, e.g. 01.09.2026." },
  thresholdOnly: { ru: "Доля от 0 до 1 (95 % = 0,95).", en: "A share from 0 to 1 (95 % = 0.95)." },
  invalidTitle: { ru: "Проверка значения", en: "Check the value" },

  // placeholders of a blank template
  projectPlaceholder: { ru: "«Наименование проекта»", en: "«Project name»" },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof T;

export function tr(key: StringKey, lang: Lang): string {
  return T[key][lang];
}

export const LISTS = {
  Sections: {
    ru: ["Организационно-нормативная деятельность", "Методическая деятельность", "Образовательная деятельность", "Диссеминация опыта", "Информационная деятельность", "Мониторинг результативности"],
    en: ["Organisational and regulatory activity", "Methodological activity", "Educational activity", "Dissemination of experience", "Information activity", "Monitoring of results"],
  },
  Categories: {
    ru: [
      "Администрация и педагогические работники методического центра",
      "Руководители и заместители руководителей ОО",
      "Педагогические работники ОО",
      "Проектные команды ОО",
      "Обучающиеся",
      "Родители (законные представители)",
      "Общественность",
    ],
    en: ["Administration and staff of the methodological centre", "Heads and deputy heads of schools", "Teachers", "School project teams", "Students", "Parents", "The public"],
  },
  Units: { ru: ["%", "чел.", "ед.", "тыс. руб."], en: ["%", "persons", "units", "thous. RUB"] },
  Directions: { ru: ["рост", "снижение"], en: ["growth", "decline"] },
  Sources: {
    ru: ["федеральный бюджет", "бюджет субъекта", "местный бюджет", "внебюджетные источники"],
    en: ["federal budget", "regional budget", "local budget", "extra-budgetary sources"],
  },
  Levels: { ru: ["этап", "мероприятие", "контрольная точка"], en: ["stage", "activity", "control point"] },
} satisfies Record<string, TextList>;

export type ListKey = keyof typeof LISTS;

export const LIST_TITLES: Record<ListKey, StringKey> = {
  Sections: "listSections",
  Categories: "listCategories",
  Units: "listUnits",
  Directions: "listDirections",
  Sources: "listSources",
  Levels: "listLevels",
};

const ROMAN = ["I", "II", "III", "IV"];

/** «I квартал 2026» / «Q1 2026» */
export function quarterLabel(quarter: number, year: number, lang: Lang): string {
  return lang === "ru" ? `${ROMAN[quarter - 1]} квартал ${year}` : `Q${quarter} ${year}`;
}

/** «I кв.» / «Q1» */
export function quarterShortLabel(quarter: number, lang: Lang): string {
  return lang === "ru" ? `${ROMAN[quarter - 1]} кв.` : `Q${quarter}`;
}

/** «2026 год» / «2026» */
export function yearLabel(year: number, lang: Lang): string {
  return lang === "ru" ? `${year} год` : String(year);
}

/** «План реализации проекта «Цифровая методическая среда»» */
export function titled(key: "planTitle" | "scheduleTitle", projectName: string | undefined, lang: Lang): string {
  return `${tr(key, lang)} ${projectName ? `«${projectName}»` : tr("projectPlaceholder", lang)}`;
}
