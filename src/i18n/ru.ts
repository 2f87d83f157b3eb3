/** Every string of the task pane, ribbon commands and command line, in Russian. en.ts mirrors it key for key. */
export const ru = {
  appName: "Проектный офис",
  tabs: { templates: "Шаблоны", validation: "Проверка", compute: "Расчёт" },
  common: {
    working: "Выполняется…",
    cancel: "Отменить",
    done: "Готово",
    close: "Закрыть",
    notInExcel: "Надстройка открыта вне Excel: команды работают с книгой предпросмотра.",
    error: "Ошибка",
    syncs: (n: number) => `обращений к Excel: ${n}`,
  },
  templates: {
    intro: "Создайте лист по шаблону. Существующие листы не изменяются: новый лист получает свободное имя.",
    passport: "Паспорт проекта",
    passportHint: "Сроки, руководитель, показатели по периодам, финансирование, этапы и контрольные точки, риски.",
    plan: "План реализации",
    planHint: "Разделы, мероприятия, сроки, участники, ответственные и результаты.",
    schedule: "План-график",
    scheduleHint: "Этапы → мероприятия → контрольные точки с диаграммой Ганта по месяцам.",
    create: "Создать",
    insertExample: "Вставить пример",
    created: (sheet: string) => `Создан лист «${sheet}».`,
  },
  validation: {
    intro: "Проверка всей книги по модели проекта: паспорт, план реализации, план-график.",
    run: "Проверить книгу",
    clear: "Снять отметки",
    cleared: "Отметки проверки сняты, прежние заливки и примечания восстановлены.",
    none: "Замечаний нет.",
    notRun: "Проверка ещё не запускалась.",
    filterAll: "Все",
    errors: "Ошибки",
    warnings: "Предупреждения",
    infos: "Сведения",
    counts: (e: number, w: number, i: number) => `Ошибок: ${e}, предупреждений: ${w}, сведений: ${i}`,
    kind: { passport: "паспорт проекта", plan: "план реализации", schedule: "план-график", other: "не распознан" },
    goTo: "Перейти к ячейке",
  },
  compute: {
    intro: "Достижение показателей, статусы, итоги бюджета, сводка плана и статусы контрольных точек — живыми формулами.",
    run: "Рассчитать",
    done: (cells: number) => `Записано ячеек: ${cells}. Формулы пересчитываются и без надстройки.`,
    conflicts: (n: number) => `В ${n} ячейк(ах) расчёта введены значения вручную. Перезаписать их?`,
    overwrite: "Перезаписать",
    keep: "Оставить как есть",
  },
  commands: {
    pending: (what: string) => `Команда «${what}» откроет результат в этой панели.`,
  },
  severity: { error: "ошибка", warning: "предупреждение", info: "сведение" },
  cli: {
    usage: `Использование:
  project-office new passport|plan|schedule OUT.xlsx [--example] [--lang ru|en]
  project-office validate FILE|DIR... [--json] [--report OUT.xlsx] [--lang ru|en]
  project-office compute FILE.xlsx [-o OUT.xlsx] [--in-place] [--lang ru|en]
  project-office --help | --version

Коды выхода: 0 — всё в порядке, 1 — найдены ошибки, 2 — неверный вызов или файл не читается.`,
    unknownCommand: (c: string) => `Неизвестная команда «${c}». Справка: project-office --help`,
    badOption: (msg: string) => `Неверный параметр: ${msg}. Справка: project-office --help`,
    badLang: (l: string) => `Язык «${l}» не поддерживается: укажите ru или en.`,
    missingArg: (what: string) => `Не указан ${what}. Справка: project-office --help`,
    notImplemented: (c: string) => `Команда «${c}» пока не реализована.`,
    unreadable: (file: string, reason: string) => `${file}: файл не прочитан — ${reason}`,
    written: (file: string) => `Записан файл ${file}`,
    exists: (file: string) => `Файл ${file} уже существует; выберите другое имя.`,
  },
};
