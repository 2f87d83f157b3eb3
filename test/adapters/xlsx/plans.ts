/** Sample plans for the xlsx adapter tests: an invented passport with a lists sheet. */
import type { SheetPlan } from "../../../src/core/workbook";

/** 15.01.2025 as an Excel serial. */
export const DATE_SERIAL = 45672;

export function passportPlans(): SheetPlan[] {
  const lists: SheetPlan = {
    sheet: "Списки",
    create: true,
    cells: [
      { row: 0, col: 0, value: "Источники" },
      { row: 1, col: 0, value: "Федеральный бюджет" },
      { row: 2, col: 0, value: "Областной бюджет" },
      { row: 3, col: 0, value: "Внебюджетные средства" },
    ],
    names: [{ name: "PO_Sources", ref: { top: 1, left: 0, bottom: 3, right: 0 } }],
    visibility: "hidden",
  };
  const passport: SheetPlan = {
    sheet: "Паспорт",
    create: true,
    columnWidths: [
      { col: 0, width: 6 },
      { col: 1, width: 40 },
      { col: 2, width: 14 },
      { col: 3, width: 14 },
      { col: 4, width: 14 },
    ],
    cells: [
      { row: 0, col: 0, value: "ПАСПОРТ муниципального проекта «Чистая вода»", style: { bold: true, fontSize: 14, hAlign: "center" } },
      { row: 2, col: 0, value: "Цель" },
      { row: 2, col: 1, value: "Обеспечить жителей Ивановки питьевой водой", style: { wrap: true, italic: true } },
      { row: 3, col: 0, value: "Начало" },
      { row: 3, col: 1, value: DATE_SERIAL, style: { numberFormat: "dd.mm.yyyy" } },
      { row: 4, col: 0, value: "Руководитель" },
      { row: 4, col: 1, value: "Петров П. П." },
      { row: 5, col: 0, value: "Ключевой" },
      { row: 5, col: 1, value: true },
      // Financing table: header + three rows + total.
      { row: 7, col: 0, value: "№" },
      { row: 7, col: 1, value: "Источник" },
      { row: 7, col: 2, value: "2025" },
      { row: 7, col: 3, value: "2026" },
      { row: 7, col: 4, value: "Всего\nтыс. руб." },
      ...[
        ["Федеральный бюджет", 1200.5, 800],
        ["Областной бюджет", 300.25, 150.75],
        ["Внебюджетные средства", 0, 50],
      ].flatMap(([source, a, b], i) => [
        { row: 8 + i, col: 0, value: i + 1 },
        { row: 8 + i, col: 1, value: source as string },
        { row: 8 + i, col: 2, value: a as number },
        { row: 8 + i, col: 3, value: b as number },
        { row: 8 + i, col: 4, formula: `=SUM(C${9 + i}:D${9 + i})` },
      ]),
      { row: 11, col: 1, value: "Итого", style: { bold: true } },
      { row: 11, col: 2, formula: "=SUM(C9:C11)" },
      { row: 11, col: 3, formula: "=SUM(D9:D11)" },
      { row: 11, col: 4, formula: "=SUM(E9:E11)" },
      { row: 13, col: 0, value: "Статус" },
      { row: 13, col: 1, formula: '=IFS(E12>2000,"в графике",E12>0,"риск",TRUE,"нет данных")' },
      { row: 14, col: 0, value: "Доля федеральных" },
      { row: 14, col: 1, formula: "=IF(E12=0,0,E9/E12)", style: { numberFormat: "0.00%" } },
      { row: 15, col: 0, value: "Пусто" },
      { row: 15, col: 1, value: "" },
    ],
    styles: [
      { ref: { top: 7, left: 0, bottom: 11, right: 4 }, style: { border: true } },
      { ref: { top: 7, left: 0, bottom: 7, right: 4 }, style: { bold: true, fill: "#DDEBF7", wrap: true, vAlign: "center" } },
      { ref: { top: 8, left: 2, bottom: 11, right: 4 }, style: { numberFormat: "#,##0.00" } },
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 2, left: 1, bottom: 2, right: 4 },
    ],
    names: [
      { name: "PO_Passport1_Goal", ref: { top: 2, left: 1, bottom: 2, right: 4 } },
      { name: "PO_Passport1_TermStart", ref: { top: 3, left: 1, bottom: 3, right: 1 } },
      { name: "PO_Passport1_Financing", ref: { top: 7, left: 0, bottom: 11, right: 4 } },
    ],
    tables: [],
    validations: [
      {
        ref: { top: 8, left: 1, bottom: 10, right: 1 },
        rule: { type: "listFormula", formula: "=PO_Sources" },
        prompt: { title: "Источник", message: "Выберите источник из списка" },
        error: { title: "Ошибка", message: "Только значение из списка" },
      },
      { ref: { top: 8, left: 2, bottom: 10, right: 3 }, rule: { type: "decimal", min: 0 }, strict: false },
      { ref: { top: 8, left: 0, bottom: 10, right: 0 }, rule: { type: "whole", min: 1, max: 999 } },
      { ref: { top: 3, left: 1, bottom: 3, right: 1 }, rule: { type: "date" } },
      { ref: { top: 5, left: 1, bottom: 5, right: 1 }, rule: { type: "list", items: ["да", "нет"] } },
    ],
    conditionalFormats: [{ ref: { top: 8, left: 4, bottom: 10, right: 4 }, formula: "=$E9=0", fill: "#FFC7CE", fontColor: "#9C0006", bold: true }],
    freeze: { rows: 8, cols: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: 7, bottom: 7 } },
    tabColor: "#2F75B5",
  };
  return [lists, passport];
}

/** A plan with a real table on its own sheet. */
export function tablePlan(sheet = "Мероприятия", tableName = "PO_Plan1_Activities"): SheetPlan {
  return {
    sheet,
    create: true,
    cells: [
      { row: 0, col: 0, value: "№" },
      { row: 0, col: 1, value: "Мероприятие" },
      { row: 0, col: 2, value: "Срок" },
      { row: 0, col: 3, value: "Сумма,\nтыс. руб." },
      { row: 1, col: 0, value: 1 },
      { row: 1, col: 1, value: "Проектирование" },
      { row: 1, col: 2, value: DATE_SERIAL, style: { numberFormat: "dd.mm.yyyy" } },
      { row: 1, col: 3, value: 100 },
      { row: 2, col: 0, value: 2 },
      { row: 2, col: 1, value: "Строительство" },
      { row: 2, col: 2, value: DATE_SERIAL + 90, style: { numberFormat: "dd.mm.yyyy" } },
      { row: 2, col: 3, formula: "=D2*3" },
    ],
    tables: [{ name: tableName, ref: { top: 0, left: 0, bottom: 2, right: 3 }, style: "TableStyleMedium2" }],
    names: [{ name: "PO_Plan1_Summary", ref: { top: 0, left: 0, bottom: 2, right: 3 } }],
  };
}
