/**
 * Says what a file is before ExcelJS tries it, so that a person gets "this is an old .xls" rather
 * than a zip library's complaint. Looks at signatures and at the names inside the zip only.
 */
import { READ_REASONS, XlsxReadError, type XlsxReadFailure } from "./errors";
import { ZipArchive, ZipError } from "./zip";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A password-protected .xlsx is an OLE container holding these streams (names in UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

function fail(kind: Exclude<XlsxReadFailure, "notFound" | "cannotOpen">, detail?: string): XlsxReadError {
  return new XlsxReadError(kind, READ_REASONS[kind], detail);
}

/**
 * Returns the opened zip of an .xlsx package, or throws XlsxReadError saying what the file is instead.
 * Parts for which `keep` says yes stay in memory, inflated and checked, for the reader that follows.
 */
export function openPackage(buf: Buffer, keep?: (name: string) => boolean): ZipArchive {
  if (buf.length === 0) throw fail("empty");
  if (buf.subarray(0, 8).equals(OLE)) {
    if (buf.includes(ENCRYPTION_INFO) || buf.includes(ENCRYPTED_PACKAGE)) throw fail("encrypted");
    throw fail("oldXls");
  }
  const isZip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05) && (buf[3] === 0x04 || buf[3] === 0x06);
  if (!isZip) throw fail(textKind(buf));
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(buf);
  } catch (e) {
    throw fail("corrupt", e instanceof ZipError ? e.message : String(e));
  }
  if (zip.has("xl/workbook.xml")) {
    // Every part must inflate and match its checksum: damaged bytes are "damaged", not whatever
    // ExcelJS would make of them (an inflated part has no check of its own).
    for (const name of zip.names()) {
      if (name.endsWith("/")) continue;
      try {
        const data = zip.read(name, true);
        if (data && keep?.(name)) zip.keep(name, data);
      } catch (e) {
        throw fail("corrupt", (e as Error).message);
      }
    }
    return zip;
  }
  if (zip.has("xl/workbook.bin")) throw fail("xlsb");
  if (zip.has("mimetype")) {
    let mime = "";
    try {
      mime = zip.readText("mimetype") ?? "";
    } catch {
      /* fall through */
    }
    if (mime.startsWith("application/vnd.oasis.opendocument.spreadsheet")) throw fail("ods");
  }
  if (zip.has("word/document.xml") || zip.has("ppt/presentation.xml")) throw fail("otherOfficeDocument");
  throw fail("notWorkbook", `zip without xl/workbook.xml (${zip.names().slice(0, 5).join(", ")})`);
}

/** What a file that is not a zip looks like: text (CSV), HTML / XML posing as Excel, or anything else. */
function textKind(buf: Buffer): "textFile" | "htmlOrXml" | "notWorkbook" {
  const head = buf.subarray(0, 4096);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = head.subarray(2).toString("utf16le");
  else text = head.toString("utf8");
  // Control characters other than tab/CR/LF/FF mean binary data.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (text.length === 0 || control > text.length / 100) return "notWorkbook";
  const lower = text.replace(/^\uFEFF/, "").trimStart().slice(0, 2048).toLowerCase();
  if (/^<(!doctype html|html|\?xml|table|meta|head)/.test(lower) || lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return "htmlOrXml";
  }
  return "textFile";
}
