/** Plans and a seeded workbook shared by the apply tests. Invented data. */
import type { SheetPlan } from "../../../src/core/workbook";
import { createFakeExcel, type FakeExcel } from "../../../src/fake-excel";

export function seededWorkbook(options = {}): FakeExcel {
  return createFakeExcel(
    {
      sheets: [
        {
          name: "Паспорт",
          cells: {
            B2: "Наименование",
            C2: { value: "Проект А", fill: "#FFFF00" },
            C3: 10,
            C4: 20,
            E10: { value: "чужое", note: "не трогать" },
          },
        },
        { name: "Lists", cells: { A1: "да", A2: "нет" } },
        { name: "Locked", protected: true, cells: { A1: 1 } },
      ],
      names: [{ name: "PO_Old", formula: "=Паспорт!$B$2" }],
    },
    options,
  );
}

export const PASSPORT_PLAN: SheetPlan = {
  sheet: "Паспорт",
  cells: [
    { row: 1, col: 2, value: "Проект Б" },
    { row: 5, col: 1, value: "Итого" },
    { row: 5, col: 2, formula: "SUM(C3:C4)" },
    { row: 6, col: 1, value: "0123" },
    { row: 6, col: 2, value: -5 },
    { row: 7, col: 1, style: { bold: true, fill: "#DDEBF7" } },
  ],
  styles: [{ ref: { top: 5, left: 1, bottom: 5, right: 2 }, style: { border: true, numberFormat: "#,##0" } }],
  merges: [{ top: 8, left: 1, bottom: 8, right: 2 }],
  columnWidths: [
    { col: 1, width: 20 },
    { col: 2, width: 20 },
    { col: 3, width: 12 },
  ],
  names: [{ name: "PO_Passport1_Total", ref: { top: 5, left: 2, bottom: 5, right: 2 }, comment: "итог" }],
  validations: [
    {
      ref: { top: 2, left: 2, bottom: 3, right: 2 },
      rule: { type: "whole", min: 0 },
      prompt: { title: "Число", message: "Целое ≥ 0" },
      error: { title: "Ошибка", message: "Нужно целое" },
      strict: true,
    },
    { ref: { top: 1, left: 3, bottom: 1, right: 3 }, rule: { type: "list", items: ["да", "нет"] } },
  ],
  conditionalFormats: [{ ref: { top: 2, left: 2, bottom: 3, right: 2 }, formula: "=C3<0", fill: "#FFC7CE", fontColor: "#9C0006" }],
  freeze: { rows: 2, cols: 0 },
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: 0, bottom: 1 } },
  tabColor: "#4472C4",
};

export const PLAN_PLAN: SheetPlan = {
  sheet: "План",
  create: true,
  cells: [
    { row: 0, col: 0, value: "№", style: { bold: true, hAlign: "center", wrap: true } },
    { row: 0, col: 1, value: "Мероприятие", style: { bold: true, hAlign: "center", wrap: true } },
    { row: 0, col: 2, value: "Срок", style: { bold: true, hAlign: "center", wrap: true } },
    { row: 1, col: 0, value: 1 },
    { row: 1, col: 1, value: "Разработка" },
    { row: 1, col: 2, value: 45292, style: { numberFormat: "dd.mm.yyyy" } },
    { row: 2, col: 0, value: 2 },
    { row: 2, col: 1, value: "Внедрение" },
    { row: 2, col: 2, value: 45657, style: { numberFormat: "dd.mm.yyyy" } },
  ],
  tables: [{ name: "PO_Plan1_Activities", ref: { top: 0, left: 0, bottom: 2, right: 2 }, style: "TableStyleMedium2" }],
};

export const LISTS_PLAN: SheetPlan = { sheet: "Lists", cells: [], visibility: "veryHidden" };
