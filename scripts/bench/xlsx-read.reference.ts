/** A 100,000-row × 7-column sheet reads in seconds, not minutes. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../../src/adapters/xlsx";

const ROWS = 100_000;
const BASE = 45658; // 01.01.2025

let dir: string;
let file: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-xlsx-perf-"));
  file = path.join(dir, "big.xlsx");
  // The streaming writer keeps the fixture cheap to make.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Мероприятия");
  ws.getColumn(4).numFmt = "dd.mm.yyyy";
  for (let r = 1; r <= ROWS; r++) {
    const row = ws.addRow([
      r,
      `Мероприятие ${r}`,
      r * 1.5,
      new Date(Date.UTC(2025, 0, 1 + (r % 365))),
      r % 2 === 0,
      `Исполнитель ${r % 17}`,
      { formula: `A${r}*C${r}`, result: r * r * 1.5 },
    ]);
    row.getCell(4).numFmt = "dd.mm.yyyy";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test(
  `${ROWS} rows × 7 columns read without pathological overhead`,
  async () => {
    // The yardstick: ExcelJS's own load of the same file, in the same process.
    let t = Date.now();
    await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
    const plain = (Date.now() - t) / 1000;
    t = Date.now();
    const snap = await readXlsx(file);
    const seconds = (Date.now() - t) / 1000;
    // eslint-disable-next-line no-console
    console.log(`readXlsx: ${ROWS} × 7 in ${seconds.toFixed(1)} s; ExcelJS load alone ${plain.toFixed(1)} s (${(fs.statSync(file).size / 1e6).toFixed(1)} MB file)`);
    const s = snap.sheets[0];
    expect(s.values.length).toBe(ROWS);
    expect(s.values[0].length).toBe(7);
    expect(s.values[ROWS - 1]).toEqual([ROWS, `Мероприятие ${ROWS}`, ROWS * 1.5, BASE + (ROWS % 365), true, `Исполнитель ${ROWS % 17}`, ROWS * ROWS * 1.5]);
    expect(s.formulas![ROWS - 1][6]).toBe(`=A${ROWS}*C${ROWS}`);
    expect(s.numberFormats![ROWS - 1][3]).toBe("dd.mm.yyyy");
    // The snapshot adds little to ExcelJS's load (checksums, one pass over the cells); the bounds
    // leave room for busy CI machines (jest itself makes ExcelJS about 2-3× slower than plain node).
    expect(seconds).toBeLessThan(plain * 2.5 + 2);
    expect(seconds).toBeLessThan(90);
  },
  240_000,
);
