import type { ImplementationPlan } from "../../../src/core/model";
import { planActivities } from "../../../src/core/model";
import { recognizeSheet } from "../../../src/core/recognition";
import { across, PLAN_COL, PLAN_HEADER, PLAN_ROW, seedLikePlanSheet, sheet } from "../../fixtures/seedLike";

function plan(s = seedLikePlanSheet()) {
  const r = recognizeSheet(s);
  expect(r.kind).toBe("plan");
  return { r, doc: r.document as ImplementationPlan };
}

describe("a pasted implementation plan", () => {
  it("is classified as a plan and read from its layout", () => {
    const { r } = plan();
    expect(r.source).toBe("layout");
    expect(r.unmapped).toEqual([]);
  });

  it("takes the merged title rows as the title and the school year as the term", () => {
    const { doc } = plan();
    expect(doc.title?.text).toMatch(/^План реализации городского проекта «Развитие инновационной активности .* на 2021-2022 учебный год$/);
    expect(doc.term?.interval).toEqual({ start: { year: 2021, month: 9, day: 1 }, end: { year: 2022, month: 8, day: 31 } });
    expect(doc.term?.cell.row).toBe(PLAN_ROW.termTitle);
  });

  it("finds the columns in the header row", () => {
    const { doc } = plan();
    expect(doc.columns).toEqual(PLAN_COL);
    expect(doc.headerRow).toBe(PLAN_ROW.header1);
  });

  it("reads the six sections with numbering restarting in each, across repeated headers", () => {
    const { doc } = plan();
    expect(doc.sections.map((s) => [s.name?.text, s.activities.map((a) => a.number?.text)])).toEqual([
      ["Организационно-нормативная деятельность", ["1"]],
      ["Методическая деятельность", ["1"]],
      ["Образовательная деятельность", ["1", "2", "3", "4"]],
      ["Диссеминация инновационного опыта", ["1", "2", "3"]],
      ["Информационная деятельность", ["1", "2", "3"]],
      ["Мониторинг результативности деятельности", ["1", "2"]],
    ]);
  });

  it("skips the header repeated at page breaks, also with broken words («Количес тво участни ков»)", () => {
    const { doc } = plan();
    const rows = planActivities(doc).map((a) => a.row);
    for (const h of [PLAN_ROW.header2, PLAN_ROW.header3, PLAN_ROW.header4, PLAN_ROW.header5]) expect(rows).not.toContain(h);
  });

  it("merges the row split at a page break into the row before", () => {
    const { doc } = plan();
    const monitoring = planActivities(doc).find((a) => a.row === PLAN_ROW.monitoring)!;
    expect(monitoring.participantsCategory?.text).toBe("Администрация, педагогические работники МБУ ДО ЦРО, ОО");
    expect(monitoring.participantsCategory?.also).toEqual([{ row: PLAN_ROW.fragment, col: PLAN_COL.category }]);
    expect(monitoring.continuedAt).toEqual([PLAN_ROW.fragment]);
    expect(planActivities(doc).map((a) => a.row)).not.toContain(PLAN_ROW.fragment);
  });

  it("keeps every value with the cell it came from", () => {
    const { doc } = plan();
    const sessions = planActivities(doc).find((a) => a.row === PLAN_ROW.sessions)!;
    expect(sessions.period).toMatchObject({ row: PLAN_ROW.sessions, col: PLAN_COL.period, text: "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г." });
    expect(sessions.participantsCount).toMatchObject({ row: PLAN_ROW.sessions, col: PLAN_COL.count, number: { kind: "number", value: 25 } });
  });

  it("splits several people in one responsible cell", () => {
    const { doc } = plan();
    const a = planActivities(doc).find((x) => x.row === PLAN_ROW.review)!;
    expect(a.responsible?.persons.map((p) => [p.name, p.position, p.phones])).toEqual([
      ["Лебедева И.П.", "директор", ["31-40-12"]],
      ["Морозова Е.В.", "зам.директора", ["31-40-27"]],
    ]);
  });

  it("reads counts written as text with a decimal comma", () => {
    const s = seedLikePlanSheet({ edits: [[PLAN_ROW.bank, PLAN_COL.count, "35,0"]] });
    const a = planActivities(plan(s).doc).find((x) => x.row === PLAN_ROW.bank)!;
    expect(a.participantsCount?.number).toEqual({ kind: "number", value: 35, percent: false });
  });

  it("reads a section row that is a merge across the table even when its text is not in the first column", () => {
    const s = sheet(
      "П",
      [["План на 2021-2022 учебный год"], PLAN_HEADER, ["", "Раздел в середине"], [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол"]],
      [across(2, 1, 6)],
      7,
    );
    const doc = recognizeSheet(s).document as ImplementationPlan;
    expect(doc.sections.map((x) => x.name?.text)).toEqual(["Раздел в середине"]);
  });

  it("takes a vertically merged responsible cell for every row it covers", () => {
    const s = sheet(
      "П",
      [
        ["План на 2021-2022 учебный год"],
        PLAN_HEADER,
        [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол"],
        [2, "Вебинар", "Ноябрь 2021 г.", "Педагоги", 5, "", "Запись"],
      ],
      [{ top: 2, bottom: 3, left: 5, right: 5 }],
      7,
    );
    const doc = recognizeSheet(s).document as ImplementationPlan;
    expect(planActivities(doc).map((a) => a.responsible?.persons[0]?.name)).toEqual(["Лебедева И.П.", "Лебедева И.П."]);
  });

  it("reports a row it cannot map instead of guessing", () => {
    const s = sheet(
      "П",
      [["План на 2021-2022 учебный год"], PLAN_HEADER, ["", "", "", "", "", "", "Подпись"], [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол"]],
      [],
      7,
    );
    const r = recognizeSheet(s);
    expect(r.unmapped).toHaveLength(1);
    expect(r.unmapped[0]).toMatchObject({ rule: "recognition/unmapped-row", severity: "info", row: 2, col: 6 });
    expect(r.unmapped[0].message.ru).toContain("Не удалось распознать строку «Подпись»");
  });

  it("reports a text under the table as not recognised, not as an empty section", () => {
    const s = sheet(
      "П",
      [["План на 2021-2022 учебный год"], PLAN_HEADER, [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол"], [], ["Исполнитель: Морозова Е.В."]],
      [],
      7,
    );
    const r = recognizeSheet(s);
    const doc = r.document as ImplementationPlan;
    expect(doc.sections).toHaveLength(1);
    expect(r.unmapped.map((n) => [n.rule, n.row])).toEqual([["recognition/unmapped-row", 4]]);
  });

  it("notes a responsible cell with no recognisable name", () => {
    const s = sheet("П", [["План на 2021-2022 учебный год"], PLAN_HEADER, [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Администрация МБУ ДО ЦРО", "Протокол"]], [], 7);
    const r = recognizeSheet(s);
    expect(r.unmapped.map((n) => [n.rule, n.severity, n.row, n.col])).toEqual([["recognition/person", "warning", 2, 5]]);
  });

  it("notes a header column it does not know", () => {
    const s = sheet("П", [["План на 2021-2022 учебный год"], [...PLAN_HEADER, "Примечание"], [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол", ""]], [], 8);
    const r = recognizeSheet(s);
    expect(r.unmapped.map((n) => [n.rule, n.col])).toEqual([["recognition/unknown-column", 7]]);
  });
});
