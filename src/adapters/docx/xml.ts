/**
 * A small element tree over saxes (namespace-aware, no Node built-ins, so the task pane uses it too).
 * A document type declaration is refused: a .docx part never has one, and one is how entity expansion
 * attacks («billion laughs») and external entities get in.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** The namespace URI ("" when none). */
  uri: string;
  /** The local name, without prefix. */
  local: string;
  /** Attributes by local name (prefixes dropped: the parts read here never repeat a local name). */
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlRefused extends Error {}

/**
 * Parses a whole XML text into a tree; throws XmlRefused on a DTD, the parser's Error on malformed XML.
 * Elements named in `drop` are left out with everything inside them (still parsed, so still checked): a
 * document's run fonts, borders and drawings are most of its elements and none of its text.
 */
export function parseXml(text: string, drop: ReadonlySet<string> = NONE): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { uri: "", local: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on("doctype", () => {
    throw new XmlRefused("document type declaration");
  });
  parser.on("error", (e) => {
    failure ??= e;
    throw e;
  });
  let skipping = 0;
  parser.on("opentag", (tag) => {
    if (skipping > 0 || drop.has(tag.local)) {
      skipping++;
      return;
    }
    const attrs: Record<string, string> = {};
    const source = tag.attributes;
    for (const k in source) attrs[source[k].local] = source[k].value;
    const el: XmlElement = { uri: tag.uri, local: tag.local, attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    if (skipping > 0) skipping--;
    else stack.pop();
  });
  parser.on("text", (t) => {
    if (skipping === 0) stack[stack.length - 1].children.push(t);
  });
  parser.on("cdata", (t) => {
    if (skipping === 0) stack[stack.length - 1].children.push(t);
  });
  parser.write(text).close();
  if (failure) throw failure;
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new Error("no root element");
  return top;
}

const NONE: ReadonlySet<string> = new Set();

export const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== "string");

export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== "string" && c.local === local);
}

/** The concatenated text nodes directly under an element (w:t, w:instrText…). */
export function ownText(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}
