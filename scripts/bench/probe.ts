import * as fs from "fs";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx";
import { validateWorkbook } from "../../src/core/rules";
import { collect, median } from "./common";
async function main() {
  const file = process.argv[2]; const mode = process.argv[3];
  const plain: number[] = [], full: number[] = [];
  const doPlain = async () => { const t = performance.now(); await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file) as any); return performance.now() - t; };
  const doFull = async () => { const t = performance.now(); validateWorkbook(await readXlsx(file)); return performance.now() - t; };
  for (let i = 0; i <= 8; i++) {
    let p: number, f: number;
    if (mode === "gc") { collect(); p = await doPlain(); collect(); f = await doFull(); }
    else if (i % 2) { f = await doFull(); p = await doPlain(); } else { p = await doPlain(); f = await doFull(); }
    if (i) { plain.push(p); full.push(f); }
  }
  console.log(mode, "plain", median(plain).toFixed(0), "full", median(full).toFixed(0), "ratio", (median(full) / median(plain)).toFixed(3));
}
main();
