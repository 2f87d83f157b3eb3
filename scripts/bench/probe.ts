import * as fs from "fs";
import ExcelJS from "exceljs";
import { snapshotWorkbook, loadWorkbook, readXlsx } from "../../src/adapters/xlsx";
import { openPackage } from "../../src/adapters/xlsx/sniff";
import { parseWorkbookXml } from "../../src/adapters/xlsx/names";
import { median, collect } from "./common";
async function main() {
  const file = process.argv[2]; const k = Number(process.argv[3] ?? 7);
  const rows: Record<string, number[]> = {};
  const rec = (n: string, v: number) => (rows[n] ??= []).push(v);
  for (let i = 0; i < k + 1; i++) {
    collect();
    let t = performance.now();
    const buf = fs.readFileSync(file);
    rec("readFile", performance.now() - t); t = performance.now();
    await new ExcelJS.Workbook().xlsx.load(buf as any);
    rec("exceljs load", performance.now() - t); collect(); t = performance.now();
    const zip = openPackage(buf);
    rec("sniff", performance.now() - t); t = performance.now();
    parseWorkbookXml(zip.readText("xl/workbook.xml") ?? "");
    rec("workbook.xml", performance.now() - t); collect(); t = performance.now();
    const wb = await loadWorkbook(buf);
    rec("loadWorkbook", performance.now() - t); t = performance.now();
    snapshotWorkbook(wb);
    rec("snapshot", performance.now() - t); collect(); t = performance.now();
    await readXlsx(file);
    rec("readXlsx", performance.now() - t);
  }
  for (const [n, v] of Object.entries(rows)) console.log(n.padEnd(14), median(v.slice(1)).toFixed(1), v.map((x) => x.toFixed(0)).join(" "));
}
main();
