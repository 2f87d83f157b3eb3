/**
 * The register in the core: which lines a set of workbooks gives (unreadable, empty, plan-only, two passports),
 * the passport's own thresholds, the organisation where a document names it, free sheet and table names, and
 * the shape of the four SheetPlans (tables over the header and every line, SUBTOTAL totals, formulas that
 * refer only to the register's own sheets and settings cells). The recalculated values are checked against
 * LibreOffice in test/cli/report-libreoffice.test.ts.
 */
import fc from "fast-check";
import { buildTemplate } from "../../../src/core/templates";
import { buildRegister, organisationOf, registerNames, registerPlans, thresholdsOf, type Register } from "../../../src/core/register";
import type { SheetPlan, WorkbookSnapshot } from "../../../src/core/workbook";
import type { ProjectDocument } from "../../../src/core/model";
import { planToSnapshot, typeInto } from "../../helpers/planToSnapshot";
import { PASSPORT_LAYOUT } from "../../../src/core/templates/layout";

const AS_OF = { year: 2026, month: 6, day: 15 };

function workbook(kinds: ("passport" | "plan" | "schedule")[]): WorkbookSnapshot {
  let wb: WorkbookSnapshot = { sheets: [], names: [] };
  const count = { passport: 0, plan: 0, schedule: 0 };
  for (const kind of kinds) {
    count[kind]++;
    const sheetName = `${kind}${count[kind]}`;
    const plans = buildTemplate(kind, { lang: "ru", sheetName, instance: count[kind], example: true, existingSheets: wb.sheets.map((s) => s.name), existingNames: wb.names.map((n) => n.name) });
    wb = planToSnapshot(plans, wb);
  }
  return wb;
}

describe("buildRegister", () => {
  test("an unreadable file and a file without documents are lines; plans belong to the workbook's first passport", () => {
    const reg = buildRegister([
      { file: "a.xlsx", unreadable: { ru: "битый архив", en: "broken zip" } },
      { file: "b.xlsx", snapshot: { sheets: [{ name: "Лист1", values: [["привет"]], merges: [], visibility: "visible", protected: false }], names: [] } },
      { file: "c.xlsx", snapshot: workbook(["passport", "plan", "schedule"]) },
      { file: "d.xlsx", snapshot: workbook(["plan"]) },
      { file: "e.xlsx", snapshot: workbook(["passport", "passport"]) },
    ]);
    expect(reg.projects.map((p) => [p.id, p.file, p.documents.join("+"), Boolean(p.unreadable)])).toEqual([
      [1, "a.xlsx", "", true],
      [2, "b.xlsx", "", false],
      [3, "c.xlsx", "passport+plan+schedule", false],
      [4, "d.xlsx", "plan", false],
      [5, "e.xlsx", "passport", false],
      [6, "e.xlsx", "passport", false],
    ]);
    const c = reg.projects[2];
    expect(c.name).toBe("Цифровая методическая среда");
    expect(c.indicators).toHaveLength(4);
    // the passport's control points, then the calendar plan's
    expect(new Set(c.controlPoints.map((p) => p.source))).toEqual(new Set(["passport", "schedule"]));
    expect(c.activities).toBeGreaterThan(0);
    expect(reg.projects[3].name).toBe("Цифровая методическая среда");
    expect(reg.periods.map((p) => p.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(reg.years).toEqual([2026]);
    expect(reg.sources).toHaveLength(4);
  });

  test("a passport's own thresholds are read from its Settings block; a bad one falls back to the defaults", () => {
    const wb = workbook(["passport"]);
    const settings = wb.names.find((n) => n.name === "PO_Passport1_Settings")!.ref!;
    const S = PASSPORT_LAYOUT.settings;
    expect(thresholdsOf("passport1", wb)).toEqual({ onPlan: 0.95, atRisk: 0.7, from: "passport" });
    typeInto(wb, "passport1", settings.top + S.rows.onPlan, settings.left + S.value, "80%");
    typeInto(wb, "passport1", settings.top + S.rows.atRisk, settings.left + S.value, 0.5);
    expect(thresholdsOf("passport1", wb)).toEqual({ onPlan: 0.8, atRisk: 0.5, from: "passport" });
    typeInto(wb, "passport1", settings.top + S.rows.atRisk, settings.left + S.value, "много");
    expect(thresholdsOf("passport1", wb).from).toBe("default");
    expect(thresholdsOf("нет такого", wb).from).toBe("default");
  });
});

describe("organisationOf", () => {
  const passport = (approval: string, position?: string): ProjectDocument =>
    ({
      kind: "passport",
      approval: { text: { row: 0, col: 0, raw: approval, text: approval } },
      leader: position ? { row: 1, col: 0, raw: "", text: "", persons: [{ name: "Иванова А.А.", position, phones: [], key: "" }] } : undefined,
      coExecutors: [],
      results: [],
      programmes: [],
      priorityProjects: [],
      risks: [],
    }) as ProjectDocument;
  test.each([
    ["УТВЕРЖДЕН приказом МБОУ «СОШ № 5» от 01.09.2025 № 12", undefined, "МБОУ «СОШ № 5»"],
    ["УТВЕРЖДЕН решением педсовета", "директор МАОУ «Гимназия № 2»", "МАОУ «Гимназия № 2»"],
    ["УТВЕРЖДЁН директором", "директор средней общеобразовательной школы № 3", "средней общеобразовательной школы № 3"],
    ["Утверждаю: директор МКДОУ Детский сад № 15, протокол 3", undefined, "МКДОУ Детский сад № 15"],
    ["УТВЕРЖДЕН решением Комиссии", "заместитель главы администрации", undefined],
    ["МУНИЦИПАЛЬНОЕ ЗАДАНИЕ", undefined, undefined],
    ["План реализации проекта МБОУ СОШ №5 на 2021-2022 учебный год", undefined, "МБОУ СОШ №5"],
    ["УТВЕРЖДЕН приказом МАОУ Лесная СОШ от 01.09.2025", undefined, "МАОУ Лесная СОШ"],
    ["УТВЕРЖДЕН", "директор ГБОУ гимназии № 12 г. Светлогорье", "ГБОУ гимназии № 12"],
  ])("%s / %s → %s", (approval, position, expected) => {
    expect(organisationOf([passport(approval, position)])).toBe(expected);
  });
});

describe("registerNames", () => {
  test("the first set of free names, the same number for all four sheets and its tables", () => {
    expect(registerNames("ru", []).register).toBe("Свод");
    const n = registerNames("ru", ["Лист1", "свод — ЗАМЕЧАНИЯ"]);
    expect([n.register, n.indicators, n.points, n.findings]).toEqual(["Свод (2)", "Свод — показатели (2)", "Свод — контрольные точки (2)", "Свод — замечания (2)"]);
    expect(n.tables.register).toBe("PO_Register2");
    expect(registerNames("en", ["Register"]).register).toBe("Register (2)");
  });
});

/** Sheet names a formula refers to. */
function referredSheets(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(/'((?:[^']|'')+)'!/g)) out.push(m[1].replace(/''/g, "'"));
  for (const m of formula
    .replace(/"[^"]*"/g, "")
    .replace(/'(?:[^']|'')+'!/g, "")
    .matchAll(/([\p{L}_][\p{L}\p{N}_.]*)!/gu))
    out.push(m[1]);
  return out;
}

function checkPlans(reg: Register, plans: SheetPlan[]): void {
  const names = plans.map((p) => p.sheet);
  for (const p of plans) {
    expect(p.create).toBe(true);
    expect(p.tables).toHaveLength(1);
    expect(p.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    const t = p.tables![0].ref;
    expect(p.freeze!.rows).toBe(t.top + 1);
    expect(p.print!.titleRows).toEqual({ top: t.top, bottom: t.top });
    // every header cell of the table is written and unique
    const headers = p.cells.filter((c) => c.row === t.top && c.col >= t.left && c.col <= t.right).map((c) => String(c.value));
    expect(headers).toHaveLength(t.right - t.left + 1);
    expect(new Set(headers.map((h) => h.toLocaleLowerCase())).size).toBe(headers.length);
    // nothing written beside or below the table but the register's totals row
    for (const c of p.cells) if (c.row > t.top) expect(c.row <= t.bottom + (p === plans[0] ? 1 : 0) && c.col <= t.right).toBe(true);
    for (const c of p.cells) if (c.formula) for (const s of referredSheets(c.formula)) expect(names).toContain(s);
  }
  const [register, indicators, points, findings] = plans;
  const lines = (p: SheetPlan) => p.tables![0].ref.bottom - p.tables![0].ref.top;
  expect(lines(register)).toBe(Math.max(1, reg.projects.length));
  expect(lines(indicators)).toBe(
    Math.max(
      1,
      reg.projects.reduce((n, p) => n + p.indicators.length, 0),
    ),
  );
  expect(lines(points)).toBe(
    Math.max(
      1,
      reg.projects.reduce((n, p) => n + p.controlPoints.length, 0),
    ),
  );
  expect(lines(findings)).toBe(
    Math.max(
      1,
      reg.projects.reduce((n, p) => n + (p.unreadable ? 1 : p.findings.length), 0),
    ),
  );
  const totals = register.cells.filter((c) => c.row === register.tables![0].ref.bottom + 1 && c.formula);
  expect(totals.length).toBeGreaterThan(10);
  for (const c of totals) expect(c.formula).toMatch(/^=SUBTOTAL\((103|109),/);
}

describe("registerPlans", () => {
  test("four new sheets, each a table with a frozen header and print setup; formulas refer to the register's sheets only", () => {
    const reg = buildRegister([
      { file: "a.xlsx", unreadable: { ru: "нет", en: "no" } },
      { file: "b.xlsx", snapshot: workbook(["passport", "schedule"]) },
      { file: "c.xlsx", snapshot: workbook(["plan"]) },
    ]);
    const { plans, names } = registerPlans(reg, { lang: "ru", asOf: AS_OF, existingSheets: ["Свод"] });
    expect(plans.map((p) => p.sheet)).toEqual([names.register, names.indicators, names.points, names.findings]);
    expect(names.register).toBe("Свод (2)");
    checkPlans(reg, plans);
    // the status formula reads the settings block's thresholds and labels
    const status = plans[0].cells.find((c) => c.row === 9 && c.col === 4)!;
    expect(status.formula).toContain("$E$4");
    expect(status.formula).toContain("$K$3");
    expect(plans[0].conditionalFormats).toHaveLength(5);
  });

  test("an empty register still has one line per table and writes nothing but headers and settings", () => {
    const reg = buildRegister([]);
    const { plans } = registerPlans(reg, { lang: "en", asOf: AS_OF });
    checkPlans(reg, plans);
    expect(plans[0].sheet).toBe("Register");
  });

  test("property: any mix of readable and unreadable inputs gives consistent plans", () => {
    const kinds = fc.constantFrom<("passport" | "plan" | "schedule")[]>(["passport"], ["plan"], ["schedule"], ["passport", "plan"], ["passport", "passport"], []);
    const snapshots = new Map<string, WorkbookSnapshot>();
    fc.assert(
      fc.property(fc.array(fc.option(kinds, { nil: undefined }), { maxLength: 5 }), (inputs) => {
        const reg = buildRegister(
          inputs.map((k, i) => {
            if (!k) return { file: `${i}.xlsx`, unreadable: { ru: "нет", en: "no" } };
            const key = k.join("+");
            if (!snapshots.has(key)) snapshots.set(key, workbook(k));
            return { file: `${i}.xlsx`, snapshot: snapshots.get(key)! };
          }),
        );
        expect(reg.projects.length).toBeGreaterThanOrEqual(inputs.length);
        checkPlans(reg, registerPlans(reg, { lang: "ru", asOf: AS_OF }).plans);
      }),
      { numRuns: 25 },
    );
  });
});
