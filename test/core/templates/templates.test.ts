import * as fs from "fs";
import * as path from "path";
import { contains, formatRange, type RangeRef } from "../../../src/core/address";
import { VALIDATION_TEXT_LIMITS as LIMITS } from "../../../src/core/excelLimits";
import type { Lang } from "../../../src/core/i18n";
import { buildTemplate, LISTS_SHEET, listName, templateSheetBaseName, type TemplateOptions } from "../../../src/core/templates";
import { PASSPORT_LAYOUT, PLAN_LAYOUT, SCHEDULE_LAYOUT } from "../../../src/core/templates/layout";
import { blockName, PASSPORT_BLOCKS, PLAN_BLOCKS, SCHEDULE_BLOCKS, type Block, type TemplateKind } from "../../../src/core/templates/names";
import { LISTS, T } from "../../../src/core/templates/strings";
import type { SheetPlan } from "../../../src/core/workbook";
import { checkPlanFormulas, formulaProblems } from "./formulaCheck";

const KINDS: TemplateKind[] = ["passport", "plan", "schedule"];
const LANGS: Lang[] = ["ru", "en"];
const BLOCKS: Record<TemplateKind, readonly Block[]> = { passport: PASSPORT_BLOCKS, plan: PLAN_BLOCKS, schedule: SCHEDULE_BLOCKS };
const TODAY = { year: 2026, month: 11, day: 22 };

function build(kind: TemplateKind, extra: Partial<TemplateOptions> = {}): SheetPlan[] {
  return buildTemplate(kind, { lang: "ru", sheetName: templateSheetBaseName(kind, extra.lang ?? "ru"), instance: 1, today: TODAY, ...extra });
}

/** The document's own sheet (not the lists sheet). */
function docPlan(plans: SheetPlan[]): SheetPlan {
  return plans.find((p) => p.sheet !== LISTS_SHEET)!;
}

function nameRef(plan: SheetPlan, kind: TemplateKind, block: Block, instance = 1): RangeRef {
  const n = plan.names?.find((x) => x.name === blockName(kind, instance, block));
  if (!n) throw new Error(`no name for ${block}`);
  return n.ref;
}

/** The rectangle a plan writes into: its cells, styles and merges. */
function extent(plan: SheetPlan): RangeRef {
  const refs: RangeRef[] = [...plan.cells.map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })), ...(plan.styles ?? []).map((s) => s.ref), ...(plan.merges ?? [])];
  return {
    top: Math.min(...refs.map((r) => r.top)),
    left: Math.min(...refs.map((r) => r.left)),
    bottom: Math.max(...refs.map((r) => r.bottom)),
    right: Math.max(...refs.map((r) => r.right)),
  };
}

function within(outer: RangeRef, inner: RangeRef): boolean {
  return contains(outer, { row: inner.top, col: inner.left }) && contains(outer, { row: inner.bottom, col: inner.right });
}

function cellsIn(plan: SheetPlan, ref: RangeRef) {
  return plan.cells.filter((c) => contains(ref, c));
}

function cellAt(plan: SheetPlan, row: number, col: number) {
  return plan.cells.find((c) => c.row === row && c.col === col);
}

describe.each(KINDS)("%s template", (kind) => {
  describe.each(LANGS)("in %s", (lang) => {
    describe.each([false, true])("example %s", (example) => {
      const plans = build(kind, { lang, example });
      const plan = docPlan(plans);

      test("creates its sheet after the lists sheet, and only sheets that did not exist", () => {
        expect(plans.map((p) => p.sheet)).toEqual([LISTS_SHEET, templateSheetBaseName(kind, lang)]);
        expect(plans.filter((p) => !p.create).map((p) => p.sheet)).toEqual([]);
        expect(plans[0].visibility).toBe("hidden");
      });

      test("defines every block name, each pointing at cells within the plan", () => {
        const box = extent(plan);
        for (const block of BLOCKS[kind]) {
          const ref = nameRef(plan, kind, block);
          expect({ block, inside: within(box, ref) }).toEqual({ block, inside: true });
        }
        expect(plan.names!.map((n) => n.name).sort()).toEqual(BLOCKS[kind].map((b) => blockName(kind, 1, b)).sort());
      });

      test("every formula is plausible: whitelisted functions, balanced, commas, only defined names", () => {
        expect(checkPlanFormulas(plans)).toEqual([]);
      });

      test("drop-down sources are lists the lists sheet defines, with items", () => {
        const lists = plans[0];
        for (const v of plan.validations ?? []) {
          if (v.rule.type !== "listFormula") continue;
          const name = v.rule.formula.slice(1);
          const def = lists.names?.find((n) => n.name === name);
          expect(def).toBeDefined();
          expect(cellsIn(lists, def!.ref).length).toBe(def!.ref.bottom - def!.ref.top + 1);
        }
      });

      test("validations, conditional formats and merges stay inside the plan; merges do not overlap", () => {
        const box = extent(plan);
        for (const v of plan.validations ?? []) expect(within(box, v.ref)).toBe(true);
        for (const cf of plan.conditionalFormats ?? []) expect(within(box, cf.ref)).toBe(true);
        const merges = plan.merges ?? [];
        for (let i = 0; i < merges.length; i++) {
          for (let j = i + 1; j < merges.length; j++) {
            const a = merges[i];
            const b = merges[j];
            const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
            expect(overlap ? `${formatRange(a)} × ${formatRange(b)}` : "").toBe("");
          }
        }
      });

      test("styles never overlap, so the order adapters apply them in does not matter", () => {
        const seen = new Set<string>();
        for (const s of plan.styles ?? []) {
          for (let r = s.ref.top; r <= s.ref.bottom; r++) {
            for (let c = s.ref.left; c <= s.ref.right; c++) {
              const k = `${r}:${c}`;
              expect(seen.has(k)).toBe(false);
              seen.add(k);
            }
          }
        }
      });

      test("is print-ready and has frozen panes and column widths", () => {
        expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
        expect(plan.print!.titleRows).toBeDefined();
        expect(plan.freeze).toBeDefined();
        expect(plan.columnWidths!.length).toBeGreaterThan(5);
      });

      test("validation prompts and messages fit Excel's limits", () => {
        const tooLong = (plan.validations ?? []).flatMap((v) => [
          ...(v.prompt && v.prompt.message.length > LIMITS.prompt ? [v.prompt.message] : []),
          ...(v.error && v.error.message.length > LIMITS.error ? [v.error.message] : []),
        ]);
        expect(tooLong).toEqual([]);
      });
    });
  });
});

describe("the example", () => {
  test.each(KINDS)("fills every block of the %s", (kind) => {
    for (const lang of LANGS) {
      const plan = docPlan(build(kind, { lang, example: true }));
      for (const block of BLOCKS[kind]) {
        const filled = cellsIn(plan, nameRef(plan, kind, block)).filter((c) => c.formula !== undefined || (c.value !== undefined && c.value !== ""));
        expect({ lang, block, filled: filled.length > 0 }).toEqual({ lang, block, filled: true });
      }
    }
  });

  test("fills every data row of the passport's indicators, stages and risks, and every plan section", () => {
    const passport = docPlan(build("passport", { example: true }));
    const ind = nameRef(passport, "passport", "Indicators");
    for (let r = ind.top + PASSPORT_LAYOUT.indicators.headerRows; r <= ind.bottom; r++) {
      expect(cellAt(passport, r, PASSPORT_LAYOUT.indicators.name)?.value).toBeTruthy();
      expect(typeof cellAt(passport, r, PASSPORT_LAYOUT.indicators.base)?.value).toBe("number");
    }
    const stages = nameRef(passport, "passport", "Stages");
    for (let r = stages.top + 1; r <= stages.bottom; r++) {
      expect(cellAt(passport, r, PASSPORT_LAYOUT.stages.responsible)?.value).toBeTruthy();
      expect(typeof cellAt(passport, r, PASSPORT_LAYOUT.stages.start)?.value).toBe("number");
    }
    const plan = docPlan(build("plan", { example: true }));
    const act = nameRef(plan, "plan", "Activities");
    const sections = new Set(plan.cells.filter((c) => contains(act, c) && c.row > act.top && c.col === PLAN_LAYOUT.activities.section).map((c) => c.value));
    expect([...sections]).toEqual(LISTS.Sections.ru);
  });

  test("is not the seeds' real people or places", () => {
    const text = KINDS.flatMap((k) => build(k, { example: true }))
      .flatMap((p) => p.cells.map((c) => String(c.value ?? "")))
      .join("\n");
    for (const real of ["Подольск", "Тольятти", "Сергеева", "Гудалина", "Абрамова", "Чуб", "Фролова", "22-78-18", "28-62-51"]) {
      expect(text).not.toContain(real);
    }
    expect(text).toContain("Светлогорье");
  });
});

describe("the passport's periods follow the term", () => {
  test("a term within one year gives four quarters", () => {
    const plan = docPlan(build("passport", { term: { start: { year: 2027, month: 3 }, end: { year: 2027, month: 11 } } }));
    const ind = nameRef(plan, "passport", "Indicators");
    const first = PASSPORT_LAYOUT.indicators.firstPeriod;
    expect(ind.right - ind.left + 1).toBe(first + 2 * 4);
    const labels = [0, 1, 2, 3].map((p) => cellAt(plan, ind.top, first + 2 * p)?.value);
    expect(labels).toEqual(["I квартал 2027", "II квартал 2027", "III квартал 2027", "IV квартал 2027"]);
    expect(cellAt(plan, ind.top + 1, first)?.value).toBe("план");
    expect(cellAt(plan, ind.top + 1, first + 1)?.value).toBe("факт");
    const compute = nameRef(plan, "passport", "Compute");
    expect(compute.right - compute.left + 1).toBe(4 + 2);
    const fin = nameRef(plan, "passport", "FinancingTotalRow");
    expect(fin.right - fin.left + 1).toBe(1 + 1);
  });

  test("2024–2026 gives three years, in the indicators and in the financing", () => {
    const plan = docPlan(build("passport", { lang: "en", term: { start: { year: 2024, month: 9 }, end: { year: 2026, month: 6 } } }));
    const ind = nameRef(plan, "passport", "Indicators");
    const first = PASSPORT_LAYOUT.indicators.firstPeriod;
    expect(ind.right - ind.left + 1).toBe(first + 2 * 3);
    expect([0, 1, 2].map((p) => cellAt(plan, ind.top, first + 2 * p)?.value)).toEqual(["2024", "2025", "2026"]);
    const fin = nameRef(plan, "passport", "Financing");
    expect([2, 3, 4, 5].map((c) => cellAt(plan, fin.top, c)?.value)).toEqual(["2024", "2025", "2026", "Total for the term"]);
  });

  test("the term cells hold the first day of the months, shown as month and year", () => {
    const plan = docPlan(build("passport", { term: { start: { year: 2024, month: 9 }, end: { year: 2026, month: 6 } } }));
    const start = nameRef(plan, "passport", "TermStart");
    const end = nameRef(plan, "passport", "TermEnd");
    expect(cellAt(plan, start.top, start.left)?.value).toBe(45536); // 2024-09-01
    expect(cellAt(plan, end.top, end.left)?.value).toBe(46174); // 2026-06-01
    const fmt = plan.styles!.find((s) => contains(s.ref, { row: start.top, col: start.left }))?.style.numberFormat;
    expect(fmt).toBe("mmmm yyyy");
  });

  test("a blank template without a term takes January–December of the next year", () => {
    const plan = docPlan(build("passport"));
    const start = nameRef(plan, "passport", "TermStart");
    expect(cellAt(plan, start.top, start.left)?.value).toBe(46388); // 2027-01-01
    const ind = nameRef(plan, "passport", "Indicators");
    expect(cellAt(plan, ind.top, PASSPORT_LAYOUT.indicators.firstPeriod)?.value).toBe("I квартал 2027");
  });

  test("a term that ends before it starts is a programming error", () => {
    expect(() => build("passport", { term: { start: { year: 2027, month: 3 }, end: { year: 2026, month: 1 } } })).toThrow(RangeError);
  });
});

describe("instances and the shared lists sheet", () => {
  test("a second instance gets distinct names and reuses the lists sheet", () => {
    const first = build("passport");
    const firstNames = first.flatMap((p) => (p.names ?? []).map((n) => n.name));
    const second = build("passport", { instance: 2, sheetName: "Паспорт (2)", existingSheets: [LISTS_SHEET, "Паспорт"], existingNames: firstNames });
    expect(second.map((p) => p.sheet)).toEqual(["Паспорт (2)"]);
    const secondNames = second[0].names!.map((n) => n.name);
    expect(secondNames.filter((n) => !n.startsWith("PO_Passport2_"))).toEqual([]);
    expect(secondNames.filter((n) => firstNames.includes(n))).toEqual([]);
    expect(checkPlanFormulas(second, firstNames)).toEqual([]);
  });

  test("an existing lists sheet without this language's lists gets them added, not created again", () => {
    const ru = build("plan");
    const ruNames = ru.flatMap((p) => (p.names ?? []).map((n) => n.name));
    const en = build("plan", { lang: "en", instance: 2, sheetName: "Implementation plan", existingSheets: [LISTS_SHEET, "План реализации"], existingNames: ruNames });
    expect(en[0].sheet).toBe(LISTS_SHEET);
    expect(en[0].create).toBeUndefined();
    expect(en[0].names!.map((n) => n.name)).toContain(listName("Sections", "en"));
    const ruCols = new Set(ru[0].cells.map((c) => c.col));
    expect(en[0].cells.filter((c) => ruCols.has(c.col))).toEqual([]);
  });

  test("refuses to create a sheet that exists", () => {
    expect(() => build("plan", { existingSheets: ["план реализации"] })).toThrow(RangeError);
  });
});

describe("the implementation plan", () => {
  test("refers to the passport's term names when given", () => {
    const names = { start: "PO_Passport1_TermStart", end: "PO_Passport1_TermEnd" };
    const plans = build("plan", { example: true, passportTermNames: names });
    const plan = docPlan(plans);
    const start = nameRef(plan, "plan", "TermStart");
    const end = nameRef(plan, "plan", "TermEnd");
    expect(cellAt(plan, start.top, start.left)?.formula).toBe("=PO_Passport1_TermStart");
    expect(cellAt(plan, end.top, end.left)?.formula).toBe("=PO_Passport1_TermEnd");
    expect(checkPlanFormulas(plans, [names.start, names.end])).toEqual([]);
    expect(checkPlanFormulas(plans)).not.toEqual([]);
  });

  test("has the seed's columns, a period hint in the header, and numbering that restarts in each section", () => {
    const plan = docPlan(build("plan", { example: true }));
    const act = nameRef(plan, "plan", "Activities");
    const A = PLAN_LAYOUT.activities;
    expect(String(cellAt(plan, act.top, A.period)?.value)).toContain("«Октябрь 2021 г.»");
    expect(cellAt(plan, act.top, A.phone)?.value).toBe("Телефон");
    const nums = plan.cells.filter((c) => contains(act, c) && c.col === A.num && c.row > act.top).map((c) => c.value);
    expect(nums.filter((n) => n === 1).length).toBe(LISTS.Sections.ru.length);
    const count = plan.validations!.find((v) => v.ref.left === A.count);
    expect(count?.rule).toEqual({ type: "whole", min: 0 });
  });

  test("the summary lists the plan's people once each", () => {
    const plan = docPlan(build("plan", { example: true }));
    const sum = nameRef(plan, "plan", "Summary");
    const labels = plan.cells.filter((c) => contains(sum, c) && c.col === sum.left && c.row >= sum.top + PLAN_LAYOUT.summary.firstPerson).map((c) => c.value);
    expect(labels).toEqual(["Белова М.И.", "Тихомиров А.С.", "Ершова Н.А.", "Латышев О.В.", "Гончаров И.Р."]);
  });
});

describe("the calendar plan", () => {
  test("draws the Gantt band by conditional formats relative to the band's top-left", () => {
    const plan = docPlan(build("schedule", { example: true }));
    const gantt = nameRef(plan, "schedule", "Gantt");
    const items = nameRef(plan, "schedule", "Items");
    const band = { ...gantt, top: gantt.top + SCHEDULE_LAYOUT.gantt.headerRows };
    expect(gantt.right - gantt.left + 1).toBe(12);
    const rules = plan.conditionalFormats!.filter((cf) => cf.ref.top === band.top && cf.ref.left === band.left);
    expect(rules.length).toBe(4);
    // J$5 is the month header row, $D6/$E6 the first item row's start and end
    expect(rules[0].formula).toMatch(/J\$5>=EOMONTH\(\$D6,-1\)\+1,J\$5<=\$E6\)$/);
    expect(items.top).toBe(gantt.top);
  });

  test("month headers are real dates computed from TermStart", () => {
    const plan = docPlan(build("schedule", { example: true }));
    const gantt = nameRef(plan, "schedule", "Gantt");
    const monthRow = gantt.top + 1;
    expect(cellAt(plan, monthRow, gantt.left)?.formula).toBe("=DATE(YEAR($C$2),MONTH($C$2),1)");
    expect(cellAt(plan, monthRow, gantt.left + 1)?.formula).toBe("=EOMONTH(J5,0)+1");
    const start = nameRef(plan, "schedule", "TermStart");
    expect([start.top, start.left]).toEqual([1, 2]);
  });

  test("the level column is a drop-down of stage, activity and control point", () => {
    const plans = build("schedule", { lang: "en" });
    const plan = docPlan(plans);
    const level = plan.validations!.find((v) => v.ref.left === SCHEDULE_LAYOUT.items.level);
    expect(level?.rule).toEqual({ type: "listFormula", formula: "=PO_List_Levels_en" });
    expect(plans[0].cells.filter((c) => c.row > 0).map((c) => c.value)).toEqual(expect.arrayContaining(["stage", "activity", "control point"]));
  });
});

describe("strings", () => {
  test("every template string has both languages", () => {
    for (const [key, text] of Object.entries(T)) {
      expect({ key, ru: text.ru.length > 0, en: text.en.length > 0 }).toEqual({ key, ru: true, en: true });
    }
    for (const list of Object.values(LISTS)) expect(list.ru.length).toBe(list.en.length);
  });

  test("sheet base names", () => {
    expect(KINDS.map((k) => templateSheetBaseName(k, "ru"))).toEqual(["Паспорт", "План реализации", "План-график"]);
    expect(KINDS.map((k) => templateSheetBaseName(k, "en"))).toEqual(["Passport", "Implementation plan", "Calendar plan"]);
  });
});

describe("the formula check itself", () => {
  const names = new Set(["PO_Passport1_TermStart"]);
  test.each([
    ["=SUM(A1:A3)", []],
    ["=PO_Passport1_TermStart", []],
    ['=IF($A5="","",COUNTIFS($H$5:$H$9,"*"&$A5&"*"))', []],
    ["=SUM(A1:A3", ["unbalanced parentheses"]],
    ["=VLOOKUP(A1,B1:C3,2,0)", ["unknown function VLOOKUP"]],
    ["=PO_Plan1_Nothing+1", ["undefined name PO_Plan1_Nothing"]],
    ["=SUM(A1;A2)", ["a semicolon: use comma separators"]],
    ["SUM(A1)", ["no leading ="]],
  ])("%s", (formula, problems) => {
    expect(formulaProblems(formula, names)).toEqual(problems);
  });
});

describe("purity", () => {
  test("templates and compute import only other core modules: no Office, React, ExcelJS or Node built-ins", () => {
    for (const dir of ["src/core/templates", "src/core/compute"]) {
      for (const file of fs.readdirSync(path.join(__dirname, "../../..", dir))) {
        const text = fs.readFileSync(path.join(__dirname, "../../..", dir, file), "utf8");
        const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
        expect({ file, outside: imports.filter((i) => !i.startsWith(".")) }).toEqual({ file, outside: [] });
      }
    }
  });
});

describe("Excel's limits on data validation texts", () => {
  test.each(["passport", "plan", "schedule"] as const)("every %s prompt and error fits (titles, prompts and error messages within core/excelLimits), in both languages", (kind) => {
    const tooLong: string[] = [];
    for (const lang of ["ru", "en"] as const) {
      for (const example of [false, true]) {
        const plans = buildTemplate(kind, { lang, sheetName: "S", instance: 1, example });
        for (const v of plans.flatMap((p) => p.validations ?? [])) {
          for (const [t, max] of [
            [v.prompt, LIMITS.prompt],
            [v.error, LIMITS.error],
          ] as const) {
            if (t && t.title.length > LIMITS.title) tooLong.push(t.title);
            if (t && t.message.length > max) tooLong.push(t.message);
          }
        }
      }
    }
    expect(tooLong).toEqual([]);
  });
});
