/**
 * Read a Word document (.docx) into the WorkbookSnapshot the recognisers read, so that recognition and every
 * rule apply to it unchanged. The whole body becomes one sheet (see grid.ts); every sheet row remembers the
 * table and row, or the paragraph, it came from, so a finding is named the way a person finds it in Word.
 * Pure: fflate and saxes only, no Node built-ins — the command line and the task pane use the same reader.
 */
import { parseCell } from "../../core/address";
import { SHEET_NAME_FORBIDDEN, SHEET_NAME_MAX } from "../../core/excelLimits";
import type { Lang, Text } from "../../core/i18n";
import type { WorkbookSnapshot } from "../../core/workbook";
import { BodyReader } from "./body";
import { placeBlocks, type RowOrigin } from "./grid";
import { Numbering } from "./numbering";
import { DocxReadError, REASONS, unpackDocx } from "./package";
import { child, parseXml, XmlRefused, type XmlElement } from "./xml";

export { DocxReadError, LIMITS, REASONS as DOCX_REASONS } from "./package";
export { cellValue, type RowOrigin } from "./grid";

export interface DocxDocument {
  snapshot: WorkbookSnapshot;
  /** origins[row] of the one sheet */
  origins: RowOrigin[];
  tables: number;
  paragraphs: number;
}

/** Where a cell of the document's sheet is in the Word document, e.g. {table: 2, row: 5, column: 3}. */
export type DocxPlace = { table: number; row: number; column: number } | { paragraph: number; column?: number };

/** A sheet name Excel accepts, from a file name: no []:*?/\, at most 31 characters, never empty. */
export function sheetNameFor(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.docx$/i, "")
    .replace(new RegExp(SHEET_NAME_FORBIDDEN.source, "g"), " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (base || "Word").slice(0, SHEET_NAME_MAX);
}

/**
 * What the body reader never looks at: formatting of runs, paragraphs, cells and tables (except the few
 * properties it reads: w:vanish, w:numPr, w:pStyle, w:gridSpan, w:vMerge, w:hMerge, w:gridBefore/After),
 * drawings, section properties, bookmarks and proofing marks.
 */
const UNREAD = new Set([
  "rFonts",
  "sz",
  "szCs",
  "b",
  "bCs",
  "i",
  "iCs",
  "u",
  "color",
  "lang",
  "highlight",
  "kern",
  "spacing",
  "ind",
  "jc",
  "shd",
  "tcW",
  "tcBorders",
  "tcMar",
  "vAlign",
  "noWrap",
  "tblPr",
  "tblHeader",
  "trHeight",
  "cantSplit",
  "rStyle",
  "noProof",
  "keepNext",
  "keepLines",
  "widowControl",
  "lastRenderedPageBreak",
  "bookmarkStart",
  "bookmarkEnd",
  "proofErr",
  "sectPr",
  "drawing",
  "pict",
  "object",
  "AlternateContent",
  "pBdr",
  "tabs",
  "contextualSpacing",
  "outlineLvl",
]);

function parsePart(text: string): XmlElement {
  try {
    return parseXml(text, UNREAD);
  } catch (e) {
    throw new DocxReadError(e instanceof XmlRefused ? REASONS.dtd : REASONS.badXml);
  }
}

/** Reads the document; throws DocxReadError (with a reason for people) when it is not a readable .docx. */
export function readDocx(data: Uint8Array, sheetName = "Word"): DocxDocument {
  const parts = unpackDocx(data);
  const document = parsePart(parts["word/document.xml"]!);
  // numbering and styles only add list numbers: a damaged one costs the numbers, not the document
  const optional = (t: string | undefined) => {
    if (t === undefined) return undefined;
    try {
      return parseXml(t);
    } catch (e) {
      if (e instanceof XmlRefused) throw new DocxReadError(REASONS.dtd);
      return undefined;
    }
  };
  const reader = new BodyReader(new Numbering(optional(parts["word/numbering.xml"]), optional(parts["word/styles.xml"])));
  const body = child(document, "body");
  const placed = placeBlocks(sheetName, body ? reader.blocks(body) : []);
  return { snapshot: { sheets: [placed.sheet], names: [] }, origins: placed.origins, tables: placed.tables, paragraphs: placed.paragraphs };
}

/** The place in the document of a cell of its sheet (0-based row and column). */
export function docxPlace(origins: readonly RowOrigin[], row: number, col: number): DocxPlace | undefined {
  const o = origins[row];
  if (!o) return undefined;
  if (o.kind === "table") return { table: o.table, row: o.row, column: col + 1 };
  return col === 0 ? { paragraph: o.paragraph } : { paragraph: o.paragraph, column: col + 1 };
}

/** «таблица 2, строка 5, столбец 3» / "table 2, row 5, column 3"; «абзац 4» / "paragraph 4". */
export function formatPlace(p: DocxPlace, lang: Lang): string {
  const ru = lang === "ru";
  if ("table" in p) return ru ? `таблица ${p.table}, строка ${p.row}, столбец ${p.column}` : `table ${p.table}, row ${p.row}, column ${p.column}`;
  const base = ru ? `абзац ${p.paragraph}` : `paragraph ${p.paragraph}`;
  return p.column === undefined ? base : ru ? `${base}, часть ${p.column}` : `${base}, part ${p.column}`;
}

/**
 * Messages that point at another cell in A1 («в другом месте (ячейка F29)», "cell F29") point, for a Word
 * document, at its place there («таблица 3, строка 3, столбец 6»): a Word user has no column letters.
 */
export function placeCellsInText(text: string, origins: readonly RowOrigin[], lang: Lang): string {
  return text.replace(/(?<!\p{L})(ячейка|cell) ([A-Z]{1,3}[1-9]\d{0,6})\b/gu, (whole, _word: string, a1: string) => {
    const ref = parseCell(a1);
    const place = docxPlace(origins, ref.row, ref.col);
    return place ? formatPlace(place, lang) : whole;
  });
}

/** A reason as Text for a file that is no document at all (for callers that did not get a DocxReadError). */
export function reasonOf(e: unknown): Text | undefined {
  return e instanceof DocxReadError ? e.reason : undefined;
}
