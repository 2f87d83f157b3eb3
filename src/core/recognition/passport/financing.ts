/** The financing table: sources × years, «Всего» by row and by column, the unit from the label. */
import type { Financing, FinancingRow } from "../../model";
import { numberCell } from "../cells";
import { normKey, valueText, type Grid } from "../grid";
import { firstFilled, headerYear, isTotalKey, note, noteRow, within } from "../tables";
import type { RecognitionNote } from "../types";
import type { PassportBlock } from "./blocks";

export function readFinancing(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): Financing {
  const { top, bottom, left, right } = b.ref;
  const at = b.label ?? { row: top, col: left };
  const nameCol = b.label ? b.label.col : left;
  const fin: Financing = { at, years: [], sources: [] };
  const labelText = b.label ? valueText(grid.own(b.label.row, b.label.col)) : "";
  const unit = /млн/i.test(labelText) ? "млн руб." : /тыс/i.test(labelText) ? "тыс. руб." : /руб/i.test(labelText) ? "руб." : undefined;
  if (unit) fin.unit = unit;
  // header: the label row or the rows under it, up to the first source row
  let r = top;
  for (; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const isLabelRow = b.label !== undefined && r === b.label.row;
    const first = grid.own(r, nameCol);
    const firstKey = typeof first === "string" ? normKey(first) : "";
    const headerish = isLabelRow || firstKey === "" || firstKey.startsWith("источник") || firstKey.startsWith("наименован") || firstKey.startsWith("fundingsource") || firstKey === "source";
    if (!headerish) break;
    let any = false;
    for (const c of filled) {
      if (c === nameCol) continue;
      const v = grid.own(r, c);
      const text = valueText(v);
      const k = normKey(text);
      const y = headerYear(v);
      if (isTotalKey(k) || k.startsWith("завесь") || k.startsWith("занесколько") || k.startsWith("total")) {
        fin.totalCol = { col: c, label: text };
        any = true;
      } else if (y !== undefined && typeof v === "string") {
        fin.years.push({ col: c, label: text, year: y });
        any = true;
      } else if (y !== undefined && typeof v === "number" && !isLabelRow) {
        fin.years.push({ col: c, label: text, year: y });
        any = true;
      }
    }
    if (!any && !isLabelRow) break;
  }
  fin.years.sort((a, c) => a.col - c.col);
  const rows: FinancingRow[] = [];
  /** the rows right after a «Всего, в том числе:» row that comes first are the sources it adds up, not parts of a source */
  let afterTotal = false;
  for (; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const nameAt = firstFilled(filled);
    const name = grid.cell(r, nameAt);
    if (!name) continue;
    if (nameAt !== nameCol && typeof name.raw !== "string") {
      noteRow(notes, grid, r, filled, { ru: "строка финансирования без наименования источника", en: "a financing row without a source name" });
      continue;
    }
    if (fin.years.length === 0 && !fin.totalCol) {
      // no year header: one value column, the first filled cell right of the name
      const vc = filled.find((c) => c > nameAt);
      if (vc !== undefined) fin.years.push({ col: vc, label: "" });
    }
    const values = fin.years.map((y) => numberCell(grid, r, y.col));
    const partWorded = /^(в\s*т\.\s*ч\.|в том числе|из них)/i.test(name.text);
    const row: FinancingRow = { row: r, name, values, part: partWorded && !afterTotal };
    const total = fin.totalCol ? numberCell(grid, r, fin.totalCol.col) : undefined;
    if (total) row.total = total;
    const nameKey = normKey(name.text);
    if (isTotalKey(nameKey) || nameKey === "total") {
      fin.total = row;
      afterTotal = rows.length === 0;
    } else {
      rows.push(row);
      if (!partWorded) afterTotal = false;
    }
  }
  fin.sources = rows;
  if (fin.years.length === 0 && rows.length > 0) {
    note(notes, "recognition/financing-years", "warning", at.row, at.col, {
      ru: "Не удалось распознать столбцы финансирования: над суммами ожидаются годы («2017 год») и, если нужно, «Всего».",
      en: "Could not recognise the financing columns: years («2017 год») and, where needed, «Всего» are expected above the amounts.",
    });
  }
  return fin;
}
