/**
 * Issue 18, item 3 on the Office path: a template created in Excel gets the same printed page as the file the
 * command line writes — row heights for wrapped and merged text (RangeFormat.rowHeight, ExcelApi 1.2), the
 * header and footer (PageLayout.headersFooters.defaultForAllPages, ExcelApi 1.9) and manual page breaks
 * (Worksheet.horizontalPageBreaks.add, ExcelApi 1.9: "a page break before the top-left cell of the range"),
 * still in two round trips; on an Excel without ExcelApi 1.9 the print setup is skipped.
 */
import { createOfficeEngine } from "../../../src/app/officeEngine";
import { buildTemplate, templateSheetBaseName } from "../../../src/core/templates";
import { createFakeExcel } from "../../../src/fake-excel";

function setup(apiVersion?: string) {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: {} }] }, apiVersion ? { apiVersion } : {});
  const engine = createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru");
  return { fake, engine };
}

test("a passport with the example: row heights, header, footer and page breaks as the plan says, in 2 round trips", async () => {
  const { fake, engine } = setup();
  fake.resetStats();
  await engine.createTemplate("passport", true);
  expect(fake.stats.syncs).toBeLessThanOrEqual(2);
  const plan = buildTemplate("passport", { lang: "ru", sheetName: templateSheetBaseName("passport", "ru"), instance: 1, example: true }).find((p) => p.sheet === "Паспорт")!;
  const sheet = fake.workbook.sheets.find((s) => s.name === "Паспорт")!;
  expect(plan.rowHeights!.length).toBeGreaterThan(10);
  for (const r of plan.rowHeights!) expect({ row: r.row, height: sheet.rowHeights.get(r.row) }).toEqual({ row: r.row, height: r.height });
  expect(sheet.pageLayout.headersFooters).toEqual({ centerHeader: "Цифровая методическая среда", leftFooter: "&A", centerFooter: "Страница &P из &N" });
  expect(sheet.pageLayout.rowBreaks).toEqual(plan.print!.breaksBefore);
  expect(sheet.pageLayout.rowBreaks!.length).toBeGreaterThan(0);
});

test("without ExcelApi 1.9 the header, footer and breaks are skipped with the print setup; row heights (1.2) are still set", async () => {
  const { fake, engine } = setup("1.8");
  await engine.createTemplate("plan", true);
  const sheet = fake.workbook.sheets.find((s) => s.name === "План реализации")!;
  expect(sheet.pageLayout.headersFooters).toBeUndefined();
  expect(sheet.pageLayout.rowBreaks).toBeUndefined();
  expect(sheet.rowHeights.size).toBeGreaterThan(0);
});
