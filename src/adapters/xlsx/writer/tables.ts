/** Tables over cells already written: the header row's text becomes the column names. */
import type ExcelJS from "exceljs";
import { formatCell } from "../../../core/address";
import type { TableWrite } from "../../../core/workbook";

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

/** Header texts made unique without regard to case, as Excel does ("Столбец1" for an empty one, "Имя2" for a repeat). */
function headerNames(headerRow: ExcelJS.Row, left: number, width: number): string[] {
  const headers: string[] = [];
  const used = new Set<string>();
  for (let c = 0; c < width; c++) {
    let text = cellText(headerRow.getCell(left + c + 1).value).trim();
    if (text === "") text = `Столбец${c + 1}`;
    let name = text;
    for (let k = 2; used.has(name.toLocaleLowerCase()); k++) name = `${text}${k}`;
    used.add(name.toLocaleLowerCase());
    headers.push(name);
  }
  return headers;
}

export function addTable(ws: ExcelJS.Worksheet, t: TableWrite): void {
  const { ref } = t;
  const width = ref.right - ref.left + 1;
  const headerRow = ws.getRow(ref.top + 1);
  const headers = headerNames(headerRow, ref.left, width);
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
