/**
 * word/document.xml's body → blocks in document order: paragraphs (their text, list number included) and
 * tables (rows of cells with their grid column, span and vertical merge). Only what a person sees as the
 * document's text: deleted revisions, field codes, hidden text and drawings' text boxes are left out.
 */
import type { Numbering } from "./numbering";
import { child, elements, ownText, type XmlElement } from "./xml";

export interface DocxCell {
  /** 0-based grid column where the cell starts */
  col: number;
  /** grid columns covered (w:gridSpan) */
  span: number;
  /** w:vMerge: "restart" opens a vertical merge, "continue" extends the one above */
  vMerge?: "restart" | "continue";
  /** the cell's paragraphs joined by line breaks */
  text: string;
}

export type DocxBlock = { kind: "paragraph"; text: string } | { kind: "table"; rows: DocxCell[][]; columns: number };

const W_URIS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const isW = (el: XmlElement, local: string) => el.local === local && W_URIS.has(el.uri);

/** Containers whose content is the document's own (content controls, custom XML, inserted revisions, links…). */
const TRANSPARENT = new Set(["sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink", "fldSimple", "dir", "bdo"]);
/** Never the visible text: deleted revisions, field codes, drawings and objects. */
const SKIPPED = new Set([
  "del",
  "moveFrom",
  "delText",
  "instrText",
  "drawing",
  "pict",
  "object",
  "AlternateContent",
  "rPr",
  "pPr",
  "sdtPr",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
]);

const off = (el: XmlElement | undefined) => el !== undefined && (el.attrs.val === undefined || !/^(0|false|off)$/i.test(el.attrs.val));

function runText(r: XmlElement): string {
  if (off(child(child(r, "rPr"), "vanish"))) return "";
  let s = "";
  for (const c of elements(r)) {
    if (isW(c, "t")) s += ownText(c);
    else if (isW(c, "tab") || isW(c, "ptab")) s += "\t";
    else if (isW(c, "br") || isW(c, "cr")) s += c.attrs.type === "page" || c.attrs.type === "column" ? "" : "\n";
    else if (isW(c, "noBreakHyphen")) s += "-";
  }
  return s;
}

function inlineText(el: XmlElement): string {
  let s = "";
  for (const c of elements(el)) {
    if (SKIPPED.has(c.local)) continue;
    if (isW(c, "r")) s += runText(c);
    else if (TRANSPARENT.has(c.local)) s += inlineText(c);
  }
  return s;
}

export class BodyReader {
  constructor(private readonly numbering: Numbering) {}

  paragraph(p: XmlElement): string {
    const pPr = child(p, "pPr");
    const text = inlineText(p);
    const list = this.numbering.listOf(pPr);
    const label = list ? this.numbering.label(list) : "";
    return label && text ? `${label} ${text}` : label || text;
  }

  /** Body content (w:body, a cell, a content control) → blocks. */
  blocks(container: XmlElement): DocxBlock[] {
    const out: DocxBlock[] = [];
    for (const el of elements(container)) {
      if (isW(el, "p")) out.push({ kind: "paragraph", text: this.paragraph(el) });
      else if (isW(el, "tbl")) out.push(this.table(el));
      else if (TRANSPARENT.has(el.local) && !SKIPPED.has(el.local)) out.push(...this.blocks(el));
    }
    return out;
  }

  private table(tbl: XmlElement): DocxBlock {
    const rows: DocxCell[][] = [];
    let columns = elements(child(tbl, "tblGrid") ?? { uri: "", local: "", attrs: {}, children: [] }).filter((g) => isW(g, "gridCol")).length;
    for (const tr of this.flatten(tbl, "tr")) {
      const trPr = child(tr, "trPr");
      let col = Number(child(trPr, "gridBefore")?.attrs.val ?? 0) || 0;
      const cells: DocxCell[] = [];
      for (const tc of this.flatten(tr, "tc")) {
        const tcPr = child(tc, "tcPr");
        const span = Math.max(1, Number(child(tcPr, "gridSpan")?.attrs.val ?? 1) || 1);
        const vm = child(tcPr, "vMerge");
        const hm = child(tcPr, "hMerge");
        const text = this.cellText(tc);
        if (hm && hm.attrs.val !== "restart" && cells.length > 0) {
          // the legacy horizontal merge: a continuation widens the cell on its left
          cells[cells.length - 1].span += span;
        } else {
          cells.push({ col, span, vMerge: vm ? (vm.attrs.val === "restart" ? "restart" : "continue") : undefined, text });
        }
        col += span;
      }
      col += Number(child(trPr, "gridAfter")?.attrs.val ?? 0) || 0;
      columns = Math.max(columns, col);
      rows.push(cells);
    }
    return { kind: "table", rows, columns };
  }

  /** Rows of a table or cells of a row, also those wrapped in content controls or custom XML. */
  private flatten(el: XmlElement, local: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const c of elements(el)) {
      if (isW(c, local)) out.push(c);
      else if (TRANSPARENT.has(c.local)) out.push(...this.flatten(c, local));
    }
    return out;
  }

  /** A cell's paragraphs joined by line breaks; a table nested in it as lines of its cells. */
  private cellText(tc: XmlElement): string {
    const lines: string[] = [];
    for (const b of this.blocks(tc)) {
      if (b.kind === "paragraph") lines.push(b.text.replace(/\t/g, " "));
      else
        for (const row of b.rows)
          lines.push(
            row
              .filter((c) => c.vMerge !== "continue")
              .map((c) => c.text.replace(/\n/g, " "))
              .filter(Boolean)
              .join("; "),
          );
    }
    return lines.join("\n");
  }
}
