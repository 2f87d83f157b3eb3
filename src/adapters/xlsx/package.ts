/**
 * The package (ECMA-376 Part 2, Open Packaging Conventions) of a workbook: what the bytes are, where the
 * workbook part is (through `_rels/.rels`, not where one writer puts it), and the relationships of a part.
 * Every failure is an XlsxReadError saying what the file is or what is wrong with it. No Node built-ins.
 */
import { missingPartReason, READ_REASONS, XlsxReadError, type XlsxReadFailure } from "./errors";
import { ZipError, ZipPackage } from "./unzip";
import { attr, parseXml, RELS_NS, XmlError, type XmlHandler } from "./xml";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fail(kind: Exclude<XlsxReadFailure, "notFound" | "cannotOpen" | "missingPart">, detail?: string): XlsxReadError {
  return new XlsxReadError(kind, READ_REASONS[kind], detail);
}

export function missingPart(part: string): XlsxReadError {
  return new XlsxReadError("missingPart", missingPartReason(part), part);
}

/** A ZipError or XmlError as what a person is told; anything else is rethrown as it is. */
export function asReadError(e: unknown, part?: string): unknown {
  if (e instanceof ZipError) return fail(e.kind === "tooLarge" ? "tooLarge" : e.kind === "duplicate" ? "duplicateEntry" : "corrupt", e.message);
  // XML that saxes cannot parse: damaged, or something this reader does not take (said as such, not as "damaged")
  if (e instanceof XmlError) return e.kind === "dtd" ? fail("unsafeXml", `${part ?? ""}: ${e.message}`) : fail("unreadable", `${part ?? ""}: ${e.message}`);
  return e;
}

export interface Relationship {
  id: string;
  type: string;
  /** the part the relationship points at (absolute part name without the leading slash) */
  target: string;
  external: boolean;
}

export interface OpenedPackage {
  zip: ZipPackage;
  /** the workbook part's name, e.g. "xl/workbook.xml" */
  workbook: string;
}

/** Opens the package of an .xlsx file, or throws XlsxReadError saying what the file is instead. */
export function openPackage(bytes: Uint8Array): OpenedPackage {
  if (bytes.length === 0) throw fail("empty");
  if (OLE.every((b, i) => bytes[i] === b)) {
    // a password-protected .xlsx is an OLE (compound file) container holding these streams (names in UTF-16LE)
    if (includesUtf16(bytes, "EncryptionInfo") || includesUtf16(bytes, "EncryptedPackage")) throw fail("encrypted");
    throw fail("oldXls");
  }
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
  if (!isZip) throw fail(textKind(bytes));
  let zip: ZipPackage;
  try {
    zip = new ZipPackage(bytes);
  } catch (e) {
    throw asReadError(e);
  }
  const workbook = findWorkbook(zip);
  if (workbook === undefined) throw whatElse(zip);
  if (/\.bin$/i.test(workbook)) throw fail("xlsb");
  if (!zip.has(workbook)) throw missingPart(workbook);
  return { zip, workbook };
}

/** The officeDocument relationship of the package; xl/workbook.xml when the package has no such relationship. */
function findWorkbook(zip: ZipPackage): string | undefined {
  const root = readRelationships(zip, "");
  for (const r of root) if (!r.external && /\/officeDocument$/.test(r.type) && zip.has(r.target)) return r.target;
  for (const r of root) if (!r.external && /\/officeDocument$/.test(r.type) && /\.(xml|bin)$/i.test(r.target) && /workbook/i.test(r.target)) return r.target;
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  if (zip.has("xl/workbook.bin")) return "xl/workbook.bin";
  return undefined;
}

/** A zip that holds no workbook: an OpenDocument spreadsheet, a Word or PowerPoint file, or anything. */
function whatElse(zip: ZipPackage): XlsxReadError {
  if (zip.has("mimetype")) {
    let mime = "";
    try {
      mime = new TextDecoder().decode(zip.read("mimetype"));
    } catch {
      /* not readable: not an ODF file then */
    }
    if (mime.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return fail("ods");
  }
  if (zip.has("word/document.xml") || zip.has("ppt/presentation.xml")) return fail("otherOfficeDocument");
  // parts of a workbook (sheets, their relationships) without the workbook part itself
  if (zip.names().some((n) => /^xl\//i.test(n))) return missingPart("xl/workbook.xml");
  return fail("notWorkbook", `zip without a workbook (${zip.names().slice(0, 5).join(", ")})`);
}

/** The relationships part of a part: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`, `_rels/.rels` for the package (""). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, relative to the source part's folder or absolute from the root. */
export function resolveTarget(source: string, target: string): string {
  let t = target.trim().replace(/\\/g, "/");
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  try {
    if (t.includes("%")) t = decodeURIComponent(t);
  } catch {
    /* a lone % stays as it is */
  }
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  const parts = (t.startsWith("/") ? t.slice(1) : base + t).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

/** The relationships of a part (none when it has no relationships part). */
export function readRelationships(zip: ZipPackage, source: string): Relationship[] {
  const relsPart = relsPartOf(source);
  let bytes: Uint8Array | undefined;
  try {
    bytes = zip.read(relsPart);
  } catch (e) {
    throw asReadError(e, relsPart);
  }
  if (bytes === undefined) return [];
  const out: Relationship[] = [];
  const handler: XmlHandler = {
    open(tag) {
      if (tag.local !== "Relationship" || !RELS_NS.has(tag.uri)) return;
      const id = attr(tag, "Id");
      const target = attr(tag, "Target");
      if (id === undefined || target === undefined) return;
      const external = attr(tag, "TargetMode") === "External";
      out.push({ id, type: attr(tag, "Type") ?? "", target: external ? target : resolveTarget(source, target), external });
    },
    close() {},
    text() {},
    wantText: () => false,
  };
  try {
    parseXml(bytes, handler);
  } catch (e) {
    throw asReadError(e, relsPart);
  }
  return out;
}

function includesUtf16(bytes: Uint8Array, s: string): boolean {
  const first = s.charCodeAt(0);
  outer: for (let i = 0; i + s.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < s.length; k++) if (bytes[i + 2 * k] !== s.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** What a file that is not a zip looks like: text (CSV), HTML / XML posing as Excel, or anything else. */
function textKind(bytes: Uint8Array): "textFile" | "htmlOrXml" | "notWorkbook" {
  const head = bytes.subarray(0, 4096);
  const text = head[0] === 0xff && head[1] === 0xfe ? new TextDecoder("utf-16le").decode(head.subarray(2)) : new TextDecoder("utf-8").decode(head);
  // control characters other than tab/CR/LF/FF mean binary data
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (text.length === 0 || control > text.length / 100) return "notWorkbook";
  const lower = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (/^<(!doctype html|html|\?xml|table|meta|head)/.test(lower) || lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "htmlOrXml";
  return "textFile";
}
