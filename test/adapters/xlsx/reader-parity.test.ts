/**
 * The reader (read-bytes.ts) against ExcelJS's load, which the writing commands (compute, new, --adopt) use
 * for the workbook they write into: the same snapshot, option by option, for every kind of workbook the
 * project writes: the examples, the seed documents, the hostile corpus, every acceptance variant (pasted from
 * Word), the benchmark's generated projects and plans, LibreOffice's re-saves of the examples (another
 * writer), and random grids. Edge cases written by hand are in reader-edges.test.ts; files of other writers,
 * where ExcelJS is not the reference, in corpus.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { loadWorkbook, readXlsx, readXlsxBytes, snapshotWorkbook, type ReadXlsxOptions } from "../../../src/adapters/xlsx";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";
import { pastedPlan, projectWorkbook } from "../../../scripts/bench/generate";
import { cleanVariants, plantedVariants } from "../../acceptance/variants";
import { cellValue } from "../../fixtures/arbitraries";
import { writeWorkbookFile } from "../../fixtures/pasted";
import { writeCorpus } from "../../hostile/corpus";
import { recalcManyWithLibreOffice, sofficeForTests } from "../../helpers/libreoffice";
import { tempDir } from "../../integration/helpers";

/** What ExcelJS's load gives (with the names as stored, which the adapter reads itself): what compute, new and --adopt load to write. */
async function readXlsxWithExcelJs(bytes: Buffer, options: ReadXlsxOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbook(bytes), options);
}

const ROOT = path.join(__dirname, "../../..");
const OPTIONS: ReadXlsxOptions[] = [{}, { valuesOnly: true }, { formulas: false, numberFormats: false }];

function own(bytes: Buffer, options: ReadXlsxOptions): WorkbookSnapshot {
  const { skipped, ...snap } = readXlsxBytes(bytes, options);
  expect(skipped).toEqual([]);
  return snap;
}

/** The first differences between two snapshots, as paths ("sheets.1.values.4.2: 12 ≠ "12""), for a readable failure. */
function differences(a: unknown, b: unknown, at = "", out: string[] = []): string[] {
  if (out.length >= 10 || Object.is(a, b)) return out;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    out.push(`${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`, out);
  return out;
}

async function expectParity(file: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  for (const options of OPTIONS) {
    const reference = await readXlsxWithExcelJs(bytes, options);
    const mine = own(bytes, options);
    const diff = differences(mine, reference);
    if (diff.length) throw new Error(`${path.basename(file)} ${JSON.stringify(options)}:\n${diff.join("\n")}`);
    expect(mine).toEqual(reference);
  }
}

let dir: string;
beforeAll(() => {
  dir = tempDir("po-sheetxml-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the same snapshot as the ExcelJS path", () => {
  test.each(["examples/passport-example.xlsx", "examples/plan-example.xlsx", "examples/schedule-example.xlsx"])("%s", async (f) => {
    await expectParity(path.join(ROOT, f));
  });

  test.each(["seed-passport.xlsx", "seed-plan.xlsx"])("the seed document %s", async (f) => {
    await expectParity(path.join(ROOT, "test/fixtures/xlsx", f));
  });

  test("every hostile workbook (long texts, errors, protected sheets, odd names)", async () => {
    const { workbooks, good } = await writeCorpus(path.join(dir, "hostile"));
    expect(workbooks.size).toBeGreaterThan(5);
    for (const file of [...workbooks.values(), good]) await expectParity(file);
  });

  test("every acceptance variant (plans, passports and calendar plans as pasted from Word)", async () => {
    const variants = [...cleanVariants(), ...plantedVariants()];
    expect(variants.length).toBeGreaterThan(20);
    for (const v of variants) {
      const file = path.join(dir, `${v.name}.xlsx`);
      await writeWorkbookFile(file, v.sheets);
      await expectParity(file);
    }
  });

  test("the benchmark's generated project (template sheets, formulas, names) and pasted plan (streamed, no styles)", async () => {
    const project = path.join(dir, "project.xlsx");
    await projectWorkbook({ seed: 3, planRows: 300, indicators: 8, controlPoints: 20 }).xlsx.writeFile(project);
    await expectParity(project);

    const pasted = path.join(dir, "pasted.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pasted, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet("План");
    for (const row of pastedPlan(400).sheets[0].values) ws.addRow(row).commit();
    ws.commit();
    await wb.commit();
    await expectParity(pasted);
  });

  test("LibreOffice's re-saves of the examples (another writer of .xlsx)", async () => {
    if (!sofficeForTests()) return;
    const files = ["passport-example.xlsx", "plan-example.xlsx", "schedule-example.xlsx"].map((f) => path.join(ROOT, "examples", f));
    const resaved = await recalcManyWithLibreOffice(files, { outDir: path.join(dir, "lo") });
    for (const f of resaved) await expectParity(f);
  }, 120_000);
});

/** Number formats the random sheets use, dates among them (a date format changes how ExcelJS reads a number). */
const FORMATS = ["General", "0.00", "#,##0", "0%", "dd.mm.yyyy", "mmmm yyyy", "@", '[$-419]d mmmm yyyy "г."', "h:mm"];

const DATE_FORMATS = new Set(["dd.mm.yyyy", "mmmm yyyy", '[$-419]d mmmm yyyy "г."', "h:mm"]);

const randomSheet = fc.record({
  rows: fc.array(fc.array(fc.record({ value: cellValue, format: fc.nat({ max: FORMATS.length - 1 }), formula: fc.boolean() }), { maxLength: 8 }), { maxLength: 14 }),
  merge: fc.option(fc.record({ top: fc.nat({ max: 10 }), left: fc.nat({ max: 5 }), h: fc.nat({ max: 3 }), w: fc.nat({ max: 3 }) }), { nil: undefined }),
  state: fc.constantFrom("visible", "hidden", "veryHidden"),
});

describe("random sheets written with ExcelJS", () => {
  test("read the same both ways", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(randomSheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`Лист ${i + 1}`, { state: s.state as ExcelJS.WorksheetState });
          s.rows.forEach((cells, r) =>
            cells.forEach((c, col) => {
              const cell = ws.getCell(r + 1, col + 1);
              const v: CellValue | null = c.value;
              if (c.formula && typeof v !== "boolean") cell.value = { formula: `A1+${col}`, result: typeof v === "number" ? v : undefined } as ExcelJS.CellFormulaValue;
              else cell.value = v === "" ? null : v;
              // a number outside Excel's dates (below 0, past 9999-12-31) in a date format: the reader keeps the number,
              // ExcelJS makes a date of it (reader-edges.test.ts, section 4): not compared here
              const outsideDates = typeof v === "number" && (v < 0 || v >= 2958466) && DATE_FORMATS.has(FORMATS[c.format]);
              if (c.format && !outsideDates) cell.numFmt = FORMATS[c.format];
            }),
          );
          if (s.merge) ws.mergeCells(s.merge.top + 1, s.merge.left + 1, s.merge.top + 1 + s.merge.h, s.merge.left + 1 + s.merge.w);
        });
        const bytes = Buffer.from(await wb.xlsx.writeBuffer());
        for (const options of OPTIONS) {
          const reference = await readXlsxWithExcelJs(bytes, options);
          const diff = differences(own(bytes, options), reference);
          if (diff.length) throw new Error(`${JSON.stringify(options)}:\n${diff.join("\n")}`);
        }
        n++;
      }),
      { numRuns: 60, seed: 20261122 },
    );
    expect(n).toBe(60);
  }, 120_000);
});

describe("readXlsx", () => {
  test("takes the reader's snapshot without loading ExcelJS's model", async () => {
    const file = path.join(ROOT, "examples/plan-example.xlsx");
    const xlsxProto = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => unknown };
    const load = jest.spyOn(xlsxProto, "load");
    try {
      const snap = await readXlsx(file);
      expect(snap.sheets.length).toBeGreaterThan(0);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });
});
