/** Clean project passports in many layouts and terms. */
import { date, percent, ORG_SHORT, type PassportSpec, type StageRowSpec, type Value } from "../../fixtures/pasted";
import { low, MONTHS } from "./terms";

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
