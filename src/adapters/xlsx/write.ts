/**
 * SheetPlans → ExcelJS workbook → .xlsx (Node only).
 *
 * Every plan is checked before anything changes: a plan that would create a sheet that exists, or
 * write to a sheet that does not, or that is malformed, is refused with XlsxWriteError and the
 * workbook (and the file) stay as they were. Within one plan the order is: create the sheet, column
 * widths, values and formulas, merges, range styles, cell styles (the more specific wins), names,
 * tables, data validations, cleared then new conditional formats, freeze panes, print setup,
 * visibility, tab colour.
 */
import { promises as fsp } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { formatCell, formatRange, parseRange, sheetRange, type RangeRef } from "../../core/address";
import type { Text } from "../../core/i18n";
import type { CellStyle, ConditionalFormatWrite, SheetPlan, TableWrite, ValidationWrite } from "../../core/workbook";
import { XlsxWriteError } from "./errors";
import { toFileFormula } from "./formulas";
import { installNameLayer, workbookScopedNames } from "./names";
import { loadWorkbook } from "./read";
import { ZipArchive } from "./zip";

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

// ---------------------------------------------------------------------------------------------
// Checks

function bad(ru: string, en: string): XlsxWriteError {
  return new XlsxWriteError("badPlan", { ru: `План записи некорректен: ${ru}`, en: `The write plan is invalid: ${en}` });
}

function checkRef(r: RangeRef, where: string): void {
  const ok =
    [r.top, r.left, r.bottom, r.right].every((n) => Number.isInteger(n) && n >= 0) &&
    r.bottom < MAX_ROWS &&
    r.right < MAX_COLS &&
    r.top <= r.bottom &&
    r.left <= r.right;
  if (!ok) throw bad(`неверный диапазон в ${where}: ${JSON.stringify(r)}`, `bad range in ${where}: ${JSON.stringify(r)}`);
}

function checkColor(c: string | undefined, where: string): void {
  if (c !== undefined && !/^#?[0-9A-Fa-f]{6}$/.test(c)) throw bad(`цвет «${c}» в ${where} не в виде #RRGGBB`, `colour "${c}" in ${where} is not #RRGGBB`);
}

function checkStyle(s: CellStyle | undefined, where: string): void {
  if (!s) return;
  checkColor(s.fill, where);
  checkColor(s.fontColor, where);
  if (s.fontSize !== undefined && !(s.fontSize > 0 && s.fontSize <= 409)) throw bad(`размер шрифта ${s.fontSize} в ${where}`, `font size ${s.fontSize} in ${where}`);
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function sheetNameProblem(name: string): Text | null {
  if (name.trim() === "") return { ru: "имя листа пустое", en: "the sheet name is empty" };
  if (name.length > 31) return { ru: `имя листа «${name}» длиннее 31 знака`, en: `the sheet name "${name}" is longer than 31 characters` };
  if (SHEET_NAME_FORBIDDEN.test(name)) return { ru: `имя листа «${name}» содержит один из знаков [ ] : * ? / \\`, en: `the sheet name "${name}" holds one of [ ] : * ? / \\` };
  if (name.startsWith("'") || name.endsWith("'")) return { ru: `имя листа «${name}» начинается или кончается апострофом`, en: `the sheet name "${name}" starts or ends with an apostrophe` };
  if (name.toLowerCase() === "history") return { ru: "имя листа «History» зарезервировано Excel", en: 'the sheet name "History" is reserved by Excel' };
  return null;
}

/** Excel's rule for defined names and table names. */
function isValidName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false; // looks like a cell (A1, XFD100)
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false; // R1C1 forms
  if (/^(true|false)$/i.test(name)) return false;
  return true;
}

function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function same(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

const INLINE_LIST_MAX = 255;

function validatePlans(wb: ExcelJS.Workbook, plans: SheetPlan[]): void {
  const sheets = wb.worksheets.map((ws) => ws.name);
  const names = new Map<string, string>(); // lower-case name → formula text (workbook-scoped, existing + planned)
  for (const n of workbookScopedNames(wb)) names.set(n.name.toLowerCase(), n.text);
  const tableNames = new Set<string>();
  for (const ws of wb.worksheets) for (const t of ws.getTables() as unknown as { name?: string; table?: { name: string } }[]) tableNames.add((t.table?.name ?? t.name ?? "").toLowerCase());

  for (const plan of plans) {
    const sheet = plan.sheet;
    const where = { ru: `плане листа «${sheet}»`, en: `the plan for sheet "${sheet}"` };
    if (typeof sheet !== "string") throw bad("у плана нет имени листа", "a plan has no sheet name");
    if (plan.create) {
      const problem = sheetNameProblem(sheet);
      if (problem) throw new XlsxWriteError("badSheetName", { ru: `Нельзя создать лист: ${problem.ru}`, en: `Cannot create the sheet: ${problem.en}` });
      if (sheets.some((s) => sameSheetName(s, sheet))) {
        throw new XlsxWriteError("sheetExists", {
          ru: `Лист «${sheet}» уже есть в книге: существующий лист не заменяется. Выберите другое имя`,
          en: `The workbook already has a sheet "${sheet}": an existing sheet is never replaced. Choose another name`,
        });
      }
      sheets.push(sheet);
    } else if (!sheets.some((s) => sameSheetName(s, sheet))) {
      throw new XlsxWriteError("sheetMissing", { ru: `В книге нет листа «${sheet}»`, en: `The workbook has no sheet "${sheet}"` });
    } else {
      // As in Excel, a protected sheet is not written to (Office.js refuses too).
      const ws = wb.worksheets.find((w) => sameSheetName(w.name, sheet));
      if ((ws as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)?.sheetProtection?.sheet) {
        throw new XlsxWriteError("sheetProtected", {
          ru: `Лист «${ws!.name}» защищён: снимите защиту листа в Excel (Рецензирование → Снять защиту листа) и повторите`,
          en: `The sheet "${ws!.name}" is protected: unprotect it in Excel (Review → Unprotect Sheet) and try again`,
        });
      }
    }

    for (const c of plan.columnWidths ?? []) {
      if (!Number.isInteger(c.col) || c.col < 0 || c.col >= MAX_COLS || !(c.width >= 0 && c.width <= 255)) {
        throw bad(`ширина столбца ${JSON.stringify(c)} в ${where.ru}`, `column width ${JSON.stringify(c)} in ${where.en}`);
      }
    }
    for (const c of plan.cells ?? []) {
      checkRef({ top: c.row, left: c.col, bottom: c.row, right: c.col }, where.ru);
      if (c.value !== undefined && c.formula !== undefined) throw bad(`в ячейке ${formatCell(c)} заданы и значение, и формула`, `cell ${formatCell(c)} has both a value and a formula`);
      if (c.formula !== undefined && (typeof c.formula !== "string" || c.formula.replace(/^=/, "").trim() === "")) throw bad(`пустая формула в ${formatCell(c)}`, `empty formula in ${formatCell(c)}`);
      if (typeof c.value === "number" && !Number.isFinite(c.value)) throw bad(`число ${c.value} в ${formatCell(c)}`, `number ${c.value} in ${formatCell(c)}`);
      checkStyle(c.style, formatCell(c));
    }
    for (const s of plan.styles ?? []) {
      checkRef(s.ref, where.ru);
      checkStyle(s.style, formatRange(s.ref));
    }
    const merges = plan.merges ?? [];
    merges.forEach((m, i) => {
      checkRef(m, where.ru);
      for (let j = 0; j < i; j++) {
        if (overlaps(m, merges[j])) throw bad(`объединения ${formatRange(m)} и ${formatRange(merges[j])} пересекаются`, `merges ${formatRange(m)} and ${formatRange(merges[j])} overlap`);
      }
    });
    for (const n of plan.names ?? []) {
      checkRef(n.ref, where.ru);
      if (!isValidName(n.name)) throw bad(`недопустимое имя «${n.name}»`, `invalid name "${n.name}"`);
      const target = n.sheet ?? sheet;
      if (!sheets.some((s) => sameSheetName(s, target))) throw new XlsxWriteError("sheetMissing", { ru: `Имя «${n.name}» ссылается на лист «${target}», которого нет`, en: `The name "${n.name}" points to a sheet "${target}" that does not exist` });
      const text = sheetRange(actualSheetName(sheets, target), n.ref);
      const key = n.name.toLowerCase();
      const had = names.get(key);
      if (had !== undefined && had !== text) {
        throw new XlsxWriteError("nameExists", {
          ru: `Имя «${n.name}» уже есть в книге и указывает на другой диапазон (${had})`,
          en: `The name "${n.name}" already exists in the workbook and points elsewhere (${had})`,
        });
      }
      if (tableNames.has(key)) throw new XlsxWriteError("nameExists", { ru: `Имя «${n.name}» уже занято таблицей`, en: `The name "${n.name}" is already taken by a table` });
      names.set(key, text);
    }
    for (const t of plan.tables ?? []) {
      checkRef(t.ref, where.ru);
      if (!isValidName(t.name) || /\s/.test(t.name)) throw bad(`недопустимое имя таблицы «${t.name}»`, `invalid table name "${t.name}"`);
      const key = t.name.toLowerCase();
      if (tableNames.has(key) || names.has(key)) throw new XlsxWriteError("nameExists", { ru: `Имя таблицы «${t.name}» уже занято`, en: `The table name "${t.name}" is already taken` });
      tableNames.add(key);
      for (const m of merges) {
        if (overlaps(m, t.ref)) throw bad(`таблица ${t.name} пересекает объединённые ячейки ${formatRange(m)}`, `table ${t.name} overlaps merged cells ${formatRange(m)}`);
      }
    }
    for (const v of plan.validations ?? []) {
      checkRef(v.ref, where.ru);
      if (v.rule.type === "list") {
        const items = v.rule.items;
        if (items.length === 0) throw bad(`пустой список проверки данных в ${formatRange(v.ref)}`, `empty validation list in ${formatRange(v.ref)}`);
        if (items.some((i) => i.includes(",")) || items.join(",").length > INLINE_LIST_MAX) {
          throw bad(
            `список проверки данных в ${formatRange(v.ref)} длиннее ${INLINE_LIST_MAX} знаков или содержит запятые: вынесите его на лист и сошлитесь формулой (listFormula)`,
            `the validation list in ${formatRange(v.ref)} is longer than ${INLINE_LIST_MAX} characters or holds commas: put it on a sheet and refer to it (listFormula)`,
          );
        }
      }
    }
    for (const r of plan.clearConditionalFormats ?? []) checkRef(r, where.ru);
    for (const f of plan.conditionalFormats ?? []) {
      checkRef(f.ref, where.ru);
      checkColor(f.fill, formatRange(f.ref));
      checkColor(f.fontColor, formatRange(f.ref));
    }
    if (plan.freeze && !(Number.isInteger(plan.freeze.rows) && Number.isInteger(plan.freeze.cols) && plan.freeze.rows >= 0 && plan.freeze.cols >= 0)) {
      throw bad(`закрепление ${JSON.stringify(plan.freeze)}`, `freeze ${JSON.stringify(plan.freeze)}`);
    }
    for (const r of plan.rowHeights ?? []) {
      if (!(Number.isInteger(r.row) && r.row >= 0 && r.row < MAX_ROWS && r.height > 0 && r.height <= 409)) {
        throw bad(`высота строки ${JSON.stringify(r)}`, `row height ${JSON.stringify(r)}`);
      }
    }
    for (const r of plan.print?.breaksBefore ?? []) {
      if (!(Number.isInteger(r) && r >= 0 && r < MAX_ROWS)) throw bad(`разрыв страницы перед строкой ${r}`, `page break before row ${r}`);
    }
    if (plan.print?.titleRows) checkRef({ top: plan.print.titleRows.top, bottom: plan.print.titleRows.bottom, left: 0, right: 0 }, where.ru);
    checkColor(plan.tabColor, where.ru);
  }

  // At least one sheet must stay visible, or Excel refuses the file.
  const finalState = new Map<string, string>();
  for (const ws of wb.worksheets) finalState.set(ws.name.toLocaleUpperCase(), ws.state ?? "visible");
  for (const plan of plans) {
    const key = plan.sheet.toLocaleUpperCase();
    if (plan.visibility) finalState.set(key, plan.visibility);
    else if (!finalState.has(key)) finalState.set(key, "visible");
  }
  if (finalState.size > 0 && ![...finalState.values()].some((s) => s === "visible")) {
    throw new XlsxWriteError("noVisibleSheet", { ru: "В книге не останется ни одного видимого листа", en: "No sheet of the workbook would stay visible" });
  }
}

function actualSheetName(sheets: readonly string[], name: string): string {
  return sheets.find((s) => sameSheetName(s, name)) ?? name;
}

// ---------------------------------------------------------------------------------------------
// Styles

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * The font a cell without a font of its own shows (a new workbook's first font): a font changed from it keeps
 * its name, or LibreOffice (and so a printed PDF) falls back to a serif face for the nameless font. The scheme
 * "minor" makes Excel show the workbook theme's body font, as for the cell before.
 */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };

function styled(current: Partial<ExcelJS.Style> | undefined, s: CellStyle): Partial<ExcelJS.Style> {
  const cur = current ?? {};
  const next: Partial<ExcelJS.Style> = { ...cur };
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(cur.font ?? DEFAULT_FONT) };
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
    next.font = font;
  }
  if (s.fill !== undefined) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap !== undefined || s.hAlign !== undefined || s.vAlign !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(cur.alignment ?? {}) };
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    if (s.hAlign !== undefined) alignment.horizontal = s.hAlign;
    if (s.vAlign !== undefined) alignment.vertical = s.vAlign === "center" ? "middle" : s.vAlign;
    next.alignment = alignment;
  }
  if (s.border === true) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  else if (s.border === false) next.border = {};
  if (s.numberFormat !== undefined) next.numFmt = s.numberFormat;
  return next;
}

/**
 * Styles a cell by giving it a new style object: ExcelJS shares one style object between all cells
 * loaded with the same style (and between merged cells), so changing it in place would restyle them all.
 */
function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  cell.style = styled(cell.style, s);
}

function styleRange(ws: ExcelJS.Worksheet, ref: RangeRef, s: CellStyle): void {
  const wholeCols = ref.top === 0 && ref.bottom === MAX_ROWS - 1;
  const wholeRows = ref.left === 0 && ref.right === MAX_COLS - 1;
  if (wholeCols) {
    for (let c = ref.left; c <= ref.right; c++) {
      const col = ws.getColumn(c + 1);
      col.style = styled(col.style, s) as ExcelJS.Style;
      col.eachCell({ includeEmpty: false }, (cell) => styleCell(cell, s));
    }
    return;
  }
  if (wholeRows) {
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row = ws.getRow(r + 1) as ExcelJS.Row & { style: Partial<ExcelJS.Style> };
      row.style = styled(row.style, s);
      row.eachCell({ includeEmpty: false }, (cell) => styleCell(cell, s));
    }
    return;
  }
  for (let r = ref.top; r <= ref.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = ref.left; c <= ref.right; c++) styleCell(row.getCell(c + 1), s);
  }
}

// ---------------------------------------------------------------------------------------------
// Applying

interface MergeInternals {
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

function existingMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  return Object.values((ws as unknown as MergeInternals)._merges ?? {}).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function applyMerges(ws: ExcelJS.Worksheet, merges: RangeRef[]): void {
  for (const m of merges) {
    const current = existingMerges(ws);
    if (current.some((e) => same(e, m))) continue;
    // As Excel does when merging over merged cells: the old merges inside give way.
    for (const e of current) if (overlaps(e, m)) ws.unMergeCells(e.top + 1, e.left + 1, e.bottom + 1, e.right + 1);
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
}

/** Excel escapes line breaks in table column names as _x000a_. */
function tableColumnName(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "_x000a_");
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((p) => p.text).join("");
    if ("result" in o) return o.result === undefined || o.result === null ? "" : String(o.result);
    if ("text" in o) return String(o.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return "";
  }
  return String(v);
}

function addTable(ws: ExcelJS.Worksheet, t: TableWrite): void {
  const { ref } = t;
  const width = ref.right - ref.left + 1;
  const headerRow = ws.getRow(ref.top + 1);
  const headers: string[] = [];
  const used = new Set<string>();
  for (let c = 0; c < width; c++) {
    let text = cellText(headerRow.getCell(ref.left + c + 1).value).trim();
    if (text === "") text = `Столбец${c + 1}`;
    let name = text;
    for (let k = 2; used.has(name.toLocaleLowerCase()); k++) name = `${text}${k}`;
    used.add(name.toLocaleLowerCase());
    headers.push(name);
  }
  // A table needs at least one data row.
  const bottom = Math.max(ref.bottom, ref.top + 1);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = ref.top + 1; r <= bottom; r++) {
    const row = ws.getRow(r + 1);
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < width; c++) values.push(row.getCell(ref.left + c + 1).value);
    rows.push(values);
  }
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: formatCell({ row: ref.top, col: ref.left }),
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: headers.map((h) => ({ name: tableColumnName(h), filterButton: true })),
    rows,
  } as ExcelJS.TableProperties);
  // ExcelJS writes the column names into the header cells; put the real text back (line breaks).
  headers.forEach((h, c) => {
    headerRow.getCell(ref.left + c + 1).value = h;
  });
}

const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

interface DataValidationsInternals {
  model: Record<string, unknown>;
  add(address: string, validation: unknown): void;
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationWrite): void {
  const rule = v.rule;
  const dv: Record<string, unknown> = { allowBlank: true };
  switch (rule.type) {
    case "list":
      dv.type = "list";
      dv.formulae = [`"${rule.items.map((i) => i.replace(/"/g, '""')).join(",")}"`];
      break;
    case "listFormula":
      dv.type = "list";
      dv.formulae = [toFileFormula(rule.formula)];
      break;
    case "whole":
    case "decimal": {
      dv.type = rule.type;
      const lo = rule.min ?? (rule.type === "whole" ? -2147483648 : -1e307);
      const hi = rule.max ?? (rule.type === "whole" ? 2147483647 : 1e307);
      if (rule.min !== undefined && rule.max === undefined) {
        dv.operator = "greaterThanOrEqual";
        dv.formulae = [lo];
      } else if (rule.max !== undefined && rule.min === undefined) {
        dv.operator = "lessThanOrEqual";
        dv.formulae = [hi];
      } else {
        dv.operator = "between";
        dv.formulae = [lo, hi];
      }
      break;
    }
    case "date":
      dv.type = "date";
      dv.operator = "between";
      // Any real date: serial 1 (01.01.1900, which JavaScript's calendar calls 31.12.1899) … 31.12.9999.
      dv.formulae = [new Date(Date.UTC(1899, 11, 31)), new Date(Date.UTC(9999, 11, 31))];
      break;
  }
  if (v.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = clip(v.prompt.title, PROMPT_TITLE_MAX);
    dv.prompt = clip(v.prompt.message, PROMPT_MAX);
  }
  dv.showErrorMessage = true;
  dv.errorStyle = v.strict === false ? "warning" : "stop";
  if (v.error) {
    dv.errorTitle = clip(v.error.title, PROMPT_TITLE_MAX);
    dv.error = clip(v.error.message, ERROR_MAX);
  }
  const dvs = (ws as unknown as { dataValidations: DataValidationsInternals }).dataValidations;
  // One rule per cell: rules already on the sheet give way inside the new range (ranges are cut
  // around it), as when Excel applies a validation over cells that had one.
  for (const key of Object.keys(dvs.model)) {
    let r: RangeRef;
    try {
      r = parseRange(key);
    } catch {
      continue;
    }
    if (!overlaps(r, v.ref)) continue;
    const rule = dvs.model[key];
    delete dvs.model[key];
    for (const piece of subtract(r, v.ref)) dvs.model[formatRange(piece)] = rule;
  }
  dvs.add(formatRange(v.ref), dv);
}

/** a minus b as up to four rectangles: the rows above and below b, then the columns left and right of it. */
function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  const out: RangeRef[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

function addConditionalFormat(ws: ExcelJS.Worksheet, f: ConditionalFormatWrite): void {
  const style: Partial<ExcelJS.Style> = {};
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } };
  if (f.fontColor || f.bold !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (f.fontColor) font.color = { argb: argb(f.fontColor) };
    if (f.bold !== undefined) font.bold = f.bold;
    style.font = font;
  }
  // An explicit priority after every rule already there: ExcelJS numbers rules without one from the highest
  // priority it finds, not one past it, so a rule added to a loaded sheet would share its priority with the last
  // rule kept (compute rewriting its formats would then change the file). Order of addition = priority, as in Excel.
  const existing = (ws as unknown as { conditionalFormattings?: { rules: { priority?: number }[] }[] }).conditionalFormattings ?? [];
  const priority = existing.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0) + 1;
  ws.addConditionalFormatting({
    ref: formatRange(f.ref),
    rules: [{ type: "expression", formulae: [toFileFormula(f.formula)], style, priority } as ExcelJS.ConditionalFormattingRule],
  });
}

/** As range.conditionalFormats.clearAll(): formats leave the cleared cells; formats partly inside are cut around them. */
function clearConditionalFormats(ws: ExcelJS.Worksheet, clear: RangeRef[]): void {
  const sheet = ws as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] };
  const kept: { ref: string; rules: unknown[] }[] = [];
  for (const cf of sheet.conditionalFormattings ?? []) {
    let pieces: RangeRef[] = [];
    try {
      pieces = cf.ref.split(/\s+/).filter(Boolean).map((a) => parseRange(a));
    } catch {
      kept.push(cf);
      continue;
    }
    for (const c of clear) pieces = pieces.flatMap((p) => (overlaps(p, c) ? subtract(p, c) : [p]));
    if (pieces.length > 0) kept.push({ ...cf, ref: pieces.map((p) => formatRange(p)).join(" ") });
  }
  sheet.conditionalFormattings = kept;
}

function applyPlan(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = plan.create ? wb.addWorksheet(plan.sheet) : wb.worksheets.find((w) => sameSheetName(w.name, plan.sheet))!;

  for (const c of plan.columnWidths ?? []) ws.getColumn(c.col + 1).width = c.width;
  for (const r of plan.rowHeights ?? []) ws.getRow(r.row + 1).height = r.height;

  for (const c of plan.cells ?? []) {
    if (c.formula === undefined && c.value === undefined) continue;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula !== undefined) cell.value = { formula: toFileFormula(c.formula) } as ExcelJS.CellFormulaValue;
    else cell.value = c.value === "" ? null : (c.value as ExcelJS.CellValue);
  }

  applyMerges(ws, plan.merges ?? []);

  for (const s of plan.styles ?? []) styleRange(ws, s.ref, s.style);
  for (const c of plan.cells ?? []) if (c.style) styleCell(ws.getCell(c.row + 1, c.col + 1), c.style);

  if (plan.names?.length) {
    const layer = installNameLayer(wb);
    for (const n of plan.names) {
      const target = wb.worksheets.find((w) => sameSheetName(w.name, n.sheet ?? plan.sheet))!.name;
      const text = sheetRange(target, n.ref);
      const i = layer.findIndex((r) => r.scope === undefined && r.name.toLowerCase() === n.name.toLowerCase());
      if (i >= 0) layer[i] = { name: layer[i].name, text };
      else layer.push({ name: n.name, text });
    }
  }

  for (const t of plan.tables ?? []) addTable(ws, t);
  for (const v of plan.validations ?? []) addValidation(ws, v);
  if (plan.clearConditionalFormats?.length) clearConditionalFormats(ws, plan.clearConditionalFormats);
  for (const f of plan.conditionalFormats ?? []) addConditionalFormat(ws, f);

  if (plan.freeze) {
    const { rows, cols } = plan.freeze;
    const base = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
    const { state: _s, xSplit: _x, ySplit: _y, topLeftCell: _t, ...rest } = base as Record<string, unknown>;
    ws.views = [
      rows > 0 || cols > 0
        ? ({ ...rest, state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: formatCell({ row: rows, col: cols }) } as ExcelJS.WorksheetView)
        : ({ ...rest, state: "normal" } as ExcelJS.WorksheetView),
    ];
  }

  if (plan.print) {
    const p = plan.print;
    const setup: Partial<ExcelJS.PageSetup> = { ...ws.pageSetup, paperSize: 9, orientation: p.orientation };
    if (p.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (p.titleRows) setup.printTitlesRow = `${p.titleRows.top + 1}:${p.titleRows.bottom + 1}`;
    ws.pageSetup = setup;
    if (p.header || p.footer) {
      const part = (h: { left?: string; center?: string; right?: string } | undefined) =>
        h ? `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}` : undefined;
      ws.headerFooter = { ...ws.headerFooter, oddHeader: part(p.header), oddFooter: part(p.footer) };
    }
    // a break before row r (0-based) is ExcelJS's break after the 1-based row r
    for (const r of p.breaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  }

  if (plan.visibility) ws.state = plan.visibility;
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}

/** Excel opens on the active tab: it must be a visible sheet. */
function keepActiveTabVisible(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const views = (wb.views ?? []) as Partial<ExcelJS.WorkbookView>[];
  const active = views[0]?.activeTab ?? 0;
  if (sheets[active] && (sheets[active].state ?? "visible") === "visible") return;
  const firstVisible = sheets.findIndex((s) => (s.state ?? "visible") === "visible");
  if (firstVisible < 0) return;
  const first = views[0] ?? {};
  wb.views = [{ ...first, activeTab: firstVisible, firstSheet: Math.min(first.firstSheet ?? 0, firstVisible) } as ExcelJS.WorkbookView, ...views.slice(1)] as ExcelJS.WorkbookView[];
  for (const s of sheets) {
    if ((s.state ?? "visible") !== "visible" && s.views?.[0] && (s.views[0] as { tabSelected?: boolean }).tabSelected) {
      s.views = [{ ...s.views[0], tabSelected: false } as unknown as ExcelJS.WorksheetView, ...s.views.slice(1)];
    }
  }
}

/**
 * Applies plans to a workbook in order. Checks every plan first and throws XlsxWriteError (leaving
 * the workbook untouched) when one cannot be applied as it stands.
 */
export function applyPlansToWorkbook(wb: ExcelJS.Workbook, plans: SheetPlan[]): void {
  installNameLayer(wb);
  validatePlans(wb, plans);
  for (const plan of plans) applyPlan(wb, plan);
  keepActiveTabVisible(wb);
}

/** Excel and LibreOffice recalculate every formula when they open the file. */
export function setCalcOnLoad(wb: ExcelJS.Workbook): void {
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}

// ---------------------------------------------------------------------------------------------
// Files

/** Parts of a workbook ExcelJS does not write back: what writing into an existing file would lose. */
const LOST_PARTS: { test: (name: string) => boolean; what: Text }[] = [
  { test: (n) => n.startsWith("xl/charts/") || n.startsWith("xl/chartsheets/"), what: { ru: "диаграммы", en: "charts" } },
  { test: (n) => n.startsWith("xl/pivotTables/") || n.startsWith("xl/pivotCache/"), what: { ru: "сводные таблицы", en: "pivot tables" } },
  { test: (n) => n === "xl/vbaProject.bin", what: { ru: "макросы", en: "macros" } },
  { test: (n) => n.startsWith("xl/slicers/") || n.startsWith("xl/slicerCaches/") || n.startsWith("xl/timelines/"), what: { ru: "срезы", en: "slicers" } },
  { test: (n) => n.startsWith("xl/externalLinks/"), what: { ru: "связи с другими книгами", en: "links to other workbooks" } },
  { test: (n) => n.startsWith("xl/ctrlProps/") || n.startsWith("xl/activeX/"), what: { ru: "элементы управления", en: "form controls" } },
  { test: (n) => n.startsWith("xl/threadedComments/"), what: { ru: "цепочки примечаний", en: "threaded comments" } },
  { test: (n) => n === "xl/connections.xml" || n.startsWith("xl/queryTables/"), what: { ru: "подключения к данным", en: "data connections" } },
];

/** Drawings hold pictures (ExcelJS keeps them) and shapes or text boxes (ExcelJS drops them). */
function hasShapes(zip: ZipArchive): boolean {
  for (const name of zip.names()) {
    if (!/^xl\/drawings\/drawing\d+\.xml$/.test(name)) continue;
    try {
      if (/<(?:xdr:)?(?:sp|cxnSp)[\s>]/.test(zip.readText(name) ?? "")) return true;
    } catch {
      /* unreadable part: ExcelJS would have failed first */
    }
  }
  return false;
}

/** What a workbook holds that ExcelJS would drop if the file were rewritten (empty when nothing). */
export function featuresLostOnRewrite(xlsx: Buffer): Text[] {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(xlsx);
  } catch {
    return [];
  }
  const names = zip.names();
  const lost = LOST_PARTS.filter((p) => names.some(p.test)).map((p) => p.what);
  if (hasShapes(zip)) lost.push({ ru: "фигуры и надписи", en: "shapes and text boxes" });
  return lost;
}

export interface WritePlansOptions {
  /** An existing workbook (path or bytes) to add to; a new workbook when absent. */
  base?: string | Buffer;
  /** Where to write. May be the base's own path: it is replaced only when everything succeeded. */
  out: string;
  /** Set fullCalcOnLoad (default true). */
  calcOnLoad?: boolean;
  /** Refuse (XlsxWriteError "dataLoss") when the base holds things ExcelJS would drop (default false: report them). */
  refuseLoss?: boolean;
}

export interface WritePlansResult {
  out: string;
  /** Things in the base workbook that the rewritten file no longer has (charts, pivot tables, …). */
  lost: Text[];
}

/**
 * Applies plans to the base workbook (or a new one) and writes the result to `out` through a
 * temporary file and a rename, so `out` is never left half-written. Rejects with XlsxReadError
 * when the base cannot be read and XlsxWriteError when a plan is refused; `out` is then untouched.
 */
export async function writePlansToXlsx(plans: SheetPlan[], options: WritePlansOptions): Promise<WritePlansResult> {
  let wb: ExcelJS.Workbook;
  let lost: Text[] = [];
  if (options.base !== undefined) {
    const bytes = Buffer.isBuffer(options.base) ? options.base : await readBase(options.base);
    wb = await loadWorkbook(bytes);
    lost = featuresLostOnRewrite(bytes);
    if (lost.length > 0 && options.refuseLoss) {
      const list: Text = { ru: lost.map((l) => l.ru).join(", "), en: lost.map((l) => l.en).join(", ") };
      throw new XlsxWriteError("dataLoss", {
        ru: `В книге есть то, что при записи файла будет потеряно: ${list.ru}. Запишите результат в новую книгу или откройте книгу в Excel и воспользуйтесь надстройкой`,
        en: `The workbook holds things that writing the file would lose: ${list.en}. Write to a new workbook, or open the workbook in Excel and use the add-in`,
      });
    }
  } else {
    wb = new ExcelJS.Workbook();
    wb.creator = "Проектный офис";
    wb.created = new Date();
  }
  applyPlansToWorkbook(wb, plans);
  if (options.calcOnLoad !== false) setCalcOnLoad(wb);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const out = path.resolve(options.out);
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, data);
    await fsp.rename(tmp, out);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  return { out, lost };
}

async function readBase(file: string): Promise<Buffer> {
  // loadWorkbook reports a missing or unreadable file in plain words.
  try {
    return await fsp.readFile(file);
  } catch {
    await loadWorkbook(file);
    throw new Error("unreachable");
  }
}
