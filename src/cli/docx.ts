/** Word documents on the command line: reading a .docx file and naming its cells as Word does. */
import * as fs from "fs";
import { DOCX_REASONS, docxPlace, DocxReadError, formatPlace, placeCellsInText, readDocx, sheetNameFor, type DocxDocument } from "../adapters/docx";
import type { Lang, Text } from "../core/i18n";
import { plainMessage, type ReadOutcome } from "./files";

export type { DocxDocument } from "../adapters/docx";

export const NO_TABLES: Text = DOCX_REASONS.noTables;

export async function readDocxFile(file: string): Promise<ReadOutcome> {
  let data: Buffer;
  try {
    data = await fs.promises.readFile(file);
  } catch (e) {
    const msg = plainMessage(e);
    return { ok: false, reason: { ru: `файл не удалось прочитать (${msg})`, en: `the file could not be read (${msg})` } };
  }
  try {
    const docx = readDocx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), sheetNameFor(file));
    if (docx.tables === 0) return { ok: false, reason: NO_TABLES };
    return { ok: true, snapshot: { ...docx.snapshot, skipped: [] }, docx };
  } catch (e) {
    if (e instanceof DocxReadError) return { ok: false, reason: e.reason };
    const msg = plainMessage(e);
    return { ok: false, reason: { ru: `документ Word не удалось прочитать (${msg})`, en: `the Word document could not be read (${msg})` } };
  }
}

/** «таблица 2, строка 5, столбец 3» for a cell of a Word document's sheet; undefined for a workbook. */
export function docxCell(docx: DocxDocument | undefined, f: { row: number; col: number }, lang: Lang): string | undefined {
  const p = docx && docxPlace(docx.origins, f.row, f.col);
  return p && formatPlace(p, lang);
}

/** A message's A1 references to other cells, as places in the Word document. */
export function docxMessage(docx: DocxDocument | undefined, text: string, lang: Lang): string {
  return docx ? placeCellsInText(text, docx.origins, lang) : text;
}

/** The place as JSON fields: {table, row, column} or {paragraph}; nothing for a workbook. */
export function docxJsonPlace(docx: DocxDocument | undefined, f: { row: number; col: number }): Record<string, number> {
  const p = docx && docxPlace(docx.origins, f.row, f.col);
  return p ? { ...p } : {};
}
