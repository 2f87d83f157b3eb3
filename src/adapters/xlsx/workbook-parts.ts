/**
 * The workbook-wide parts the check needs: the workbook part (sheets, defined names, the 1904 date system),
 * the shared strings and the styles' number formats. Each is parsed with saxes (xml.ts), whatever prefix
 * the writer gave SpreadsheetML's namespace.
 */
import type { RawName } from "./names";
import { attr, attrNs, OFFICE_REL_NS, SPREADSHEET_NS, type XmlHandler, type XmlTag } from "./xml";

export interface WorkbookInfo {
  sheets: { name: string; state?: string; rId?: string }[];
  names: RawName[];
  date1904: boolean;
}

/** r:id under a namespace other than the relationships one (a writer's slip): any prefixed id attribute. */
function prefixedId(tag: XmlTag): string | undefined {
  for (const k in tag.attributes) {
    const a = tag.attributes[k];
    if (a.local === "id" && a.prefix) return a.value;
  }
  return undefined;
}

const isMain = (tag: XmlTag, local: string) => tag.local === local && SPREADSHEET_NS.has(tag.uri);

/** xsd:boolean: "1" or "true". */
export function xsdTrue(v: string | undefined): boolean {
  if (v === undefined) return false;
  const t = v.trim();
  return t === "1" || t === "true";
}

export function workbookHandler(info: WorkbookInfo): XmlHandler {
  let name: { raw: RawName; localSheetId?: string } | undefined;
  let text = "";
  return {
    open(tag) {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (tag.local === "sheet") info.sheets.push({ name: attr(tag, "name") ?? "", state: attr(tag, "state"), rId: attrNs(tag, "id", OFFICE_REL_NS) ?? prefixedId(tag) });
      else if (tag.local === "workbookPr") info.date1904 = xsdTrue(attr(tag, "date1904"));
      else if (tag.local === "definedName") {
        const n = attr(tag, "name");
        text = "";
        name = n ? { raw: { name: n, text: "" }, localSheetId: attr(tag, "localSheetId") } : undefined;
        if (name && xsdTrue(attr(tag, "hidden"))) name.raw.hidden = true;
      }
    },
    close(tag) {
      if (!isMain(tag, "definedName") || !name) return;
      name.raw.text = text;
      info.names.push(name.raw);
      // the scope: the sheet at that position, which is known once every sheet is read (see resolveScopes)
      if (name.localSheetId !== undefined) (name.raw as RawName & { localSheetId?: string }).localSheetId = name.localSheetId;
      name = undefined;
    },
    text(t) {
      text += t;
    },
    wantText: () => name !== undefined,
  };
}

/** Sheet-scoped names: localSheetId → the scope sheet's name. */
export function resolveScopes(info: WorkbookInfo): void {
  for (const n of info.names as (RawName & { localSheetId?: string })[]) {
    if (n.localSheetId === undefined) continue;
    const sheet = info.sheets[Number(n.localSheetId)];
    if (sheet) n.scope = sheet.name;
    delete n.localSheetId;
  }
}

/** OOXML's escape for characters XML cannot hold: _x000D_ is a carriage return (upper-case hex, as Excel writes and ExcelJS reads). */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * Collects the text of a string item (<si> of the shared strings, <is> of an inline string): its <t>
 * elements, run by run, outside phonetic runs (<rPh>).
 */
export class StringItem {
  private depthRph = 0;
  private inT = false;
  text = "";

  reset(): void {
    this.depthRph = 0;
    this.inT = false;
    this.text = "";
  }

  open(tag: XmlTag): void {
    if (!SPREADSHEET_NS.has(tag.uri)) return;
    if (tag.local === "rPh") this.depthRph++;
    else if (tag.local === "t" && this.depthRph === 0) this.inT = true;
  }

  close(tag: XmlTag): void {
    if (!SPREADSHEET_NS.has(tag.uri)) return;
    if (tag.local === "rPh") this.depthRph--;
    else if (tag.local === "t") this.inT = false;
  }

  get wantText(): boolean {
    return this.inT;
  }

  value(): string {
    return unescapeOoxml(this.text);
  }
}

export function sharedStringsHandler(out: string[]): XmlHandler {
  const item = new StringItem();
  let inSi = false;
  return {
    open(tag) {
      if (isMain(tag, "si")) {
        inSi = true;
        item.reset();
      } else if (inSi) item.open(tag);
    },
    close(tag) {
      if (isMain(tag, "si")) {
        out.push(item.value());
        inSi = false;
      } else if (inSi) item.close(tag);
    },
    text(t) {
      item.text += t;
    },
    wantText: () => inSi && item.wantText,
  };
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

/** A format with date or time letters outside quotes and brackets (as ExcelJS's utils.isDateFmt). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** A date or time format with no date part: hours, minutes, seconds only (h:mm, [h]:mm:ss, mm:ss.0, h:mm AM/PM). */
export function isTimeOnlyFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt
    .replace(/\[(h+|m+|s+)]/gi, "$1") // elapsed time: [h]:mm
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/AM\/PM|A\/P/gi, "");
  if (!/[hs]/i.test(bare) || /[ydb]/i.test(bare)) return false;
  // m after h or before s is minutes; any other m is a month
  return !/m/i.test(bare.replace(/h+[^a-z]*m+/gi, "h").replace(/m+[^a-z]*s+/gi, "s"));
}

export interface Styles {
  /** per cell style index (cellXfs): its number format (undefined: none, "General" in the snapshot) */
  formats: (string | undefined)[];
  dates: boolean[];
  /** time-only formats among the dates */
  times: boolean[];
}

export function stylesHandler(out: Styles): XmlHandler {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  return {
    open(tag) {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (tag.local === "numFmt") {
        const id = attr(tag, "numFmtId");
        const code = attr(tag, "formatCode");
        // backslash escapes dropped ("dd\\.mm" → "dd.mm"), which is how the snapshot has always given them
        if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code.replace(/\\(.)/g, "$1"));
      } else if (tag.local === "cellXfs") inCellXfs = true;
      else if (tag.local === "xf" && inCellXfs) ids.push(parseInt(attr(tag, "numFmtId") ?? "0", 10) || 0);
    },
    close(tag) {
      if (isMain(tag, "cellXfs")) {
        inCellXfs = false;
        for (const n of ids) {
          // id 0 (General) gives no format of its own
          const fmt = n ? (custom.get(n) ?? BUILT_IN_FORMATS[n]) : undefined;
          out.formats.push(fmt);
          out.dates.push(isDateFormat(fmt));
          out.times.push(isTimeOnlyFormat(fmt));
        }
      }
    },
    text() {},
    wantText: () => false,
  };
}
