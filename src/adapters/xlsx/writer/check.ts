/**
 * Every plan is checked before anything changes: a plan that would create a sheet that exists, or write
 * to a sheet that does not, or that is malformed, is refused with XlsxWriteError and the workbook stays
 * as it was. One function per part of the plan; the names, tables and sheets planned so far are carried
 * from plan to plan in a CheckState.
 */
import type ExcelJS from "exceljs";
import { formatCell, formatRange, sheetRange, type RangeRef } from "../../../core/address";
import type { Text } from "../../../core/i18n";
import type { CellStyle, SheetPlan } from "../../../core/workbook";
import { COLUMN_WIDTH_MAX, FONT_SIZE_MAX, isValidDefinedName as isValidName, MAX_COLS, MAX_ROWS, sheetNameProblem, VALIDATION_LIST_MAX as INLINE_LIST_MAX } from "../../../core/excelLimits";
import { XlsxWriteError } from "../errors";
import { workbookScopedNames } from "../names";
import { actualSheetName, overlaps, sameSheetName } from "./ranges";

function bad(ru: string, en: string): XlsxWriteError {
  return new XlsxWriteError("badPlan", { ru: `План записи некорректен: ${ru}`, en: `The write plan is invalid: ${en}` });
}

function checkRef(r: RangeRef, where: string): void {
  const ok = [r.top, r.left, r.bottom, r.right].every((n) => Number.isInteger(n) && n >= 0) && r.bottom < MAX_ROWS && r.right < MAX_COLS && r.top <= r.bottom && r.left <= r.right;
  if (!ok) throw bad(`неверный диапазон в ${where}: ${JSON.stringify(r)}`, `bad range in ${where}: ${JSON.stringify(r)}`);
}

function checkColor(c: string | undefined, where: string): void {
  if (c !== undefined && !/^#?[0-9A-Fa-f]{6}$/.test(c)) throw bad(`цвет «${c}» в ${where} не в виде #RRGGBB`, `colour "${c}" in ${where} is not #RRGGBB`);
}

function checkStyle(s: CellStyle | undefined, where: string): void {
  if (!s) return;
  checkColor(s.fill, where);
  checkColor(s.fontColor, where);
  if (s.fontSize !== undefined && !(s.fontSize > 0 && s.fontSize <= FONT_SIZE_MAX)) throw bad(`размер шрифта ${s.fontSize} в ${where}`, `font size ${s.fontSize} in ${where}`);
}

/** What the plans so far leave in the workbook: its sheets, workbook-scoped names and table names. */
interface CheckState {
  wb: ExcelJS.Workbook;
  sheets: string[];
  /** lower-case name → formula text (workbook-scoped, existing + planned) */
  names: Map<string, string>;
  /** lower-case table names */
  tableNames: Set<string>;
}

/** Where a problem is, for the messages. */
type Where = Text;

function initialState(wb: ExcelJS.Workbook): CheckState {
  const names = new Map<string, string>();
  for (const n of workbookScopedNames(wb)) names.set(n.name.toLowerCase(), n.text);
  const tableNames = new Set<string>();
  for (const ws of wb.worksheets) for (const t of ws.getTables() as unknown as { name?: string; table?: { name: string } }[]) tableNames.add((t.table?.name ?? t.name ?? "").toLowerCase());
  return { wb, sheets: wb.worksheets.map((ws) => ws.name), names, tableNames };
}

function checkSheet(st: CheckState, plan: SheetPlan): void {
  const sheet = plan.sheet;
  if (plan.create) {
    const problem = sheetNameProblem(sheet);
    if (problem) throw new XlsxWriteError("badSheetName", { ru: `Нельзя создать лист: ${problem.ru}`, en: `Cannot create the sheet: ${problem.en}` });
    if (st.sheets.some((s) => sameSheetName(s, sheet))) {
      throw new XlsxWriteError("sheetExists", {
        ru: `Лист «${sheet}» уже есть в книге: существующий лист не заменяется. Выберите другое имя`,
        en: `The workbook already has a sheet "${sheet}": an existing sheet is never replaced. Choose another name`,
      });
    }
    st.sheets.push(sheet);
  } else if (!st.sheets.some((s) => sameSheetName(s, sheet))) {
    throw new XlsxWriteError("sheetMissing", { ru: `В книге нет листа «${sheet}»`, en: `The workbook has no sheet "${sheet}"` });
  } else {
    // As in Excel, a protected sheet is not written to (Office.js refuses too).
    const ws = st.wb.worksheets.find((w) => sameSheetName(w.name, sheet));
    if ((ws as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)?.sheetProtection?.sheet) {
      throw new XlsxWriteError("sheetProtected", {
        ru: `Лист «${ws!.name}» защищён: снимите защиту листа в Excel (Рецензирование → Снять защиту листа) и повторите`,
        en: `The sheet "${ws!.name}" is protected: unprotect it in Excel (Review → Unprotect Sheet) and try again`,
      });
    }
  }
}

function checkCells(plan: SheetPlan, where: Where): void {
  for (const c of plan.columnWidths ?? []) {
    if (!Number.isInteger(c.col) || c.col < 0 || c.col >= MAX_COLS || !(c.width >= 0 && c.width <= COLUMN_WIDTH_MAX)) {
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
}

function checkMerges(merges: RangeRef[], where: Where): void {
  merges.forEach((m, i) => {
    checkRef(m, where.ru);
    for (let j = 0; j < i; j++) {
      if (overlaps(m, merges[j])) throw bad(`объединения ${formatRange(m)} и ${formatRange(merges[j])} пересекаются`, `merges ${formatRange(m)} and ${formatRange(merges[j])} overlap`);
    }
  });
}

function checkNames(st: CheckState, plan: SheetPlan, where: Where): void {
  for (const n of plan.names ?? []) {
    checkRef(n.ref, where.ru);
    if (!isValidName(n.name)) throw bad(`недопустимое имя «${n.name}»`, `invalid name "${n.name}"`);
    const target = n.sheet ?? plan.sheet;
    if (!st.sheets.some((s) => sameSheetName(s, target)))
      throw new XlsxWriteError("sheetMissing", { ru: `Имя «${n.name}» ссылается на лист «${target}», которого нет`, en: `The name "${n.name}" points to a sheet "${target}" that does not exist` });
    const text = sheetRange(actualSheetName(st.sheets, target), n.ref);
    const key = n.name.toLowerCase();
    const had = st.names.get(key);
    if (had !== undefined && had !== text) {
      throw new XlsxWriteError("nameExists", {
        ru: `Имя «${n.name}» уже есть в книге и указывает на другой диапазон (${had})`,
        en: `The name "${n.name}" already exists in the workbook and points elsewhere (${had})`,
      });
    }
    if (st.tableNames.has(key)) throw new XlsxWriteError("nameExists", { ru: `Имя «${n.name}» уже занято таблицей`, en: `The name "${n.name}" is already taken by a table` });
    st.names.set(key, text);
  }
}

function checkTables(st: CheckState, plan: SheetPlan, where: Where): void {
  for (const t of plan.tables ?? []) {
    checkRef(t.ref, where.ru);
    if (!isValidName(t.name) || /\s/.test(t.name)) throw bad(`недопустимое имя таблицы «${t.name}»`, `invalid table name "${t.name}"`);
    const key = t.name.toLowerCase();
    if (st.tableNames.has(key) || st.names.has(key)) throw new XlsxWriteError("nameExists", { ru: `Имя таблицы «${t.name}» уже занято`, en: `The table name "${t.name}" is already taken` });
    st.tableNames.add(key);
    for (const m of plan.merges ?? []) {
      if (overlaps(m, t.ref)) throw bad(`таблица ${t.name} пересекает объединённые ячейки ${formatRange(m)}`, `table ${t.name} overlaps merged cells ${formatRange(m)}`);
    }
  }
}

function checkValidations(plan: SheetPlan, where: Where): void {
  for (const v of plan.validations ?? []) {
    checkRef(v.ref, where.ru);
    if (v.rule.type !== "list") continue;
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

function checkFormatsAndView(plan: SheetPlan, where: Where): void {
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
      throw bad(`высота строки ${JSON.stringify(r)} в ${where.ru}`, `row height ${JSON.stringify(r)} in ${where.en}`);
    }
  }
  for (const r of plan.print?.breaksBefore ?? []) {
    if (!(Number.isInteger(r) && r >= 0 && r < MAX_ROWS)) throw bad(`разрыв страницы перед строкой ${r} в ${where.ru}`, `page break before row ${r} in ${where.en}`);
  }
  if (plan.print?.titleRows) checkRef({ top: plan.print.titleRows.top, bottom: plan.print.titleRows.bottom, left: 0, right: 0 }, where.ru);
  checkColor(plan.tabColor, where.ru);
}

/** At least one sheet must stay visible, or Excel refuses the file. */
function checkSomeSheetVisible(wb: ExcelJS.Workbook, plans: SheetPlan[]): void {
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

/** Throws XlsxWriteError for the first plan (in order) that cannot be applied as it stands; changes nothing. */
export function validatePlans(wb: ExcelJS.Workbook, plans: SheetPlan[]): void {
  const st = initialState(wb);
  for (const plan of plans) {
    const sheet = plan.sheet;
    const where: Where = { ru: `плане листа «${sheet}»`, en: `the plan for sheet "${sheet}"` };
    if (typeof sheet !== "string") throw bad("у плана нет имени листа", "a plan has no sheet name");
    checkSheet(st, plan);
    checkCells(plan, where);
    checkMerges(plan.merges ?? [], where);
    checkNames(st, plan, where);
    checkTables(st, plan, where);
    checkValidations(plan, where);
    checkFormatsAndView(plan, where);
  }
  checkSomeSheetVisible(wb, plans);
}
