/**
 * The .docx path: readDocx (unzip with fflate, XML with saxes, tables placed as grids) and then recognition and
 * rules, over a pasted-shape plan written as Word writes it (one table, section rows spanning it, the header
 * repeated at page breaks), as `project-office validate FILE.docx` and «Импорт из Word» do. Warm medians.
 */
import { readDocx } from "../../src/adapters/docx";
import { validateWorkbook } from "../../src/core/rules";
import { docxBuffer } from "../../test/fixtures/docx/build";
import { sheetToBlocks } from "../../test/fixtures/docx/seeds";
import { atMost, check, fmtBytes, fmtInt, fmtMs, log, timeWarm, type Figure } from "./common";
import { pastedPlan } from "./generate";

const SECTION = "docx";

/** Budgets: a 1,000-row plan as fast as a person expects a click to answer; 10,000 rows well inside a coffee. */
const BUDGETS: Record<number, number> = { 1000: 1000, 10000: 8000 };

export async function docxFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const rows of [1000, 10000]) {
    log(`docx: a ${fmtInt(rows)}-row plan`);
    const sheet = pastedPlan(rows).sheets[0];
    const bytes = new Uint8Array(await docxBuffer(sheetToBlocks(sheet, { tables: [[1, sheet.values.length - 1]] })));
    const read = timeWarm(() => readDocx(bytes), 1, 5);
    const full = timeWarm(() => validateWorkbook(readDocx(bytes).snapshot), 1, 5);
    figures.push(
      check({
        id: `docx.plan.${rows}.ms`,
        section: SECTION,
        name: `${fmtInt(rows)}-row plan .docx (${fmtBytes(bytes.length)}): read + recognition + rules`,
        value: full.ms,
        unit: "ms",
        display: `${fmtMs(full.ms)} (read ${fmtMs(read.ms)})`,
        budget: atMost(BUDGETS[rows], `≤ ${fmtMs(BUDGETS[rows])}`),
        extra: { readMs: read.ms, bytes: bytes.length },
      }),
    );
  }
  return figures;
}
