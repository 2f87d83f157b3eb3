/**
 * The .xlsx reader of the check path, for Node and the browser: bytes in, WorkbookSnapshot out. No Node
 * built-ins and no ExcelJS: the task pane and the consolidated-register page import this module directly
 * (src/adapters/xlsx/index.ts also exports it, beside the Node-only writer).
 *
 * package.ts finds the workbook through the package relationships; unzip.ts inflates only the parts read here
 * (workbook, its relationships, shared strings, styles, worksheets), each within caps and CRC-checked; xml.ts
 * parses them with saxes as they inflate; sheet-reader.ts keeps the cells sparse and sheet-grid.ts makes the
 * snapshot's grids.
 */
import type { Text } from "../../core/i18n";
import type { SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../../core/workbook";
import { READ_REASONS, sheetOutsideGridReason, sheetTooLargeReason, XlsxReadError } from "./errors";
import { toNameSnapshots, type RawName } from "./names";
import { asReadError, missingPart, openPackage, readRelationships, resolveTarget, type Relationship } from "./package";
import { buildGrid, MAX_GRID_CELLS } from "./sheet-grid";
import { sheetHandler } from "./sheet-reader";
import type { ZipPackage } from "./unzip";
import { resolveScopes, sharedStringsHandler, stylesHandler, workbookHandler, type Styles, type WorkbookInfo } from "./workbook-parts";
import { XmlStream, type XmlHandler } from "./xml";

export interface ReadXlsxOptions {
  /** Read formulas (default true). */
  formulas?: boolean;
  /** Read number formats (default true). */
  numberFormats?: boolean;
  /**
   * As Office's getUsedRange(valuesOnly). By default (false) the grid also covers empty cells that carry
   * formatting, as Excel's used range does; true ends it at the last cell with a value. Merged areas always count.
   */
  valuesOnly?: boolean;
}

/** A worksheet the reader did not read (its used range over the limit, or cells outside Excel's grid). */
export interface SkippedSheet {
  name: string;
  visibility: SheetVisibility;
  reason: Text;
}

/** A WorkbookSnapshot (every worksheet read), plus the worksheets that could not be read and why. */
export interface XlsxReadResult extends WorkbookSnapshot {
  skipped: SkippedSheet[];
}

/** A sheet's state attribute as the snapshot's visibility. */
export function visibility(state: string | undefined): SheetVisibility {
  return state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible";
}

const REL = {
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

/** Streams a part through a handler; false when the package has no such part. */
function parsePart(zip: ZipPackage, part: string, handler: XmlHandler): boolean {
  const xml = new XmlStream(handler);
  try {
    if (!zip.stream(part, (chunk) => xml.write(chunk))) return false;
    xml.end();
  } catch (e) {
    throw asReadError(e, part);
  }
  return true;
}

/** The part of a workbook-level relationship, or the part where writers put it when there is no relationship. */
function partOf(rels: Relationship[], type: RegExp, workbook: string, usual: string, zip: ZipPackage): string | undefined {
  const rel = rels.find((r) => !r.external && type.test(r.type));
  if (rel) return rel.target;
  const fallback = resolveTarget(workbook, usual);
  return zip.has(fallback) ? fallback : undefined;
}

/** Reads a workbook, with the defined names as stored (for the writer's name layer). */
export function readPackage(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): { result: XlsxReadResult; names: RawName[] } {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { zip, workbook } = openPackage(bytes);
  const rels = readRelationships(zip, workbook);
  const info: WorkbookInfo = { sheets: [], names: [], date1904: false };
  parsePart(zip, workbook, workbookHandler(info));
  resolveScopes(info);

  const strings: string[] = [];
  const stringsPart = partOf(rels, REL.sharedStrings, workbook, "sharedStrings.xml", zip);
  if (stringsPart !== undefined && !parsePart(zip, stringsPart, sharedStringsHandler(strings))) throw missingPart(stringsPart);
  const styles: Styles = { formats: [], dates: [], times: [] };
  const stylesPart = partOf(rels, REL.styles, workbook, "styles.xml", zip);
  // a styles part named but absent (some writers): no number formats then, which is what the file holds
  if (stylesPart !== undefined) parsePart(zip, stylesPart, stylesHandler(styles));

  const byId = new Map(rels.map((r) => [r.id, r]));
  const ctx = { strings, styles, date1904: info.date1904, wantFormulas: options.formulas !== false, wantFormats: options.numberFormats !== false };
  const sheets: SheetSnapshot[] = [];
  const skipped: SkippedSheet[] = [];
  for (const s of info.sheets) {
    const rel = s.rId === undefined ? undefined : byId.get(s.rId);
    if (!rel || rel.external) throw missingPart(`${workbook} → ${s.name}`);
    // chart sheets, dialog sheets and macro sheets are not worksheets: no cells to check
    if (!REL.worksheet.test(rel.type)) continue;
    const { handler, sheet } = sheetHandler(ctx);
    if (!parsePart(zip, rel.target, handler)) throw missingPart(rel.target);
    const vis = visibility(s.state);
    if (sheet.outside !== undefined) {
      skipped.push({ name: s.name, visibility: vis, reason: sheetOutsideGridReason(sheet.outside) });
      continue;
    }
    const grid = buildGrid(sheet, { styles, wantFormulas: ctx.wantFormulas, wantFormats: ctx.wantFormats, valuesOnly: options.valuesOnly === true });
    if (!grid.ok) {
      skipped.push({ name: s.name, visibility: vis, reason: sheetTooLargeReason(grid.rows, grid.cols, MAX_GRID_CELLS) });
      continue;
    }
    sheets.push({ name: s.name, ...grid.grid, visibility: vis });
  }
  if (sheets.length === 0 && skipped.length === 0) throw new XlsxReadError("noSheets", READ_REASONS.noSheets);
  const names = toNameSnapshots(
    info.names,
    sheets.map((s) => s.name),
  );
  return { result: { sheets, names, skipped }, names: info.names };
}

/**
 * Reads every worksheet of an .xlsx file from its bytes: the public read entry for Node and the browser.
 * Throws XlsxReadError (a reason in plain words, ru + en) when the bytes are not a readable workbook; a sheet
 * that cannot be read is listed in `skipped` and the others are read.
 */
export function readXlsxBytes(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): XlsxReadResult {
  return readPackage(data, options).result;
}
