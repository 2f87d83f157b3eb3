/**
 * Recognition of what pasted documents really hold, beyond the seed documents (docs/DOMAIN.md): found by the acceptance variants
 * (test/acceptance) and pinned here one by one.
 */
import { parsePeople, recognizeWorkbook } from "../../../src/core/recognition";
import { isTotalKey, headerQuarter } from "../../../src/core/recognition/tables";
import { termFromTexts } from "../../../src/core/recognition/terms";
import { parseTerm } from "../../../src/core/periods";
import type { ImplementationPlan, TextCell } from "../../../src/core/model";
import { validateWorkbook } from "../../../src/core/rules";
import { across, DIRECTOR, PLAN_HEADER, sheet, workbook, type Row } from "../../fixtures/seedLike";

const plan = (rows: Row[], merges = [across(2, 0, 6)]) => workbook([sheet("План", rows, merges, 7)]);
const planDoc = (rows: Row[], merges?: ReturnType<typeof across>[]) => recognizeWorkbook(plan(rows, merges)).sheets[0].document as ImplementationPlan;
const act = (n: number | string, period = "Октябрь 2021 г.", count: number | string = 5, resp = DIRECTOR): Row => [n, `Мероприятие ${n}`, period, "Педагоги", count, resp, "Протокол"];

describe("people", () => {
  it("a patronymic ending in «-ич» (Ильич, Кузьмич, Лукич) is a full name", () => {
    const p = parsePeople("Первый заместитель главы администрации городского округа Верхнеозёрск Суханов Геннадий Ильич").persons;
    expect(p).toEqual([{ name: "Суханов Геннадий Ильич", position: "Первый заместитель главы администрации городского округа Верхнеозёрск", phones: [], key: "суханов г.и." }]);
    expect(parsePeople("директор Фомин Пётр Кузьмич").persons[0].key).toBe("фомин п.к.");
  });

  it("the English templates' Latin names: «Belova M.I.», «M.I. Belova», «Marina Igorevna Belova» are one person", () => {
    expect(parsePeople("Belova M.I., director, 8 (800) 000-00-03").persons).toEqual([{ name: "Belova M.I.", position: "director", phones: ["8 (800) 000-00-03"], key: "belova m.i." }]);
    expect(parsePeople("M.I. Belova").persons[0].key).toBe("belova m.i.");
    const full = parsePeople("Marina Igorevna Belova, director of the Svetlogorye Methodological Centre").persons;
    expect(full.map((x) => [x.name, x.position, x.key])).toEqual([["Marina Igorevna Belova", "director of the Svetlogorye Methodological Centre", "belova m.i."]]);
    expect(parsePeople("Ilya Romanovich Goncharov").persons[0].key).toBe("goncharov i.r.");
  });

  it("English words are not names", () => {
    expect(parsePeople("Order of the education department No. 5").persons).toEqual([]);
  });
});

describe("plan tables", () => {
  it("a column-number row «1 2 3 4 5 6 7» under the header is not an activity numbered 1", () => {
    const doc = planDoc([["План на 2021-2022 учебный год"], PLAN_HEADER, [1, 2, 3, 4, 5, 6, 7], ["Методическая деятельность"], act(1), act(2)], [across(3, 0, 6)]);
    expect(doc.sections.map((s) => [s.name?.text, s.activities.map((a) => a.row)])).toEqual([["Методическая деятельность", [4, 5]]]);
  });

  it("«Итоговые мероприятия» is a section, not a total row", () => {
    expect(isTotalKey("итоговыемероприятия")).toBe(false);
    expect(isTotalKey("итоговаяконференция")).toBe(false);
    expect(isTotalKey("итого")).toBe(true);
    expect(isTotalKey("итогозапериод")).toBe(true);
    expect(isTotalKey("всего")).toBe(true);
    const doc = planDoc([["План на 2021-2022 учебный год"], PLAN_HEADER, ["Методическая деятельность"], act(1), ["Итоговые мероприятия"], act(1, "Май 2022 г.")], [across(2, 0, 6), across(4, 0, 6)]);
    expect(doc.sections.map((s) => s.name?.text)).toEqual(["Методическая деятельность", "Итоговые мероприятия"]);
  });

  it("a two-row header: «Участники» over «Категория | Количество»", () => {
    const top: Row = ["№ п/п", "Деятельность", "Сроки", "Участники", "", "Ответственный (ФИО, должность), конт.тел.", "Результат"];
    const sub: Row = ["", "", "", "Категория", "Количество", "", ""];
    const rows = [["План на 2021-2022 учебный год"], top, sub, ["Методическая деятельность"], act(1, "Октябрь 2021 г.", "много")];
    const doc = planDoc(rows, [across(1, 3, 4), across(3, 0, 6)]);
    expect(doc.columns).toMatchObject({ category: 3, count: 4 });
    const rep = validateWorkbook(plan(rows, [across(1, 3, 4), across(3, 0, 6)])).sheets[0];
    expect(rep.findings.map((f) => [f.row, f.col, f.rule])).toEqual([[4, 4, "plan/participants-not-number"]]);
  });

  it("a section that is one word of the header («Мероприятия …») after the header is still a section", () => {
    const doc = planDoc([["План на 2021-2022 учебный год"], PLAN_HEADER, ["Мероприятия по информационному сопровождению"], act(1)]);
    expect(doc.sections.map((s) => s.name?.text)).toEqual(["Мероприятия по информационному сопровождению"]);
  });

  it("numbering that runs on through the plan, or restarts, is in order; one wrong number is one warning", () => {
    const rows = (nums: number[][]): Row[] => [["План на 2021-2022 учебный год"], PLAN_HEADER, ...nums.flatMap((sec, i) => [[`Раздел ${i + 1}`] as Row, ...sec.map((n) => act(n))])];
    const numbering = (nums: number[][]) =>
      validateWorkbook(plan(rows(nums), []))
        .sheets[0].findings.filter((f) => f.rule === "plan/numbering")
        .map((f) => f.row);
    expect(
      numbering([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toEqual([]);
    expect(
      numbering([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toEqual([]);
    expect(numbering([[1, 2, 2, 4]])).toEqual([5]);
    expect(numbering([[1, 3, 4]])).toEqual([4]);
  });

  it("the English template's headers are read (Activity, Period, Participants, Number of participants, Responsible (name), Position)", () => {
    const header: Row = ["No.", "Activity", "Period (as text, e.g. «10.2026»)", "Participants", "Number of participants", "Responsible (name)", "Position", "Phone", "Result: effect / product"];
    const doc = recognizeWorkbook(
      workbook([
        sheet(
          "Plan",
          [["Implementation plan"], header, ["Methodological activity"], [1, "Webinar", "03.2026", "Teachers", 150, "Latyshev O.V.", "deputy director", "8 (800) 000-00-04", "Skills"]],
          [across(2, 0, 8)],
          9,
        ),
      ]),
    ).sheets[0].document as ImplementationPlan;
    expect(doc.columns).toEqual({ number: 0, activity: 1, period: 2, category: 3, count: 4, responsible: 5, position: 6, phone: 7, result: 8 });
    expect(doc.sections[0].activities[0].responsible?.persons).toEqual([{ name: "Latyshev O.V.", position: "deputy director", phones: ["8 (800) 000-00-04"], key: "latyshev o.v." }]);
  });
});

describe("a column that holds only a name by design", () => {
  it("a calendar plan's «Ответственный»: no position is asked for", () => {
    const rows: Row[] = [
      ["План-график проекта на 2024 год"],
      ["№", "Наименование", "Начало", "Окончание", "Ответственный", "Документ"],
      ["1", "Этап 1. Подготовка", "Январь 2024 г.", "Март 2024 г.", "Крылов Д.А.", ""],
      ["1.1", "Контрольная точка: положение утверждено", "Март 2024 г.", "Март 2024 г.", "Крылов Д.А.", "Приказ"],
    ];
    const rep = validateWorkbook(workbook([sheet("План-график", rows)])).sheets[0];
    expect(rep.kind).toBe("schedule");
    expect(rep.findings.filter((f) => f.rule === "person/position-missing")).toEqual([]);
  });

  it("a plan's «Ответственный (ФИО, должность), конт.тел.» asks for it", () => {
    const rep = validateWorkbook(plan([["План на 2021-2022 учебный год"], PLAN_HEADER, ["Методическая деятельность"], act(1, "Октябрь 2021 г.", 5, "Крылов Д.А., т. 45-12-31")])).sheets[0];
    expect(rep.findings.filter((f) => f.rule === "person/position-missing").map((f) => [f.row, f.col])).toEqual([[3, 5]]);
  });
});

describe("terms in titles", () => {
  const cell = (text: string, row: number): TextCell => ({ row, col: 0, raw: text, text });

  it("a year inside a name in quotes is not the term", () => {
    expect(parseTerm("План реализации проекта «Образование-2030»")).toBeNull();
    expect(parseTerm("План реализации проекта «Наставничество-2030» на 2025 год")).toEqual({ start: { year: 2025, month: 1, day: 1 }, end: { year: 2025, month: 12, day: 31 } });
  });

  it("the year of an approval stamp left blank («__» ______ 2021 г.) is not the term", () => {
    expect(parseTerm("«___» ____________ 2021 г.")).toBeNull();
  });

  it("of the title lines, the clearest statement of a term wins", () => {
    const t = termFromTexts([cell("УТВЕРЖДАЮ", 0), cell("Приказ от 2021 г.", 1), cell("План реализации проекта", 2), cell("на 2021-2022 учебный год", 3)], "title");
    expect(t?.cell.row).toBe(3);
    expect(t?.interval).toEqual({ start: { year: 2021, month: 9, day: 1 }, end: { year: 2022, month: 8, day: 31 } });
  });

  it("English quarter headers: «Q1 2026», «quarter 2», «3rd quarter»", () => {
    expect(headerQuarter("Q1 2026")).toBe(1);
    expect(headerQuarter("quarter 2")).toBe(2);
    expect(headerQuarter("3rd quarter")).toBe(3);
    expect(headerQuarter("I квартал")).toBe(1);
    expect(headerQuarter("2026")).toBeUndefined();
  });
});

describe("classification", () => {
  it("a plan that opens with the project's details (goal, term, leader) is still a plan", () => {
    const rows: Row[] = [
      ["План реализации проекта «Сетевая школа наставничества»"],
      ["Цель проекта: профессиональный рост молодых педагогов"],
      ["Срок реализации проекта: 2021-2022 учебный год"],
      ["Руководитель проекта: Воронина Т.С., директор"],
      PLAN_HEADER,
      ["Методическая деятельность"],
      act(1),
    ];
    const rec = recognizeWorkbook(workbook([sheet("План", rows, [across(5, 0, 6)], 7)])).sheets[0];
    expect(rec.kind).toBe("plan");
    expect((rec.document as ImplementationPlan).sections[0].activities).toHaveLength(1);
  });
});

describe("one person, one phone", () => {
  const twoCells = (a: string, b: string) =>
    validateWorkbook(plan([["План на 2021-2022 учебный год"], PLAN_HEADER, ["Методическая деятельность"], act(1, "Октябрь 2021 г.", 5, a), act(2, "Ноябрь 2021 г.", 5, b)])).sheets[0].findings.filter(
      (f) => f.rule === "person/phone-mismatch",
    );

  it("the same number with or without the city code or the country prefix is one phone", () => {
    expect(twoCells("Воронина Т.С., директор, т. 45-12-30", "Воронина Т.С., директор, тел. 8 (8482) 45-12-30")).toEqual([]);
    expect(twoCells("Воронина Т.С., директор, +7 846 200-11-22", "Воронина Т.С., директор, 8 (846) 200-11-22")).toEqual([]);
  });

  it("different numbers are two phones", () => {
    expect(twoCells("Воронина Т.С., директор, т. 45-12-30", "Воронина Т.С., директор, т. 45-99-99").map((f) => f.row)).toEqual([3, 4]);
  });
});
