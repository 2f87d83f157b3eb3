/**
 * XML of a package part → events, with saxes (the namespace-aware parser ExcelJS itself uses), for Node and
 * the browser. Bytes go in as the part inflates (ZipPackage.stream), so a sheet's XML is never held whole.
 *
 * - Encoding: a byte-order mark (UTF-8, UTF-16 LE/BE), else the bytes of `<?xml` in UTF-16, else the
 *   declaration's `encoding`, else UTF-8 (XML 1.0, Appendix F).
 * - Namespaces: elements are matched by local name and namespace URI, whatever the prefix (`<x:row>`
 *   from the .NET Open XML SDK and ClosedXML reads as `<row>`).
 * - Comments and processing instructions are skipped; CDATA is text.
 * - A DTD is refused: no writer of workbooks needs one, and entity expansion is how XML bombs work.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";

export class XmlError extends Error {
  constructor(
    readonly kind: "dtd" | "malformed",
    message: string,
  ) {
    super(message);
    this.name = "XmlError";
  }
}

/** SpreadsheetML's namespaces: transitional (what nearly every writer uses) and strict (ISO/IEC 29500 strict). */
export const SPREADSHEET_NS = new Set(["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"]);
export const RELS_NS = new Set(["http://schemas.openxmlformats.org/package/2006/relationships"]);
/** Attribute namespaces of r:id: transitional and strict. */
export const OFFICE_REL_NS = new Set(["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"]);

export type XmlTag = SaxesTagNS;

/** TextDecoder as both Node's and the DOM's typings know it. */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  /** Character data (entities decoded, CDATA included); only called while `wantText()` says yes. */
  text(t: string): void;
  wantText(): boolean;
}

/** An attribute's value by local name, in no namespace (the plain attributes of SpreadsheetML). */
export function attr(tag: XmlTag, local: string): string | undefined {
  const a = tag.attributes[local];
  return a === undefined ? undefined : a.value;
}

/** An attribute by local name in one of the namespaces (r:id whatever its prefix). */
export function attrNs(tag: XmlTag, local: string, ns: Set<string>): string | undefined {
  for (const k in tag.attributes) {
    const a = tag.attributes[k];
    if (a.local === local && ns.has(a.uri)) return a.value;
  }
  return undefined;
}

function encodingOf(head: Uint8Array): { label: string; skip: number } {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: "utf-8", skip: 3 };
  if (a === 0xff && b === 0xfe) return { label: "utf-16le", skip: 2 };
  if (a === 0xfe && b === 0xff) return { label: "utf-16be", skip: 2 };
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return { label: "utf-16le", skip: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return { label: "utf-16be", skip: 0 };
  let decl = "";
  for (let i = 0; i < head.length && i < 200; i++) {
    decl += String.fromCharCode(head[i]);
    if (head[i] === 0x3e) break;
  }
  const m = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl);
  return { label: m ? m[1].toLowerCase() : "utf-8", skip: 0 };
}

/**
 * A push parser for one part: `write` the bytes as they come, then `end`. Throws XmlError for a DTD or
 * malformed XML, and whatever the handler throws.
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: false });
  private decoder: Decoder | undefined;
  private head: Uint8Array | undefined;
  private failure: unknown;
  private fed = false;

  constructor(handler: XmlHandler) {
    const p = this.parser;
    p.on("opentag", (tag) => handler.open(tag as XmlTag));
    p.on("closetag", (tag) => handler.close(tag as XmlTag));
    p.on("text", (t) => {
      if (handler.wantText()) handler.text(t);
    });
    p.on("cdata", (t) => {
      if (handler.wantText()) handler.text(t);
    });
    p.on("doctype", () => {
      throw new XmlError("dtd", "a DTD (document type declaration) in the part");
    });
    p.on("error", (e) => {
      // saxes reports and goes on; the first error counts
      this.failure ??= new XmlError("malformed", e.message);
      throw this.failure;
    });
  }

  write(chunk: Uint8Array): void {
    if (!this.decoder) {
      // the encoding is known from the first bytes (a chunk is never that short unless the part is)
      const head = this.head ? concat(this.head, chunk) : chunk;
      if (head.length < 4) {
        this.head = head;
        return;
      }
      this.head = undefined;
      const { label, skip } = encodingOf(head);
      try {
        this.decoder = new TextDecoder(label);
      } catch {
        throw new XmlError("malformed", `unknown encoding ${label}`);
      }
      this.feed(this.decoder.decode(head.subarray(skip), { stream: true }));
      return;
    }
    this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    if (!this.decoder && this.head) {
      const h = this.head;
      this.head = undefined;
      this.decoder = new TextDecoder("utf-8");
      this.feed(this.decoder.decode(h, { stream: true }));
    }
    if (this.decoder) this.feed(this.decoder.decode());
    this.parser.close();
    if (this.failure) throw this.failure;
  }

  private feed(s: string): void {
    if (!s) return;
    // a byte-order mark that survived decoding (a UTF-8 one inside UTF-16 text, say) is not XML
    const text = !this.fed && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    this.fed = true;
    this.parser.write(text);
    if (this.failure) throw this.failure;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Parses a whole part held in memory. */
export function parseXml(bytes: Uint8Array, handler: XmlHandler): void {
  const s = new XmlStream(handler);
  s.write(bytes);
  s.end();
}
