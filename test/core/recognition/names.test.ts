import type { CalendarPlan, ImplementationPlan, Passport } from "../../../src/core/model";
import { planActivities } from "../../../src/core/model";
import { recognizeSheet, recognizeWorkbook } from "../../../src/core/recognition";
import { buildTemplate, type TemplateKind } from "../../../src/core/templates";
import type { WorkbookSnapshot } from "../../../src/core/workbook";
import { planToSnapshot } from "../../helpers/planToSnapshot";
import { sheet } from "../../fixtures/seedLike";

function templates(example: boolean): WorkbookSnapshot {
  let wb: WorkbookSnapshot = { sheets: [], names: [] };
  for (const [kind, name] of [
    ["passport", "Паспорт"],
    ["plan", "План"],
    ["schedule", "График"],
  ] as [TemplateKind, string][]) {
    const plans = buildTemplate(kind, {
      lang: "ru",
      sheetName: name,
      instance: 1,
      example,
      existingSheets: wb.sheets.map((s) => s.name),
      existingNames: wb.names.map((n) => n.name),
      today: { year: 2025, month: 5, day: 1 },
    });
    wb = planToSnapshot(plans, wb);
  }
  return wb;
}

describe("sheets the add-in made are read through their named ranges", () => {
  const rec = recognizeWorkbook(templates(true));
  const by = (name: string) => rec.sheets.find((s) => s.sheet === name)!;

  it("classifies each template sheet by its names, with nothing unmapped", () => {
    expect(rec.sheets.map((s) => [s.sheet, s.kind, s.source])).toEqual([
      ["_po_lists", "other", "none"],
      ["Паспорт", "passport", "names"],
      ["План", "plan", "names"],
      ["График", "schedule", "names"],
    ]);
    for (const s of rec.sheets) expect(s.unmapped).toEqual([]);
  });

  it("reads the passport's blocks: term from two dates, people from «ФИО | Должность | Телефон» rows, tables", () => {
    const p = by("Паспорт").document as Passport;
    expect(p.term?.interval).toEqual({ start: { year: 2026, month: 1, day: 1 }, end: { year: 2026, month: 12, day: 31 } });
    expect(p.leader?.persons).toHaveLength(1);
    expect(p.leader?.persons[0].position).toBeTruthy();
    expect(p.leader?.persons[0].phones).toHaveLength(1);
    expect(p.coExecutors.length).toBeGreaterThan(1);
    for (const c of p.coExecutors) expect(c.persons).toHaveLength(1);
    expect(p.indicators!.indicators.length).toBeGreaterThan(0);
    expect(p.indicators!.periods).toContainEqual(expect.objectContaining({ kind: "fact" }));
    expect(p.indicators!.indicators).toContainEqual(expect.objectContaining({ direction: "decline", directionFrom: "column" }));
    expect(p.financing!.sources.length).toBeGreaterThan(0);
    // the names of what is wrong, so a failure says which
    expect(p.stages!.stages.filter((s) => s.controlPoints.length === 0).map((s) => s.name.text)).toEqual([]);
    expect(p.risks.filter((r) => !r.measure).map((r) => r.name.text)).toEqual([]);
    expect(p.results.map((r) => r.text).filter((t) => /^\d+$/.test(t) || t === "Результат")).toEqual([]);
  });

  it("reads the plan's table, title and term", () => {
    const plan = by("План").document as ImplementationPlan;
    expect(plan.title?.text).toMatch(/^План реализации/);
    expect(plan.term?.interval).toBeTruthy();
    expect(planActivities(plan).length).toBeGreaterThan(0);
    expect(
      planActivities(plan)
        .filter((a) => !(a.responsible && a.responsible.persons.length === 1 && a.responsible.persons[0].position))
        .map((a) => a.row),
    ).toEqual([]);
  });

  it("reads the calendar plan's items", () => {
    const s = by("График").document as CalendarPlan;
    expect(s.stages.length).toBeGreaterThan(0);
    expect(s.stages.filter((st) => st.activities.length === 0).map((st) => st.name.text)).toEqual([]);
  });

  it("reads blank templates without notes of unmapped rows", () => {
    for (const s of recognizeWorkbook(templates(false)).sheets) expect(s.unmapped.filter((n) => n.rule === "recognition/unmapped-row")).toEqual([]);
  });

  it("uses a name only for the sheet it points into, and the first instance when there are two", () => {
    const s = sheet("Лист", [
      ["Срок реализации", "Апрель 2017 – декабрь 2017"],
      ["Руководитель", "Ветров А.П., директор"],
    ]);
    const names = [
      { name: "PO_Passport2_Leader", sheet: "Лист", ref: { top: 1, left: 1, bottom: 1, right: 1 }, formula: "=Лист!$B$2" },
      { name: "PO_Passport1_TermStart", sheet: "Лист", ref: { top: 0, left: 1, bottom: 0, right: 1 }, formula: "=Лист!$B$1" },
      { name: "PO_Plan1_Title", sheet: "Другой", ref: { top: 0, left: 0, bottom: 0, right: 0 }, formula: "=Другой!$A$1" },
    ];
    const r = recognizeSheet(s, names);
    expect(r.kind).toBe("passport");
    expect(r.unmapped.map((n) => n.rule)).toEqual(["recognition/second-document"]);
  });
});
