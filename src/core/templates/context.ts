/** What every template sheet is built from, and the few helpers the three templates share. */
import type { RangeRef } from "../address";
import type { Lang, Text } from "../i18n";
import type { CellStyle } from "../workbook";
import { rect, type SheetBuilder } from "./builder";
import { BODY_STYLE, FORMATS, LABEL_STYLE } from "./layout";
import { blockName, type Block, type TemplateKind } from "./names";
import { tr } from "./strings";
import { monthSerial, type ProjectTerm } from "./term";

export interface SheetContext {
  kind: TemplateKind;
  lang: Lang;
  sheet: string;
  instance: number;
  example: boolean;
  term: ProjectTerm;
  /** names of an existing passport's TermStart/TermEnd that the plan's and calendar plan's term refer to */
  passportTermNames?: { start: string; end: string };
  /** rows of the passport's tables when not the blank template's (a pasted passport copied in needs as many as it has) */
  rows?: PassportRows;
  /** Plan only: activity rows per section (LISTS.Sections order) instead of the blank template's; a document copied in needs as many as it has. */
  planRows?: number[];
  /** Calendar plan only: item rows instead of the blank template's. */
  scheduleRows?: number;
}

/** Rows of the passport's tables: people besides leader and executor, indicators, results, stage rows, risks. */
export interface PassportRows {
  coExecutors?: number;
  indicators?: number;
  results?: number;
  stages?: number;
  risks?: number;
}

/** Defines the document's name for a block: PO_<Doc><n>_<Block>. */
export function blockNamer(b: SheetBuilder, ctx: SheetContext): (block: Block, ref: RangeRef) => void {
  return (block, ref) => b.name(blockName(ctx.kind, ctx.instance, block), ref);
}

/** A text of the example in the sheet's language. */
export function say(ctx: SheetContext, text: Text): string {
  return text[ctx.lang];
}

/** A label over columns A:B of one row (or several rows). */
export function label(b: SheetBuilder, row: number, text: string, rows = 1, style: CellStyle = LABEL_STYLE): void {
  b.merge(rect(row, 0, row + rows - 1, 1), text, style);
}

/**
 * The plan's and calendar plan's term: TermStart at `startCol`, a dash, TermEnd at `endCol` of one row —
 * formulas to the passport's names when there is a passport, the first days of the months otherwise.
 */
export function termCells(b: SheetBuilder, ctx: SheetContext, row: number, startCol: number, endCol: number): void {
  const style: CellStyle = { ...BODY_STYLE, numberFormat: FORMATS.month, hAlign: "center" };
  const names = ctx.passportTermNames;
  if (names) {
    b.formula(row, startCol, `=${names.start}`, style);
    b.formula(row, endCol, `=${names.end}`, style);
  } else {
    b.value(row, startCol, monthSerial(ctx.term.start), style);
    b.value(row, endCol, monthSerial(ctx.term.end), style);
    b.validate({ ref: rect(row, startCol), rule: { type: "date" }, strict: true });
    b.validate({ ref: rect(row, endCol), rule: { type: "date" }, strict: true });
  }
  for (let c = startCol + 1; c < endCol; c++) b.value(row, c, tr("termDash", ctx.lang), { hAlign: "center", vAlign: "top" });
}
