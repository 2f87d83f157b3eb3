/**
 * Conditional formats added to a loaded workbook get a priority after every rule already on the sheet.
 * ExcelJS numbers a rule without a priority from the highest one it finds (not one past it), so a rule added
 * after loading shared its priority with the last rule kept: compute, which clears and rewrites its own
 * formats, then wrote a different file from the template's (found by test/integration/libreoffice-compute).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbook, writePlansToXlsx } from "../../../src/adapters/xlsx";
import type { ConditionalFormatWrite } from "../../../src/core/workbook";

const rule = (left: number, formula: string): ConditionalFormatWrite => ({ ref: { top: 0, left, bottom: 4, right: left }, formula, fill: "#FFC7CE" });

async function priorities(file: string): Promise<[string, string, number][]> {
  const wb = await loadWorkbook(file);
  const cfs = (wb.getWorksheet("Лист")! as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; priority: number }[] }[] }).conditionalFormattings;
  return cfs.flatMap((cf) => cf.rules.map((r) => [cf.ref, r.formulae[0], r.priority] as [string, string, number]));
}

test("rules rewritten on a loaded sheet keep unique priorities in the order they were added", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-cf-priority-"));
  try {
    const file = path.join(dir, "a.xlsx");
    await writePlansToXlsx([{ sheet: "Лист", create: true, cells: [], conditionalFormats: [rule(0, "A1>1"), rule(1, "B1>1"), rule(2, "C1>1"), rule(2, "C1>2")] }], { out: file });
    const first = await priorities(file);
    expect(first.map((p) => p[2])).toEqual([1, 2, 3, 4]);
    // Rewrite the rules of column C, as compute does: the file is the same as before.
    await writePlansToXlsx([{ sheet: "Лист", cells: [], clearConditionalFormats: [rule(2, "").ref], conditionalFormats: [rule(2, "C1>1"), rule(2, "C1>2")] }], { base: file, out: file });
    expect(await priorities(file)).toEqual(first);
    // A rule added later comes after all of them.
    await writePlansToXlsx([{ sheet: "Лист", cells: [], conditionalFormats: [rule(3, "D1>1")] }], { base: file, out: file });
    expect((await priorities(file)).map((p) => p[2])).toEqual([1, 2, 3, 4, 5]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
