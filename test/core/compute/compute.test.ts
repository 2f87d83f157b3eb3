import { contains, parseCell, type RangeRef } from "../../../src/core/address";
import { computePlans, normalizeFormula, sameFormula } from "../../../src/core/compute";
import type { Lang } from "../../../src/core/i18n";
import { buildTemplate, LISTS_SHEET } from "../../../src/core/templates";
import { PLAN_LAYOUT } from "../../../src/core/templates/layout";
import type { CellWrite, SheetPlan, WorkbookSnapshot } from "../../../src/core/workbook";
import { planToSnapshot, typeInto } from "../../helpers/planToSnapshot";
import { checkPlanFormulas } from "../templates/formulaCheck";

const TERM_NAMES = { start: "PO_Passport1_TermStart", end: "PO_Passport1_TermEnd" };
const SHEETS = { passport: "Паспорт", plan: "План реализации", schedule: "План-график" };

/** The three example documents in one workbook, the plan and the calendar plan referring to the passport's term. */
function exampleTemplates(lang: Lang = "ru", example = true): SheetPlan[] {
  const plans: SheetPlan[] = [];
  const existing = () => ({
    existingSheets: plans.map((p) => p.sheet),
    existingNames: plans.flatMap((p) => (p.names ?? []).map((n) => n.name)),
  });
  plans.push(...buildTemplate("passport", { lang, sheetName: SHEETS.passport, instance: 1, example, ...existing() }));
  plans.push(...buildTemplate("plan", { lang, sheetName: SHEETS.plan, instance: 1, example, passportTermNames: TERM_NAMES, ...existing() }));
  plans.push(...buildTemplate("schedule", { lang, sheetName: SHEETS.schedule, instance: 1, example, passportTermNames: TERM_NAMES, ...existing() }));
  return plans;
}

function exampleWorkbook(lang: Lang = "ru", example = true): WorkbookSnapshot {
  return planToSnapshot(exampleTemplates(lang, example));
}

function ref(wb: WorkbookSnapshot, name: string): RangeRef {
  const n = wb.names.find((x) => x.name === name);
  if (!n?.ref) throw new Error(`no name ${name}`);
  return n.ref;
}

function written(plans: SheetPlan[], sheet: string, a1: string): CellWrite | undefined {
  const { row, col } = parseCell(a1);
  return plans.find((p) => p.sheet === sheet)?.cells.find((c) => c.row === row && c.col === col);
}

describe("compute on the example workbook", () => {
  const wb = exampleWorkbook();
  const result = computePlans(wb, { lang: "ru" });

  test("finds no conflicts: the templates already hold exactly what compute writes", () => {
    expect(result.conflicts).toEqual([]);
  });

  test("writes one plan per document sheet, never the lists sheet, and never creates a sheet", () => {
    expect(result.plans.map((p) => p.sheet)).toEqual([SHEETS.passport, SHEETS.plan, SHEETS.schedule]);
    expect(result.plans.filter((p) => p.create || p.sheet === LISTS_SHEET).map((p) => p.sheet)).toEqual([]);
  });

  test("writes only into the cells it owns", () => {
    const owned: Record<string, RangeRef[]> = {
      [SHEETS.passport]: ["Compute", "StageStatus", "FinancingTotalRow", "FinancingTotalColumn", "ChartData"].map((b) => ref(wb, `PO_Passport1_${b}`)),
      [SHEETS.plan]: [ref(wb, "PO_Plan1_Summary")],
      [SHEETS.schedule]: [ref(wb, "PO_Schedule1_Status")],
    };
    for (const p of result.plans) {
      for (const c of p.cells) expect({ sheet: p.sheet, c: [c.row, c.col], owned: owned[p.sheet].some((r) => contains(r, c)) }).toMatchObject({ owned: true });
      for (const cf of p.conditionalFormats ?? [])
        expect({
          sheet: p.sheet,
          ref: cf.ref,
          owned: owned[p.sheet].some((r) => contains(r, { row: cf.ref.top, col: cf.ref.left }) && contains(r, { row: cf.ref.bottom, col: cf.ref.right })),
        }).toMatchObject({ owned: true });
    }
  });

  test("the passport: achievement per period, the latest one and a traffic light against the settings", () => {
    const ind = ref(wb, "PO_Passport1_Indicators");
    const comp = ref(wb, "PO_Passport1_Compute");
    const set = ref(wb, "PO_Passport1_Settings");
    // periods F:M (plan, fact × 4 quarters), compute N:S (4 achievements, the latest, the status)
    expect([ind.left, ind.right, comp.left, comp.right, comp.top, comp.bottom]).toEqual([0, 12, 13, 18, ind.top, ind.bottom]);
    const r = ind.top + 3; // the first indicator, 1-based
    const s = (offset: number) => set.top + offset + 1; // a settings row, 1-based
    expect(written(result.plans, SHEETS.passport, `N${r}`)?.formula).toBe(
      `=IF(AND(ISNUMBER(G${r}),ISNUMBER(F${r})),IFERROR(IF(OR(TRIM($D${r})="снижение",TRIM($D${r})="decline"),($E${r}-G${r})/($E${r}-F${r}),(G${r}-$E${r})/(F${r}-$E${r})),""),"")`,
    );
    expect(written(result.plans, SHEETS.passport, `R${r}`)?.formula).toBe(`=IF(ISNUMBER(Q${r}),Q${r},IF(ISNUMBER(P${r}),P${r},IF(ISNUMBER(O${r}),O${r},IF(ISNUMBER(N${r}),N${r},""))))`);
    expect(written(result.plans, SHEETS.passport, `S${r}`)?.formula).toBe(`=IF(ISNUMBER(R${r}),IF(R${r}>=$C$${s(1)},$B$${s(1)},IF(R${r}>=$C$${s(2)},$B$${s(2)},$B$${s(3)})),"")`);
    expect(written(result.plans, SHEETS.passport, `N${r}`)?.style?.numberFormat).toBe("0%");
    const cfs = result.plans[0].conditionalFormats!.filter((cf) => cf.ref.left === 18);
    expect(cfs.map((cf) => [cf.formula, cf.fill])).toEqual([
      [`=AND($S${r}<>"",$S${r}=$B$${s(1)})`, "#C6EFCE"],
      [`=AND($S${r}<>"",$S${r}=$B$${s(2)})`, "#FFEB9C"],
      [`=AND($S${r}<>"",$S${r}=$B$${s(3)})`, "#FFC7CE"],
    ]);
  });

  test("the passport's settings hold the default thresholds and labels the formulas refer to", () => {
    const sheet = wb.sheets.find((s) => s.name === SHEETS.passport)!;
    const set = ref(wb, "PO_Passport1_Settings");
    const row = (offset: number) => sheet.values[set.top + offset];
    expect([row(1)[1], row(1)[2], row(2)[1], row(2)[2], row(3)[1]]).toEqual(["в плане", 0.95, "риск", 0.7, "отставание"]);
    expect(String(row(1)[3])).toContain("по умолчанию");
    expect([row(4)[1], row(5)[1], row(6)[1]]).toEqual(["выполнено", "срок в этом месяце", "просрочено"]);
  });

  test("the passport: financing totals by year and over the period as SUM formulas", () => {
    const fin = ref(wb, "PO_Passport1_Financing");
    const row = ref(wb, "PO_Passport1_FinancingTotalRow");
    const colRef = ref(wb, "PO_Passport1_FinancingTotalColumn");
    expect(row).toEqual({ top: fin.bottom, left: 2, bottom: fin.bottom, right: 3 });
    expect(colRef).toEqual({ top: fin.top + 1, left: 3, bottom: fin.bottom - 1, right: 3 });
    const t = fin.bottom + 1;
    const f = fin.top + 2;
    expect(written(result.plans, SHEETS.passport, `C${t}`)?.formula).toBe(`=SUM(C${f}:C${t - 1})`);
    expect(written(result.plans, SHEETS.passport, `D${t}`)?.formula).toBe(`=SUM(C${t}:C${t})`);
    expect(written(result.plans, SHEETS.passport, `D${f}`)?.formula).toBe(`=SUM(C${f}:C${f})`);
    expect(written(result.plans, SHEETS.passport, `D${f}`)?.style?.numberFormat).toBe("#,##0.00");
  });

  test("the passport: control point status against today, by month", () => {
    const st = ref(wb, "PO_Passport1_StageStatus");
    const set = ref(wb, "PO_Passport1_Settings");
    const r = st.top + 2;
    const s = (offset: number) => set.top + offset + 1;
    expect(written(result.plans, SHEETS.passport, `I${r}`)?.formula).toBe(
      `=IF(TRIM($B${r})="","",IF(LEN(TRIM($H${r}))>0,$B$${s(4)},IF(ISNUMBER($F${r}),IF(EOMONTH($F${r},0)<TODAY(),$B$${s(6)},IF(EOMONTH($F${r},0)=EOMONTH(TODAY(),0),$B$${s(5)},"")),"")))`,
    );
  });

  test("the plan: activities and participants per section and per person, over the Activities range", () => {
    const act = ref(wb, "PO_Plan1_Activities");
    const sum = ref(wb, "PO_Plan1_Summary");
    expect(act).toEqual({ top: 3, left: 0, bottom: 22, right: 11 });
    const r1 = sum.top + PLAN_LAYOUT.summary.firstSection + 1;
    expect(written(result.plans, SHEETS.plan, `C${r1}`)?.formula).toBe(`=COUNTIFS($L$5:$L$23,$A${r1},$B$5:$B$23,"<>")`);
    expect(written(result.plans, SHEETS.plan, `D${r1}`)?.formula).toBe(`=SUMIFS($G$5:$G$23,$L$5:$L$23,$A${r1})`);
    const total = sum.top + PLAN_LAYOUT.summary.personHeader;
    expect(written(result.plans, SHEETS.plan, `C${total}`)?.formula).toBe(`=SUM(C${r1}:C${r1 + 5})`);
    const p1 = sum.top + PLAN_LAYOUT.summary.firstPerson + 1;
    expect(written(result.plans, SHEETS.plan, `A${p1}`)?.value).toBe("Белова М.И.");
    expect(written(result.plans, SHEETS.plan, `C${p1}`)?.formula).toBe(`=IF($A${p1}="","",COUNTIFS($H$5:$H$23,"*"&$A${p1}&"*",$B$5:$B$23,"<>"))`);
    expect(written(result.plans, SHEETS.plan, `D${p1}`)?.formula).toBe(`=IF($A${p1}="","",SUMIFS($G$5:$G$23,$H$5:$H$23,"*"&$A${p1}&"*"))`);
    // spare slots are cleared, so a person who left the plan leaves the summary
    expect(written(result.plans, SHEETS.plan, `A${sum.bottom + 1}`)?.value).toBe("");
  });

  test("the calendar plan: status of every item against today, by day", () => {
    const st = ref(wb, "PO_Schedule1_Status");
    expect(st).toEqual({ top: 3, left: 8, bottom: 27, right: 8 });
    expect(written(result.plans, SHEETS.schedule, "I6")?.formula).toBe(
      '=IF(TRIM($C6)="","",IF(LEN(TRIM($H6))>0,$C$32,IF(ISNUMBER($E6),IF($E6<TODAY(),$C$34,IF($E6<=EOMONTH(TODAY(),0),$C$33,"")),"")))',
    );
    const sheet = wb.sheets.find((s) => s.name === SHEETS.schedule)!;
    expect([sheet.values[31][2], sheet.values[32][2], sheet.values[33][2]]).toEqual(["выполнено", "срок в этом месяце", "просрочено"]);
  });

  test("every formula is plausible and refers only to defined names", () => {
    expect(
      checkPlanFormulas(
        result.plans,
        wb.names.map((n) => n.name),
      ),
    ).toEqual([]);
  });

  test("plans one chart of plan and fact over the Chart block, its series over the ChartData block, and deletes none", () => {
    const plan = result.plans.find((p) => p.sheet === SHEETS.passport)!;
    const data = ref(wb, "PO_Passport1_ChartData");
    const col = (c: number): RangeRef => ({ top: data.top + 1, bottom: data.bottom, left: data.left + c, right: data.left + c });
    expect(plan.charts).toEqual([
      {
        name: "PO_Passport1_Chart",
        type: "columnClustered",
        title: "План и факт по показателям: последний период с фактом",
        categories: col(0),
        series: [
          { name: "План", values: col(2) },
          { name: "Факт", values: col(3) },
        ],
        anchor: ref(wb, "PO_Passport1_Chart"),
      },
    ]);
    expect(plan.deleteCharts).toBeUndefined();
    expect(result.plans.filter((p) => p.charts).length).toBe(1);
    // no note about charts: in Excel the chart is made; only the command line says it is not in the file
    expect(result.notes.filter((n) => n.ru.includes("диаграмм"))).toEqual([]);
  });

  test("the chart's data: the latest period with a fact, its plan and fact, as live formulas over the indicator table", () => {
    const ind = ref(wb, "PO_Passport1_Indicators");
    const data = ref(wb, "PO_Passport1_ChartData");
    const r = ind.top + 3; // the first indicator (1-based row)
    const d = data.top + 2;
    const at = (c: string) => written(result.plans, SHEETS.passport, `${c}${d}`)?.formula;
    expect(at("B")).toBe(`=IF(TRIM($B${r})="","",IF(TRIM($A${r})="","",$A${r}&". ")&IF(LEN($B${r})>60,LEFT($B${r},59)&"…",$B${r}))`);
    const h = ind.top + 1;
    const firstPlanned = (x: string[]) => `IF(ISNUMBER(F${r}),${x[0]},IF(ISNUMBER(H${r}),${x[1]},IF(ISNUMBER(J${r}),${x[2]},IF(ISNUMBER(L${r}),${x[3]},""))))`;
    const latest = (x: string[], before: string) => `IF(ISNUMBER(M${r}),${x[3]},IF(ISNUMBER(K${r}),${x[2]},IF(ISNUMBER(I${r}),${x[1]},IF(ISNUMBER(G${r}),${x[0]},${before}))))`;
    const labels = [`$F$${h}`, `$H$${h}`, `$J$${h}`, `$L$${h}`];
    const plans = [`F${r}`, `H${r}`, `J${r}`, `L${r}`];
    const facts = [`G${r}`, `I${r}`, `K${r}`, `M${r}`];
    expect(at("C")).toBe(`=IF(TRIM($B${r})="","",${latest(labels, firstPlanned(labels))})`);
    expect(at("D")).toBe(`=IF(TRIM($B${r})="","",${latest(plans, firstPlanned(plans))})`);
    expect(at("E")).toBe(`=IF(TRIM($B${r})="","",${latest(facts, '""')})`);
  });

  test("an English passport's chart is titled in English (the language its template wrote)", () => {
    const en = computePlans(exampleWorkbook("en"), { lang: "ru" });
    const chart = en.plans.find((p) => p.charts)!.charts![0];
    expect(chart.title).toBe("Plan and actual per indicator: the latest period with an actual value");
    expect(chart.series.map((s) => s.name)).toEqual(["Plan", "Actual"]);
  });
});

describe("compute's chart", () => {
  test("a chart of that name on the sheet is deleted before the new one is added (every one of that name)", () => {
    const wb = exampleWorkbook();
    wb.sheets.find((s) => s.name === SHEETS.passport)!.charts = ["Диаграмма 1", "PO_Passport1_Chart", "po_passport1_chart"];
    const plan = computePlans(wb, { lang: "ru" }).plans.find((p) => p.sheet === SHEETS.passport)!;
    expect(plan.deleteCharts).toEqual(["PO_Passport1_Chart", "po_passport1_chart"]);
    expect(plan.charts).toHaveLength(1);
  });

  test("a passport made before the chart existed gets a note and no chart; the rest is computed", () => {
    const wb = exampleWorkbook();
    wb.names = wb.names.filter((n) => n.name !== "PO_Passport1_ChartData" && n.name !== "PO_Passport1_Chart");
    const r = computePlans(wb, { lang: "ru" });
    expect(r.plans.filter((p) => p.charts).map((p) => p.sheet)).toEqual([]);
    expect(r.notes).toContainEqual({ ru: expect.stringContaining("прежней версией шаблона"), en: expect.stringContaining("earlier template") });
    expect(r.plans.find((p) => p.sheet === SHEETS.passport)!.cells.length).toBeGreaterThan(0);
  });

  test("a ChartData block that no longer has one row per indicator is skipped with a note", () => {
    const wb = exampleWorkbook();
    const data = wb.names.find((n) => n.name === "PO_Passport1_ChartData")!;
    data.ref = { ...data.ref!, bottom: data.ref!.bottom - 1 };
    const r = computePlans(wb, { lang: "ru" });
    expect(r.plans.filter((p) => p.charts).map((p) => p.sheet)).toEqual([]);
    expect(r.notes).toContainEqual(expect.objectContaining({ en: expect.stringContaining("one row per indicator row") }));
  });
});

describe("idempotence", () => {
  test.each([
    ["the example", true],
    ["blank templates", false],
  ])("running compute twice on %s gives identical plans and no conflicts", (_, example) => {
    const wb = exampleWorkbook("ru", example as boolean);
    const first = computePlans(wb, { lang: "ru" });
    const after = planToSnapshot(first.plans, wb);
    const second = computePlans(after, { lang: "ru" });
    expect(second.plans).toEqual(first.plans);
    expect(second.conflicts).toEqual([]);
    expect(first.conflicts).toEqual([]);
  });

  test("in English too", () => {
    const wb = exampleWorkbook("en");
    const first = computePlans(wb, { lang: "en" });
    expect(first.conflicts).toEqual([]);
    expect(computePlans(planToSnapshot(first.plans, wb), { lang: "en" }).plans).toEqual(first.plans);
  });

  test("a formula that differs only in spaces, case or an _xlfn. prefix is compute's own", () => {
    const wb = exampleWorkbook();
    const total = ref(wb, "PO_Passport1_FinancingTotalRow");
    const fin = ref(wb, "PO_Passport1_Financing");
    typeInto(wb, SHEETS.passport, total.top, total.left, 4030.5, `= sum( C${fin.top + 2}:C${fin.bottom} )`);
    typeInto(wb, SHEETS.schedule, 5, 8, "выполнено", '=_xlfn.IF(TRIM($C6)="","",IF(LEN(TRIM($H6))>0,$C$32,IF(ISNUMBER($E6),IF($E6<TODAY(),$C$34,IF($E6<=EOMONTH(TODAY(),0),$C$33,"")),"")))');
    expect(computePlans(wb, { lang: "ru" }).conflicts).toEqual([]);
  });
});

describe("conflicts", () => {
  /** the «Всего» cell of the first year, 0-based */
  const totalCell = (wb: WorkbookSnapshot) => ref(wb, "PO_Passport1_FinancingTotalRow");
  const firstSectionCount = (wb: WorkbookSnapshot) => ({ row: ref(wb, "PO_Plan1_Summary").top + PLAN_LAYOUT.summary.firstSection, col: PLAN_LAYOUT.summary.count });

  test("a typed value in an owned cell is a conflict and is left out of the plan", () => {
    const wb = exampleWorkbook();
    const total = totalCell(wb);
    const count = firstSectionCount(wb);
    typeInto(wb, SHEETS.passport, total.top, total.left, 4000); // «Всего» 2026 typed by hand
    typeInto(wb, SHEETS.plan, count.row, count.col, 3); // a section count typed by hand
    const r = computePlans(wb, { lang: "ru" });
    expect(r.conflicts).toEqual([
      { sheet: SHEETS.passport, row: total.top, col: total.left, value: 4000 },
      { sheet: SHEETS.plan, row: count.row, col: count.col, value: 3 },
    ]);
    const cells = (sheet: string) => r.plans.find((p) => p.sheet === sheet)!.cells;
    expect(cells(SHEETS.passport).find((c) => c.row === total.top && c.col === total.left)).toBeUndefined();
    expect(cells(SHEETS.plan).find((c) => c.row === count.row && c.col === count.col)).toBeUndefined();
    expect(cells(SHEETS.passport).find((c) => c.row === total.top && c.col === total.right)?.formula).toMatch(/^=SUM\(/);
    expect(r.notes).toContainEqual(expect.objectContaining({ ru: expect.stringContaining(": 2;") }));
  });

  test("another formula in an owned cell is a conflict too", () => {
    const wb = exampleWorkbook();
    const total = totalCell(wb);
    typeInto(wb, SHEETS.passport, total.top, total.left, 4030.5, "=C44+C45+C46+C47");
    const r = computePlans(wb, { lang: "ru" });
    expect(r.conflicts).toEqual([{ sheet: SHEETS.passport, row: total.top, col: total.left, value: "=C44+C45+C46+C47" }]);
  });

  test("overwrite writes them anyway and still reports them", () => {
    const wb = exampleWorkbook();
    const total = totalCell(wb);
    typeInto(wb, SHEETS.passport, total.top, total.left, 4000);
    const r = computePlans(wb, { lang: "ru", overwrite: true });
    expect(r.conflicts).toHaveLength(1);
    expect(r.plans[0].cells.find((c) => c.row === total.top && c.col === total.left)?.formula).toMatch(/^=SUM\(C\d+:C\d+\)$/);
  });

  test("a formula in a person label cell of the summary is a conflict; a typed name there is compute's to replace", () => {
    const wb = exampleWorkbook();
    const sum = ref(wb, "PO_Plan1_Summary");
    const slot = sum.top + PLAN_LAYOUT.summary.firstPerson;
    typeInto(wb, SHEETS.plan, slot, 0, "Кто-то Другой");
    typeInto(wb, SHEETS.plan, slot + 1, 0, "", "=H6");
    const r = computePlans(wb, { lang: "ru" });
    expect(r.conflicts).toEqual([{ sheet: SHEETS.plan, row: slot + 1, col: 0, value: "=H6" }]);
    expect(r.plans[1].cells.find((c) => c.row === slot && c.col === 0)?.value).toBe("Белова М.И.");
  });

  test("pinning today writes DATE(…) instead of TODAY(), which differs from the templates' formulas", () => {
    const wb = exampleWorkbook();
    const r = computePlans(wb, { lang: "ru", today: { year: 2026, month: 11, day: 22 } });
    const status = written(r.plans, SHEETS.schedule, "I6");
    expect(status).toBeUndefined();
    expect(r.conflicts.find((c) => c.sheet === SHEETS.schedule && c.row === 5 && c.col === 8)?.value).toContain("TODAY()");
    const forced = computePlans(wb, { lang: "ru", today: { year: 2026, month: 11, day: 22 }, overwrite: true });
    expect(written(forced.plans, SHEETS.schedule, "I6")?.formula).toContain("IF($E6<DATE(2026,11,22),$C$34,IF($E6<=EOMONTH(DATE(2026,11,22),0)");
  });
});

describe("the plan summary follows the plan's people", () => {
  test("a new responsible person appears, shared cells count for each person", () => {
    const wb = exampleWorkbook();
    const A = PLAN_LAYOUT.activities;
    typeInto(wb, SHEETS.plan, 5, A.responsible, "Белова М.И., Новикова С.Л.");
    const r = computePlans(wb, { lang: "ru" });
    const sum = ref(wb, "PO_Plan1_Summary");
    const labels = r.plans[1].cells.filter((c) => c.col === 0 && c.row >= sum.top + PLAN_LAYOUT.summary.firstPerson && c.value !== "").map((c) => c.value);
    expect(labels).toEqual(["Белова М.И.", "Новикова С.Л.", "Тихомиров А.С.", "Ершова Н.А.", "Латышев О.В.", "Гончаров И.Р."]);
    expect(r.conflicts).toEqual([]);
  });

  test("more people than slots: the summary takes what fits and a note says who is left out", () => {
    const wb = exampleWorkbook();
    const act = ref(wb, "PO_Plan1_Activities");
    const names = Array.from({ length: 30 }, (_, i) => `Фамилия${i} А.Б.`).join("; ");
    typeInto(wb, SHEETS.plan, act.top + 2, PLAN_LAYOUT.activities.responsible, names);
    const r = computePlans(wb, { lang: "ru" });
    expect(r.notes).toContainEqual({ ru: expect.stringContaining("не вошли"), en: expect.stringContaining("left out") });
  });
});

describe("workbooks compute cannot fully read", () => {
  test("no template names: nothing to write, a note says so", () => {
    const r = computePlans({ sheets: [], names: [] }, { lang: "ru" });
    expect(r).toMatchObject({ plans: [], conflicts: [] });
    expect(r.notes).toHaveLength(1);
  });

  test("a missing block skips its part with a note; the other parts are computed", () => {
    const wb = exampleWorkbook();
    wb.names = wb.names.filter((n) => n.name !== "PO_Passport1_Settings");
    const r = computePlans(wb, { lang: "ru" });
    expect(r.notes).toContainEqual(expect.objectContaining({ ru: expect.stringContaining("Settings") }));
    const passport = r.plans.find((p) => p.sheet === SHEETS.passport)!;
    const chartData = ref(wb, "PO_Passport1_ChartData");
    expect(passport.cells.filter((c) => !(c.formula?.startsWith("=SUM(") || contains(chartData, c)))).toEqual([]);
    expect(passport.cells).toContainEqual(expect.objectContaining({ formula: expect.stringMatching(/^=SUM\(/) }));
  });

  test("a block that no longer matches the layout is skipped with a note", () => {
    const wb = exampleWorkbook();
    const comp = wb.names.find((n) => n.name === "PO_Passport1_Compute")!;
    comp.ref = { ...comp.ref!, right: comp.ref!.right + 1 };
    const r = computePlans(wb, { lang: "ru" });
    expect(r.notes).toContainEqual(expect.objectContaining({ en: expect.stringContaining("do not match") }));
    expect(r.plans[0].cells.filter((c) => c.col >= comp.ref!.left && c.row > comp.ref!.top + 1 && c.formula?.includes("ISNUMBER(G"))).toEqual([]);
  });

  test("without formulas read, a value in an owned cell counts as typed, and a note says why", () => {
    const wb = exampleWorkbook();
    for (const s of wb.sheets) delete s.formulas;
    const total = ref(wb, "PO_Passport1_FinancingTotalRow");
    wb.sheets.find((s) => s.name === SHEETS.passport)!.values[total.top][total.left] = 4030.5;
    const r = computePlans(wb, { lang: "ru" });
    expect(r.conflicts).toEqual([{ sheet: SHEETS.passport, row: total.top, col: total.left, value: 4030.5 }]);
    expect(r.notes).toContainEqual(expect.objectContaining({ en: expect.stringContaining("formulas were not read") }));
  });

  test("a second passport is computed on its own sheet with its own names", () => {
    const plans = exampleTemplates();
    const names = plans.flatMap((p) => (p.names ?? []).map((n) => n.name));
    plans.push(
      ...buildTemplate("passport", {
        lang: "ru",
        sheetName: "Паспорт (2)",
        instance: 2,
        term: { start: { year: 2025, month: 9 }, end: { year: 2027, month: 6 } },
        existingSheets: plans.map((p) => p.sheet),
        existingNames: names,
      }),
    );
    const wb = planToSnapshot(plans);
    const r = computePlans(wb, { lang: "ru" });
    expect(r.conflicts).toEqual([]);
    const second = r.plans.find((p) => p.sheet === "Паспорт (2)")!;
    const comp = ref(wb, "PO_Passport2_Compute");
    expect(comp.right - comp.left + 1).toBe(3 + 2);
    expect(second.cells.filter((c) => contains(comp, c)).length).toBe((comp.bottom - comp.top - 1) * 5);
  });
});

describe("formula comparison", () => {
  test("ignores the leading =, spaces, case and _xlfn., but not text inside quotes", () => {
    expect(sameFormula("=SUM(A1:A2)", "sum( a1 : a2 )")).toBe(true);
    expect(sameFormula('=IF(A1="x","",1)', '=IF(A1="X","",1)')).toBe(false);
    expect(normalizeFormula('=_xlfn.IFERROR(a1, "a b")')).toBe('IFERROR(A1,"a b")');
  });
});
