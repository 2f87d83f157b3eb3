/**
 * Issue 18, item 3: the xlsx writer writes a plan's print setup as the file format has it — row heights
 * (<row ht customHeight>), header and footer (<headerFooter><oddHeader>/<oddFooter> with &L/&C/&R sections),
 * manual row breaks (<rowBreaks><brk id> = the last row above the break, 1-based) — and refuses bad ones.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync, strFromU8 } from "fflate";
import { writePlansToXlsx } from "../../../src/adapters/xlsx";
import type { SheetPlan } from "../../../src/core/workbook";
import { tempDir } from "../../integration/helpers";

const plan = (extra: Partial<SheetPlan> = {}): SheetPlan => ({
  sheet: "Печать",
  create: true,
  cells: [
    { row: 0, col: 0, value: "Заголовок" },
    { row: 40, col: 0, value: "Второй блок" },
  ],
  rowHeights: [{ row: 2, height: 47 }],
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    header: { center: "R&&D «Проект»" },
    footer: { left: "&A", center: "Страница &P из &N" },
    breaksBefore: [40],
  },
  ...extra,
});

async function sheetXml(plans: SheetPlan[]): Promise<string> {
  const dir = tempDir("po-print-xlsx-");
  const out = path.join(dir, "print.xlsx");
  await writePlansToXlsx(plans, { out });
  const files = unzipSync(fs.readFileSync(out));
  fs.rmSync(dir, { recursive: true, force: true });
  return strFromU8(files["xl/worksheets/sheet1.xml"]);
}

test("row heights, header, footer and row breaks are written", async () => {
  const xml = await sheetXml([plan()]);
  expect(xml).toMatch(/<row r="3"[^>]*ht="47"[^>]*customHeight="1"/);
  expect(xml).toContain("<oddHeader>&amp;CR&amp;&amp;D «Проект»</oddHeader>");
  expect(xml).toContain("<oddFooter>&amp;L&amp;A&amp;CСтраница &amp;P из &amp;N</oddFooter>");
  // a break before row 41 (0-based 40): after the 1-based row 40
  expect(xml).toMatch(/<rowBreaks[^>]*><brk id="40"[^>]*man="1"/);
  expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
});

test("a bad row height or page break is refused before anything is written", async () => {
  const dir = tempDir("po-print-xlsx-");
  const out = path.join(dir, "bad.xlsx");
  await expect(writePlansToXlsx([plan({ rowHeights: [{ row: 1, height: 500 }] })], { out })).rejects.toThrow(/row height/);
  await expect(writePlansToXlsx([plan({ print: { orientation: "portrait", paper: "A4", breaksBefore: [-1] } })], { out })).rejects.toThrow(/page break/);
  expect(fs.existsSync(out)).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});
