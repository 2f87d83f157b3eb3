/**
 * Issue 3, item 7 and acceptance: every workbook `project-office new passport|plan|schedule` writes — with and
 * without --example, in Russian and in English, alone and all three in one workbook — recalculated by
 * LibreOffice headless (one soffice run for all of them) keeps its formulas and names, holds no error value
 * anywhere, and shows the right numbers: the financing «Всего» per year, per source and over the period, the
 * plan's summary against the activities counted here, the calendar plan's month band, statuses against
 * today and the Gantt bars (each conditional format's formula calculated by LibreOffice in every cell of its
 * range). The expectations are computed from the cells' values in ./expected.ts, not by src/core/compute.
 *
 * LibreOffice is required when CI is set (a missing soffice fails the suite); elsewhere the suite is skipped
 * with a message.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx, writePlansToXlsx } from "../../src/adapters/xlsx";
import { sameFormula } from "../../src/core/compute";
import { COLORS } from "../../src/core/templates/layout";
import type { TemplateKind } from "../../src/core/templates/names";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { recalcManyWithLibreOffice, sofficeForTests } from "../helpers/libreoffice";
import { checkFinancing, checkGantt, checkPlanSummary, checkSchedule, checkTermLink, type ScheduleFacts } from "./expected";
import { block, cliOk, errorCells, formulasOf, tempDir, todaySerial, withRuleCells, type CfRule } from "./helpers";

const soffice = sofficeForTests();
const describeLO = soffice ? describe : describe.skip;

interface Case {
  id: string;
  lang: "ru" | "en";
  example: boolean;
  /** created in this order into one workbook */
  kinds: TemplateKind[];
}

const CASES: Case[] = [];
for (const lang of ["ru", "en"] as const)
  for (const example of [true, false]) for (const kind of ["passport", "plan", "schedule"] as const) CASES.push({ id: `${kind}-${lang}${example ? "-example" : ""}`, lang, example, kinds: [kind] });
// All three in one workbook: the plan's and calendar plan's term are formulas to the passport's.
CASES.push({ id: "all-ru-example", lang: "ru", example: true, kinds: ["passport", "plan", "schedule"] });
CASES.push({ id: "all-en", lang: "en", example: false, kinds: ["passport", "plan", "schedule"] });

interface Result {
  c: Case;
  src: WorkbookSnapshot;
  calc: WorkbookSnapshot;
  /** the calendar plan's conditional formats, each calculated over its range (the single calendar plan examples) */
  rules?: { rules: CfRule[]; calc: WorkbookSnapshot };
}

const has = (c: Case, k: TemplateKind) => c.kinds.includes(k);

describeLO("LibreOffice recalculates every template the command line writes", () => {
  let dir: string;
  const results = new Map<string, Result>();
  let seconds = 0;
  let canary: WorkbookSnapshot;
  const today = todaySerial();

  beforeAll(async () => {
    dir = tempDir("po-lo-templates-");
    const files: string[] = [];
    const ruleFiles: { id: string; rules: CfRule[]; file: string }[] = [];
    for (const c of CASES) {
      const file = `${c.id}.xlsx`;
      for (const kind of c.kinds) await cliOk(dir, "new", kind, file, "--lang", c.lang, ...(c.example ? ["--example"] : []));
      files.push(path.join(dir, file));
      // The Gantt's and the statuses' conditional formats, calculated cell by cell, for the filled examples.
      if (has(c, "schedule") && c.example && c.kinds.length === 1) {
        const src = await readXlsx(path.join(dir, file));
        const sheet = block(src, "PO_Schedule1_Items").sheet.name;
        const out = path.join(dir, `${c.id}.rules.xlsx`);
        ruleFiles.push({ id: c.id, rules: await withRuleCells(path.join(dir, file), sheet, out), file: out });
      }
    }
    // A canary with error values, so that "no error value" is known to see them when there are some.
    const canaryFile = path.join(dir, "canary.xlsx");
    await writePlansToXlsx(
      [
        {
          sheet: "Ошибки",
          create: true,
          cells: [
            { row: 0, col: 0, formula: "=1/0" },
            { row: 1, col: 0, formula: "=NA()" },
            { row: 2, col: 0, formula: "=A1+1" },
          ],
        },
      ],
      { out: canaryFile },
    );
    const t = Date.now();
    const recalculated = await recalcManyWithLibreOffice([...files, ...ruleFiles.map((r) => r.file), canaryFile], { outDir: path.join(dir, "recalculated") });
    seconds = (Date.now() - t) / 1000;
    canary = await readXlsx(recalculated[recalculated.length - 1]);
    for (const [i, c] of CASES.entries()) results.set(c.id, { c, src: await readXlsx(files[i]), calc: await readXlsx(recalculated[i]) });
    for (const [j, r] of ruleFiles.entries()) results.get(r.id)!.rules = { rules: r.rules, calc: await readXlsx(recalculated[files.length + j]) };
  }, 180_000);

  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const get = (id: string) => {
    const r = results.get(id);
    if (!r) throw new Error(`${id} was not recalculated (see beforeAll)`);
    return r;
  };

  test("one soffice run for all the workbooks", () => {
    console.log(`LibreOffice recalculated ${results.size} template workbooks (+ ${[...results.values()].filter((r) => r.rules).length} rule copies and a canary) in ${seconds.toFixed(1)} s`);
    expect(results.size).toBe(CASES.length);
  });

  test("error values are seen when a workbook has them (a canary)", () => {
    expect(errorCells(canary)).toEqual(["Ошибки!A1 = #DIV/0!", "Ошибки!A2 = #N/A", "Ошибки!A3 = #DIV/0!"]);
  });

  describe.each(CASES.map((c) => [c.id, c] as const))("%s", (id, c) => {
    test("no error value anywhere, every formula and name still there", () => {
      const { src, calc } = get(id);
      expect(errorCells(calc)).toEqual([]);
      const before = formulasOf(src);
      const after = formulasOf(calc);
      expect(before.size).toBeGreaterThan(0);
      const lost = [...before].filter(([at, f]) => !after.has(at) || !sameFormula(after.get(at)!, f)).map(([at, f]) => `${at}: ${f} → ${after.get(at) ?? "(none)"}`);
      expect(lost).toEqual([]);
      expect(after.size).toBe(before.size);
      const names = (wb: WorkbookSnapshot) =>
        wb.names
          .filter((n) => n.name.startsWith("PO_"))
          .map((n) => `${n.name} ${n.sheet}!${JSON.stringify(n.ref)}`)
          .sort();
      expect(names(calc)).toEqual(names(src));
    });

    if (has(c, "passport"))
      test("financing «Всего» per year, per source and over the period", () => {
        const { src, calc } = get(id);
        const r = checkFinancing(src, calc);
        expect(r.lines).toEqual([]);
        if (c.example) expect(r.total).toBeGreaterThan(0);
      });

    if (has(c, "plan"))
      test("the plan's summary counts the activities and sums the participants per section and per person", () => {
        const { src, calc } = get(id);
        const r = checkPlanSummary(src, calc);
        expect(r.lines).toEqual([]);
        if (c.example) expect(r.activities.length).toBeGreaterThan(5);
      });

    if (has(c, "schedule"))
      test("the calendar plan: months of the band and statuses against today", () => {
        const { src, calc } = get(id);
        const facts: ScheduleFacts = checkSchedule(src, calc, today);
        expect(facts.lines).toEqual([]);
        if (c.example) expect(facts.statuses.filter(Boolean).length).toBeGreaterThan(0);
      });

    if (has(c, "schedule") && c.example && c.kinds.length === 1)
      test("the calendar plan's conditional formats: Gantt bars, the current month, the statuses' colours", () => {
        const { src, calc, rules } = get(id);
        const check = checkGantt(rules!, src, checkSchedule(src, calc, today), today);
        expect(check.lines).toEqual([]);
        expect(errorCells(rules!.calc)).toEqual([]);
        // every bar rule draws something in the example
        const bars = rules!.rules.filter((r) => [COLORS.ganttStage, COLORS.ganttActivity, COLORS.ganttControlPoint].includes(r.fill as never));
        expect(bars.map((r) => check.marked[r.index] > 0)).toEqual([true, true, true]);
      });

    if (has(c, "passport") && has(c, "plan"))
      test("the plan's and the calendar plan's term show the passport's term", () => {
        const { src, calc } = get(id);
        expect([...checkTermLink(src, calc, "plan"), ...checkTermLink(src, calc, "schedule")]).toEqual([]);
      });
  });
});
