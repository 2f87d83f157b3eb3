import type { CalendarPlan } from "../../../src/core/model";
import { scheduleItems } from "../../../src/core/model";
import { recognizeSheet } from "../../../src/core/recognition";
import { SCHEDULE_ROW as R, seedLikeScheduleSheet, sheet } from "../../fixtures/seedLike";

describe("a pasted calendar plan (план-график)", () => {
  it("is classified as a schedule; Gantt month columns are ignored", () => {
    const r = recognizeSheet(seedLikeScheduleSheet());
    expect(r.kind).toBe("schedule");
    expect(r.unmapped).toEqual([]);
    const doc = r.document as CalendarPlan;
    expect(doc.columns).toEqual({ number: 0, name: 1, start: 2, end: 3, responsible: 4, document: 5 });
    expect(doc.term?.interval).toEqual({ start: { year: 2021, month: 9, day: 1 }, end: { year: 2022, month: 8, day: 31 } });
  });

  it("builds the hierarchy stage → activity → control point from the numbering", () => {
    const doc = recognizeSheet(seedLikeScheduleSheet()).document as CalendarPlan;
    expect(doc.stages.map((s) => [s.number?.text, s.activities.map((a) => [a.number?.text, a.controlPoints.map((c) => c.number?.text)]), s.controlPoints.map((c) => c.number?.text)])).toEqual([
      [
        "1",
        [
          ["1.1", ["1.1.1"]],
          ["1.2", []],
        ],
        ["1.3"],
      ],
      ["2", [["2.1", ["2.1.1"]]], []],
    ]);
    expect(scheduleItems(doc).map((i) => i.row)).toEqual([R.stage1, R.act11, R.cp111, R.act12, R.cp12, R.stage2, R.act21, R.cp211]);
  });

  it("takes the kind from a «Уровень» column when there is one", () => {
    const s = sheet("График", [
      ["План-график проекта"],
      ["Уровень", "№", "Наименование", "Начало", "Окончание", "Ответственный", "Подтверждающий документ"],
      ["этап", "1", "Подготовка", "Сентябрь 2021 г.", "Октябрь 2021 г.", "Лебедева И.П., директор", ""],
      ["контрольная точка", "1.1", "Положение утверждено", "Сентябрь 2021 г.", "Сентябрь 2021 г.", "Лебедева И.П., директор", "Приказ"],
    ]);
    const doc = recognizeSheet(s).document as CalendarPlan;
    expect(doc.stages[0].controlPoints.map((c) => c.kind)).toEqual(["controlPoint"]);
  });

  it("reports an item before the first stage", () => {
    const s = seedLikeScheduleSheet({
      edits: [
        [R.stage1, 0, "0.5"],
        [R.stage1, 1, "Подготовительное мероприятие"],
      ],
    });
    const r = recognizeSheet(s);
    expect(r.unmapped.map((n) => [n.rule, n.row])).toContainEqual(["recognition/unmapped-row", R.stage1]);
  });
});
