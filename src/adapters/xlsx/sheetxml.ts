/**
 * The check path's reader: .xlsx parts → WorkbookSnapshot without ExcelJS.
 *
 * Checking a workbook needs values, formulas, number formats, merges, visibility, protection and
 * defined names, nothing else. ExcelJS builds a full cell model (styles, fonts, borders, one object
 * per cell) from a second, JavaScript inflate of every part, and that cost more than everything
 * the checks do (docs/BENCHMARK.md). This module scans the parts openPackage has already inflated
 * (natively, with their CRCs checked) as text, with indexOf over the machine-written XML.
 *
 * It gives what the ExcelJS path (read.ts's snapshotWorkbook) gives, which test/adapters/xlsx/
 * sheetxml.test.ts checks over every workbook the tests know. Where ExcelJS is wrong this is
 * right (sheetxml-edges.test.ts): inline strings decode _xHHHH_, ISO dates (t="d") read as dates,
 * booleans spelt "true"/"false" read as such, a text or boolean formula result in a date-formatted
 * cell stays text or boolean, t="str" text is decoded once,
 * shared formulas shift whole columns and rows (A:A, 1:1) and leave string literals alone, rows and
 * cells without an r attribute take the next position, and worksheet parts not named sheetN.xml are read.
 *
 * What it does not expect it does not guess: XML with namespace prefixes on the sheet elements,
 * CDATA, comments or a DTD in a part, a missing relationship, no worksheet at all. Then it throws
 * NotHandled and the caller reads the file with ExcelJS, as before.
 */
import { columnLetter, parseRange, type RangeRef } from "../../core/address";
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../../core/workbook";
import { fromFileFormula, quotedEnd } from "./formulas";
import { attributes, parseWorkbookXml, toNameSnapshots, xmlUnescape } from "./names";
import { EPOCH_SERIAL, MS_PER_DAY, msToSerial } from "./serial";
import type { ZipArchive } from "./zip";

/** The file is valid but outside what this reader handles: read it with ExcelJS. */
export class NotHandled extends Error {}

export interface SheetXmlOptions {
  formulas?: boolean;
  numberFormats?: boolean;
  valuesOnly?: boolean;
}

/**
 * Parts the reader takes from the package where writers put them: openPackage keeps these after checking
 * them, and not the rest (drawings, charts, pivot caches can be large). A part elsewhere is inflated again.
 */
export function isReaderPart(name: string): boolean {
  return READER_PARTS.has(name) || /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}
const READER_PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]);

const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

/** Reads the workbook from an opened package, or throws NotHandled. */
export function readPackageSnapshot(zip: ZipArchive, options: SheetXmlOptions = {}): WorkbookSnapshot {
  const workbookXml = text(zip, "xl/workbook.xml");
  const relsXml = text(zip, "xl/_rels/workbook.xml.rels");
  if (workbookXml === undefined || relsXml === undefined) throw new NotHandled("workbook part or its relationships missing");
  plainXml(workbookXml, "xl/workbook.xml");
  const info = parseWorkbookXml(workbookXml);
  const rels = parseRels(relsXml);
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml);

  let stringsPart = "xl/sharedStrings.xml";
  let stylesPart = "xl/styles.xml";
  for (const r of rels.values()) {
    if (REL_SHARED_STRINGS.test(r.type)) stringsPart = r.target;
    else if (REL_STYLES.test(r.type)) stylesPart = r.target;
  }
  const stringsXml = text(zip, stringsPart);
  const strings = stringsXml === undefined ? [] : parseSharedStrings(stringsXml);
  const stylesXml = text(zip, stylesPart);
  const styles = stylesXml === undefined ? { formats: [], dates: [] } : parseStyles(stylesXml);

  const ctx: Ctx = {
    strings,
    formats: styles.formats,
    dates: styles.dates,
    date1904,
    wantFormulas: options.formulas !== false,
    wantFormats: options.numberFormats !== false,
    valuesOnly: options.valuesOnly === true,
  };

  const sheets: SheetSnapshot[] = [];
  for (const s of info.sheets) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel) throw new NotHandled(`sheet ${s.name} has no relationship`);
    // chartsheets and dialog sheets are not worksheets: ExcelJS leaves them out, and so does this
    if (!REL_WORKSHEET.test(rel.type)) continue;
    const xml = text(zip, rel.target);
    if (xml === undefined) continue;
    const grid = parseSheet(xml, ctx);
    sheets.push({ name: s.name, ...grid, visibility: visibility(s.state) });
  }
  if (sheets.length === 0) throw new NotHandled("no worksheet");
  return { sheets, names: toNameSnapshots(info.names, sheets.map((s) => s.name)) };
}

function text(zip: ZipArchive, name: string): string | undefined {
  const b = zip.read(name);
  if (b === undefined) return undefined;
  // a byte-order mark is allowed before the declaration
  return b.toString("utf8");
}

/** CDATA, comments and DTDs are legal XML that the scanner does not follow. */
function plainXml(xml: string, part: string): void {
  if (xml.includes("<!")) throw new NotHandled(`${part}: CDATA, comment or DTD`);
}

/** A sheet's state attribute as the snapshot's visibility. */
export function visibility(state: string | undefined): SheetVisibility {
  return state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible";
}

// ---------------------------------------------------------------------------------------------
// Relationships, shared strings, styles

interface Rel {
  type: string;
  target: string;
}

function parseRels(xml: string): Map<string, Rel> {
  plainXml(xml, "workbook relationships");
  const out = new Map<string, Rel>();
  const re = /<(?:\w+:)?Relationship\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = attributes(m[1]);
    if (!a.Id || !a.Target) continue;
    if (a.TargetMode === "External") continue;
    out.set(a.Id, { type: a.Type ?? "", target: resolveTarget(a.Target) });
  }
  return out;
}

/** A relationship target of xl/workbook.xml as a part name: relative to xl/, or absolute from the root. */
export function resolveTarget(target: string): string {
  const t = target.trim().replace(/\\/g, "/");
  const parts = (t.startsWith("/") ? t.slice(1) : `xl/${t}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

/** Entity references and XML's line-end normalisation (CR LF and lone CR read as LF). */
function unescapeText(s: string): string {
  let t = s;
  if (t.includes("\r")) t = t.replace(/\r\n?/g, "\n");
  return t.includes("&") ? xmlUnescape(t) : t;
}

/** OOXML's escape for characters XML cannot hold: _x000D_ is a carriage return (as ExcelJS: upper-case hex). */
function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * The text of an <si> or <is> body: its <t> elements, run by run, outside phonetic runs (<rPh>).
 * Decoded as ExcelJS does: entities, then _xHHHH_.
 */
function stringItem(xml: string, from: number, to: number): string {
  let out = "";
  let p = from;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= to) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 116 /* t */ && isNameEnd(xml.charCodeAt(lt + 2))) {
      const t = elementText(xml, "t", lt, to);
      out += unescapeText(t.text);
      p = t.end;
      continue;
    }
    if (c1 === 114 /* r */ && xml.startsWith("rPh", lt + 1) && isNameEnd(xml.charCodeAt(lt + 4))) {
      p = elementBody(xml, "rPh", lt, to).end;
      continue;
    }
    p = lt + 1;
  }
  return unescapeOoxml(out);
}

function parseSharedStrings(xml: string): string[] {
  plainXml(xml, "shared strings");
  if (!/^(?:\uFEFF)?(?:<\?[^>]*\?>)?\s*<sst\b/.test(xml)) throw new NotHandled("shared strings: unexpected root");
  const out: string[] = [];
  let p = 0;
  for (;;) {
    const open = xml.indexOf("<si", p);
    if (open < 0) break;
    if (!isNameEnd(xml.charCodeAt(open + 3))) {
      p = open + 3;
      continue;
    }
    const si = elementBody(xml, "si", open, xml.length);
    out.push(stringItem(xml, si.start, si.close));
    p = si.end;
  }
  return out;
}

/** Built-in number formats as ExcelJS names them (ids without an entry give no format, as there). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** As ExcelJS's utils.isDateFmt: a format with date or time letters outside quotes and brackets. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Per cell style index (cellXfs): its number format (undefined: none, "General" in the snapshot) and whether it is a date format. */
function parseStyles(xml: string): { formats: (string | undefined)[]; dates: boolean[] } {
  plainXml(xml, "styles");
  const custom = new Map<number, string>();
  const numFmts = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/.exec(xml);
  if (numFmts) {
    const re = /<(?:\w+:)?numFmt\b([^>]*)>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(numFmts[1]))) {
      const a = attributes(m[1]);
      // as ExcelJS: backslash escapes dropped ("dd\\.mm" → "dd.mm"), which is how the snapshot has always given them
      if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/\\(.)/g, "$1"));
    }
  }
  const formats: (string | undefined)[] = [];
  const dates: boolean[] = [];
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (cellXfs) {
    const re = /<(?:\w+:)?xf\b([^>]*)>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(cellXfs[1]))) {
      const id = /\bnumFmtId\s*=\s*["'](\d+)["']/.exec(m[1]);
      const n = id ? parseInt(id[1], 10) : 0;
      // as ExcelJS: id 0 (General) gives no format of its own
      const fmt = n ? (custom.get(n) ?? BUILT_IN_FORMATS[n]) : undefined;
      formats.push(fmt);
      dates.push(isDateFormat(fmt));
    }
  }
  return { formats, dates };
}

// ---------------------------------------------------------------------------------------------
// Sheets

interface Ctx {
  strings: string[];
  formats: (string | undefined)[];
  dates: boolean[];
  date1904: boolean;
  wantFormulas: boolean;
  wantFormats: boolean;
  valuesOnly: boolean;
}

type Grid = Pick<SheetSnapshot, "values" | "formulas" | "numberFormats" | "merges" | "protected">;

/** A character that ends an element name: space, tab, CR, LF, ">" or "/". */
function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** "AB12" → column 27 and (decodeRow) row 11, both 0-based; -1 when the text is not a cell address. A per-cell path: no regex, no throw (core/address parseCell has both). */
function decodeCol(a: string): number {
  let col = 0;
  let i = 0;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : col - 1;
}
function decodeRow(a: string): number {
  let i = 0;
  while (i < a.length) {
    const c = a.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36) i++;
    else break;
  }
  const n = parseInt(a.slice(i), 10);
  return Number.isFinite(n) ? n - 1 : -1;
}

/** A merge's ref ("A1:C2"), or null when it is not a range of cells. */
function parseRef(ref: string): RangeRef | null {
  try {
    const { top, left, bottom, right } = parseRange(ref);
    return { top, left, bottom, right };
  } catch {
    return null;
  }
}

const MAX_DATE_MS = 8.64e15;

/**
 * A number in a date-formatted cell, as the ExcelJS path gives it: to a Date with millisecond precision
 * (shifted by 1462 days in a 1904 workbook) and back to a serial; out of a Date's range → "".
 */
function dateSerial(v: number, date1904: boolean): CellValue {
  const ms = Math.round((v - EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return "";
  return msToSerial(ms);
}

/** An ISO date or date-time of a t="d" cell → serial (1900 system), or the text when it is not one. */
function isoSerial(s: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/.exec(s.trim());
  if (!m) return s;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Math.round(parseFloat(m[6] ?? "0") * 1000);
  if (!Number.isFinite(ms)) return s;
  return msToSerial(ms);
}

/** xsd:boolean: "1" or "true"; "0" or "false" (ExcelJS took "false" for true). */
function booleanOf(v: string): boolean {
  const t = v.trim();
  return t === "true" || (t !== "false" && parseInt(t, 10) !== 0);
}

function finite(v: number): CellValue {
  return Number.isFinite(v) ? v : "#NUM!";
}

/** Shifts the relative references of a shared formula from its master cell to another (string-aware). */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // a string literal or a quoted sheet name: copied as is
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      // structured references and external workbook indexes
      const j = formula.indexOf("]", i);
      const end = j < 0 ? n : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prevCh = i > 0 ? formula[i - 1] : "";
    if (/[A-Za-z$0-9]/.test(ch) && !/[A-Za-z0-9_.\\]/.test(prevCh)) {
      // whole columns (A:C, $A:B) and whole rows (1:1, $2:5) are relative too
      const rest = formula.slice(i, i + 24);
      const cols = /^(\$?)([A-Za-z]{1,3})(\s*:\s*)(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/.exec(rest);
      const rows = cols ? null : /^(\$?)(\d{1,7})(\s*:\s*)(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/.exec(rest);
      if (cols && decodeCol(cols[2]) < 16384 && decodeCol(cols[5]) < 16384) {
        const a = cols[1] ? decodeCol(cols[2]) : decodeCol(cols[2]) + dCol;
        const b = cols[4] ? decodeCol(cols[5]) : decodeCol(cols[5]) + dCol;
        out += a < 0 || b < 0 || a > 16383 || b > 16383 ? "#REF!" : `${cols[1]}${columnLetter(a)}${cols[3]}${cols[4]}${columnLetter(b)}`;
        i += cols[0].length;
        continue;
      }
      if (rows) {
        const a = rows[1] ? parseInt(rows[2], 10) : parseInt(rows[2], 10) + dRow;
        const b = rows[4] ? parseInt(rows[5], 10) : parseInt(rows[5], 10) + dRow;
        out += a < 1 || b < 1 || a > 1048576 || b > 1048576 ? "#REF!" : `${rows[1]}${a}${rows[3]}${rows[4]}${b}`;
        i += rows[0].length;
        continue;
      }
    }
    if (/[0-9]/.test(ch) && /[0-9.]/.test(prevCh) === false) {
      // a number (1E5, 0.5): copied whole, so that its digits are never taken for a row
      const m = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/.exec(formula.slice(i));
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    if (/[A-Za-z_$\\]/.test(ch)) {
      let j = i;
      while (j < n && /[A-Za-z0-9_.$\\]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const prev = i > 0 ? formula[i - 1] : "";
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(word);
      const isRef = m && formula[j] !== "(" && formula[j] !== "!" && !/[A-Za-z0-9_.]/.test(prev) && decodeCol(m[2]) < 16384;
      if (isRef) {
        let col = decodeCol(m[2]);
        let row = parseInt(m[4], 10) - 1;
        if (!m[1]) col += dCol;
        if (!m[3]) row += dRow;
        out += col < 0 || row < 0 || col > 16383 || row > 1048575 ? "#REF!" : `${m[1]}${columnLetter(col)}${m[3]}${row + 1}`;
      } else out += word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

interface Attrs {
  r?: string;
  s?: string;
  t?: string;
  ref?: string;
  si?: string;
}

/** The attributes this reader uses, from an open tag's text between its name and ">". */
function tagAttrs(xml: string, from: number, to: number, out: Attrs): void {
  out.r = out.s = out.t = out.ref = out.si = undefined;
  let p = from;
  while (p < to) {
    const eq = xml.indexOf("=", p);
    if (eq < 0 || eq >= to) return;
    let q = eq + 1;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) throw new NotHandled("unquoted attribute");
    const endQ = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (endQ < 0) throw new NotHandled("unclosed attribute");
    let k = eq;
    while (k > p && xml.charCodeAt(k - 1) <= 32) k--;
    let ks = k;
    while (ks > p && xml.charCodeAt(ks - 1) > 32) ks--;
    const name = xml.slice(ks, k);
    const raw = xml.slice(q + 1, endQ);
    const value = raw.includes("&") ? xmlUnescape(raw) : raw;
    switch (name) {
      case "r":
        out.r = value;
        break;
      case "s":
        out.s = value;
        break;
      case "t":
        out.t = value;
        break;
      case "ref":
        out.ref = value;
        break;
      case "si":
        out.si = value;
        break;
      default:
        break;
    }
    p = endQ + 1;
  }
}

/** Index of the open tag `<name` (followed by a name end) in [from, to), or -1. */
function findTag(xml: string, name: string, from: number, to: number): number {
  let p = from;
  for (;;) {
    const i = xml.indexOf(`<${name}`, p);
    if (i < 0 || i >= to) return -1;
    if (isNameEnd(xml.charCodeAt(i + 1 + name.length))) return i;
    p = i + 1;
  }
}

/**
 * The element `name` opening at `open`, not past `to`: its content [start, close) and where it ends (after
 * `</name>`). A self-closed element (<v/>) has empty content.
 */
function elementBody(xml: string, name: string, open: number, to: number): { start: number; close: number; end: number } {
  const gt = xml.indexOf(">", open);
  if (gt < 0 || gt >= to) throw new NotHandled(`unclosed <${name}>`);
  if (xml.charCodeAt(gt - 1) === 47) return { start: gt + 1, close: gt + 1, end: gt + 1 };
  const close = xml.indexOf(`</${name}>`, gt);
  if (close < 0 || close > to) throw new NotHandled(`unclosed <${name}>`);
  return { start: gt + 1, close, end: close + name.length + 3 };
}

/** The text content of the element opening at `open` (up to `</name>`), and where it ends. */
function elementText(xml: string, name: string, open: number, to: number): { text: string; end: number } {
  const b = elementBody(xml, name, open, to);
  return { text: xml.slice(b.start, b.close), end: b.end };
}

function parseSheet(xml: string, ctx: Ctx): Grid {
  plainXml(xml, "worksheet");
  const root = findTag(xml, "worksheet", 0, xml.length);
  if (root < 0) throw new NotHandled("worksheet: unexpected root element");
  const { strings, formats, dates, date1904, wantFormulas, wantFormats, valuesOnly } = ctx;

  const sdOpen = findTag(xml, "sheetData", root, xml.length);
  let sdStart = xml.length;
  let sdEnd = xml.length;
  if (sdOpen >= 0) {
    const body = elementBody(xml, "sheetData", sdOpen, xml.length);
    sdStart = body.start;
    sdEnd = body.close;
  } else if (xml.includes("sheetData>")) {
    throw new NotHandled("worksheet: prefixed elements");
  }

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const fmts: (string | undefined)[][] = [];
  /** styles of rows (s) for cells ExcelJS makes itself (merged areas) */
  const rowStyle: number[] = [];
  let lastRow = -1;
  let lastCols = -1;
  let lastValueRow = -1;
  let lastValueCols = -1;
  const masters = new Map<string, { row: number; col: number; text: string }>();

  const a: Attrs = {};
  const fa: Attrs = {};
  let row = -1;
  let col = -1;
  let vr: CellValue[] = [];
  let fr: (string | null)[] = [];
  let nr: (string | undefined)[] = [];
  let p = sdStart;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= sdEnd) break;
    const c1 = xml.charCodeAt(lt + 1);
    const gt = xml.indexOf(">", lt);
    if (gt < 0 || gt > sdEnd) throw new NotHandled("unclosed tag in sheetData");
    if (c1 === 114 /* r */ && xml.charCodeAt(lt + 2) === 111 && xml.charCodeAt(lt + 3) === 119 && isNameEnd(xml.charCodeAt(lt + 4))) {
      tagAttrs(xml, lt + 4, gt, a);
      row = a.r !== undefined ? parseInt(a.r, 10) - 1 : row + 1;
      if (!(row >= 0 && row < 1048576)) throw new NotHandled("bad row number");
      col = -1;
      vr = values[row] ??= [];
      if (wantFormulas) fr = formulas[row] ??= [];
      if (wantFormats) nr = fmts[row] ??= [];
      if (a.s !== undefined) rowStyle[row] = parseInt(a.s, 10);
      p = gt + 1;
      continue;
    }
    if (c1 !== 99 /* c */ || !isNameEnd(xml.charCodeAt(lt + 2))) {
      // </row>, and elements this reader has no use for
      p = gt + 1;
      continue;
    }
    if (row < 0) throw new NotHandled("cell outside a row");
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    tagAttrs(xml, lt + 2, selfClosing ? gt - 1 : gt, a);
    if (a.r !== undefined) {
      col = decodeCol(a.r);
      const r = decodeRow(a.r);
      if (r !== row) throw new NotHandled("cell address outside its row");
    } else col++;
    // beyond XFD (or no column at all): left to ExcelJS, as before this reader
    if (col < 0 || col > 16383) throw new NotHandled("cell outside the sheet");
    let bodyEnd = gt + 1;
    let fText: string | undefined;
    let fType: string | undefined;
    let fRef: string | undefined;
    let fSi: string | undefined;
    let vText: string | undefined;
    let inline: string | undefined;
    if (!selfClosing) {
      const close = xml.indexOf("</c>", gt);
      if (close < 0 || close > sdEnd) throw new NotHandled("unclosed <c>");
      bodyEnd = close + 4;
      // the cell's children in order (<f>, <v>, <is>, and ones this reader has no use for), never past </c>
      let q = gt + 1;
      for (;;) {
        const at = xml.indexOf("<", q);
        if (at < 0 || at >= close) break;
        const n1 = xml.charCodeAt(at + 1);
        if (n1 === 102 /* f */ && isNameEnd(xml.charCodeAt(at + 2))) {
          const fgt = xml.indexOf(">", at);
          tagAttrs(xml, at + 2, xml.charCodeAt(fgt - 1) === 47 ? fgt - 1 : fgt, fa);
          fType = fa.t;
          fRef = fa.ref;
          fSi = fa.si;
          const el = elementText(xml, "f", at, close);
          if (el.text) fText = unescapeText(el.text);
          q = el.end;
        } else if (n1 === 118 /* v */ && isNameEnd(xml.charCodeAt(at + 2))) {
          const el = elementText(xml, "v", at, close);
          const t = el.text;
          if (t) vText = t.includes("&") || t.includes("\r") ? unescapeText(t) : t;
          q = el.end;
        } else if (n1 === 105 /* i */ && xml.charCodeAt(at + 2) === 115 /* s */ && isNameEnd(xml.charCodeAt(at + 3))) {
          const is = elementBody(xml, "is", at, close);
          const t = stringItem(xml, is.start, is.close);
          if (t) inline = t;
          q = is.end;
        } else q = at + 1;
      }
    }
    p = bodyEnd;

    const style = a.s !== undefined ? parseInt(a.s, 10) : -1;
    const isDate = style >= 0 && dates[style] === true;
    const type = a.t;
    let value: CellValue = "";
    let formula: string | null = null;
    let hasValue = true;
    if (fText || fType) {
      // a formula cell: its cached result
      if (vText !== undefined) {
        if (type === "str") value = vText;
        else if (type === "b") value = booleanOf(vText);
        else if (type === "e") value = vText;
        else {
          const n = parseFloat(vText);
          value = isDate && Number.isFinite(n) ? dateSerial(n, date1904) : finite(n);
        }
      } else if (inline !== undefined) value = inline;
      if (wantFormulas) {
        let f = fText;
        if (fType === "shared" && fSi !== undefined) {
          if (fRef !== undefined && fText) masters.set(fSi, { row, col, text: fText });
          else if (!fText) {
            const m = masters.get(fSi);
            if (m) f = shiftFormula(m.text, row - m.row, col - m.col);
          }
        }
        formula = f ? fromFileFormula(f) : null;
      }
    } else if (type === "inlineStr") {
      if (inline !== undefined) value = inline;
      else if (vText !== undefined) value = vText;
      else hasValue = false;
    } else if (vText !== undefined) {
      switch (type) {
        case "s": {
          const s = strings[parseInt(vText, 10)];
          value = s ?? "";
          break;
        }
        case "str":
          value = vText;
          break;
        case "b":
          value = booleanOf(vText);
          break;
        case "e":
          value = vText;
          break;
        case "d":
          value = isoSerial(vText);
          break;
        default: {
          const n = parseFloat(vText);
          value = isDate ? dateSerial(n, date1904) : finite(n);
        }
      }
    } else hasValue = false;

    // fill the gap before this cell, then the cell
    const len = vr.length;
    if (col >= len) {
      for (let k = len; k < col; k++) vr.push("");
      vr.push(value);
    } else vr[col] = value;
    if (wantFormulas) {
      if (col >= fr.length) {
        for (let k = fr.length; k < col; k++) fr.push(null);
        fr.push(formula);
      } else fr[col] = formula;
    }
    if (wantFormats) {
      const fmt = style >= 0 ? formats[style] : undefined;
      if (col >= nr.length) {
        for (let k = nr.length; k < col; k++) nr.push(undefined);
        // a present cell without a format: "" marks it present (the area a merge makes needs to know)
        nr.push(fmt ?? "");
      } else nr[col] = fmt ?? "";
    }
    if (row > lastRow) lastRow = row;
    if (col + 1 > lastCols) lastCols = col + 1;
    if (hasValue) {
      if (row > lastValueRow) lastValueRow = row;
      if (col + 1 > lastValueCols) lastValueCols = col + 1;
    }
  }

  // after the cells: protection and merges
  const tail = xml.slice(sdEnd);
  const protection = /<sheetProtection\b([^>]*)>/.exec(tail);
  const isProtected = protection !== null && /\bsheet\s*=\s*["'](?:1|true)["']/.test(protection[1]);
  const merges: RangeRef[] = [];
  const mergeRe = /<mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
  let mm: RegExpExecArray | null;
  while ((mm = mergeRe.exec(tail))) {
    const ref = parseRef(mm[1]);
    if (ref) merges.push(ref);
  }

  // the extent, as Office's used range (read.ts): every cell, or with valuesOnly the cells with values; merges always
  // (a merged area's cells other than its top-left one never count as values: the merge itself does)
  let rows = valuesOnly ? lastValueRow + 1 : lastRow + 1;
  let cols = valuesOnly ? lastValueCols : lastCols;
  if (cols < 0) cols = 0;
  for (const m of merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  if (rows === 0 || cols === 0) {
    rows = 1;
    cols = 1;
  }

  // merged areas: the cells other than the top-left one hold nothing; cells the file left out take the
  // format of their row, or else of their column (as ExcelJS makes them)
  const colStyleFmt = wantFormats && merges.length > 0 ? columnFormats(xml.slice(root, sdOpen >= 0 ? sdOpen : xml.length), formats) : undefined;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const vrow = values[r];
      const frow = formulas[r];
      const nrow = fmts[r];
      for (let c = m.left; c <= m.right; c++) {
        if (wantFormats) {
          const present = nrow !== undefined && nrow[c] !== undefined;
          if (!present) {
            const rs = rowStyle[r];
            const fmt = (rs !== undefined ? formats[rs] : undefined) || colStyleFmt?.(c) || "";
            (fmts[r] ??= [])[c] = fmt;
          }
        }
        if (r === m.top && c === m.left) continue;
        if (vrow && c < vrow.length) vrow[c] = "";
        if (frow && c < frow.length) frow[c] = null;
      }
    }
  }

  // rectangular grids
  const outValues: CellValue[][] = new Array(rows);
  const outFormulas: (string | null)[][] | undefined = wantFormulas ? new Array(rows) : undefined;
  const outFormats: string[][] | undefined = wantFormats ? new Array(rows) : undefined;
  for (let r = 0; r < rows; r++) {
    outValues[r] = fit(values[r], cols, "");
    if (outFormulas) outFormulas[r] = fit(formulas[r], cols, null);
    if (outFormats) {
      const src = fmts[r];
      const nrow: string[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        const f = src?.[c];
        nrow[c] = f ? f : "General";
      }
      outFormats[r] = nrow;
    }
  }
  const grid: Grid = { values: outValues, merges, protected: isProtected };
  if (outFormulas) grid.formulas = outFormulas;
  if (outFormats) grid.numberFormats = outFormats;
  return grid;
}

/** A row as exactly `cols` cells: cut, or padded with `pad`. */
function fit<T>(row: T[] | undefined, cols: number, pad: T): T[] {
  if (!row) return new Array<T>(cols).fill(pad);
  if (row.length === cols) return row;
  if (row.length > cols) {
    row.length = cols;
    return row;
  }
  const start = row.length;
  row.length = cols;
  row.fill(pad, start);
  return row;
}

/** The number format of a column's style (<col min max style>), for cells ExcelJS creates in merged areas. */
function columnFormats(head: string, formats: (string | undefined)[]): (col: number) => string | undefined {
  const spans: { min: number; max: number; fmt: string | undefined }[] = [];
  const re = /<col\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const a = attributes(m[1]);
    const style = a.style !== undefined ? parseInt(a.style, 10) : 0;
    if (!style) continue;
    spans.push({ min: parseInt(a.min, 10) - 1, max: parseInt(a.max, 10) - 1, fmt: formats[style] });
  }
  return (col) => spans.find((s) => col >= s.min && col <= s.max)?.fmt;
}
