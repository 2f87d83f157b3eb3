/**
 * The package as ECMA-376 Part 2 defines it, and files built to hurt a reader: the workbook found through
 * _rels/.rels, part names matched case-insensitively, backslashes, UTF-16, an unreadable part the check never
 * needs; zip bombs, XML bombs (DTDs), duplicate entries, missing parts, sheets too large for a grid — each
 * refused early with a true message, or reported for its sheet while the rest is read.
 */
import { deflateRawSync } from "zlib";
import { readXlsxBytes, XlsxReadError, type XlsxReadFailure } from "../../../src/adapters/xlsx";
import { MAX_GRID_CELLS } from "../../../src/adapters/xlsx/sheet-grid";
import { makeZip } from "../../helpers/zip";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS = `xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const rels = (list: [id: string, type: string, target: string][]) =>
  `${XML}<Relationships xmlns="${PKG_RELS}">${list.map(([id, t, target]) => `<Relationship Id="${id}" Type="${REL}/${t}" Target="${target}"/>`).join("")}</Relationships>`;
const workbook = (sheets: string[]) => `${XML}<workbook ${NS}><sheets>${sheets.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
const sheetXml = (rows: string) => `${XML}<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

/** A one-sheet package in the usual places; `parts` replaces or adds parts (undefined removes one). */
function pkg(parts: Record<string, string | Buffer | undefined> = {}, options: { deflate?: boolean } = {}): Buffer {
  const all: Record<string, string | Buffer | undefined> = {
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
    "xl/workbook.xml": workbook(["Лист1"]),
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId9", "sharedStrings", "sharedStrings.xml"],
    ]),
    "xl/sharedStrings.xml": `${XML}<sst ${NS}><si><t>текст</t></si></sst>`,
    "xl/worksheets/sheet1.xml": sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>`),
    ...parts,
  };
  const kept: Record<string, string | Buffer> = {};
  for (const [k, v] of Object.entries(all)) if (v !== undefined) kept[k] = v;
  return makeZip(kept, options);
}

function failure(bytes: Uint8Array): XlsxReadError {
  try {
    readXlsxBytes(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return e as XlsxReadError;
  }
  throw new Error("the reader accepted the file");
}

function expectFailure(bytes: Uint8Array, kind: XlsxReadFailure, ru: RegExp): XlsxReadError {
  const err = failure(bytes);
  expect(err.kind).toBe(kind);
  expect(err.reason.ru).toMatch(ru);
  expect(err.reason.en).toMatch(/^[\x20-\x7e—→]+$/);
  return err;
}

const firstRow = (bytes: Uint8Array) => readXlsxBytes(bytes).sheets[0].values[0];

describe("the package as the format defines it", () => {
  test("the usual package reads", () => {
    expect(firstRow(pkg())).toEqual(["текст", 42]);
  });

  test("the workbook is found through _rels/.rels, wherever it is", () => {
    const bytes = pkg({
      "_rels/.rels": rels([["rId1", "officeDocument", "/book/main.xml"]]),
      "xl/workbook.xml": undefined,
      "xl/_rels/workbook.xml.rels": undefined,
      "book/main.xml": workbook(["S"]),
      "book/_rels/main.xml.rels": rels([
        ["rId1", "worksheet", "../data/one.xml"],
        ["rId2", "sharedStrings", "/strings/sst.xml"],
      ]),
      "data/one.xml": sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`),
      "strings/sst.xml": `${XML}<sst ${NS}><si><t>там</t></si></sst>`,
    });
    expect(readXlsxBytes(bytes).sheets.map((s) => [s.name, s.values])).toEqual([["S", [["там"]]]]);
  });

  test("part names match case-insensitively (xl/SharedStrings.xml, a worksheet whose case differs from its relationship)", () => {
    const bytes = pkg({
      "xl/sharedStrings.xml": undefined,
      "xl/SharedStrings.xml": `${XML}<sst ${NS}><si><t>текст</t></si></sst>`,
      "xl/worksheets/sheet1.xml": undefined,
      "XL/Worksheets/Sheet1.XML": sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>`),
    });
    expect(firstRow(bytes)).toEqual(["текст", 42]);
  });

  test("backslashes in entry names", () => {
    const bytes = pkg({ "xl/worksheets/sheet1.xml": undefined, "xl\\worksheets\\sheet1.xml": sheetXml(`<row r="1"><c r="A1"><v>5</v></c></row>`) });
    expect(firstRow(bytes)).toEqual([5]);
  });

  test("UTF-16 parts (with a byte-order mark, and without one)", () => {
    const utf16 = (s: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]);
    const bytes = pkg({
      "xl/sharedStrings.xml": utf16(`${XML}<sst ${NS}><si><t>ёлка</t></si></sst>`, true),
      "xl/worksheets/sheet1.xml": utf16(sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>`), false),
    });
    expect(firstRow(bytes)).toEqual(["ёлка", 1]);
  });

  test("a damaged part the check never reads (a thumbnail) does not make the file damaged", () => {
    const good = pkg({ "docProps/thumbnail.jpeg": Buffer.alloc(2000, 7) });
    const bad = Buffer.from(good);
    const at = bad.indexOf(Buffer.alloc(64, 7));
    bad.fill(9, at, at + 100);
    expect(firstRow(bad)).toEqual(["текст", 42]);
  });

  test("a damaged part the check reads is damaged (CRC)", () => {
    const bytes = pkg();
    const at = bytes.indexOf(Buffer.from("42</v>"));
    bytes[at] = "7".charCodeAt(0);
    expectFailure(bytes, "corrupt", /повреждён/);
  });
});

describe("files built to hurt a reader", () => {
  test("a zip bomb (a sheet part inflating 1,000 times) is refused before it is inflated", () => {
    const row = `<row><c><v>0</v></c></row>`;
    const huge = Buffer.from(sheetXml(row.repeat(400_000)));
    const bytes = pkg({ "xl/worksheets/sheet1.xml": huge }, { deflate: true });
    expect(bytes.length * 100).toBeLessThan(huge.length);
    const heap = process.memoryUsage().heapUsed;
    const t = performance.now();
    expectFailure(bytes, "tooLarge", /слишком велик.*zip-бомбы/);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 * 1024 * 1024);
  });

  test("a zip bomb whose header lies about its size is refused at the first slice past the size it declares", () => {
    const huge = Buffer.from(sheetXml(`<row><c><v>0</v></c></row>`.repeat(400_000)));
    const bytes = pkg({ "xl/worksheets/sheet1.xml": huge }, { deflate: true });
    // declared size: 1,000 bytes, in the local header and the central directory
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(1000, at - 30 + 22);
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(1000, at - 46 + 24);
    }
    expectFailure(bytes, "corrupt", /повреждён/);
  });

  test("a part declared over 256 MB is refused without inflating it", () => {
    const bytes = pkg({ "xl/worksheets/sheet1.xml": deflateRawSync(Buffer.alloc(10)) });
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const at = bytes.lastIndexOf(name);
    bytes.writeUInt32LE(1_500_000_000, at - 46 + 24);
    expectFailure(bytes, "tooLarge", /слишком велик/);
  });

  test("an XML bomb (a DTD with nested entities) is refused", () => {
    const lol = `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const bytes = pkg({ "xl/worksheets/sheet1.xml": `${XML}${lol}<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>` });
    expectFailure(bytes, "unsafeXml", /DTD/);
  });

  test("two entries with one name (differing only in case) are refused", () => {
    const bytes = pkg({ "XL/WORKSHEETS/SHEET1.XML": sheetXml(`<row r="1"><c r="A1"><v>666</v></c></row>`) });
    expectFailure(bytes, "duplicateEntry", /дважды/);
  });

  test("a worksheet part the workbook refers to is missing: said, with its name", () => {
    const err = expectFailure(pkg({ "xl/worksheets/sheet1.xml": undefined }), "missingPart", /нет части xl\/worksheets\/sheet1\.xml/);
    expect(err.reason.en).toMatch(/lacks the part xl\/worksheets\/sheet1\.xml,/);
  });

  test("a shared-strings part the workbook refers to is missing", () => {
    expectFailure(pkg({ "xl/sharedStrings.xml": undefined }), "missingPart", /sharedStrings\.xml/);
  });

  test("encrypted (a CFB container with EncryptedPackage), not a workbook", () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectFailure(Buffer.concat([ole, Buffer.alloc(512), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(512)]), "encrypted", /защищён паролем/);
    expectFailure(makeZip({ "data.bin": "x" }), "notWorkbook", /не является книгой Excel/);
  });

  test("ten cells far from A1: that sheet is reported as too large, the other sheets are read", () => {
    const far = Array.from({ length: 10 }, (_, i) => `<row r="${1_048_567 + i}"><c r="XD${String.fromCharCode(65 + i)}${1_048_567 + i}"><v>${i}</v></c></row>`).join("");
    const bytes = pkg({
      "xl/workbook.xml": workbook(["Далеко", "Рядом"]),
      "xl/_rels/workbook.xml.rels": rels([
        ["rId1", "worksheet", "worksheets/sheet1.xml"],
        ["rId2", "worksheet", "worksheets/sheet2.xml"],
        ["rId9", "sharedStrings", "sharedStrings.xml"],
      ]),
      "xl/worksheets/sheet1.xml": sheetXml(far),
      "xl/worksheets/sheet2.xml": sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`),
    });
    const heap = process.memoryUsage().heapUsed;
    const r = readXlsxBytes(bytes);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 * 1024 * 1024);
    expect(r.sheets.map((s) => s.name)).toEqual(["Рядом"]);
    expect(r.skipped).toEqual([{ name: "Далеко", visibility: "visible", reason: expect.objectContaining({ ru: expect.stringMatching(/1\s048\s576 строк × 16\s3\d\d столбцов/) }) }]);
    expect(r.skipped[0].reason.en).toContain(`limit of ${MAX_GRID_CELLS.toLocaleString("en-US")} cells`);
  });

  test("styled empty cells out to XFD1048576: the grid ends at the last value", () => {
    const bytes = pkg({
      "xl/worksheets/sheet1.xml": sheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="0"/></row><row r="1048576"><c r="XFD1048576" s="0"/></row>`),
    });
    const r = readXlsxBytes(bytes);
    expect(r.skipped).toEqual([]);
    expect(r.sheets[0].values).toEqual([[1]]);
  });
});
