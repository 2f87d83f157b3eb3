/**
 * The fake workbook itself: plain objects, no proxies, no load/sync. Tests and the preview page seed
 * and inspect it directly (`workbook.sheet("Паспорт").setCell("C11", {...})`, `workbook.dump()`);
 * the proxy layer (objects/) reads and writes it only while a context.sync() runs.
 */
import { formatCell, parseCell, type RangeRef } from "../core/address";
import type { CellValue } from "../core/workbook";
import { FakeOfficeError } from "./errors";
import { validateSheetName } from "./limits";
export { validateSheetName };
import { cloneCell, hasContent, hasFormat } from "./cellState";
export { cloneCell, hasContent, hasFormat };
import { dumpChart, type FakeSheetDump, type FakeWorkbookDump } from "./dump";
export { diffDumps } from "./dump";
export type { FakeChartDump, FakeSheetDump, FakeWorkbookDump } from "./dump";
import { MAX_COLS, MAX_ROWS, colsOf, excelSheetPrefix, formatLocal, inside, intersects, parseLocal, rowsOf, sameRef, splitSheet } from "./a1";

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";
export type FakeEdge = "top" | "bottom" | "left" | "right";

export interface FakeFont {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  color?: string;
  size?: number;
  name?: string;
}

export interface FakeBorder {
  /** "Continuous", "Dash", … as Excel.BorderLineStyle; "None" is stored as no border. */
  style: string;
  weight?: string;
  color?: string;
}

/** One cell. Every field is optional; a cell with no field is not stored. */
export interface FakeCell {
  /** A constant, or the cached result of a formula when seeded with one. */
  value?: CellValue;
  /** "=SUM(A1:A3)"; stored as text, never evaluated. */
  formula?: string;
  /** The cell was written with a leading apostrophe (text kept as text). */
  quotePrefix?: boolean;
  /** Absent means "General". */
  numberFormat?: string;
  /** "#RRGGBB"; absent means no fill. */
  fill?: string;
  font?: FakeFont;
  wrap?: boolean;
  /** Excel.HorizontalAlignment ("Left", "Center", …); absent means "General". */
  hAlign?: string;
  /** Excel.VerticalAlignment ("Top", "Center", …); absent means "Bottom". */
  vAlign?: string;
  borders?: Partial<Record<FakeEdge, FakeBorder>>;
  /** The cell's note (ExcelApi 1.18 notes, the old "comments"). */
  note?: string;
  /** A threaded comment's text (ExcelApi 1.10 comments): a cell has a note or a threaded comment, never both. */
  comment?: string;
}

/** What `setCell` takes: a cell, or a bare value. `bold`, `italic`, `fontColor`, `fontSize` are shortcuts for `font`. */
export type FakeCellInput = CellValue | (FakeCell & { bold?: boolean; italic?: boolean; fontColor?: string; fontSize?: number });

export interface FakeValidation {
  ref: RangeRef;
  /** The rule as Office takes it: { list: { inCellDropDown, source } }, { wholeNumber: { formula1, operator } }, … or null (prompt only). */
  rule: Record<string, unknown> | null;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks: boolean;
}

export interface FakeConditionalFormat {
  id: string;
  ref: RangeRef;
  /** "Custom" for a formula rule; other types are recorded but carry no rule. */
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue?: boolean;
}

export interface FakeName {
  name: string;
  /** "=Sheet1!$A$1:$B$2", "=\"text\"", "=42" */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  ref: RangeRef;
  style: string;
  showHeaders: boolean;
}

/** A series of a chart: where its values and category labels come from (null when not set, e.g. a series just added). */
export interface FakeChartSeries {
  name: string;
  values: { sheet: FakeSheet; ref: RangeRef } | null;
  categories: { sheet: FakeSheet; ref: RangeRef } | null;
}

/** A chart on a worksheet (Excel.Chart): only what the fake models — name, type, title, series, position. */
export interface FakeChart {
  id: string;
  /** Excel allows two charts of one name (getItem gives the first). */
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered" */
  type: string;
  title: string;
  titleVisible: boolean;
  series: FakeChartSeries[];
  /** The cells it covers after setPosition(start, end); null while it sits where add() put it. */
  anchor: RangeRef | null;
  /** points from the sheet's top-left corner, and size in points */
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Size of a new chart in Excel: 5 × 3 inches. */
export const DEFAULT_CHART_SIZE_PT = { width: 360, height: 216 };

export interface FakePageLayout {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  /** "$1:$3" or null */
  printTitleRows: string | null;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** header and footer texts by part (leftHeader …), set through headersFooters.defaultForAllPages (objects/print.ts) */
  headersFooters?: Partial<Record<"leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter", string>>;
  /** manual row breaks: rows (0-based) that start a printed page */
  rowBreaks?: number[];
}

/** Column width Excel uses when none is set: 8.43 characters = 64 px = 48 pt. */
export const DEFAULT_COLUMN_WIDTH_PT = 48;
export const DEFAULT_ROW_HEIGHT_PT = 15;
const DEFAULT_FONT: Required<FakeFont> = { bold: false, italic: false, color: "#000000", size: 11, name: "Calibri" };
export { DEFAULT_FONT };

const key = (row: number, col: number) => row * MAX_COLS + col;

export class FakeSheet {
  readonly id: string;
  name: string;
  visibility: FakeVisibility = "Visible";
  protected = false;
  /** "" when none */
  tabColor = "";
  freeze = { rows: 0, cols: 0 };
  pageLayout: FakePageLayout = { orientation: "Portrait", paperSize: "Letter", printTitleRows: null, zoom: { scale: 100 } };
  readonly cells = new Map<number, FakeCell>();
  merges: RangeRef[] = [];
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  /** points */
  readonly columnWidths = new Map<number, number>();
  /** points */
  readonly rowHeights = new Map<number, number>();
  /** Sheet-scoped defined names. */
  names: FakeName[] = [];
  /** Charts in the order they were added. */
  charts: FakeChart[] = [];

  constructor(
    readonly workbook: FakeWorkbook,
    id: string,
    name: string,
  ) {
    this.id = id;
    this.name = name;
  }

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  // ---- seeding and inspection (no proxies) ----------------------------------------------

  /** Seeds one cell: a value ("=…" text is a formula) or fields. Replaces the fields given; leaves the others. */
  setCell(a1: string, input: FakeCellInput): this {
    const { row, col } = parseCell(a1);
    if (input === null || typeof input !== "object") {
      if (typeof input === "string" && input.length > 1 && input.startsWith("=")) this.patchCell(row, col, { formula: input, value: undefined });
      else this.patchCell(row, col, { value: input ?? undefined, formula: undefined });
      return this;
    }
    const { bold, italic, fontColor, fontSize, ...rest } = input as FakeCell & { bold?: boolean; italic?: boolean; fontColor?: string; fontSize?: number };
    const patch: FakeCell = { ...rest };
    if (bold !== undefined || italic !== undefined || fontColor !== undefined || fontSize !== undefined) {
      patch.font = { ...(this.getCell(row, col)?.font ?? {}), ...(rest.font ?? {}) };
      if (bold !== undefined) patch.font.bold = bold;
      if (italic !== undefined) patch.font.italic = italic;
      if (fontColor !== undefined) patch.font.color = fontColor;
      if (fontSize !== undefined) patch.font.size = fontSize;
    }
    if (typeof patch.formula === "string" && !patch.formula.startsWith("=")) patch.formula = `=${patch.formula}`;
    this.patchCell(row, col, patch);
    return this;
  }

  /** Seeds a block of values (or formulas: strings starting with "=") from the top-left cell. */
  setValues(topLeft: string, rows: CellValue[][]): this {
    const { row, col } = parseCell(topLeft);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v === "string" && v.length > 1 && v.startsWith("=")) this.patchCell(row + i, col + j, { formula: v, value: undefined });
        else this.patchCell(row + i, col + j, { value: v === null ? undefined : v, formula: undefined });
      }),
    );
    return this;
  }

  /** The stored cell (a copy), or undefined when the cell is empty and unformatted. */
  cell(a1: string): FakeCell | undefined {
    const { row, col } = parseCell(a1);
    const c = this.getCell(row, col);
    return c ? cloneCell(c) : undefined;
  }

  merge(address: string): this {
    const r = parseLocal(address);
    if (!r) throw new RangeError(`not a range: ${address}`);
    this.addMerge(r, false);
    return this;
  }

  setColumnWidth(col: number | string, points: number): this {
    const c = typeof col === "number" ? col : parseCell(`${col}1`).col;
    this.columnWidths.set(c, points);
    return this;
  }

  // ---- internal cell access -------------------------------------------------------------

  getCell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Applies a patch (undefined fields are deleted) and drops the cell when nothing is left. */
  patchCell(row: number, col: number, patch: Partial<FakeCell>): void {
    const k = key(row, col);
    const cell: FakeCell = { ...(this.cells.get(k) ?? {}) };
    for (const [f, v] of Object.entries(patch) as [keyof FakeCell, unknown][]) {
      if (v === undefined) delete cell[f];
      else (cell as Record<string, unknown>)[f] = v;
    }
    if (cell.font && Object.keys(cell.font).length === 0) delete cell.font;
    if (cell.borders && Object.keys(cell.borders).length === 0) delete cell.borders;
    if (Object.keys(cell).length === 0) this.cells.delete(k);
    else this.cells.set(k, cell);
  }

  /** Calls fn for every stored cell inside r (not for empty cells). */
  forEachStored(r: RangeRef, fn: (row: number, col: number, cell: FakeCell) => void): void {
    const area = rowsOf(r) * colsOf(r);
    if (area <= this.cells.size * 2) {
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const c = this.cells.get(key(row, col));
          if (c) fn(row, col, c);
        }
      return;
    }
    for (const [k, c] of this.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) fn(row, col, c);
    }
  }

  /** The smallest rectangle holding every value (valuesOnly) or every stored cell; null when none. */
  usedRef(valuesOnly: boolean): RangeRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      if (valuesOnly && !hasContent(c)) continue;
      if (!valuesOnly && !hasContent(c) && !hasFormat(c)) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  addMerge(r: RangeRef, across: boolean): void {
    const areas: RangeRef[] = across ? Array.from({ length: rowsOf(r) }, (_, i) => ({ top: r.top + i, bottom: r.top + i, left: r.left, right: r.right })) : [r];
    for (const a of areas) {
      if (rowsOf(a) * colsOf(a) < 2) continue;
      this.merges = this.merges.filter((m) => !intersects(m, a));
      this.merges.push(a);
      // Excel keeps only the top-left value of a merged area.
      this.forEachStored(a, (row, col) => {
        if (row !== a.top || col !== a.left) this.patchCell(row, col, { value: undefined, formula: undefined, quotePrefix: undefined });
      });
    }
  }

  unmerge(r: RangeRef): void {
    this.merges = this.merges.filter((m) => !intersects(m, r));
  }

  /** Plain, JSON-safe picture of the sheet for assertions (cells keyed by A1, row by row). */
  dump(): FakeSheetDump {
    const keys = [...this.cells.keys()].sort((a, b) => a - b);
    const cells: Record<string, FakeCell> = {};
    for (const k of keys) cells[formatCell({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS })] = cloneCell(this.cells.get(k)!);
    const widths: Record<string, number> = {};
    [...this.columnWidths.keys()].sort((a, b) => a - b).forEach((c) => (widths[formatCell({ row: 0, col: c }).replace(/\d+$/, "")] = this.columnWidths.get(c)!));
    const heights: Record<string, number> = {};
    [...this.rowHeights.keys()].sort((a, b) => a - b).forEach((r) => (heights[String(r + 1)] = this.rowHeights.get(r)!));
    return {
      name: this.name,
      visibility: this.visibility,
      protected: this.protected,
      tabColor: this.tabColor,
      freeze: { ...this.freeze },
      pageLayout: JSON.parse(JSON.stringify(this.pageLayout)),
      cells,
      merges: this.merges.map((m) => formatLocal(m)),
      validations: this.validations.map((v) => ({
        address: formatLocal(v.ref),
        rule: v.rule ? JSON.parse(JSON.stringify(v.rule)) : null,
        ...(v.prompt ? { prompt: { ...v.prompt } } : {}),
        ...(v.errorAlert ? { errorAlert: { ...v.errorAlert } } : {}),
      })),
      conditionalFormats: this.conditionalFormats.map(({ id: _id, ref, ...rest }) => ({ address: formatLocal(ref), ...rest })),
      columnWidths: widths,
      rowHeights: heights,
      names: this.names.map((n) => ({ ...n })),
      // only when there are some: dumps of sheets without charts keep their shape
      ...(this.charts.length ? { charts: this.charts.map(dumpChart) } : {}),
    };
  }

  /** Points from the sheet's left edge to column `col`, and from its top edge to row `row` (default sizes unless set). */
  offsetOf(row: number, col: number): { top: number; left: number } {
    let left = 0;
    for (let c = 0; c < col; c++) left += this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT;
    let top = 0;
    for (let r = 0; r < row; r++) top += this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT;
    return { top, left };
  }
}

/** Seed data for createFakeExcel / new FakeWorkbook. */
export interface FakeWorkbookData {
  sheets?: {
    name: string;
    visibility?: FakeVisibility;
    protected?: boolean;
    tabColor?: string;
    /** A1 → cell or value */
    cells?: Record<string, FakeCellInput>;
    /** "A1:C1", … */
    merges?: string[];
    /** letter → points */
    columnWidths?: Record<string, number>;
    names?: { name: string; formula: string; comment?: string }[];
  }[];
  names?: { name: string; formula: string; comment?: string; visible?: boolean }[];
  /** Name of the active sheet; the first visible one by default. */
  activeSheet?: string;
  /** Workbook structure protection (Review › Protect Workbook): no sheet may be added, hidden, shown or deleted. */
  protectedStructure?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: FakeTable[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; ref: RangeRef } | null = null;
  /** Workbook structure protection (workbook.protection, ExcelApi 1.7). */
  structureProtected = false;
  private nextId = 1;

  constructor(data?: FakeWorkbookData) {
    for (const s of data?.sheets ?? []) {
      const sheet = this.addSheet(s.name);
      if (s.visibility) sheet.visibility = s.visibility;
      if (s.protected) sheet.protected = true;
      if (s.tabColor) sheet.tabColor = s.tabColor;
      for (const [a1, c] of Object.entries(s.cells ?? {})) sheet.setCell(a1, c);
      for (const m of s.merges ?? []) sheet.merge(m);
      for (const [col, w] of Object.entries(s.columnWidths ?? {})) sheet.setColumnWidth(col, w);
      for (const n of s.names ?? []) sheet.names.push({ name: n.name, formula: n.formula, comment: n.comment ?? "", visible: true });
    }
    for (const n of data?.names ?? []) this.names.push({ name: n.name, formula: n.formula, comment: n.comment ?? "", visible: n.visible ?? true });
    const active = data?.activeSheet ? this.findSheet(data.activeSheet) : this.sheets.find((s) => s.visibility === "Visible");
    this.activeSheetId = active?.id ?? null;
    this.structureProtected = data?.protectedStructure === true;
    if (active) this.selection = { sheetId: active.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  /** Case-insensitive, as Excel compares sheet names. */
  findSheet(name: string): FakeSheet | undefined {
    const n = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === n);
  }

  /** The sheet of that name; throws (a plain Error, not an Office error) when there is none. */
  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`fake workbook has no sheet "${name}" (sheets: ${this.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Adds a sheet at the end (seeding). Throws FakeOfficeError like worksheets.add does. */
  addSheet(name: string): FakeSheet {
    validateSheetName(name);
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", { errorLocation: "WorksheetCollection.add" });
    const s = new FakeSheet(this, this.newId("{sheet-"), name);
    this.sheets.push(s);
    if (!this.activeSheetId) {
      this.activeSheetId = s.id;
      this.selection = { sheetId: s.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    return s;
  }

  get activeSheet(): FakeSheet | undefined {
    return this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
  }

  /** Looks a defined name up: a sheet-scoped one on `scope` first, then a workbook one. */
  findName(name: string, scope?: FakeSheet): FakeName | undefined {
    const n = name.toLocaleLowerCase();
    return scope?.names.find((x) => x.name.toLocaleLowerCase() === n) ?? this.names.find((x) => x.name.toLocaleLowerCase() === n);
  }

  findTable(name: string): FakeTable | undefined {
    const n = name.toLocaleLowerCase();
    return this.tables.find((t) => t.name.toLocaleLowerCase() === n);
  }

  /** Resolves a name's formula to a sheet and a rectangle, or null when it is not a single range. */
  nameTarget(n: FakeName): { sheet: FakeSheet; ref: RangeRef } | null {
    const f = n.formula.replace(/^=/, "");
    if (f.includes(",")) return null;
    const { sheet, local } = splitSheet(f);
    if (!sheet) return null;
    const s = this.findSheet(sheet);
    const ref = parseLocal(local);
    return s && ref ? { sheet: s, ref } : null;
  }

  dump(): FakeWorkbookDump {
    const sel = this.selection ? this.sheetById(this.selection.sheetId) : undefined;
    return {
      sheets: this.sheets.map((s) => s.dump()),
      names: this.names.map((n) => ({ ...n })),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: formatLocal(t.ref), style: t.style, showHeaders: t.showHeaders })),
      activeSheet: this.activeSheet?.name ?? null,
      selection: sel && this.selection ? `${excelSheetPrefix(sel.name)}!${formatLocal(this.selection.ref)}` : null,
    };
  }
}

/** A whole-sheet rectangle. */
export const WHOLE_SHEET: RangeRef = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export { inside, intersects, sameRef };

export { MAX_ROWS, MAX_COLS };
