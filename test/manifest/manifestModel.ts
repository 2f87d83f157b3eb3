/** The parsed manifest.xml and the helpers the manifest tests share (an element tree over fast-xml-parser's ordered output). */
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

export const ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST = path.join(ROOT, "manifest.xml");
export const ASSETS = path.join(ROOT, "assets");
export const SRC = path.join(ROOT, "src");
export const DIST = path.join(ROOT, "dist");

export const DEV_ORIGIN = "https://localhost:3000";
export const EXPECTED_FUNCTIONS = ["newPassport", "newPlan", "newSchedule", "validateWorkbook", "computeWorkbook", "clearMarks", "importWord", "openRegister"];

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const prod = require("../../scripts/manifest-prod.js") as {
  DEV_BASE: string;
  rewriteManifest(xml: string, baseUrl: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const icons = require("../../scripts/make-icons.js") as {
  OUTPUTS: { name: string; size: number; file: string }[];
  render(name: string, size: number): { w: number; h: number; toRgba8(): Uint8Array };
};

// ---------------------------------------------------------------------------------------------------------
// A small element tree over fast-xml-parser's ordered output
// ---------------------------------------------------------------------------------------------------------

export interface El {
  /** Tag as written, with its prefix (e.g. "bt:Image"). */
  tag: string;
  /** Tag without its namespace prefix (e.g. "Image"). */
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent: El | null;
}

export type Ordered = Record<string, unknown>;

export function toTree(nodes: Ordered[], parent: El | null): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ":@");
    if (!tag || tag === "#text") continue;
    const el: El = {
      tag,
      name: tag.includes(":") ? tag.slice(tag.indexOf(":") + 1) : tag,
      attrs: (node[":@"] as Record<string, string>) || {},
      children: [],
      text: "",
      parent,
    };
    const kids = node[tag] as Ordered[];
    el.text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("");
    el.children = toTree(kids, el);
    out.push(el);
  }
  return out;
}

export function parse(xml: string): El {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    trimValues: true,
  });
  const roots = toTree(parser.parse(xml) as Ordered[], null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

export function* walk(el: El): Generator<El> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export const all = (root: El, name: string) => [...walk(root)].filter((e) => e.name === name);
export const kids = (el: El, name?: string) => el.children.filter((c) => name === undefined || c.name === name);
export function kid(el: El, name: string): El {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`<${el.tag}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}
export const pathOf = (el: El): string => (el.parent ? `${pathOf(el.parent)}/${el.tag}` : el.tag);

/** Checks that the children's names follow `order` (names not listed are errors); repeats allowed. */
export function expectOrder(el: El, order: string[]) {
  const names = el.children.map((c) => c.name);
  for (const n of names) expect({ at: pathOf(el), child: n, known: order.includes(n) }).toEqual({ at: pathOf(el), child: n, known: true });
  const idx = names.map((n) => order.indexOf(n));
  const sorted = [...idx].sort((a, b) => a - b);
  expect({ at: pathOf(el), order: names }).toEqual({ at: pathOf(el), order: sorted.map((i) => order[i]) });
}

// ---------------------------------------------------------------------------------------------------------
// Reading the manifest once
// ---------------------------------------------------------------------------------------------------------

export const xml = fs.readFileSync(MANIFEST, "utf8");
export const root = parse(xml);
export const vo = kid(root, "VersionOverrides");
export const resources = kid(vo, "Resources");

export type Kind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
export const KINDS: Kind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

export interface Resource {
  kind: Kind;
  id: string;
  el: El;
}

export const resourceList: Resource[] = KINDS.flatMap((kind) => kids(resources, kind).flatMap((group) => group.children.map((el) => ({ kind, id: el.attrs.id, el }))));
export const resourceById = new Map(resourceList.map((r) => [r.id, r]));

/** Every element with a resid, and which kind of resource it must point to. */
export function expectedKind(el: El): Kind {
  const parent = el.parent ? el.parent.name : "";
  switch (el.name) {
    case "Image":
      return "Images";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Urls";
    default:
      throw new Error(`unexpected resid on <${el.tag}> in <${parent}>`);
  }
}
export const residUses = [...walk(root)].filter((e) => e.attrs.resid !== undefined);

export const controls = all(vo, "Control");
export const functionNames = all(vo, "FunctionName").map((e) => e.text);

export const hasCyrillic = (s: string) => /[А-Яа-яЁё]/.test(s);
