/** Data validations in existing workbooks: whole-column rules stay cheap, rewrites never overlap rules. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readXlsx, writePlansToXlsx } from "../../../src/adapters/xlsx";
import { compactValidations } from "../../../src/adapters/xlsx/exceljs-patches";
import { ZipArchive } from "../../../src/adapters/xlsx/zip";
import { parseRange } from "../../../src/core/address";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-xlsx-dv-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sqrefs(file: string, sheetPart = "xl/worksheets/sheet1.xml"): { type: string; sqref: string }[] {
  const xml = new ZipArchive(fs.readFileSync(file)).readText(sheetPart) ?? "";
  return [...xml.matchAll(/<dataValidation\b[^>]*?type="(\w+)"[^>]*?sqref="([^"]+)"/g)].map((m) => ({ type: m[1], sqref: m[2] }));
}

function overlapping(list: { sqref: string }[]): string[] {
  const ranges = list.flatMap((l) => l.sqref.split(" ").map((s) => ({ s, r: parseRange(s) })));
  const out: string[] = [];
  for (let i = 0; i < ranges.length; i++)
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i].r;
      const b = ranges[j].r;
      if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) out.push(`${ranges[i].s} × ${ranges[j].s}`);
    }
  return out;
}

test("a whole-column validation is read and rewritten in well under a second, cut around a new rule", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  ws.getCell("A1").value = "Статус";
  const dvs = (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations;
  dvs.add("B2:D1048576", { type: "list", allowBlank: true, formulae: ['"да,нет"'] });
  dvs.add("A9:A11", { type: "whole", allowBlank: true, operator: "between", formulae: [1, 5] });
  const base = path.join(dir, "columns.xlsx");
  await wb.xlsx.writeFile(base);
  expect(
    sqrefs(base)
      .map((s) => s.sqref)
      .sort(),
  ).toEqual(["A9:A11", "B2:D1048576"]);

  let t = Date.now();
  await readXlsx(base);
  expect(Date.now() - t).toBeLessThan(2000); // was several seconds: ExcelJS expanded 3 million cells

  const out = path.join(dir, "columns-2.xlsx");
  t = Date.now();
  await writePlansToXlsx([{ sheet: "Лист1", cells: [], validations: [{ ref: { top: 0, left: 2, bottom: 9, right: 2 }, rule: { type: "decimal", min: 0 } }] }], { base, out });
  expect(Date.now() - t).toBeLessThan(3000); // was tens of seconds
  const list = sqrefs(out);
  expect(list).toEqual(
    expect.arrayContaining([
      { type: "whole", sqref: "A9:A11" },
      { type: "decimal", sqref: "C1:C10" },
      { type: "list", sqref: "B11:D1048576" },
      { type: "list", sqref: "B2:B10" },
      { type: "list", sqref: "D2:D10" },
    ]),
  );
  expect(list).toHaveLength(5);
  expect(overlapping(list)).toEqual([]);
});

test("per-cell rules are gathered into disjoint rectangles (ExcelJS alone wrote A10:A11 and A9:A11)", () => {
  const rule = { type: "whole", formulae: [1] };
  const other = { type: "list", formulae: ['"a"'] };
  const model: Record<string, unknown> = { A9: rule, A10: rule, A11: rule, B9: rule, B10: rule, B11: rule, C10: other, "E1:E5": other };
  const out = compactValidations(model);
  expect(out).toEqual({ "E1:E5": other, "A9:B11": rule, C10: other });
  const ragged = compactValidations({ A1: rule, B1: rule, A2: rule, C3: rule });
  expect(Object.keys(ragged).sort()).toEqual(["A1:B1", "A2", "C3"]);
});
