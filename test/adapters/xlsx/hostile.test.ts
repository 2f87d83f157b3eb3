/** Files that are not readable workbooks: each gives an XlsxReadError with a plain-words reason, never a stack trace. */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { READ_REASONS, readXlsx, writePlansToXlsx, XlsxReadError, type XlsxReadFailure } from "../../../src/adapters/xlsx";
import { makeZip } from "../../helpers/zip";
import { passportPlans } from "./plans";

let dir: string;
let good: Buffer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-xlsx-hostile-"));
  const goodPath = path.join(dir, "good.xlsx");
  await writePlansToXlsx(
    passportPlans().map((p) => ({ ...p, visibility: "visible" as const })),
    { out: goodPath },
  );
  good = fs.readFileSync(goodPath);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: Buffer | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function failure(input: string | Buffer): Promise<XlsxReadError> {
  try {
    await readXlsx(input);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    const err = e as XlsxReadError;
    // Plain words for a person: no stack frames, no library jargon.
    for (const text of [err.reason.ru, err.reason.en]) {
      expect(text).not.toMatch(/\n\s+at |Error:|zip|central directory|undefined/i);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(err.reason.ru).toMatch(/[а-яё]/i);
    return err;
  }
  throw new Error("readXlsx accepted a hostile file");
}

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const cases: [string, () => string | Buffer, XlsxReadFailure, RegExp][] = [
  ["random bytes named .xlsx", () => write("random.xlsx", randomBytes(64 * 1024)), "notWorkbook", /не является книгой Excel \(\.xlsx\)/],
  ["random bytes that start like a zip", () => write("pk-random.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), randomBytes(10_000)])), "corrupt", /повреждён или обрезан/],
  ["a truncated good .xlsx", () => write("truncated.xlsx", good.subarray(0, Math.floor(good.length / 2))), "corrupt", /Файл повреждён или обрезан/],
  ["a good .xlsx cut by its last 10 bytes", () => write("truncated-tail.xlsx", good.subarray(0, good.length - 10)), "corrupt", /повреждён или обрезан/],
  [
    "a good .xlsx with damaged bytes inside the sheet data",
    () => {
      const bad = Buffer.from(good);
      // Overwrite the middle of the compressed sheet of the passport (the largest part) with noise.
      const at = bad.indexOf(Buffer.from("xl/worksheets/sheet2.xml")) + 40;
      randomBytes(200).copy(bad, at);
      return write("damaged.xlsx", bad);
    },
    "corrupt",
    /повреждён/,
  ],
  ["a text file (CSV) named .xlsx", () => write("table.xlsx", "Источник;2025;2026\nФедеральный бюджет;1200,5;800\n"), "textFile", /не является книгой Excel \(\.xlsx\): это текстовый файл/],
  ["a web page saved with an .xls extension", () => write("report.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>"), "htmlOrXml", /веб-страница/],
  ["an old .xls (OLE header)", () => write("old.xls", Buffer.concat([OLE_HEADER, Buffer.alloc(4096)])), "oldXls", /Старый формат \.xls не поддерживается: сохраните файл как \.xlsx/],
  ["an old .xls renamed to .xlsx", () => write("old-renamed.xlsx", Buffer.concat([OLE_HEADER, randomBytes(4096)])), "oldXls", /Старый формат \.xls/],
  [
    "a password-protected .xlsx (OLE container with EncryptionInfo)",
    () => write("secret.xlsx", Buffer.concat([OLE_HEADER, Buffer.alloc(1024), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(1024)])),
    "encrypted",
    /защищён паролем/,
  ],
  ["an empty file", () => write("empty.xlsx", Buffer.alloc(0)), "empty", /Файл пуст/],
  ["an empty buffer", () => Buffer.alloc(0), "empty", /Файл пуст/],
  ["a zip that is not a workbook", () => write("archive.xlsx", makeZip({ "readme.txt": "привет" })), "notWorkbook", /не является книгой Excel/],
  ["a Word document named .xlsx", () => write("doc.xlsx", makeZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" })), "otherOfficeDocument", /документ Word/],
  ["an .ods named .xlsx", () => write("calc.xlsx", makeZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" })), "ods", /OpenDocument/],
  ["an .xlsb", () => write("binary.xlsb", makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\u0000" })), "xlsb", /\.xlsb не поддерживается/],
  [
    "a package whose workbook part is garbage",
    () => write("garbage-inside.xlsx", makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<<< not xml", "xl/_rels/workbook.xml.rels": "<<<" }, { deflate: true })),
    "unreadable",
    /Не удалось прочитать книгу/,
  ],
  ["a path that does not exist", () => path.join(os.tmpdir(), "no-such-dir-po", "nothing.xlsx"), "notFound", /Файл не найден/],
  ["a folder", () => dir, "cannotOpen", /Не удалось открыть файл.*это папка/],
];

describe("hostile inputs", () => {
  test.each(cases)("%s", async (_label, make, kind, text) => {
    const err = await failure(make());
    expect(err.kind).toBe(kind);
    expect(err.reason.ru).toMatch(text);
    if (kind in READ_REASONS) expect(err.reason).toEqual(READ_REASONS[kind as keyof typeof READ_REASONS]);
    expect(err.message).toBe(err.reason.en);
  });

  test("every read failure has both languages", () => {
    for (const t of Object.values(READ_REASONS)) {
      expect(t.ru).toMatch(/[а-яё]/i);
      expect(t.en).toMatch(/^[\x20-\x7e—]+$/);
    }
  });

  test("the good file itself reads (the hostile ones are derived from it)", async () => {
    const snap = await readXlsx(good);
    expect(snap.sheets.length).toBe(2);
  });
});
