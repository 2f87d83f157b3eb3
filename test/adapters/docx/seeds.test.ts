/**
 * Acceptance: the Word versions of the seed-shaped documents, read and checked, give the findings of their
 * pasted-into-Excel versions — the same rules at the same cells with the same messages.
 */
import { readDocx } from "../../../src/adapters/docx";
import type { Finding } from "../../../src/core/findings";
import { validateWorkbook } from "../../../src/core/rules";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook";
import { seedLikePassportSheet, seedLikePlanSheet, seedLikeScheduleSheet, workbook } from "../../fixtures/seedLike";
import { PASSPORT_TABLES, PLAN_TABLES, SCHEDULE_TABLES, seedPassportDocx, seedPlanDocx, seedScheduleDocx } from "../../fixtures/docx/seeds";

const shown = (v: CellValue) => (v === null ? "" : String(v));
/** What Excel makes of a pasted cell on a Russian paste: «1440,00» is the number 1440. */
const pastedAsNumber = (v: CellValue) => (typeof v === "string" && /^\d+,\d+$/.test(v) ? String(Number(v.replace(",", "."))) : shown(v));

function findings(wb: WorkbookSnapshot): string[] {
  const report = validateWorkbook(wb);
  return report.sheets
    .flatMap((s) => s.findings)
    .map((f: Finding) => `${f.rule} ${f.severity} ${f.row}:${f.col} ${f.message.ru}`)
    .sort();
}

// the seed-shaped calendar plan is a clean one: no findings on either side
const cases: [string, () => Promise<Buffer>, () => SheetSnapshot, string, boolean, [number, number][]][] = [
  ["passport", seedPassportDocx, seedLikePassportSheet, "passport", true, PASSPORT_TABLES],
  ["plan", seedPlanDocx, seedLikePlanSheet, "plan", true, PLAN_TABLES],
  ["calendar plan", seedScheduleDocx, seedLikeScheduleSheet, "schedule", false, SCHEDULE_TABLES],
];

describe.each(cases)("the seed-shaped %s from Word", (_, docx, pasted, kind, hasFindings, tables) => {
  let read: ReturnType<typeof readDocx>;
  beforeAll(async () => {
    read = readDocx(new Uint8Array(await docx()), "Документ");
  });

  it("has the Word merges: section rows across the table, the quarters' year over its four columns", () => {
    const merges = read.snapshot.sheets[0].merges;
    // a merged title row of the pasted sheet is a paragraph in Word: nothing to merge
    const inTables = pasted().merges.filter((m) => tables.some(([top, bottom]) => m.top >= top && m.bottom <= bottom));
    for (const m of inTables) expect(merges).toContainEqual(m);
    if (kind !== "schedule") expect(inTables.length).toBeGreaterThan(0);
  });

  it("is the pasted sheet's text, row for row and cell for cell", () => {
    const sheet = read.snapshot.sheets[0];
    const expected = pasted().values.map((r) => r.map(pastedAsNumber));
    expect(sheet.values.map((r) => r.map(shown))).toEqual(expected);
  });

  it("is recognised as the same document and gives the same findings", () => {
    const fromWord = read.snapshot;
    const fromExcel = workbook([{ ...pasted(), name: "Документ" }]);
    expect(validateWorkbook(fromWord).sheets.map((s) => s.kind)).toEqual([kind]);
    const a = findings(fromWord);
    expect(a).toEqual(findings(fromExcel));
    expect(a.length > 0).toBe(hasFindings);
  });
});
