/**
 * Edge cases of the .xlsx reader (src/adapters/xlsx/read-bytes.ts), on hand-written packages: the exact
 * snapshot it must give and, where ExcelJS gets the case right, the same snapshot as ExcelJS's load.
 */
import { loadWorkbook, readXlsxBytes, snapshotWorkbook, type ReadXlsxOptions } from "../../../src/adapters/xlsx";
import { shiftFormula } from "../../../src/adapters/xlsx/formulas";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook";
import { makeZip } from "../../helpers/zip";

// ---------------------------------------------------------------------------------------------
// A minimal package builder

const XML = `<?xml version="1.0" encoding="UTF-8"?>\n`;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface SheetDef {
  name: string;
  /** the whole worksheet (or chartsheet) part */
  xml: string;
  state?: string;
  /** a chartsheet: its own part type and relationship type */
  chart?: boolean;
}

/** A worksheet part: the rows inside <sheetData>, then what follows it (protection, merges). */
function ws(rows: string, tail = ""): string {
  return `${XML}<worksheet ${NS}><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A package: the sheets in order (xl/worksheets/sheetN.xml), shared strings (<si> bodies), styles, workbookPr, defined names. */
function pkg(sheets: SheetDef[], o: { strings?: string[]; styles?: string; wbPr?: string; names?: string } = {}): Buffer {
  const parts: Record<string, string> = {};
  const types: string[] = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`];
  const rels: string[] = [];
  const entries: string[] = [];
  const add = (part: string, kind: string, id: string, xml: string): void => {
    parts[`xl/${part}`] = xml;
    types.push(`<Override PartName="/xl/${part}" ContentType="${CT}.${kind}+xml"/>`);
    rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${part}"/>`);
  };
  sheets.forEach((s, i) => {
    const kind = s.chart ? "chartsheet" : "worksheet";
    add(`${kind}s/sheet${i + 1}.xml`, kind, `rId${i + 1}`, s.xml);
    entries.push(`<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`);
  });
  if (o.strings) {
    const n = o.strings.length;
    add("sharedStrings.xml", "sharedStrings", "rIdS", `${XML}<sst ${NS} count="${n}" uniqueCount="${n}">${o.strings.map((s) => `<si>${s}</si>`).join("")}</sst>`);
  }
  if (o.styles) add("styles.xml", "styles", "rIdT", o.styles);
  const names = o.names ? `<definedNames>${o.names}</definedNames>` : "";
  return makeZip({
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${types.join("")}</Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook ${NS}>${o.wbPr ?? ""}<sheets>${entries.join("")}</sheets>${names}</workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG_RELS}">${rels.join("")}</Relationships>`,
    ...parts,
  });
}

/** styles.xml with custom formats (id → code) and one cellXfs entry per numFmtId given (style index = position). */
function styles(numFmts: Record<number, string>, xfIds: number[]): string {
  const fmts = Object.entries(numFmts).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`);
  const xfs = xfIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`);
  return (
    `${XML}<styleSheet ${NS}>${fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : ""}` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`
  );
}

// ---------------------------------------------------------------------------------------------
// Reading and expectations

/** The reader's snapshot (without `skipped` when no sheet was skipped). */
function mine(buf: Buffer, opts: ReadXlsxOptions = {}): WorkbookSnapshot {
  const { skipped, ...snap } = readXlsxBytes(buf, opts);
  return skipped.length ? ({ ...snap, skipped } as WorkbookSnapshot) : snap;
}

/** What ExcelJS's load gives (with the names as stored, which the adapter reads itself). */
async function readXlsxWithExcelJs(buf: Buffer, opts: ReadXlsxOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbook(buf), opts);
}

/** The reader's snapshot, checked equal to the ExcelJS path's. */
async function withParity(buf: Buffer, opts: ReadXlsxOptions = {}): Promise<WorkbookSnapshot> {
  const snap = mine(buf, opts);
  expect(snap).toEqual(await readXlsxWithExcelJs(buf, opts));
  return snap;
}

/** An expected sheet: formulas all null and formats all "General" unless given. */
function sheet(name: string, values: CellValue[][], o: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [],
    visibility: "visible",
    protected: false,
    ...o,
  };
}
const book = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets, names: [] });
const G = "General";
const DMY = "dd.mm.yyyy";
/** cellXfs: 0 General, 1 dd.mm.yyyy (custom 164), 2 built-in 14 (mm-dd-yy) */
const STYLES = styles({ 164: DMY }, [0, 164, 14]);

// ---------------------------------------------------------------------------------------------

describe("1. shared formulas", () => {
  test("slaves shift the master's relative references; $-fixed parts, function names and sheet names stay", async () => {
    const master = `A2*2+$A$1+A$1+$A1+LOG10(A2)+'Лист 1'!A1`;
    const buf = pkg([
      {
        name: "S",
        xml: ws(
          `<row r="1"><c r="A1"><v>1</v></c></row>` +
            `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B2:B5" si="0">${master}</f><v>4</v></c></row>` +
            `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>` +
            `<row r="4"><c r="B4"><f t="shared" si="0"/><v>0</v></c></row>` +
            `<row r="5"><c r="B5"><f t="shared" si="0"></f><v>0</v></c></row>`,
        ),
      },
      { name: "Лист 1", xml: ws(`<row r="1"><c r="A1"><v>7</v></c></row>`) },
    ]);
    const snap = await withParity(buf);
    expect(snap.sheets[0].values).toEqual([
      [1, ""],
      [2, 4],
      [3, 6],
      ["", 0],
      ["", 0],
    ]);
    expect(snap.sheets[0].formulas).toEqual([
      [null, null],
      [null, "=A2*2+$A$1+A$1+$A1+LOG10(A2)+'Лист 1'!A1"],
      [null, "=A3*2+$A$1+A$1+$A2+LOG10(A3)+'Лист 1'!A2"],
      [null, "=A4*2+$A$1+A$1+$A3+LOG10(A4)+'Лист 1'!A3"],
      [null, "=A5*2+$A$1+A$1+$A4+LOG10(A5)+'Лист 1'!A4"],
    ]);
    expect(snap.sheets[1]).toEqual(sheet("Лист 1", [[7]]));
  });

  test("a string literal is not shifted (ExcelJS shifts the A1 inside it: no parity)", () => {
    const buf = pkg([
      {
        name: "S",
        xml: ws(`<row r="1"><c r="A1" t="str"><f t="shared" ref="A1:A2" si="3">"A1 ""B2"""&amp;B1</f><v>x</v></c></row>` + `<row r="2"><c r="A2" t="str"><f t="shared" si="3"/><v>y</v></c></row>`),
      },
    ]);
    expect(mine(buf).sheets[0].formulas).toEqual([['="A1 ""B2"""&B1'], ['="A1 ""B2"""&B2']]);
  });

  test("shiftFormula", () => {
    expect(shiftFormula("A1+$A$1+A$1+$A1", 2, 1)).toBe("B3+$A$1+B$1+$A3");
    expect(shiftFormula("SUM(A1:B2)*LOG10(C3)", 1, 0)).toBe("SUM(A2:B3)*LOG10(C4)");
    expect(shiftFormula(`"A1"&A1&'Лист 1'!B2`, 1, 1)).toBe(`"A1"&B2&'Лист 1'!C3`);
    expect(shiftFormula("Z1+AZ1+Data2!A1", 0, 1)).toBe("AA1+BA1+Data2!B1");
    expect(shiftFormula("1E5+T[A1]+A1", 1, 0)).toBe("1E5+T[A1]+A2");
    expect(shiftFormula("A1+B2", 0, 0)).toBe("A1+B2");
    // past column A or row 1
    expect(shiftFormula("A1+B$1+$C2", -1, -1)).toBe("#REF!+A$1+$C1");
    expect(shiftFormula("B2", -2, 0)).toBe("#REF!");
    // past the last column (XFD) or row (1,048,576)
    expect(shiftFormula("XFD1+A1048576", 1, 1)).toBe("#REF!+#REF!");
  });

  test("shiftFormula: whole-column and whole-row references are relative too", () => {
    // copied one row down and one column right, Excel gives =SUM(B:B)+SUM(2:2)+SUM($A:C) (ExcelJS does not shift these either)
    expect(shiftFormula("SUM(A:A)+SUM(1:1)+SUM($A:B)", 1, 1)).toBe("SUM(B:B)+SUM(2:2)+SUM($A:C)");
  });
});

describe("2. inline and shared strings", () => {
  test("inline text, rich runs, a phonetic run in a shared string, _x000D_", async () => {
    const buf = pkg(
      [
        {
          name: "S",
          xml: ws(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>plain</t></is></c>` +
              `<c r="B1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/><sz val="11"/></rPr><t>b</t></r></is></c>` +
              `<c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c></row>`,
          ),
        },
      ],
      { strings: [`<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh>`, `<t>x_x000D_y</t>`] },
    );
    expect(await withParity(buf)).toEqual(book(sheet("S", [["plain", "ab", "漢字", "x\ry"]])));
  });

  test("a phonetic run in an inline string is ignored (ExcelJS loses the sheet's cells: no parity)", () => {
    const xml = ws(`<row r="1"><c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c><c r="B1"><v>5</v></c></row>`);
    expect(mine(pkg([{ name: "S", xml }]))).toEqual(book(sheet("S", [["漢字", 5]])));
  });
});

describe("3. booleans, errors, text and formula results", () => {
  test("plain values and cached formula results", async () => {
    const buf = pkg([
      {
        name: "S",
        xml: ws(
          `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="str"><v>txt</v></c></row>` +
            `<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2" t="b"><f>1&gt;0</f><v>1</v></c>` +
            `<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>A1+1</f></c></row>`,
        ),
      },
    ]);
    const formulas = [
      [null, null, null, null],
      ['="a"&"b"', "=1>0", "=1/0", "=A1+1"],
    ];
    expect(await withParity(buf)).toEqual(
      book(
        sheet(
          "S",
          [
            [true, false, "#DIV/0!", "txt"],
            ["ab", true, "#DIV/0!", ""],
          ],
          { formulas },
        ),
      ),
    );
  });
  test('xsd:boolean spelt out: true and false (ExcelJS read "false" as true)', () => {
    const buf = pkg([{ name: "S", xml: ws(`<row r="1"><c r="A1" t="b"><v>true</v></c><c r="B1" t="b"><v>false</v></c></row>`) }]);
    expect(mine(buf).sheets[0].values).toEqual([[true, false]]);
  });
});

describe("4. dates", () => {
  const row = `<row r="1"><c r="A1" s="1"><v>45717</v></c><c r="B1" s="2"><v>45717.5</v></c><c r="C1" s="1"><f>A1+1</f><v>45718</v></c><c r="D1"><v>10</v></c></row>`;
  const formulas = [[null, null, "=A1+1", null]];
  const numberFormats = [[DMY, "mm-dd-yy", DMY, G]];

  test("a number in a date-formatted cell stays the serial", async () => {
    const buf = pkg([{ name: "S", xml: ws(row) }], { styles: STYLES });
    expect(await withParity(buf)).toEqual(book(sheet("S", [[45717, 45717.5, 45718, 10]], { formulas, numberFormats })));
  });

  test("a text or boolean formula result in a date-formatted cell stays text or boolean (ExcelJS made it a date)", () => {
    const xml = ws(`<row r="1"><c r="A1" s="1" t="str"><f>IF(B1,"готово","")</f><v>готово</v></c><c r="B1" s="1" t="b"><f>TRUE</f><v>1</v></c></row>`);
    expect(mine(pkg([{ name: "S", xml }], { styles: STYLES })).sheets[0].values).toEqual([["готово", true]]);
  });

  test("in a 1904 workbook date-formatted serials move by 1462 days; other numbers stay", async () => {
    const buf = pkg([{ name: "S", xml: ws(row) }], { styles: STYLES, wbPr: `<workbookPr date1904="1"/>` });
    expect(await withParity(buf)).toEqual(book(sheet("S", [[47179, 47179.5, 47180, 10]], { formulas, numberFormats })));
  });

  test('an ISO date (t="d") reads as its serial (ExcelJS reads the year: no parity)', () => {
    const xml = ws(`<row r="1"><c r="A1" t="d" s="1"><v>2025-03-01</v></c><c r="B1" t="d"><v>2025-03-01T12:00:00</v></c></row>`);
    expect(mine(pkg([{ name: "S", xml }], { styles: STYLES }))).toEqual(book(sheet("S", [[45717, 45717.5]], { numberFormats: [[DMY, G]] })));
  });

  test('date1904="true" counts as "1"; ISO times and dates before 1900-03-01 as Excel counts them', () => {
    const xml = ws(
      `<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" t="d"><v>1900-01-01</v></c><c r="C1" t="d"><v>1900-03-01T06:00:00</v></c>` +
        `<c r="D1" t="d"><v>12:30:00</v></c><c r="E1" t="d"><v>не дата</v></c></row>`,
    );
    const values = mine(pkg([{ name: "S", xml }], { styles: STYLES, wbPr: `<workbookPr date1904="true"/>` })).sheets[0].values;
    expect(values).toEqual([[1462, 1, 61.25, 0.5208333333, "не дата"]]);
  });

  test("a number outside Excel's dates (below 0, past 9999-12-31) in a date format stays the number (ExcelJS makes a date of it)", () => {
    const xml = ws(`<row r="1"><c r="A1" s="1"><v>-1</v></c><c r="B1" s="1"><v>2958466</v></c><c r="C1" s="1"><v>2958465.5</v></c><c r="D1" s="1"><v>1E+300</v></c></row>`);
    expect(mine(pkg([{ name: "S", xml }], { styles: STYLES })).sheets[0].values).toEqual([[-1, 2958466, 2958465.5, 1e300]]);
  });
});

test("5. rows and cells without r follow the previous one (ExcelJS refuses the file: no parity)", () => {
  const xml = ws(`<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="C3"><v>4</v></c><c><v>5</v></c></row>`);
  expect(mine(pkg([{ name: "S", xml }]))).toEqual(
    book(
      sheet("S", [
        ["", "", "", ""],
        ["", 1, 2, ""],
        [3, "", 4, 5],
      ]),
    ),
  );
});

describe("6. merges", () => {
  const buf = pkg(
    [
      {
        name: "S",
        xml: ws(
          `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3" s="1" customFormat="1"><c r="A3"><v>3</v></c></row>`,
          `<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:D4"/></mergeCells>`,
        ),
      },
    ],
    { styles: STYLES },
  );
  const expected = sheet(
    "S",
    [
      [1, "", "", ""],
      ["", "", "", ""],
      [3, "", "", ""],
      ["", "", "", ""],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 2, left: 0, bottom: 3, right: 3 },
      ],
      // B3:D3 are not in the file: they take their row's style
      numberFormats: [
        [G, G, G, G],
        [G, G, G, G],
        [G, DMY, DMY, DMY],
        [G, G, G, G],
      ],
    },
  );

  test("a value under a merge reads empty; merges extend the grid; absent merged cells take the row's format", async () => {
    expect(await withParity(buf)).toEqual(book(expected));
  });

  test("merges count with valuesOnly too", async () => {
    expect((await withParity(buf, { valuesOnly: true })).sheets[0].values).toEqual(expected.values);
  });
});

describe("7. style-only cells", () => {
  const buf = pkg([{ name: "S", xml: ws(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/></row><row r="5"><c r="E5" s="1"/></row>`) }], { styles: STYLES });

  test("extend the grid by default", async () => {
    const values: CellValue[][] = [[1, "", "", "", ""], ...Array.from({ length: 4 }, () => ["", "", "", "", ""])];
    const numberFormats = values.map((r) => r.map(() => G));
    numberFormats[0][1] = DMY;
    numberFormats[4][4] = DMY;
    expect(await withParity(buf)).toEqual(book(sheet("S", values, { numberFormats })));
  });

  test("not with valuesOnly", async () => {
    expect(await withParity(buf, { valuesOnly: true })).toEqual(book(sheet("S", [[1]])));
  });
});

test("8. entities in strings, sheet names and formulas; CR LF reads as LF, &#13; stays CR", async () => {
  const buf = pkg(
    [
      {
        name: "A&amp;B &lt;1&gt; &quot;q&quot; &#1071;",
        xml: ws(
          `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
            `<c r="D1" t="str"><f>"&lt;"&amp;A1&amp;"&#1071;"</f><v>&lt;x&amp;y&#1071;</v></c>` +
            `<c r="E1" t="inlineStr"><is><t>r1\r\nr2</t></is></c></row>`,
        ),
      },
    ],
    { strings: ["<t>Tom &amp; Jerry &lt;&quot;&#1071;&quot;&gt;</t>", `<t xml:space="preserve">line1\r\nline2</t>`, "<t>l1&#13;&#10;l2</t>"] },
  );
  const values = [['Tom & Jerry <"Я">', "line1\nline2", "l1\r\nl2", "<x&yЯ", "r1\nr2"]];
  const formulas = [[null, null, null, '="<"&A1&"Я"', null]];
  expect(await withParity(buf)).toEqual(book(sheet('A&B <1> "q" Я', values, { formulas })));
});

test("9. visibility, protection, a chartsheet, defined names", async () => {
  const buf = pkg(
    [
      { name: "Vis", xml: ws(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<sheetProtection sheet="1" objects="1"/>`) },
      { name: "Chart", chart: true, xml: `${XML}<chartsheet ${NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>` },
      { name: "Hid", state: "hidden", xml: ws(`<row r="1"><c r="A1"><v>2</v></c></row>`) },
      { name: "VHid", state: "veryHidden", xml: ws(`<row r="1"><c r="A1"><v>3</v></c></row>`, `<sheetProtection sheet="0"/>`) },
    ],
    {
      names:
        `<definedName name="Total">Vis!$A$1:$B$2</definedName><definedName name="Local" localSheetId="2">Hid!$A$1</definedName>` +
        `<definedName name="Rate">0.2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Vis!$A$1:$C$3</definedName>`,
    },
  );
  expect(await withParity(buf)).toEqual({
    sheets: [sheet("Vis", [[1]], { protected: true }), sheet("Hid", [[2]], { visibility: "hidden" }), sheet("VHid", [[3]], { visibility: "veryHidden" })],
    names: [
      { name: "Total", formula: "=Vis!$A$1:$B$2", sheet: "Vis", ref: { top: 0, left: 0, bottom: 1, right: 1 } },
      // localSheetId counts the chartsheet: 2 is Hid
      { name: "Local", formula: "=Hid!$A$1", sheet: "Hid", ref: { top: 0, left: 0, bottom: 0, right: 0 } },
      { name: "Rate", formula: "=0.2" },
    ],
  });
});

describe("10. what the scanner before this reader handed to ExcelJS is read here", () => {
  test("namespace prefixes (.NET Open XML SDK, ClosedXML)", () => {
    const xml = `${XML}<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(mine(pkg([{ name: "S", xml }], { strings: ["<t>семь</t>"] }))).toEqual(book(sheet("S", [[7, "семь"]])));
  });

  test("CDATA in a worksheet and in shared strings; comments and processing instructions anywhere", () => {
    const xml = ws(`<!-- a comment --><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c><?pi data?><c r="B1" t="s"><v>0</v></c><c r="C1"><v><!-- x -->8</v></c></row>`);
    expect(mine(pkg([{ name: "S", xml }], { strings: ["<t><![CDATA[c&d]]></t>"] }))).toEqual(book(sheet("S", [["a<b", "c&d", 8]])));
  });

  test("a cell past the last column (XFD) or a row past 1,048,576: that sheet is reported, the others read", () => {
    const buf = pkg([
      { name: "Bad", xml: ws(`<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>`) },
      { name: "Tall", xml: ws(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`) },
      { name: "Good", xml: ws(`<row r="1"><c r="A1"><v>3</v></c></row>`) },
    ]);
    const r = readXlsxBytes(buf);
    expect(r.sheets.map((s) => s.name)).toEqual(["Good"]);
    expect(r.skipped.map((s) => s.name)).toEqual(["Bad", "Tall"]);
    expect(r.skipped[0].reason.en).toMatch(/beyond an Excel sheet's grid/);
  });
});

test.each([
  ["<sheetData/>", `<worksheet ${NS}><sheetData/></worksheet>`],
  ["<sheetData></sheetData>", ws("")],
])("11. an empty %s reads as a 1×1 grid", async (_, xml) => {
  expect(await withParity(pkg([{ name: "S", xml }]))).toEqual(book(sheet("S", [[""]], { formulas: [[null]], numberFormats: [[G]] })));
});
