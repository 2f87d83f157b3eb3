/**
 * Issue 3 item 7 and issue 5 item 7: the Office path (the engine over Office.js, run against the fake Excel)
 * and the xlsx path (the command line: `new`, then `compute`) write the same workbook. Each template is
 * created both ways — alone with --example, all three in one English workbook with --example, all three
 * blank in Russian — then computed both ways, and the two are compared sheet by sheet: every cell's value,
 * formula, number format and look (font, fill, alignment, borders), merges, defined names (name → sheet and
 * range), data validations, conditional formats (range, formula, colours, in order), freeze panes, column
 * widths, print setup, visibility and tab colour. Only what is representational is normalised (see
 * ./workbookModel.ts). Any difference left is a bug in one adapter.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, readXlsx } from "../../src/adapters/xlsx";
import { formatCell } from "../../src/core/address";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { PASSPORT_LAYOUT, PLAN_LAYOUT, SCHEDULE_LAYOUT } from "../../src/core/templates/layout";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook";
import type { TemplateKind } from "../../src/core/templates/names";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { block, cliOk, tempDir, ymdToSerial } from "./helpers";
import { diffModels, modelOfFake, modelOfXlsx, type WorkbookModel } from "./workbookModel";

interface Scenario {
  id: string;
  lang: "ru" | "en";
  example: boolean;
  kinds: TemplateKind[];
  /** a person fills a few cells of the blank documents before compute (the same cells on both paths) */
  typed?: boolean;
}

const SCENARIOS: Scenario[] = [
  { id: "passport-ru-example", lang: "ru", example: true, kinds: ["passport"] },
  { id: "plan-ru-example", lang: "ru", example: true, kinds: ["plan"] },
  { id: "schedule-ru-example", lang: "ru", example: true, kinds: ["schedule"] },
  { id: "all-en-example", lang: "en", example: true, kinds: ["passport", "plan", "schedule"] },
  { id: "all-ru-blank", lang: "ru", example: false, kinds: ["passport", "plan", "schedule"], typed: true },
];

interface Typed {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
}

/**
 * What a person types into the blank documents before computing: an indicator with a fact, a financing
 * amount, a plan activity shared by two people (compute then lists them in the summary), a calendar plan stage.
 */
function typing(wb: WorkbookSnapshot): Typed[] {
  const out: Typed[] = [];
  const at = (name: string, dRow: number, dCol: number, value: CellValue) => {
    const b = block(wb, name);
    out.push({ sheet: b.sheet.name, row: b.ref.top + dRow, col: b.ref.left + dCol, value });
  };
  const I = PASSPORT_LAYOUT.indicators;
  at("PO_Passport1_Indicators", I.headerRows, I.name, "Доля опозданий");
  at("PO_Passport1_Indicators", I.headerRows, I.direction, "снижение");
  at("PO_Passport1_Indicators", I.headerRows, I.base, 10);
  at("PO_Passport1_Indicators", I.headerRows, I.firstPeriod, 5);
  at("PO_Passport1_Indicators", I.headerRows, I.firstPeriod + 1, 7);
  const firstSource = block(wb, "PO_Passport1_FinancingTotalColumn");
  out.push({ sheet: firstSource.sheet.name, row: firstSource.ref.top, col: block(wb, "PO_Passport1_FinancingTotalRow").ref.left, value: 100.25 });
  const A = PLAN_LAYOUT.activities;
  at("PO_Plan1_Activities", A.headerRows + 1, A.activity, "Совещание рабочей группы");
  at("PO_Plan1_Activities", A.headerRows + 1, A.count, 12);
  at("PO_Plan1_Activities", A.headerRows + 1, A.responsible, "Новиков Н.Н., Орлова О.О.");
  const S = SCHEDULE_LAYOUT.items;
  at("PO_Schedule1_Items", S.headerRows, S.name, "Подготовка");
  at("PO_Schedule1_Items", S.headerRows, S.start, ymdToSerial(2026, 3, 2));
  at("PO_Schedule1_Items", S.headerRows, S.end, ymdToSerial(2026, 4, 30));
  return out;
}

/** The sheet every Excel workbook starts with; the command line's new workbook has none, so it is left out. */
const START_SHEET = "Лист1";
const ours = (sheet: string) => sheet !== START_SHEET;

interface Pair {
  xlsx: WorkbookModel;
  office: WorkbookModel;
}

describe("the Office path (against the fake) and the xlsx path (the command line) write the same workbook", () => {
  let dir: string;
  const created = new Map<string, Pair>();
  const computed = new Map<string, Pair>();

  beforeAll(async () => {
    dir = tempDir("po-parity-");
    for (const s of SCENARIOS) {
      // The xlsx path.
      const file = `${s.id}.xlsx`;
      for (const kind of s.kinds) await cliOk(dir, "new", kind, file, "--lang", s.lang, ...(s.example ? ["--example"] : []));
      const typed = s.typed ? typing(await readXlsx(path.join(dir, file))) : [];
      let toCompute = file;
      if (typed.length) {
        const wb = await loadWorkbook(path.join(dir, file));
        for (const t of typed) wb.getWorksheet(t.sheet)!.getCell(t.row + 1, t.col + 1).value = t.value;
        toCompute = `${s.id}.typed.xlsx`;
        await wb.xlsx.writeFile(path.join(dir, toCompute));
      }
      await cliOk(dir, "compute", toCompute, "-o", `${s.id}.computed.xlsx`, "--lang", s.lang);

      // The Office path.
      const fake: FakeExcel = createFakeExcel({ sheets: [{ name: START_SHEET }] });
      const engine = createOfficeEngine({ run: fake.run, supports: (set, v) => fake.isSetSupported(set, v) }, s.lang);
      for (const kind of s.kinds) await engine.createTemplate(kind, s.example);
      const officeCreated = modelOfFake(fake.workbook.dump(), ours);
      for (const t of typed) fake.workbook.sheet(t.sheet).setCell(formatCell(t), t.value);
      const r = await engine.compute(false);
      if (r.conflicts.length) throw new Error(`${s.id}: compute in Excel found conflicts: ${JSON.stringify(r.conflicts)}`);

      created.set(s.id, { xlsx: await modelOfXlsx(path.join(dir, file), ours), office: officeCreated });
      computed.set(s.id, { xlsx: await modelOfXlsx(path.join(dir, `${s.id}.computed.xlsx`), ours), office: modelOfFake(fake.workbook.dump(), ours) });
    }
  }, 120_000);

  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  describe.each(SCENARIOS.map((s) => [s.id] as const))("%s", (id) => {
    test("the templates: same sheets, cells, formulas, formats, merges, names, validations, conditional formats, panes", () => {
      const { xlsx, office } = created.get(id)!;
      expect(Object.keys(xlsx.sheets).sort()).toEqual(Object.keys(office.sheets).sort());
      expect(Object.keys(xlsx.names).length).toBeGreaterThan(10);
      expect(diffModels(xlsx, office)).toEqual([]);
    });

    test("computed: the same again", () => {
      const { xlsx, office } = computed.get(id)!;
      expect(diffModels(xlsx, office)).toEqual([]);
    });
  });

  test("the typed cells changed what compute wrote (the people of the plan's summary)", () => {
    const { xlsx, office } = computed.get("all-ru-blank")!;
    const plan = Object.keys(xlsx.sheets).find((n) => n.startsWith("План реализации"))!;
    const labels = (m: WorkbookModel) => Object.values(m.sheets[plan].cells).filter((c) => c.includes("Новиков Н.Н.") || c.includes("Орлова О.О."));
    expect(labels(xlsx).length).toBe(3); // the activity's cell and two summary rows
    expect(labels(office).length).toBe(3);
  });

  test("the comparison sees what it should: a changed cell, format, name, rule and merge are reported", () => {
    const { xlsx, office } = created.get("passport-ru-example")!;
    const other: WorkbookModel = JSON.parse(JSON.stringify(office));
    const sheet = Object.keys(other.sheets).find((n) => n !== "_po_lists")!;
    const s = other.sheets[sheet];
    const [firstCell] = Object.keys(s.cells);
    s.cells[firstCell] = JSON.stringify({ v: "другое" });
    s.cells.ZZ1 = JSON.stringify({ nf: "0.00" });
    s.merges.push("ZZ2:ZZ3");
    s.conditionalFormats[0] += " bold";
    s.validations.pop();
    s.freeze = "9,9";
    const [firstName] = Object.keys(other.names);
    other.names[firstName] = `${sheet}!ZZ9`;
    const diff = diffModels(xlsx, other);
    for (const part of [`${sheet}!${firstCell}:`, `${sheet}!ZZ1:`, "merges: only in office: ZZ2:ZZ3", "conditionalFormats:", "validations: only in xlsx", "freeze:", `name ${firstName}:`])
      expect(diff).toContainEqual(expect.stringContaining(part));
  });
});
