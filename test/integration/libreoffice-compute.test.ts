/**
 * Issue 5, item 7 and acceptance: the example workbooks (examples/, and the same in English), computed by
 * `project-office compute X.xlsx -o Y.xlsx` and recalculated by LibreOffice headless (one soffice run), show
 * the expected achievement per indicator and period ((fact − base)/(plan − base) for growth, mirrored for
 * decline, within 1e-9), the latest achievement and the status per the thresholds in the Settings block, the
 * traffic lights, the financing «Всего», the plan's summary and the control points' statuses against today
 * (done / due this month / overdue), with no error value anywhere. The expectations are computed from the
 * cells' values in ./expected.ts, not by src/core/compute.
 *
 * Acceptance: the example passport computed twice (`compute once.xlsx --in-place`) is identical to computed
 * once — values, formulas, names, number formats of every sheet and the conditional formats — and LibreOffice
 * recalculates it with no error values. A copy edited as a person would (other thresholds, another fact, a
 * completion date removed) shows that the formulas follow the edits.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, readXlsx } from "../../src/adapters/xlsx";
import { sameFormula } from "../../src/core/compute";
import { COLORS, PASSPORT_LAYOUT } from "../../src/core/templates/layout";
import type { TemplateKind } from "../../src/core/templates/names";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { recalcManyWithLibreOffice, sofficeForTests } from "../helpers/libreoffice";
import { checkFinancing, checkGantt, checkIndicators, checkPlanSummary, checkRules, checkSchedule, checkStageStatus, passportThresholds, trafficLightExpectation } from "./expected";
import { block, cliOk, errorCells, formulasOf, tempDir, todaySerial, withRuleCells, type CfRule } from "./helpers";
import { diffModels, modelOfXlsx } from "./workbookModel";

const soffice = sofficeForTests();
const describeLO = soffice ? describe : describe.skip;

const EXAMPLES = path.resolve(__dirname, "../../examples");
const KINDS: TemplateKind[] = ["passport", "plan", "schedule"];
const LANGS = ["ru", "en"] as const;

type Lang = (typeof LANGS)[number];
const id = (kind: TemplateKind, lang: Lang) => `${kind}-${lang}`;

/** The conditional formats of a workbook as ExcelJS reads them: range, formula, style, in order. */
async function conditionalFormats(file: string): Promise<Record<string, unknown[]>> {
  const wb = await loadWorkbook(file);
  const out: Record<string, unknown[]> = {};
  for (const ws of wb.worksheets) {
    const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? [];
    out[ws.name] = cfs.map((cf) => ({ ref: cf.ref, rules: cf.rules.map(({ type, formulae, style, priority }) => ({ type, formulae, style, priority })) }));
  }
  return out;
}

interface Computed {
  input: WorkbookSnapshot;
  once: WorkbookSnapshot;
  calc: WorkbookSnapshot;
}

describeLO("the example workbooks computed by the command line, recalculated by LibreOffice", () => {
  let dir: string;
  const today = todaySerial();
  const computed = new Map<string, Computed>();
  const files = new Map<string, string>();
  let twiceCalc: WorkbookSnapshot;
  let edited: { src: WorkbookSnapshot; calc: WorkbookSnapshot };
  const rules = new Map<string, { rules: CfRule[]; calc: WorkbookSnapshot }>();
  let seconds = 0;

  beforeAll(async () => {
    dir = tempDir("po-lo-compute-");
    const toRecalc: string[] = [];
    for (const lang of LANGS)
      for (const kind of KINDS) {
        const input = `${id(kind, lang)}.xlsx`;
        // Russian: the committed examples (examples.test.ts keeps them current); English: made the same way.
        if (lang === "ru") fs.copyFileSync(path.join(EXAMPLES, `${kind}-example.xlsx`), path.join(dir, input));
        else await cliOk(dir, "new", kind, input, "--example", "--lang", lang);
        const once = `${id(kind, lang)}.once.xlsx`;
        await cliOk(dir, "compute", input, "-o", once, "--lang", lang);
        files.set(`${id(kind, lang)}.input`, path.join(dir, input));
        files.set(id(kind, lang), path.join(dir, once));
        toRecalc.push(path.join(dir, once));
      }

    // Acceptance: compute the computed passport again, in place.
    const twice = path.join(dir, "passport-ru.twice.xlsx");
    fs.copyFileSync(files.get("passport-ru")!, twice);
    await cliOk(dir, "compute", path.basename(twice), "--in-place", "--lang", "ru");
    files.set("twice", twice);
    toRecalc.push(twice);

    // A person's edits to the computed passport: stricter thresholds, the last quarter's fact of the first
    // indicator, the completion date of the first control point removed. The formulas must follow.
    const editedFile = path.join(dir, "passport-ru.edited.xlsx");
    {
      const snap = await readXlsx(files.get("passport-ru")!);
      const settings = block(snap, "PO_Passport1_Settings").ref;
      const ind = block(snap, "PO_Passport1_Indicators").ref;
      const stages = block(snap, "PO_Passport1_Stages").ref;
      const S = PASSPORT_LAYOUT.settings;
      const I = PASSPORT_LAYOUT.indicators;
      const wb = await loadWorkbook(files.get("passport-ru")!);
      const ws = wb.getWorksheet(block(snap, "PO_Passport1_Settings").sheet.name)!;
      const cell = (row: number, col: number) => ws.getCell(row + 1, col + 1);
      cell(settings.top + S.rows.onPlan, settings.left + S.value).value = 1;
      cell(settings.top + S.rows.atRisk, settings.left + S.value).value = 0.9;
      const firstIndicator = ind.top + I.headerRows;
      const periods = (ind.right - ind.left + 1 - I.firstPeriod) / 2;
      cell(firstIndicator, ind.left + I.firstPeriod + 2 * (periods - 1) + 1).value = 70;
      cell(stages.top + PASSPORT_LAYOUT.stages.headerRows + 1, stages.left + PASSPORT_LAYOUT.stages.done).value = null;
      await wb.xlsx.writeFile(editedFile);
    }
    toRecalc.push(editedFile);

    // The traffic lights and the Gantt, each rule calculated over its range.
    const ruleCopies: [string, string][] = [];
    for (const key of ["passport-ru", "schedule-ru"]) {
      const src = await readXlsx(files.get(key)!);
      const sheet = block(src, key.startsWith("passport") ? "PO_Passport1_Compute" : "PO_Schedule1_Items").sheet.name;
      const out = files.get(key)!.replace(/\.xlsx$/, ".rules.xlsx");
      rules.set(key, { rules: await withRuleCells(files.get(key)!, sheet, out), calc: { sheets: [], names: [] } });
      ruleCopies.push([key, out]);
      toRecalc.push(out);
    }

    const t = Date.now();
    const recalculated = await recalcManyWithLibreOffice(toRecalc, { outDir: path.join(dir, "recalculated") });
    seconds = (Date.now() - t) / 1000;
    const at = (file: string) => readXlsx(recalculated[toRecalc.indexOf(file)]);
    for (const lang of LANGS)
      for (const kind of KINDS) {
        const key = id(kind, lang);
        computed.set(key, { input: await readXlsx(files.get(`${key}.input`)!), once: await readXlsx(files.get(key)!), calc: await at(files.get(key)!) });
      }
    twiceCalc = await at(twice);
    edited = { src: await readXlsx(editedFile), calc: await at(editedFile) };
    for (const [key, out] of ruleCopies) rules.get(key)!.calc = await at(out);
  }, 180_000);

  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const get = (key: string) => {
    const c = computed.get(key);
    if (!c) throw new Error(`${key} was not computed (see beforeAll)`);
    return c;
  };

  test("one soffice run for all the workbooks", () => {
    console.log(`LibreOffice recalculated ${computed.size + 4} computed workbooks in ${seconds.toFixed(1)} s`);
    expect(computed.size).toBe(KINDS.length * LANGS.length);
  });

  describe("acceptance: the example passport computed twice", () => {
    test("is identical to computed once: values, formulas, names, number formats of every sheet, and the conditional formats", async () => {
      const once = await readXlsx(files.get("passport-ru")!);
      const twice = await readXlsx(files.get("twice")!);
      expect(twice).toEqual(once);
      expect(await conditionalFormats(files.get("twice")!)).toEqual(await conditionalFormats(files.get("passport-ru")!));
      // and everything else the two adapters are compared on (styles, validations, widths, freeze, print)
      expect(diffModels(await modelOfXlsx(files.get("twice")!), await modelOfXlsx(files.get("passport-ru")!), ["twice", "once"])).toEqual([]);
    });

    test("LibreOffice recalculates it with no error values and the same results as computed once", () => {
      expect(errorCells(twiceCalc)).toEqual([]);
      const once = get("passport-ru").calc;
      expect(twiceCalc.sheets.map((s) => s.values)).toEqual(once.sheets.map((s) => s.values));
    });
  });

  describe.each(LANGS.flatMap((lang) => KINDS.map((kind) => [id(kind, lang), kind] as const)))("%s", (key, kind) => {
    test("compute on a fresh example rewrites what the template already holds: no cell changes", async () => {
      const { input, once } = get(key);
      expect(once).toEqual(input);
      expect(await conditionalFormats(files.get(key)!)).toEqual(await conditionalFormats(files.get(`${key}.input`)!));
    });

    test("no error value anywhere, every formula still there", () => {
      const { once, calc } = get(key);
      expect(errorCells(calc)).toEqual([]);
      const before = formulasOf(once);
      const after = formulasOf(calc);
      expect([...before].filter(([at, f]) => !after.has(at) || !sameFormula(after.get(at)!, f))).toEqual([]);
      expect(after.size).toBe(before.size);
    });

    if (kind === "passport") {
      test("achievement per indicator and period, the latest one, and the status per the Settings thresholds", () => {
        const { once, calc } = get(key);
        const r = checkIndicators(once, calc);
        expect(r.lines).toEqual([]);
        // the example has facts for three quarters of every indicator, growth and decline, and all three statuses
        expect(r.rows.flatMap((x) => x.achievements).filter((a) => a !== "").length).toBe(3 * r.rows.length);
        const t = passportThresholds(once);
        expect(new Set(r.rows.map((x) => x.status))).toEqual(new Set([t.labels.onPlan, t.labels.atRisk, t.labels.behind]));
      });

      test("financing «Всего» per year, per source and over the period", () => {
        const { once, calc } = get(key);
        const r = checkFinancing(once, calc);
        expect(r.lines).toEqual([]);
        expect(r.total).toBeGreaterThan(0);
      });

      test("stages and control points: done, due this month or overdue against today", () => {
        const { once, calc } = get(key);
        const r = checkStageStatus(once, calc, today);
        expect(r.lines).toEqual([]);
        expect(r.statuses.filter(Boolean).length).toBeGreaterThan(0);
      });
    }

    if (kind === "plan")
      test("the summary: activities and participants per section and per person", () => {
        const { once, calc } = get(key);
        const r = checkPlanSummary(once, calc);
        expect(r.lines).toEqual([]);
        expect(r.activities.length).toBeGreaterThan(5);
      });

    if (kind === "schedule")
      test("the calendar plan: statuses against today and the months of the band", () => {
        const { once, calc } = get(key);
        const r = checkSchedule(once, calc, today);
        expect(r.lines).toEqual([]);
        expect(r.statuses.filter(Boolean).length).toBeGreaterThan(0);
      });
  });

  test("the passport's traffic lights colour each status with its colour", () => {
    const { once } = get("passport-ru");
    const { rules: list, calc } = rules.get("passport-ru")!;
    const compute = block(once, "PO_Passport1_Compute").ref;
    const settings = block(once, "PO_Passport1_Settings");
    const S = PASSPORT_LAYOUT.settings;
    const label = (row: number) => String(settings.sheet.values[settings.ref.top + row][settings.ref.left + S.label]);
    const sheet = calc.sheets.find((s) => s.name === settings.sheet.name)!;
    const indicatorColours = { [COLORS.green]: label(S.rows.onPlan), [COLORS.amber]: label(S.rows.atRisk), [COLORS.red]: label(S.rows.behind) };
    const stageColours = { [COLORS.green]: label(S.rows.done), [COLORS.amber]: label(S.rows.due), [COLORS.red]: label(S.rows.overdue) };
    const r = checkRules(calc, list, (rule, row, col) => trafficLightExpectation(sheet, rule.ref.left === compute.right ? indicatorColours : stageColours)(rule, row, col));
    expect(r.lines).toEqual([]);
    expect(list.length).toBe(6);
    // each indicator status colour is used in the example
    expect(r.marked.slice(0, 3).filter((n) => !(n > 0))).toEqual([]);
    expect(errorCells(calc)).toEqual([]);
  });

  test("the calendar plan's Gantt bars and status colours after compute", () => {
    const { once } = get("schedule-ru");
    const copy = rules.get("schedule-ru")!;
    const r = checkGantt(copy, once, checkSchedule(once, copy.calc, today), today);
    expect(r.lines).toEqual([]);
    expect(errorCells(copy.calc)).toEqual([]);
  });

  test("the formulas follow a person's edits: thresholds, a fact, a completion date", () => {
    expect(errorCells(edited.calc)).toEqual([]);
    const ind = checkIndicators(edited.src, edited.calc);
    expect(ind.lines).toEqual([]);
    const stages = checkStageStatus(edited.src, edited.calc, today);
    expect(stages.lines).toEqual([]);
    // the edits changed what is shown
    const before = checkIndicators(get("passport-ru").once, get("passport-ru").calc);
    expect(ind.rows.map((r) => r.status)).not.toEqual(before.rows.map((r) => r.status));
    expect(ind.rows[0].latest).not.toEqual(before.rows[0].latest);
    const stagesBefore = checkStageStatus(get("passport-ru").once, get("passport-ru").calc, today);
    expect(stages.statuses).not.toEqual(stagesBefore.statuses);
  });
});
