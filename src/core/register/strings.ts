/** Every text the register's sheets show, in both languages. */
import type { Lang, Text } from "../i18n";

export const R = {
  registerSheet: { ru: "Свод", en: "Register" },
  indicatorsSheet: { ru: "Свод — показатели", en: "Register — indicators" },
  pointsSheet: { ru: "Свод — контрольные точки", en: "Register — control points" },
  findingsSheet: { ru: "Свод — замечания", en: "Register — findings" },

  title: { ru: "Свод проектов", en: "Register of projects" },
  indicatorsTitle: { ru: "Показатели проектов: план, факт и достижение по периодам", en: "Project indicators: plan, actual and achievement per period" },
  pointsTitle: { ru: "Контрольные точки проектов на дату отчёта", en: "Project control points as of the report date" },
  findingsTitle: { ru: "Замечания проверки по файлам свода", en: "Check findings per file of the register" },
  backToRegister: { ru: "← к своду", en: "← to the register" },

  settings: { ru: "Настройки свода (можно менять: формулы пересчитаются)", en: "Register settings (change them: the formulas recalculate)" },
  asOf: { ru: "Дата отчёта", en: "Report date" },
  asOfOnly: { ru: "Введите дату, например 30.06.2026.", en: "Enter a date, e.g. 30/06/2026." },
  countOnly: { ru: "Целое число от 0: сколько показателей, точек или ошибок.", en: "A whole number from 0: how many indicators, points or errors." },
  behindIndicators: { ru: "«Отстаёт», если показателей «отстаёт» не менее", en: "«Behind» when indicators «behind» are at least" },
  behindPoints: { ru: "«Отстаёт», если просроченных контрольных точек не менее", en: "«Behind» when overdue control points are at least" },
  riskIndicators: { ru: "«Под риском», если показателей «под риском» не менее", en: "«At risk» when indicators «at risk» are at least" },
  riskErrors: { ru: "«Под риском», если ошибок проверки не менее", en: "«At risk» when check errors are at least" },
  projectStatuses: { ru: "Статусы проекта", en: "Project statuses" },
  indicatorStatuses: { ru: "Статусы показателя", en: "Indicator statuses" },
  pointStatuses: { ru: "Статусы контрольной точки", en: "Control point statuses" },

  // project statuses
  projectOk: { ru: "в норме", en: "on track" },
  projectRisk: { ru: "под риском", en: "at risk" },
  projectBehind: { ru: "отстаёт", en: "behind" },
  projectUnreadable: { ru: "не прочитан", en: "not read" },
  projectEmpty: { ru: "нет документов", en: "no documents" },
  // indicator statuses (the passport's own thresholds)
  indAchieved: { ru: "достигнут", en: "achieved" },
  indRisk: { ru: "под риском", en: "at risk" },
  indBehind: { ru: "отстаёт", en: "behind" },
  indNoFact: { ru: "нет факта", en: "no actual" },
  // control point statuses as of the report date
  cpDone: { ru: "выполнена", en: "done" },
  cpDue: { ru: "срок в этом месяце", en: "due this month" },
  cpOverdue: { ru: "просрочена", en: "overdue" },
  cpPlanned: { ru: "в плане", en: "planned" },
  cpNoDate: { ru: "нет срока", en: "no date" },

  // register columns
  colNo: { ru: "№", en: "No." },
  colFile: { ru: "Файл", en: "File" },
  colOrganisation: { ru: "Организация", en: "Organisation" },
  colProject: { ru: "Проект", en: "Project" },
  colStatus: { ru: "Статус", en: "Status" },
  colLeader: { ru: "Руководитель", en: "Leader" },
  colStart: { ru: "Начало", en: "Start" },
  colEnd: { ru: "Окончание", en: "End" },
  colDocuments: { ru: "Документы", en: "Documents" },
  colErrors: { ru: "Ошибок", en: "Errors" },
  colWarnings: { ru: "Предупреждений", en: "Warnings" },
  colFindings: { ru: "Замечания", en: "Findings" },
  colIndicators: { ru: "Показателей", en: "Indicators" },
  colAchieved: { ru: "Достигнуто", en: "Achieved" },
  colAtRisk: { ru: "Под риском", en: "At risk" },
  colBehind: { ru: "Отстаёт", en: "Behind" },
  colPoints: { ru: "Контрольных точек", en: "Control points" },
  colDone: { ru: "Выполнено", en: "Done" },
  colDue: { ru: "Срок в этом месяце", en: "Due this month" },
  colOverdue: { ru: "Просрочено", en: "Overdue" },
  colFinancing: { ru: "Финансирование, всего", en: "Financing, total" },
  colNote: { ru: "Примечание", en: "Note" },
  total: { ru: "Итого", en: "Total" },
  link: { ru: "перейти", en: "open" },

  // indicators sheet
  colIndicator: { ru: "Показатель", en: "Indicator" },
  colUnit: { ru: "Ед. изм.", en: "Unit" },
  colDirection: { ru: "Направление", en: "Direction" },
  colBase: { ru: "Базовое значение", en: "Base value" },
  colPlan: { ru: "план", en: "plan" },
  colFact: { ru: "факт", en: "actual" },
  colAchievement: { ru: "достижение", en: "achievement" },
  colLatest: { ru: "Достижение на последний период с фактом", en: "Achievement, latest period with an actual" },
  colOnPlan: { ru: "Порог «в плане» паспорта", en: "Passport's «on plan» threshold" },
  colRiskThreshold: { ru: "Порог «риск» паспорта", en: "Passport's «at risk» threshold" },
  growth: { ru: "рост", en: "growth" },
  decline: { ru: "снижение", en: "decline" },

  // control points sheet
  colSource: { ru: "Документ", en: "Document" },
  colStage: { ru: "Этап", en: "Stage" },
  colPoint: { ru: "Контрольная точка", en: "Control point" },
  colDeadline: { ru: "Срок", en: "Deadline" },
  colDoneMark: { ru: "Отметка о выполнении", en: "Done mark" },
  colResponsible: { ru: "Ответственный", en: "Responsible" },

  // findings sheet
  colSheet: { ru: "Лист", en: "Sheet" },
  colCell: { ru: "Ячейка", en: "Cell" },
  colSeverity: { ru: "Важность", en: "Severity" },
  colRule: { ru: "Правило", en: "Rule" },
  colMessage: { ru: "Сообщение", en: "Message" },
  error: { ru: "ошибка", en: "error" },
  warning: { ru: "предупреждение", en: "warning" },
  info: { ru: "сведение", en: "info" },

  passport: { ru: "паспорт", en: "passport" },
  plan: { ru: "план реализации", en: "implementation plan" },
  schedule: { ru: "план-график", en: "calendar plan" },
  noDocuments: { ru: "в файле не найдено ни паспорта, ни плана", en: "the file holds no passport or plan" },
  unreadable: { ru: "файл не прочитан", en: "the file was not read" },
} satisfies Record<string, Text>;

export type RegisterString = keyof typeof R;

export function rs(key: RegisterString, lang: Lang): string {
  return R[key][lang];
}
