/**
 * One plain picture of a workbook for comparing the two adapters: what the Office path left in the fake
 * workbook (its dump) and what the xlsx path wrote into a file (read with ExcelJS). Only what is
 * legitimately representational is normalised: formulas with or without "=" and _xlfn. prefixes, dates the
 * file gives back as serials, a name's sheet quoting, "any number" / "any date" validation bounds each adapter
 * spells its own way, border edges shared by neighbours, the default font, alignment spellings.
 */
import ExcelJS from "exceljs";
import { formatRange, parseRange } from "../../src/core/address";
import { fromFileFormula, loadWorkbook, plainValue, snapshotWorkbook } from "../../src/adapters/xlsx";
import { charsToPoints } from "../../src/adapters/office/apply";
import type { FakeCell, FakeWorkbookDump } from "../../src/fake-excel";
import type { CellValue } from "../../src/core/workbook";

export interface SheetModel {
  /** A1 → the cell's content and format as one canonical JSON text; cells with nothing to say are left out. */
  cells: Record<string, string>;
  merges: string[];
  /** "A1:B3 list =PO_List_Units_ru warning | title | message", sorted */
  validations: string[];
  /** "A1:B3 =AND(...) fill=#C6EFCE font=#006100 bold", in order of priority */
  conditionalFormats: string[];
  freeze: string;
  visibility: string;
  tabColor: string;
  /** column letter → width in points, as Office gives it */
  columnWidths: Record<string, number>;
  print: string;
}

export interface WorkbookModel {
  sheets: Record<string, SheetModel>;
  /** name → "Sheet!A1:B2" (the sheet unquoted, the range without "$") */
  names: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Shared normalisation

interface CellPicture {
  v?: CellValue;
  f?: string;
  nf?: string;
  bold?: true;
  italic?: true;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: true;
  h?: string;
  va?: string;
  border?: string;
}

/** Numbers to 12 significant digits: dates read back from a file are serials computed from a Date. */
function num(v: CellValue): CellValue {
  return typeof v === "number" ? Number(v.toPrecision(12)) : v;
}

export function formulaText(f: string): string {
  return fromFileFormula(f.replace(/^=/, "")).slice(1);
}

function hex(c: string | undefined): string | undefined {
  if (!c) return undefined;
  const h = c.replace(/^#/, "").toUpperCase();
  return `#${h.length === 8 ? h.slice(2) : h}`;
}

function picture(p: CellPicture): string | null {
  const clean: Record<string, unknown> = {};
  for (const k of Object.keys(p).sort()) {
    const v = (p as Record<string, unknown>)[k];
    if (v !== undefined) clean[k] = v;
  }
  return Object.keys(clean).length ? JSON.stringify(clean) : null;
}

const DEFAULT_FONT_SIZE = 11;
const DEFAULT_FONT_COLOR = "#000000";

function fontParts(bold: boolean | undefined, italic: boolean | undefined, size: number | undefined, color: string | undefined): Partial<CellPicture> {
  const c = hex(color);
  return {
    bold: bold ? true : undefined,
    italic: italic ? true : undefined,
    size: size !== undefined && size !== DEFAULT_FONT_SIZE ? size : undefined,
    color: c && c !== DEFAULT_FONT_COLOR ? c : undefined,
  };
}

function align(h: string | undefined, v: string | undefined): Partial<CellPicture> {
  const hl = h?.toLowerCase();
  let vl = v?.toLowerCase();
  if (vl === "middle") vl = "center";
  return { h: hl && hl !== "general" ? hl : undefined, va: vl && vl !== "bottom" ? vl : undefined };
}

/**
 * Borders as edges of each cell, with an edge shared by two neighbours counted on both: Office reports the
 * top of A2 when the bottom of A1 was set, a file stores each cell's own edges.
 */
function shareEdges(edges: Map<string, Set<string>>): Map<string, string> {
  const all = new Map<string, Set<string>>();
  const add = (row: number, col: number, e: string) => {
    if (row < 0 || col < 0) return;
    const k = `${row},${col}`;
    const s = all.get(k) ?? new Set<string>();
    s.add(e);
    all.set(k, s);
  };
  for (const [k, set] of edges) {
    const [row, col] = k.split(",").map(Number);
    for (const e of set) {
      add(row, col, e);
      if (e === "top") add(row - 1, col, "bottom");
      if (e === "bottom") add(row + 1, col, "top");
      if (e === "left") add(row, col - 1, "right");
      if (e === "right") add(row, col + 1, "left");
    }
  }
  const out = new Map<string, string>();
  for (const [k, s] of all) out.set(k, [...s].sort().join(","));
  return out;
}

function a1(row: number, col: number): string {
  return formatRange({ top: row, left: col, bottom: row, right: col });
}

/** "=Паспорт!$C$8" and "='Паспорт'!$C$8" → "Паспорт!C8"; a name that is not one range keeps its text. */
function nameTarget(formula: string): string {
  try {
    const r = parseRange(formula.replace(/^=/, "").replace(/\$/g, ""));
    return r.sheet === undefined ? `? ${formula}` : `${r.sheet}!${formatRange(r)}`;
  } catch {
    return `? ${formula}`;
  }
}

/** "any number": each adapter writes its own huge bounds for a rule without them. */
function bound(v: unknown): string {
  if (v === undefined || v === null || v === "") return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const n = Number(v);
  if (Number.isFinite(n)) return Math.abs(n) >= 1e15 || Math.abs(n) >= 2147483647 ? "" : String(n);
  return String(v);
}

function validationText(ref: string, kind: string, detail: string, strict: boolean, prompt: string, error: string): string {
  return `${ref} ${kind} ${detail} ${strict ? "stop" : "warning"} | ${prompt} | ${error}`;
}

// ---------------------------------------------------------------------------------------------
// The Office path: the fake workbook's dump

const FAKE_OPERATORS: Record<string, string> = {
  Between: "between",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

export function modelOfFake(dump: FakeWorkbookDump, only?: (sheet: string) => boolean): WorkbookModel {
  const sheets: Record<string, SheetModel> = {};
  for (const s of dump.sheets) {
    if (only && !only(s.name)) continue;
    const cells: Record<string, string> = {};
    const edges = new Map<string, Set<string>>();
    for (const [addr, c] of Object.entries(s.cells) as [string, FakeCell][]) {
      const r = parseRange(addr);
      if (c.borders) edges.set(`${r.top},${r.left}`, new Set(Object.keys(c.borders)));
    }
    const shared = shareEdges(edges);
    const keys = new Set([...Object.keys(s.cells), ...[...shared.keys()].map((k) => a1(Number(k.split(",")[0]), Number(k.split(",")[1])))]);
    for (const addr of keys) {
      const c: FakeCell = s.cells[addr] ?? {};
      const r = parseRange(addr);
      const p: CellPicture = {
        f: c.formula !== undefined ? formulaText(c.formula) : undefined,
        v: c.formula === undefined && c.value !== undefined && c.value !== null && c.value !== "" ? num(c.value) : undefined,
        nf: c.numberFormat && c.numberFormat !== "General" ? c.numberFormat : undefined,
        ...fontParts(c.font?.bold, c.font?.italic, c.font?.size, c.font?.color),
        fill: hex(c.fill),
        wrap: c.wrap ? true : undefined,
        ...align(c.hAlign, c.vAlign),
        border: shared.get(`${r.top},${r.left}`),
      };
      const text = picture(p);
      if (text) cells[addr] = text;
    }
    const validations = s.validations.map((v) => {
      const rule = (v.rule ?? {}) as Record<string, Record<string, unknown>>;
      const [kind] = Object.keys(rule);
      const body = rule[kind] ?? {};
      let detail = "";
      if (kind === "list") detail = formulaText(String(body.source));
      else if (kind === "date") detail = body.formula1 === "1900-01-01" && body.operator === "GreaterThanOrEqualTo" ? "any" : JSON.stringify(body);
      else detail = `${FAKE_OPERATORS[String(body.operator)] ?? body.operator} ${bound(body.formula1)} ${bound(body.formula2)}`.trim();
      const strict = (v.errorAlert as { style?: string } | undefined)?.style !== "Warning";
      const pr = v.prompt as { showPrompt?: boolean; title?: string; message?: string } | undefined;
      const er = v.errorAlert as { title?: string; message?: string } | undefined;
      return validationText(
        v.address,
        kind === "wholeNumber" ? "whole" : kind,
        detail,
        strict,
        pr?.showPrompt ? `${pr.title ?? ""} / ${pr.message ?? ""}` : "",
        `${er?.title ?? ""} / ${er?.message ?? ""}`,
      );
    });
    const conditionalFormats = s.conditionalFormats.map((cf) =>
      [cf.address, `=${formulaText(cf.formula)}`, cf.fill ? `fill=${hex(cf.fill)}` : "", cf.fontColor ? `font=${hex(cf.fontColor)}` : "", cf.bold ? "bold" : ""].filter(Boolean).join(" "),
    );
    const widths: Record<string, number> = {};
    for (const [col, w] of Object.entries(s.columnWidths)) widths[col] = w;
    const pl = s.pageLayout;
    sheets[s.name] = {
      cells,
      merges: [...s.merges].sort(),
      validations: validations.sort(),
      conditionalFormats,
      freeze: `${s.freeze.rows},${s.freeze.cols}`,
      visibility: s.visibility.toLowerCase(),
      tabColor: hex(s.tabColor) ?? "",
      columnWidths: widths,
      print: printText(pl.orientation.toLowerCase(), pl.paperSize, pl.zoom.horizontalFitToPages === 1 && pl.zoom.verticalFitToPages === 0, pl.printTitleRows?.replace(/\$/g, "") ?? ""),
    };
  }
  const names: Record<string, string> = {};
  for (const n of dump.names) names[n.name] = nameTarget(n.formula);
  return { sheets, names };
}

function printText(orientation: string, paper: string, fitToWidth: boolean, titleRows: string): string {
  return `${orientation} ${paper}${fitToWidth ? " fit-to-width" : ""}${titleRows ? ` titles ${titleRows}` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// The xlsx path: the file, read with ExcelJS

interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}

const PAPER: Record<number, string> = { 9: "A4", 1: "Letter", 8: "A3" };

export async function modelOfXlsx(file: string | Buffer, only?: (sheet: string) => boolean): Promise<WorkbookModel> {
  const wb = await loadWorkbook(file);
  const sheets: Record<string, SheetModel> = {};
  for (const ws of wb.worksheets) {
    if (only && !only(ws.name)) continue;
    const pics = new Map<string, CellPicture>();
    const edges = new Map<string, Set<string>>();
    const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows ?? [];
    rows.forEach((row, r) => {
      if (!row) return;
      (row as unknown as RowInternals)._cells.forEach((cell, c) => {
        if (!cell) return;
        const st = cell.style ?? {};
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        const isMerge = cell.type === ExcelJS.ValueType.Merge;
        const value = isFormula || isMerge ? "" : plainValue(cell.value);
        const fill = st.fill && st.fill.type === "pattern" && st.fill.pattern === "solid" ? hex((st.fill.fgColor as { argb?: string } | undefined)?.argb) : undefined;
        const border = st.border ?? {};
        const set = new Set((["top", "bottom", "left", "right"] as const).filter((e) => border[e]?.style));
        if (set.size) edges.set(`${r},${c}`, set);
        pics.set(`${r},${c}`, {
          f: isFormula && cell.formula ? formulaText(cell.formula) : undefined,
          v: value !== "" && value !== null ? num(value) : undefined,
          nf: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
          ...fontParts(st.font?.bold, st.font?.italic, st.font?.size, (st.font?.color as { argb?: string } | undefined)?.argb),
          fill,
          wrap: st.alignment?.wrapText ? true : undefined,
          ...align(st.alignment?.horizontal, st.alignment?.vertical),
        });
      });
    });
    const shared = shareEdges(edges);
    const cells: Record<string, string> = {};
    for (const k of new Set([...pics.keys(), ...shared.keys()])) {
      const [r, c] = k.split(",").map(Number);
      const text = picture({ ...(pics.get(k) ?? {}), border: shared.get(k) });
      if (text) cells[a1(r, c)] = text;
    }

    const merges = Object.values((ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {}).map(({ model: m }) =>
      formatRange({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }),
    );

    const dvModel = (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations.model;
    const validations = Object.entries(dvModel)
      .filter(([, dv]) => dv)
      .map(([addr, dv]) => {
        const formulae = (dv.formulae as unknown[] | undefined) ?? [];
        let detail: string;
        if (dv.type === "list") detail = formulaText(String(formulae[0]));
        else if (dv.type === "date") {
          const [lo, hi] = formulae.map((f) => (f instanceof Date ? f.getTime() : Number(f)));
          detail = dv.operator === "between" && lo <= Date.UTC(1900, 0, 1) && hi >= Date.UTC(9999, 11, 31) ? "any" : JSON.stringify(dv);
        } else detail = `${dv.operator ?? "between"} ${bound(formulae[0])} ${bound(formulae[1])}`.trim();
        return validationText(
          formatRange(parseRange(addr)),
          String(dv.type),
          detail,
          (dv.errorStyle ?? "stop") === "stop",
          dv.showInputMessage ? `${dv.promptTitle ?? ""} / ${dv.prompt ?? ""}` : "",
          `${dv.errorTitle ?? ""} / ${dv.error ?? ""}`,
        );
      });

    const cfs = ((ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? []).flatMap((cf) =>
      cf.rules.map((rule) => ({ ref: cf.ref, rule })),
    );
    cfs.sort((a, b) => Number(a.rule.priority ?? 0) - Number(b.rule.priority ?? 0));
    const conditionalFormats = cfs.map(({ ref, rule }) => {
      const style = (rule.style ?? {}) as Partial<ExcelJS.Style>;
      const fill = style.fill && style.fill.type === "pattern" ? hex((style.fill.bgColor as { argb?: string } | undefined)?.argb) : undefined;
      const font = hex((style.font?.color as { argb?: string } | undefined)?.argb);
      const formula = ((rule.formulae as string[] | undefined) ?? [])[0] ?? "";
      return [
        ref
          .split(/\s+/)
          .map((a) => formatRange(parseRange(a)))
          .join(" "),
        `=${formulaText(formula)}`,
        fill ? `fill=${fill}` : "",
        font ? `font=${font}` : "",
        style.font?.bold ? "bold" : "",
      ]
        .filter(Boolean)
        .join(" ");
    });

    const view = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetViewFrozen>;
    const frozen = view.state === "frozen";
    const widths: Record<string, number> = {};
    const cols = (ws as unknown as { _columns?: (ExcelJS.Column | undefined)[] })._columns ?? [];
    cols.forEach((col, i) => {
      if (col?.width !== undefined) widths[a1(0, i).replace(/\d+$/, "")] = charsToPoints(col.width);
    });
    const ps = ws.pageSetup ?? {};
    const fit = !!ps.fitToPage && ps.fitToWidth === 1 && ps.fitToHeight === 0;
    const titles = (ps.printTitlesRow ?? "").replace(/\$/g, "");
    sheets[ws.name] = {
      cells,
      merges: merges.sort(),
      validations: validations.sort(),
      conditionalFormats,
      freeze: frozen ? `${view.ySplit ?? 0},${view.xSplit ?? 0}` : "0,0",
      visibility: ws.state === "hidden" ? "hidden" : ws.state === "veryHidden" ? "veryhidden" : "visible",
      tabColor: hex((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? "",
      columnWidths: widths,
      print: printText(ps.orientation ?? "portrait", PAPER[ps.paperSize ?? 1] ?? String(ps.paperSize), fit, titles),
    };
  }
  // The names as stored in xl/workbook.xml (the adapter's reader parses them into sheet + range).
  const names: Record<string, string> = {};
  for (const n of snapshotWorkbook(wb, { formulas: false, numberFormats: false }).names) {
    names[n.name] = n.sheet !== undefined && n.ref ? `${n.sheet}!${formatRange(n.ref)}` : `? ${n.formula}`;
  }
  return { sheets, names };
}

// ---------------------------------------------------------------------------------------------
// Differences

/** Every difference, one line each: "Паспорт!C5: xlsx {…} ≠ office {…}". Empty when the two agree. */
export function diffModels(xlsx: WorkbookModel, office: WorkbookModel, labels: [string, string] = ["xlsx", "office"]): string[] {
  const [la, lb] = labels;
  const out: string[] = [];
  const keys = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const sheet of keys(xlsx.sheets, office.sheets)) {
    const a = xlsx.sheets[sheet];
    const b = office.sheets[sheet];
    if (!a || !b) {
      out.push(`sheet «${sheet}»: ${a ? "" : `missing in ${la}`}${b ? "" : `missing in ${lb}`}`);
      continue;
    }
    for (const addr of keys(a.cells, b.cells)) {
      if (a.cells[addr] !== b.cells[addr]) out.push(`${sheet}!${addr}: ${la} ${a.cells[addr] ?? "(empty)"} ≠ ${lb} ${b.cells[addr] ?? "(empty)"}`);
    }
    for (const k of ["merges", "validations", "conditionalFormats"] as const) {
      const x = a[k];
      const y = b[k];
      if (JSON.stringify(x) === JSON.stringify(y)) continue;
      const onlyA = x.filter((e) => !y.includes(e));
      const onlyB = y.filter((e) => !x.includes(e));
      if (onlyA.length === 0 && onlyB.length === 0) out.push(`${sheet} ${k}: same entries in another order`);
      for (const e of onlyA) out.push(`${sheet} ${k}: only in ${la}: ${e}`);
      for (const e of onlyB) out.push(`${sheet} ${k}: only in ${lb}: ${e}`);
    }
    for (const k of ["freeze", "visibility", "tabColor", "print"] as const) {
      if (a[k] !== b[k]) out.push(`${sheet} ${k}: ${la} ${a[k]} ≠ ${lb} ${b[k]}`);
    }
    for (const col of keys(a.columnWidths, b.columnWidths)) {
      const x = a.columnWidths[col];
      const y = b.columnWidths[col];
      if (x === undefined || y === undefined || Math.abs(x - y) > 0.01) out.push(`${sheet} width of ${col}: ${la} ${x ?? "-"} ≠ ${lb} ${y ?? "-"}`);
    }
  }
  for (const n of keys(xlsx.names, office.names)) {
    if (xlsx.names[n] !== office.names[n]) out.push(`name ${n}: ${la} ${xlsx.names[n] ?? "(none)"} ≠ ${lb} ${office.names[n] ?? "(none)"}`);
  }
  return out;
}
