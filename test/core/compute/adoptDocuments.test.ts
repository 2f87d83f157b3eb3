/**
 * Copying a recognised plan and calendar plan into their templates: every activity lands under its section
 * (by the section's first word; an unknown section is placed and said in a note), periods become start and
 * end dates inside the term, people go to their name, position and phone columns, and the copy is recognised
 * again through the template's names with the same activities.
 */
import { adoptPlan, adoptSchedule } from "../../../src/core/compute/adoptDocuments";
import type { CalendarPlan, ImplementationPlan } from "../../../src/core/model";
import { recognizeSheet } from "../../../src/core/recognition";
import { planToSnapshot } from "../../helpers/planToSnapshot";
import { seedLikePlanSheet, seedLikeScheduleSheet, PLAN_ROW, workbook } from "../../fixtures/seedLike";

const empty = workbook([]);

function snapshotOf(plans: ReturnType<typeof adoptPlan>["plans"]) {
  return planToSnapshot(plans);
}

test("the seed-shaped plan: 14 activities under the template's six sections, dates inside the term", () => {
  const doc = recognizeSheet(seedLikePlanSheet()).document as ImplementationPlan;
  const r = adoptPlan(empty, doc, { lang: "ru", today: { year: 2021, month: 8, day: 1 } });
  expect(r.sheet).toBe("План реализации");
  const wb = snapshotOf(r.plans);
  const again = recognizeSheet(
    wb.sheets.find((s) => s.name === r.sheet)!,
    wb.names,
  ).document as ImplementationPlan;
  const names = (p: ImplementationPlan) => p.sections.flatMap((s) => s.activities.map((a) => a.activity?.text).filter(Boolean));
  expect(names(again)).toEqual(names(doc));
  const review = again.sections.flatMap((s) => s.activities).find((a) => a.activity?.text.startsWith("Городской смотр"))!;
  expect(review.responsible?.persons.map((p) => p.name)).toEqual(["Лебедева И.П.", "Морозова Е.В."]);
  expect(typeof review.start?.raw).toBe("number");
  expect(r.notes[0].ru).toContain("«План реализации»");
});

test("a section the template does not have is placed in one it has, and the note says so", () => {
  const sheet = seedLikePlanSheet({ edits: [[PLAN_ROW.sectionInfo, 0, "Работа с родительской общественностью"]] });
  const doc = recognizeSheet(sheet).document as ImplementationPlan;
  const r = adoptPlan(empty, doc, { lang: "ru" });
  expect(r.notes.some((n) => n.ru.includes("«Работа с родительской общественностью» →"))).toBe(true);
  const wb = snapshotOf(r.plans);
  const again = recognizeSheet(
    wb.sheets.find((s) => s.name === r.sheet)!,
    wb.names,
  ).document as ImplementationPlan;
  expect(again.sections.flatMap((s) => s.activities).filter((a) => a.activity?.text).length).toBe(14);
});

test("the seed-shaped calendar plan: stages, activities and control points in order with their levels", () => {
  const doc = recognizeSheet(seedLikeScheduleSheet()).document as CalendarPlan;
  const r = adoptSchedule(workbook([seedLikeScheduleSheet()]), doc, { lang: "en" });
  expect(r.sheet).toBe("Calendar plan");
  const wb = snapshotOf(r.plans);
  const again = recognizeSheet(
    wb.sheets.find((s) => s.name === r.sheet)!,
    wb.names,
  ).document as CalendarPlan;
  const flat = (p: CalendarPlan) =>
    p.stages.flatMap((s) => [s.name.text, ...s.activities.flatMap((a) => [a.name.text, ...a.controlPoints.map((c) => c.name.text)]), ...s.controlPoints.map((c) => c.name.text)]);
  expect(flat(again).sort()).toEqual(flat(doc).sort());
  expect(again.stages.map((s) => s.kind)).toEqual(["stage", "stage"]);
});
