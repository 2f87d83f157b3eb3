/**
 * A template's printed page: A4, one page wide, its title rows repeated, the project's name in the header and
 * «Страница N из M» in the footer, cells fitted to their text (fit.ts), and manual page breaks at the
 * boundaries of its blocks so that a block that fits on a page is never cut in two (a passport is printed and
 * signed block by block for the commission).
 *
 * The page geometry is the file's default: A4 (210 × 297 mm), margins 0.7″ left and right, 0.75″ top and
 * bottom (what ExcelJS writes and Excel's «Normal» margins). The scale of «fit to one page wide» is estimated
 * from the column widths; breaks are placed with a tenth of the page to spare, so that a small error in the
 * estimate adds no automatic break inside a block.
 */
import type { Lang } from "../i18n";
import type { PrintSetup, SheetPlan } from "../workbook";
import { columnWidthOf, DEFAULT_ROW_PT, fitCells } from "./fit";
import { tr } from "./strings";

const A4_PT = { short: 595, long: 842 };
const MARGIN_PT = { sides: 0.7 * 72, topBottom: 0.75 * 72 };
const SPARE = 0.9;

export interface PrintOptions {
  lang: Lang;
  /** The project's name for the header; the sheet's name (&A) when there is none yet. */
  projectName?: string;
  /** Rows (0-based) where the sheet's blocks start, top to bottom; the last block ends at the last row written. */
  blocks?: number[];
}

/** "&" starts a code in a header or footer: a literal one is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** A column's width in points: Excel draws a width of w «0» widths as w × 7 + 5 pixels (Calibri 11, 96 dpi). */
function columnPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

/** The plan made print-ready: fitted cells, header and footer, page breaks between blocks. */
export function printReady(plan: SheetPlan, options: PrintOptions): SheetPlan {
  const fitted = fitCells(plan);
  const print: PrintSetup = {
    ...(fitted.print ?? { orientation: "landscape", paper: "A4" }),
    fitToWidth: true,
    header: { center: options.projectName ? headerText(options.projectName) : "&A" },
    footer: { left: "&A", center: tr("pageOfPages", options.lang) },
  };
  const breaks = pageBreaks(fitted, print, options.blocks ?? []);
  if (breaks.length) print.breaksBefore = breaks;
  return { ...fitted, print };
}

/** The last row and column the plan writes into. */
function lastCell(plan: SheetPlan): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const c of plan.cells) {
    row = Math.max(row, c.row);
    col = Math.max(col, c.col);
  }
  for (const r of [...(plan.styles ?? []).map((s) => s.ref), ...(plan.merges ?? [])]) {
    row = Math.max(row, r.bottom);
    col = Math.max(col, r.right);
  }
  return { row, col };
}

/**
 * Greedy pagination over whole blocks: a block goes on the current page when it fits there, else a break
 * puts it on a new page. A block taller than a page starts a page and is broken by Excel where it must
 * (the title rows then repeat over its continuation).
 */
export function pageBreaks(plan: SheetPlan, print: PrintSetup, blocks: number[]): number[] {
  if (blocks.length < 2) return [];
  const last = lastCell(plan);
  const width = columnWidthOf(plan);
  let sheetWidth = 0;
  for (let c = 0; c <= last.col; c++) sheetWidth += columnPoints(width(c));
  const landscape = print.orientation === "landscape";
  const pageWidth = (landscape ? A4_PT.long : A4_PT.short) - 2 * MARGIN_PT.sides;
  const pageHeight = (landscape ? A4_PT.short : A4_PT.long) - 2 * MARGIN_PT.topBottom;
  const scale = Math.min(1, pageWidth / sheetWidth);
  const heights = new Map((plan.rowHeights ?? []).map((r) => [r.row, r.height]));
  const rowsHeight = (from: number, to: number) => {
    let h = 0;
    for (let r = from; r <= to; r++) h += heights.get(r) ?? DEFAULT_ROW_PT;
    return h * scale;
  };
  const titles = print.titleRows ? rowsHeight(print.titleRows.top, print.titleRows.bottom) : 0;
  const room = pageHeight * SPARE;
  const starts = [...new Set(blocks)].sort((a, b) => a - b);
  const breaks: number[] = [];
  let used = 0;
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : last.row;
    const h = rowsHeight(start, end);
    if (used > 0 && used + h > room) {
      breaks.push(start);
      // the new page starts with the repeated title rows (unless the block itself holds them)
      const repeats = print.titleRows && print.titleRows.top < start ? titles : 0;
      used = (repeats + h) % room;
    } else used += h;
  });
  return breaks;
}
