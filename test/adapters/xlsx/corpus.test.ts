/**
 * The reader over real files of other writers (test/fixtures/xlsx/corpus, origins and licences in its README):
 * Excel, LibreOffice, Google Sheets, Gnumeric, the .NET Open XML SDK and ClosedXML (x: prefixes), openpyxl,
 * SheetJS, and the damaged and encrypted files of other readers' test suites.
 *
 * Expectations are written from each file's raw XML (unzip -p), not from this reader: a value is what the
 * <c> element holds, read by its t attribute, with dates as 1900-system serials (1904 workbooks moved by
 * 1,462 days, times alone not moved) and rounded to the millisecond, as the snapshot gives them.
 * Every file of the corpus must read (or be refused for what it is) without a crash.
 */
import * as fs from "fs";
import * as path from "path";
import { parseCell } from "../../../src/core/address";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook";
import { readXlsxBytes, XlsxReadError, type XlsxReadFailure, type XlsxReadResult } from "../../../src/adapters/xlsx";

const CORPUS = path.join(__dirname, "../../fixtures/xlsx/corpus");

interface Expect {
  /** worksheet names in order (chart sheets are not worksheets) */
  sheets?: string[];
  /** "Sheet!A1" → value */
  cells?: Record<string, CellValue>;
  /** "Sheet!A1" → formula as range.formulas gives it */
  formulas?: Record<string, string | null>;
  /** sheet → its used range as rows × columns */
  size?: Record<string, [number, number]>;
  visibility?: Record<string, string>;
  protected?: string[];
  merges?: Record<string, number>;
  names?: Record<string, string>;
  /** not a readable workbook: the kind said */
  error?: XlsxReadFailure;
}

const EXPECT: Record<string, Expect> = {
  // LibreOffice, date1904="true": yyyy-mm-dd dates move by 1,462 days; [hh]:mm:ss (a duration) does not
  "calamine/date_1904.xlsx": { sheets: ["Sheet1"], cells: { "Sheet1!A1": 44197, "Sheet1!A2": 44198, "Sheet1!B1": 15, "Sheet1!B2": 16, "Sheet1!A3": 10.6320601852, "Sheet1!B3": 17 } },
  // openpyxl, ISO 8601 cells (t="d"): a date, a date-time, a time alone; inline strings
  "calamine/date_iso.xlsx": {
    cells: { "Sheet!A1": 44197, "Sheet!A2": 44197.4237268519, "Sheet!A3": 0.4237268519, "Sheet!A4": "This workbook contains datetime in ISO 8601" },
  },
  "calamine/inlineStr_cdata.xlsx": { cells: { "Sheet1!A1": "Hello CDATA", "Sheet1!B1": "World", "Sheet1!A2": "12345", "Sheet1!B2": "NormalText" } },
  // r:id under another prefix (ns:id)
  "calamine/nonstandard-xml-ns-prefix.xlsx": { cells: { "Sheet1!A1": "a", "Sheet1!B1": "b", "Sheet1!A2": 1, "Sheet1!B3": 4 } },
  // x: prefixes in the sheet and shared strings; CR LF in the text reads as LF (XML's end-of-line handling)
  "calamine/richtext-namespaced.xlsx": {
    sheets: ["Sheet1", "Sheet2", "Sheet3"],
    cells: { "Sheet1!A1": "inline string\nLine 2\nLine 3", "Sheet1!H1": "shared string\nLine 2\nLine 3", "Sheet1!B1": "" },
    merges: { Sheet1: 2 },
    size: { Sheet1: [3, 13], Sheet2: [1, 1] },
  },
  "calamine/strict_iso_paths.xlsx": { cells: { "ml_out!B1": "Thickness", "ml_out!B2": 1.5, "ml_out!C2": 7, "ml_out!G2": 78.46 } },
  "calamine/errors.xlsx": {
    sheets: ["Feuil1", "Feuil2", "Feuil3"],
    cells: { "Feuil1!A1": "#DIV/0!", "Feuil1!A2": "#NAME?", "Feuil1!A3": "#VALUE!", "Feuil1!A4": "#NULL!", "Feuil1!A5": "#REF!", "Feuil1!A6": "#NUM!", "Feuil1!A7": "#N/A" },
    formulas: { "Feuil1!A1": "=5/0", "Feuil1!A5": "=[1]Feuil8!A1", "Feuil1!A7": "=VLOOKUP(B1,B1,B1,3)" },
    size: { Feuil1: [7, 1], Feuil2: [1, 1] },
  },
  // a phonetic run (rPh) is not part of the text
  "calamine/rph.xlsx": { cells: { "Sheet1!A1": "課きく\u3000毛こ" } },
  // _x000D_ is a carriage return; the CR LF after it reads as LF
  "calamine/has_x000D_.xlsx": { cells: { "Sheet1!A1": "ABC\r\nDEF" } },
  "calamine/shared_formula_simple.xlsx": {
    cells: { "Sheet1!B1": 2, "Sheet1!B2": 4, "Sheet1!B3": 6 },
    formulas: { "Sheet1!B1": "=A1*2", "Sheet1!B2": "=A2*2", "Sheet1!B3": "=A3*2", "Sheet1!A1": null },
  },
  "calamine/issue_567_absolute_shared.xlsx": { formulas: { "Sheet1!B1": "=B$1", "Sheet1!C1": "=C$1", "Sheet1!B2": "=B$1", "Sheet1!E3": "=E$1", "Sheet1!A2": "=A$1", "Sheet1!A3": "=A$1" } },
  // a chart sheet is not a worksheet
  "calamine/any_sheets.xlsx": {
    sheets: ["Visible", "Hidden", "VeryHidden"],
    visibility: { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" },
    cells: { "Visible!A1": 1, "Visible!B3": 6, "Visible!A5": "This workbook contains 4 sheets: Visible, Hidden, VeryHidden and Chart" },
  },
  "calamine/encoded_entities.xlsx": { cells: { "Sheet1!A1": "&", "Sheet1!A2": "\n" } },
  // <v/> in a t="s" cell: no string (not string 0)
  "calamine/empty_shared_string_value.xlsx": { cells: { "Sheet1!A2": "Alice", "Sheet1!B2": "", "Sheet1!C2": "Active", "Sheet1!A3": "", "Sheet1!B3": "Berlin", "Sheet1!C3": "" } },
  // whitespace is what the file holds, xml:space or not
  "calamine/whitespace_trim.xlsx": {
    cells: { "inlineStr!A1": "  trimmed value  ", "inlineStr!D1": "clean text", "inlineStr!A3": "日期 时间", "SharedStrings!B1": "  preserved value  ", "SharedStrings!A2": "  line1\nline2  " },
  },
  "calamine/empty_sheet.xlsx": { size: { Sheet1: [1, 1] } },
  // a password to open: an encrypted package in a compound file
  "calamine/pass_protected.xlsx": { error: "encrypted" },
  // xl/_rels/workbook.xml.rels fails its CRC (unzip -t says so too)
  "calamine/issue252.xlsx": { error: "corrupt" },
  // ClosedXML / .NET Open XML SDK: every part with x: prefixes
  "closedxml/Misc_DataTypes.xlsx": {
    sheets: ["Data Types"],
    cells: {
      "Data Types!C2": "Hello World.",
      "Data Types!C3": 40423,
      "Data Types!C4": 40423.5731712963,
      "Data Types!C5": true,
      "Data Types!C6": 123.45,
      "Data Types!C7": 1.4065046296,
      "Data Types!C9": 9.999e307,
      "Data Types!C12": "9/2/2010 12:00:00 AM",
    },
  },
  "closedxml/Misc_HideSheets.xlsx": {
    sheets: ["First Hidden", "Visible", "Unhidden", "VeryHidden", "Last Hidden"],
    visibility: { "First Hidden": "hidden", Visible: "visible", VeryHidden: "veryHidden", "Last Hidden": "hidden" },
  },
  "closedxml/Misc_SheetProtection.xlsx": { protected: ["Protected No-Password", "Protected Password = 123"], cells: { "Protected No-Password!A4": "Not Locked, Not Hidden:" } },
  "closedxml/Ranges_DefinedNames.xlsx": {
    cells: { "Presentation!A1": "People Count:", "Presentation!B1": "", "Presentation!B5": 30, "Data!A4": "Harry" },
    formulas: { "Presentation!B1": "=COUNT(PeopleData)", "Presentation!B2": "=PeopleCount" },
    names: { PeopleData: "=Data!$A$2:$B$4", Headers: "=Data!$A$1:$B$1", PeopleCount: "=Presentation!$B$1:$B$1" },
  },
  // ExcelJS's test data: date1904="1"; Google Sheets and LibreOffice files
  "exceljs/1904.xlsx": { sheets: ["Sheet1", "Sheet2", "Sheet3"], cells: { "Sheet1!B4": 1462, "Sheet1!B2": "" }, size: { Sheet1: [4, 2] } },
  "exceljs/google-sheets.xlsx": { cells: { "Sheet1!A1": "BEGIN", "Sheet1!B1": "HIDDEN", "Sheet1!C1": "VISIBLE", "Sheet1!A2": "HIDDEN", "Sheet1!A3": "VISIBLE" } },
  "exceljs/libre-calc-as-excel-2007-365.xlsx": { cells: { "Sheet1!A1": "BEGIN", "Sheet1!C1": "VISIBLE", "Sheet1!A2": "HIDDEN" } },
  // text before the root element of a sheet: not XML
  "exceljs/invalid-xml.xlsx": { error: "unreadable" },
  // a sheet and its relationships, and no workbook part
  "exceljs/missing-bits.xlsx": { error: "missingPart" },
  "open-xml-sdk/SST.xlsx": { sheets: ["Sheet1", "Sheet2", "Sheet3"], cells: { "Sheet1!A4": "shared string table" }, size: { Sheet1: [4, 1] } },
  // Gnumeric 1.12.55 (see the corpus README): cached formula results by type; a text result as a shared-string index (t="s")
  "resaved/gnumeric-formulas.xlsx": {
    sheets: ["Формулы"],
    cells: {
      "Формулы!B2": 45717,
      "Формулы!C2": "готово",
      "Формулы!D2": 305,
      "Формулы!E2": true,
      "Формулы!F2": "#DIV/0!",
      "Формулы!C3": "готово и Финал",
      "Формулы!D3": 43.57,
      "Формулы!E3": false,
      "Формулы!F3": 45718,
      "Формулы!A5": "Объединено",
    },
    formulas: { "Формулы!C2": '=IF(B2>0,"готово","нет")', "Формулы!C3": '=C2&" и "&A3', "Формулы!A2": null },
    merges: { Формулы: 1 },
  },
  // SheetJS 0.18.5 (see the corpus README): ISO t="d" dates in a date1904="true" workbook (ISO dates do not move), t="str" text
  "resaved/sheetjs-dates-1904.xlsx": {
    sheets: ["Даты"],
    cells: { "Даты!A1": "Контрольная точка", "Даты!B2": 45717, "Даты!C2": 45717.5208333333, "Даты!B3": 46387, "Даты!D2": 42, "Даты!D3": -1.5, "Даты!C3": "" },
  },
};

function read(file: string): XlsxReadResult | { error: XlsxReadFailure } {
  try {
    return readXlsxBytes(fs.readFileSync(path.join(CORPUS, file)));
  } catch (e) {
    if (e instanceof XlsxReadError) return { error: e.kind };
    throw e;
  }
}

function cell(wb: WorkbookSnapshot, key: string, grid: "values" | "formulas"): CellValue | undefined {
  const bang = key.lastIndexOf("!");
  const sheet = wb.sheets.find((s) => s.name === key.slice(0, bang));
  if (!sheet) throw new Error(`no sheet in ${key}`);
  const { row, col } = parseCell(key.slice(bang + 1));
  const g = grid === "values" ? sheet.values : sheet.formulas!;
  return row < g.length && col < g[0].length ? g[row][col] : grid === "values" ? "" : null;
}

function expectValue(actual: CellValue | undefined, expected: CellValue, where: string): void {
  if (typeof expected === "number" && !Number.isInteger(expected)) {
    if (typeof actual !== "number") throw new Error(`${where}: ${JSON.stringify(actual)}, expected ${expected}`);
    expect(actual).toBeCloseTo(expected, 9);
  } else if (actual !== expected) throw new Error(`${where}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

function corpusFiles(dir = CORPUS, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? corpusFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : /\.xlsx$/i.test(e.name) ? [`${prefix}${e.name}`] : []))
    .sort();
}

describe("files of other writers, expectations from their raw XML", () => {
  test.each(Object.entries(EXPECT))("%s", (file, x) => {
    const r = read(file);
    if (x.error) {
      expect(r).toEqual({ error: x.error });
      return;
    }
    if ("error" in r) throw new Error(`${file} refused: ${r.error}`);
    expect(r.skipped).toEqual([]);
    if (x.sheets) expect(r.sheets.map((s) => s.name)).toEqual(x.sheets);
    for (const [k, v] of Object.entries(x.cells ?? {})) expectValue(cell(r, k, "values"), v, `${file} ${k}`);
    for (const [k, v] of Object.entries(x.formulas ?? {})) expect([k, cell(r, k, "formulas")]).toEqual([k, v]);
    for (const [s, [rows, cols]] of Object.entries(x.size ?? {})) {
      const sheet = r.sheets.find((t) => t.name === s)!;
      expect([s, sheet.values.length, sheet.values[0].length]).toEqual([s, rows, cols]);
    }
    for (const [s, v] of Object.entries(x.visibility ?? {})) expect([s, r.sheets.find((t) => t.name === s)?.visibility]).toEqual([s, v]);
    for (const s of x.protected ?? []) expect([s, r.sheets.find((t) => t.name === s)?.protected]).toEqual([s, true]);
    for (const [s, n] of Object.entries(x.merges ?? {})) expect([s, r.sheets.find((t) => t.name === s)?.merges.length]).toEqual([s, n]);
    for (const [n, f] of Object.entries(x.names ?? {})) expect([n, r.names.find((m) => m.name === n)?.formula]).toEqual([n, f]);
  });
});

describe("the project's examples as other writers re-save them", () => {
  /** A sheet's values with trailing empty rows and columns cut (writers differ in what empty cells they keep). */
  function trimmed(values: CellValue[][]): CellValue[][] {
    const rows = values.map((r) => {
      let n = r.length;
      while (n > 0 && r[n - 1] === "") n--;
      return r.slice(0, n);
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  }
  const EXAMPLES = path.join(__dirname, "../../../examples");

  test.each([
    ["resaved/gnumeric-plan-example.xlsx", "plan-example.xlsx"],
    ["resaved/sheetjs-passport-example.xlsx", "passport-example.xlsx"],
  ])("%s holds the values of %s (formula cells aside: the example has no cached results, the re-save computed them)", (resaved, original) => {
    const a = read(resaved);
    const b = readXlsxBytes(fs.readFileSync(path.join(EXAMPLES, original)));
    if ("error" in a) throw new Error(`${resaved} refused: ${a.error}`);
    for (const sheet of b.sheets) {
      const other = a.sheets.find((s) => s.name === sheet.name);
      const plain = (values: CellValue[][]) => trimmed(values.map((r, i) => r.map((v, j) => (sheet.formulas![i]?.[j] ? "" : v))));
      expect([sheet.name, other && plain(other.values)]).toEqual([sheet.name, plain(sheet.values)]);
      expect([sheet.name, other?.merges.length]).toEqual([sheet.name, sheet.merges.length]);
    }
  });
});

describe("the whole corpus", () => {
  const files = corpusFiles();

  test("is a few MB of real files, every one with its origin in the README", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const bytes = files.reduce((n, f) => n + fs.statSync(path.join(CORPUS, f)).size, 0);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    const readme = fs.readFileSync(path.join(CORPUS, "README.md"), "utf8");
    for (const f of files) expect([f, readme.includes(path.basename(f))]).toEqual([f, true]);
  });

  test.each(files)("%s reads without a crash, and is refused only when the README says why", (file) => {
    const r = read(file);
    const expected = EXPECT[file]?.error;
    if ("error" in r) expect([file, r.error]).toEqual([file, expected]);
    else {
      expect(expected).toBeUndefined();
      expect(r.sheets.length + r.skipped.length).toBeGreaterThan(0);
      for (const s of r.sheets) {
        const cols = s.values[0].length;
        for (const row of s.values) expect(row.length).toBe(cols);
      }
    }
  });
});
