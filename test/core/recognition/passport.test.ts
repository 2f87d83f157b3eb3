import type { Passport } from "../../../src/core/model";
import { recognizeSheet } from "../../../src/core/recognition";
import { PASSPORT_ROW as R, seedLikePassportSheet } from "../../fixtures/seedLike";

function passport(s = seedLikePassportSheet()) {
  const r = recognizeSheet(s);
  expect(r.kind).toBe("passport");
  return { r, doc: r.document as Passport };
}

describe("a pasted passport", () => {
  it("is classified as a passport with nothing left unmapped", () => {
    const { r } = passport();
    expect(r.source).toBe("layout");
    expect(r.unmapped).toEqual([]);
  });

  it("reads the approval header with the protocol date and number", () => {
    const { doc } = passport();
    expect(doc.approval?.text.text).toBe("УТВЕРЖДЕН решением Комиссии по проектному управлению при Главе городского округа Краснолесье (протокол от 12.03.2017 № 2)");
    expect(doc.approval?.protocolDate).toEqual({ year: 2017, month: 3, day: 12 });
    expect(doc.approval?.protocolNumber).toBe("2");
  });

  it("reads the full name from the title rows", () => {
    const { doc } = passport();
    expect(doc.fullName).toMatchObject({ row: R.fullName, col: 0, text: "Сетевая методическая школа: диссеминация опыта педагогов-лидеров, в том числе посредством интернет-коммуникаций" });
  });

  it("reads label/value blocks: goal, term, leader, executor", () => {
    const { doc } = passport();
    expect(doc.goal).toMatchObject({ row: R.goal, col: 1 });
    expect(doc.term).toMatchObject({
      cell: { row: R.term, col: 1, text: "Апрель 2017 – декабрь 2017" },
      interval: { start: { year: 2017, month: 4, day: 1 }, end: { year: 2017, month: 12, day: 31 } },
    });
    expect(doc.leader?.persons.map((p) => [p.name, p.position])).toEqual([["Ветров Андрей Павлович", "Первый заместитель Главы Администрации городского округа Краснолесье"]]);
    expect(doc.executor?.persons.map((p) => p.name)).toEqual(["Полякова Марина Сергеевна"]);
  });

  it("reads four co-executors from one cell", () => {
    const { doc } = passport();
    expect(doc.coExecutors.flatMap((c) => c.persons).map((p) => p.name)).toEqual(["Гаврилова Ольга Петровна", "Рыбаков Игорь Семёнович", "Климова Анна Юрьевна", "Зуева Дарья Викторовна"]);
  });

  it("reads indicators: the base year column and the quarter columns under a merged year", () => {
    const { doc } = passport();
    const t = doc.indicators!;
    expect(t.baseCol).toBe(1);
    expect(t.baseYear).toBe(2016);
    expect(t.periods.map((p) => [p.col, p.year, p.quarter, p.kind])).toEqual([
      [2, 2017, 1, "plan"],
      [3, 2017, 2, "plan"],
      [4, 2017, 3, "plan"],
      [5, 2017, 4, "plan"],
    ]);
    expect(t.indicators.map((i) => [i.row, i.unit, i.direction, i.base?.number])).toEqual([
      [R.indicator1, "%", "growth", { kind: "number", value: 85, percent: true }],
      [R.indicator2, "%", "growth", { kind: "number", value: 3, percent: true }],
      [R.indicator3, undefined, "growth", { kind: "number", value: 1, percent: false }],
    ]);
    expect(t.indicators[0].plan.map((v) => v.value.text)).toEqual(["", "86%", "87%", "88%"]);
  });

  it("reads indicator quarters without a merged year header (the year carried to the right)", () => {
    const s = seedLikePassportSheet();
    s.merges = s.merges.filter((m) => m.top !== R.indicators);
    const { doc } = passport(s);
    expect(doc.indicators!.periods.map((p) => [p.year, p.quarter])).toEqual([
      [2017, 1],
      [2017, 2],
      [2017, 3],
      [2017, 4],
    ]);
  });

  it("takes «снижение» in an indicator's name as its direction", () => {
    const { doc } = passport(seedLikePassportSheet({ edits: [[R.indicator2, 0, "Снижение доли педагогов без повышения квалификации"]] }));
    expect(doc.indicators!.indicators[1]).toMatchObject({ direction: "decline", directionFrom: "name" });
  });

  it("reads results line by line", () => {
    const { doc } = passport();
    expect(doc.results).toHaveLength(3);
    expect(doc.results[1]).toMatchObject({ row: R.results, col: 1, text: "Обучение 100% руководителей городских методических объединений работе с педагогами с использованием ВКС платформы." });
  });

  it("reads financing: sources × years, the «Всего» row, the unit", () => {
    const { doc } = passport();
    const f = doc.financing!;
    expect(f.unit).toBe("тыс. руб.");
    expect(f.years).toEqual([{ col: 1, label: "2017 год", year: 2017 }]);
    expect(f.sources.map((s) => [s.name.text, s.values[0]?.number])).toEqual([
      ["средства федерального бюджета", { kind: "number", value: 0, percent: false }],
      ["средства бюджета субъекта", { kind: "number", value: 0, percent: false }],
      ["средства бюджета городского округа Краснолесье", { kind: "number", value: 1440, percent: false }],
      ["внебюджетные источники", { kind: "number", value: 3024, percent: false }],
    ]);
    expect(f.total).toMatchObject({ row: R.total, values: [{ row: R.total, col: 1, number: { kind: "number", value: 4464 } }] });
  });

  it("reads financing over several years with a «Всего» column", () => {
    const s = seedLikePassportSheet({
      edits: [
        [R.financing, 1, "2021 год"],
        [R.financing, 2, "2022 год"],
        [R.financing, 3, "Всего"],
        [R.local, 2, "100,00"],
        [R.local, 3, "1540,00"],
      ],
    });
    const f = passport(s).doc.financing!;
    expect(f.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(f.totalCol).toEqual({ col: 3, label: "Всего" });
    expect(f.sources[2].total?.number).toMatchObject({ value: 1540 });
  });

  it("reads programmes and takes a dash for «no priority projects»", () => {
    const { doc } = passport();
    expect(doc.programmes.map((p) => p.text)).toEqual(["Муниципальная программа городского округа Краснолесье «Образование Краснолесья» на 2017-2021 годы"]);
    expect(doc.priorityProjects).toEqual([]);
  });

  it("reads stages and control points by their hierarchical numbers, skipping the column-number row", () => {
    const { doc } = passport();
    const t = doc.stages!;
    expect(t).toMatchObject({ hasOutcomeColumn: true, hasResponsibleColumn: false, hasStartColumn: true, hasEndColumn: true });
    expect(t.stages.map((s) => [s.number?.text, s.controlPoints.map((c) => c.number?.text)])).toEqual([
      ["1", ["1.1.", "1.2.", "1.3."]],
      ["2", ["2.1.", "2.2."]],
      ["3", ["3.1.", "3.2.", "3.3.", "3.4.", "3.5.", "3.6.", "3.7.", "3.8."]],
      ["4", ["4.1."]],
    ]);
    expect(t.stages[0].start).toBeUndefined();
    const cp32 = t.stages[2].controlPoints[1];
    expect(cp32.start).toMatchObject({ row: R.cp32, col: 3, text: "Август 2017" });
    expect(t.stages[0].controlPoints[1].outcome).toBeUndefined();
  });

  it("reads the risks table", () => {
    const { doc } = passport();
    expect(doc.risks.map((r) => [r.row, r.number?.text, !!r.measure])).toEqual([
      [R.risk1, "1", true],
      [R.risk2, "2", true],
      [R.risk3, "3", true],
    ]);
  });

  it("keeps an unreadable term as text with no interval", () => {
    const { doc } = passport(seedLikePassportSheet({ edits: [[R.term, 1, "до завершения"]] }));
    expect(doc.term).toMatchObject({ interval: null, cell: { text: "до завершения" } });
  });

  it("reads a term given as two real dates", () => {
    const { doc } = passport(
      seedLikePassportSheet({
        edits: [
          [R.term, 1, 42826],
          [R.term, 2, 43070],
        ],
      }),
    );
    expect(doc.term?.interval).toEqual({ start: { year: 2017, month: 4, day: 1 }, end: { year: 2017, month: 12, day: 31 } });
  });
});

describe("what a pasted passport has that cannot be mapped", () => {
  it("notes a row above the first block", () => {
    const s = seedLikePassportSheet();
    s.values.unshift(["Приложение 3 к приказу", "", "", "", "", ""]);
    s.merges = s.merges.map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 }));
    const r = recognizeSheet(s);
    expect(r.kind).toBe("passport");
    expect(r.unmapped.map((n) => [n.rule, n.row, n.col])).toEqual([["recognition/unmapped-row", 0, 0]]);
  });

  it("notes an indicator row without a name", () => {
    const r = recognizeSheet(seedLikePassportSheet({ edits: [[R.indicator2, 0, ""]] }));
    expect(r.unmapped.map((n) => [n.rule, n.row])).toEqual([["recognition/unmapped-row", R.indicator2]]);
  });
});
