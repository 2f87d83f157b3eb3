/** Clean calendar plans (планы-графики). */
import { date, PEOPLE, person, type ScheduleRowSpec, type ScheduleSpec, type Value } from "../../fixtures/pasted";
import { low, mon, MONTHS, termMonth, type Term } from "./terms";

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
