/**
 * Adopting a pasted passport: the offer compute makes for a pasted passport without fact columns, and the
 * template plans that copy it onto a new sheet. Checked by reading the new sheet back through the template's
 * names (recognition) and comparing with what recognition read from the pasted sheet.
 */
import { adoptionOffers, adoptPassport, computePlans, type AdoptResult } from "../../../src/core/compute";
import type { Passport } from "../../../src/core/model";
import { recognizeWorkbook } from "../../../src/core/recognition";
import { validateWorkbook } from "../../../src/core/rules";
import { LISTS_SHEET } from "../../../src/core/templates";
import { PASSPORT_LAYOUT } from "../../../src/core/templates/layout";
import type { WorkbookSnapshot } from "../../../src/core/workbook";
import { PASSPORT_ROW, seedLikePassportSheet, seedLikePassportWorkbook, seedLikePlanSheet, workbook } from "../../fixtures/seedLike";
import { planToSnapshot, typeInto } from "../../helpers/planToSnapshot";

/** adoptPassport's result where the test expects an adoption; its refusal is the test's failure, shown. */
function adopted(...args: Parameters<typeof adoptPassport>): AdoptResult {
  const outcome = adoptPassport(...args);
  if (!outcome.ok) throw new Error(`expected an adoption, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

function passportOn(wb: WorkbookSnapshot, sheet: string): { doc: Passport; source: string } {
  const s = recognizeWorkbook(wb).sheets.find((x) => x.sheet === sheet)!;
  expect(s.kind).toBe("passport");
  return { doc: s.document as Passport, source: s.source };
}

const texts = (cells: { text: string }[] | undefined) => (cells ?? []).map((c) => c.text);

describe("the offer", () => {
  test("a pasted passport without fact columns is offered for the template; compute writes nothing", () => {
    const r = computePlans(seedLikePassportWorkbook(), { lang: "ru" });
    expect(r.plans).toEqual([]);
    expect(r.offers).toEqual([{ sheet: "Паспорт", kind: "adoptPassport", text: expect.objectContaining({ ru: expect.stringContaining("без столбцов факта") }) }]);
    expect(r.offers[0].text.en).toContain("without actual-value columns");
    // the offer says what to do; no note repeats that there is nothing to compute
    expect(r.notes).toEqual([]);
  });

  test("no offer for a plan, for a passport with fact columns, for template sheets, or with offers switched off", () => {
    expect(adoptionOffers(workbook([seedLikePlanSheet()]))).toEqual([]);
    const withFacts = seedLikePassportSheet({
      edits: [
        [PASSPORT_ROW.indicators, 2, "2017 год план"],
        [PASSPORT_ROW.quarters, 2, "план"],
        [PASSPORT_ROW.quarters, 3, "факт"],
      ],
    });
    const rec = recognizeWorkbook(workbook([withFacts])).sheets[0].document as Passport;
    expect(rec.indicators?.periods.map((p) => p.kind)).toContain("fact");
    expect(adoptionOffers(workbook([withFacts]))).toEqual([]);
    expect(computePlans(seedLikePassportWorkbook(), { lang: "ru", offers: false }).offers).toEqual([]);
  });

  test("once copied into a template passport (same full name), the pasted passport is not offered again", () => {
    const wb = seedLikePassportWorkbook();
    const a = adopted(wb, "Паспорт", { lang: "ru" });
    expect(adoptionOffers(planToSnapshot(a.plans, wb))).toEqual([]);
  });
});

describe("adopting the seed-shaped pasted passport", () => {
  const wb = seedLikePassportWorkbook();
  const original = passportOn(wb, "Паспорт").doc;
  const a = adopted(wb, "Паспорт", { lang: "ru" });
  const after = planToSnapshot(a.plans, wb);
  const copy = passportOn(after, a.sheet);

  test("creates the lists sheet and «Паспорт (2)», and writes nothing into the original sheet", () => {
    expect(a.source).toBe("Паспорт");
    expect(a.sheet).toBe("Паспорт (2)");
    expect(a.plans.map((p) => [p.sheet, p.create])).toEqual([
      [LISTS_SHEET, true],
      ["Паспорт (2)", true],
    ]);
    expect(after.sheets.find((s) => s.name === "Паспорт")).toEqual(wb.sheets[0]);
    expect(copy.source).toBe("names");
  });

  test("names, goal, term, approval and people are in the template's cells", () => {
    const d = copy.doc;
    expect(d.fullName?.text).toBe(original.fullName?.text);
    expect(d.goal?.text).toBe(original.goal?.text);
    expect(d.term?.interval).toEqual({ start: { year: 2017, month: 4, day: 1 }, end: { year: 2017, month: 12, day: 31 } });
    expect(d.approval?.protocolDate).toEqual({ year: 2017, month: 3, day: 12 });
    expect(d.approval?.protocolNumber).toBe("2");
    expect(d.approval?.text.text).toContain("решением Комиссии по проектному управлению при Главе городского округа Краснолесье");
    expect(d.leader?.persons.map((p) => [p.name, p.position])).toEqual(original.leader?.persons.map((p) => [p.name, p.position]));
    expect(d.executor?.persons.map((p) => p.name)).toEqual(["Полякова Марина Сергеевна"]);
    expect(d.coExecutors.flatMap((c) => c.persons.map((p) => p.name))).toEqual(original.coExecutors.flatMap((c) => c.persons.map((p) => p.name)));
    expect(texts(d.programmes)).toEqual(texts(original.programmes));
  });

  test("indicators: names, units, directions, base and the plan per quarter in the template's columns", () => {
    const d = copy.doc.indicators!;
    const o = original.indicators!;
    expect(d.periods.map((p) => [p.year, p.quarter, p.kind])).toEqual([1, 1, 2, 2, 3, 3, 4, 4].map((q, i) => [2017, q, i % 2 ? "fact" : "plan"]));
    expect(d.baseYear).toBe(2016);
    expect(d.indicators.map((x) => x.name.text)).toEqual(o.indicators.map((x) => x.name.text));
    expect(d.indicators.map((x) => x.unit)).toEqual(["%", "%", undefined]);
    expect(d.indicators.map((x) => x.base?.number)).toEqual(o.indicators.map((x) => ({ kind: "number", value: (x.base!.number as { value: number }).value, percent: false })));
    const plans = (p: Passport["indicators"]) => p!.indicators.map((x) => x.plan.map((v) => [v.period.quarter, v.value.number.kind === "number" ? v.value.number.value : null]));
    expect(plans(d)).toEqual(plans(o));
    expect(d.indicators.flatMap((x) => x.fact.map((v) => v.value.number.kind)).filter((k) => k !== "empty")).toEqual([]);
  });

  test("results one per row, financing by source and year, stages with their control points and months, risks", () => {
    const d = copy.doc;
    expect(texts(d.results)).toEqual(texts(original.results));
    expect(d.results).toHaveLength(3);
    const money = (p: Passport) => p.financing!.sources.filter((s) => !s.part).map((s) => s.values.map((v) => (v?.number.kind === "number" ? v.number.value : null)));
    expect(money(d)).toEqual([[0], [0], [1440], [3024]]);
    expect(d.financing!.years.map((y) => y.year)).toEqual([2017]);
    const stages = (p: Passport) => p.stages!.stages.map((s) => [s.number?.text, s.name.text, s.controlPoints.map((c) => [c.number?.text, c.name.text, c.outcome?.text ?? ""])]);
    expect(stages(d)).toEqual(stages(original));
    // months as the first day of the month (the template's date cells), read back as dates
    const cp = d.stages!.stages[1].controlPoints[0];
    expect([cp.start?.raw, cp.end?.raw]).toEqual([42856, 42917]); // 01.05.2017, 01.07.2017
    expect(d.risks.map((r) => [r.number?.text, r.name.text, r.measure?.text])).toEqual(original.risks.map((r) => [r.number?.text, r.name.text, r.measure?.text]));
  });

  test("stage rows are bold on the stage fill, as the template draws stages", () => {
    const plan = a.plans.find((p) => p.sheet === a.sheet)!;
    const stagesRef = plan.names!.find((n) => n.name === "PO_Passport1_Stages")!.ref;
    const firstStage = plan.cells.find((c) => c.row === stagesRef.top + 1 && c.col === PASSPORT_LAYOUT.stages.name)!;
    expect(firstStage.style).toMatchObject({ bold: true });
  });

  test("compute on the new sheet: no conflicts, the chart planned, and no offer for the original any more", () => {
    const r = computePlans(after, { lang: "ru" });
    expect(r.conflicts).toEqual([]);
    expect(r.offers).toEqual([]);
    const plan = r.plans.find((p) => p.sheet === a.sheet)!;
    expect(plan.charts).toHaveLength(1);
    expect(r.plans.map((p) => p.sheet)).toEqual([a.sheet]);
  });

  test("validate: the only errors are the empty «Ответственный» of control points (the pasted form had no such column), and the notes say so", () => {
    const report = validateWorkbook(after).sheets.find((s) => s.sheet === a.sheet)!;
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBe(14);
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(["passport/control-point-responsible-missing"]));
    expect(a.notes).toContainEqual({ ru: expect.stringContaining("«Ответственный»"), en: expect.stringContaining("«Responsible»") });
    // once a person fills the column in, the copied passport checks without errors
    const filled = structuredClone(after);
    const stages = filled.names.find((n) => n.name === "PO_Passport1_Stages")!.ref!;
    for (const f of errors) typeInto(filled, a.sheet, f.row, stages.left + PASSPORT_LAYOUT.stages.responsible, "Рыбаков И.С., директор МУ МЦ");
    const again = validateWorkbook(filled).sheets.find((s) => s.sheet === a.sheet)!;
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the first note says where the passport went and that the original is unchanged", () => {
    expect(a.notes[0].ru).toContain("«Паспорт (2)»");
    expect(a.notes[0].ru).toContain("исходный лист не изменён");
  });
});

describe("adoption details", () => {
  test("an English template: English labels and lists, the same values", () => {
    const wb = seedLikePassportWorkbook();
    const a = adopted(wb, "Паспорт", { lang: "en" });
    expect(a.sheet).toBe("Passport");
    const d = passportOn(planToSnapshot(a.plans, wb), "Passport").doc;
    expect(d.indicators!.indicators.map((x) => x.direction)).toEqual(["growth", "growth", "growth"]);
    expect(d.financing!.sources.filter((s) => !s.part).map((s) => s.values[0]?.number)).toEqual([0, 0, 1440, 3024].map((value) => ({ kind: "number", value, percent: false })));
  });

  test("a second adoption gets the next instance and free sheet name; the lists sheet is reused", () => {
    const wb = seedLikePassportWorkbook();
    const first = adopted(wb, "Паспорт", { lang: "ru" });
    const after = planToSnapshot(first.plans, wb);
    const second = adopted(after, "Паспорт", { lang: "ru" });
    expect(second.sheet).toBe("Паспорт (3)");
    expect(second.plans.map((p) => p.sheet)).toEqual(["Паспорт (3)"]);
    expect(second.plans[0].names!.map((n) => n.name).filter((n) => !n.startsWith("PO_Passport2_"))).toEqual([]);
  });

  /** The seed with annual indicator columns «2017 год», «2018 год» instead of quarters, and the given term. */
  function annual(term: string) {
    const sheet = seedLikePassportSheet({
      edits: [
        [PASSPORT_ROW.term, 1, term],
        [PASSPORT_ROW.indicators, 2, "2017 год"],
        [PASSPORT_ROW.indicators, 3, "2018 год"],
        ...[2, 3, 4, 5].map((c) => [PASSPORT_ROW.quarters, c, ""] as [number, number, string]),
      ],
    });
    sheet.merges = sheet.merges.filter((m) => m.top !== PASSPORT_ROW.indicators);
    return workbook([sheet]);
  }
  const planValues = (p: Passport) => p.indicators!.indicators.map((x) => x.plan.map((v) => (v.value.number.kind === "number" ? v.value.number.value : null)));

  test("a two-year term: the template gets yearly periods and each annual value lands in its year", () => {
    const wb = annual("Январь 2017 – декабрь 2018");
    expect(passportOn(wb, "Паспорт").doc.indicators!.periods.map((p) => [p.year, p.quarter])).toEqual([
      [2017, undefined],
      [2018, undefined],
    ]);
    const a = adopted(wb, "Паспорт", { lang: "ru" });
    const d = passportOn(planToSnapshot(a.plans, wb), a.sheet).doc;
    expect(d.indicators!.periods.filter((p) => p.kind === "plan").map((p) => [p.year, p.quarter])).toEqual([
      [2017, undefined],
      [2018, undefined],
    ]);
    expect(planValues(d)).toEqual([
      [null, 86],
      [null, 3],
      [null, 1],
    ]);
    expect(d.financing!.years.map((y) => y.year)).toEqual([2017, 2018]);
  });

  test("a one-year term with annual columns: the year's value becomes the IV quarter's target; a year outside the term is left, with notes", () => {
    const wb = annual("Апрель 2017 – декабрь 2017");
    const a = adopted(wb, "Паспорт", { lang: "ru" });
    const d = passportOn(planToSnapshot(a.plans, wb), a.sheet).doc;
    expect(d.indicators!.periods.filter((p) => p.kind === "plan").map((p) => p.quarter)).toEqual([1, 2, 3, 4]);
    // the 2017 column is empty in this fixture, so nothing lands in IV quarter; 2018 lies outside the term
    expect(planValues(d)).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
    ]);
    expect(a.notes).toContainEqual({ ru: expect.stringContaining("вне срока шаблона не перенесены: 2018 год"), en: expect.stringContaining("2018 год") });
    const filled = annual("Апрель 2017 – декабрь 2017");
    filled.sheets[0].values[PASSPORT_ROW.indicator1][2] = "87%";
    const b = adopted(filled, "Паспорт", { lang: "ru" });
    expect(planValues(passportOn(planToSnapshot(b.plans, filled), b.sheet).doc)[0]).toEqual([null, null, null, 87]);
    expect(b.notes).toContainEqual(expect.objectContaining({ ru: expect.stringContaining("2017 год → IV квартал 2017") }));
  });

  test("a sheet that holds no pasted passport, or no such sheet: a typed refusal, not an exception", () => {
    expect(adoptPassport(workbook([seedLikePlanSheet()]), "План реализации", { lang: "ru" })).toEqual({ ok: false, reason: "notPastedPassport", sheet: "План реализации" });
    expect(adoptPassport(seedLikePassportWorkbook(), "Нет такого", { lang: "ru" })).toEqual({ ok: false, reason: "notPastedPassport", sheet: "Нет такого" });
  });
});
