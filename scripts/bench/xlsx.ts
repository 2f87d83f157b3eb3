/**
 * The .xlsx path: what `project-office validate` does per file (readXlsx: checks, ExcelJS load, names,
 * snapshot; then recognition and rules) against ExcelJS's own load of the same bytes. Both in one
 * process, alternating, medians: the ratio says what the add-in's work adds to the unavoidable read.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx";
import { validateWorkbook } from "../../src/core/rules";
import { atMost, check, collect, fmtBytes, fmtInt, fmtMs, log, median, type Figure } from "./common";
import { pastedPlan, projectWorkbook } from "./generate";

const SECTION = "xlsx";

/** A pasted plan written with ExcelJS's streaming writer (cheap to make at 100,000 rows). */
async function writePastedPlan(rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("План");
  const snap = pastedPlan(rows).sheets[0];
  const mergeAt = new Map(snap.merges.map((m) => [m.top, m]));
  snap.values.forEach((values, r) => {
    const row = ws.addRow(values);
    const m = mergeAt.get(r);
    if (m) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

export async function xlsxFigures(dir: string): Promise<Figure[]> {
  const cases: { key: string; label: string; make: (file: string) => Promise<void>; rounds: number }[] = [
    {
      key: "school",
      label: "school workbook (passport + 60-row plan)",
      make: (file) => projectWorkbook({ seed: 21, planRows: 60, indicators: 6, controlPoints: 12 }).xlsx.writeFile(file),
      rounds: 15,
    },
    {
      key: "template-10000",
      label: "template project (passport + 10,000-row plan)",
      make: (file) => projectWorkbook({ seed: 22, planRows: 10_000, indicators: 20, controlPoints: 40 }).xlsx.writeFile(file),
      rounds: 7,
    },
    { key: "pasted-10000", label: "pasted plan, 10,000 rows", make: (file) => writePastedPlan(10_000, file), rounds: 9 },
    { key: "pasted-100000", label: "pasted plan, 100,000 rows", make: (file) => writePastedPlan(100_000, file), rounds: 3 },
  ];
  const out: Figure[] = [];
  for (const c of cases) {
    const file = path.join(dir, `${c.key}.xlsx`);
    log(`xlsx: writing ${c.label}`);
    await c.make(file);
    const size = fs.statSync(file).size;
    log(`xlsx: ${c.label}: ${fmtBytes(size)}, ${c.rounds} rounds`);
    const plain: number[] = [];
    const read: number[] = [];
    const full: number[] = [];
    let findings = 0;
    // one unmeasured round of each first (JIT, file cache), then alternate
    for (let i = 0; i <= c.rounds; i++) {
      collect();
      let t = performance.now();
      await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
      const p = performance.now() - t;
      collect();
      t = performance.now();
      const snap = await readXlsx(file);
      const r = performance.now() - t;
      findings = validateWorkbook(snap).sheets.reduce((n, s) => n + s.findings.length, 0);
      const f = performance.now() - t;
      if (i === 0) continue;
      plain.push(p);
      read.push(r);
      full.push(f);
    }
    const mp = median(plain);
    const mr = median(read);
    const mf = median(full);
    out.push({
      id: `xlsx.${c.key}.exceljsLoad.ms`,
      section: SECTION,
      name: `${c.label}: ExcelJS load alone`,
      value: mp,
      unit: "ms",
      display: `${fmtMs(mp)} (${fmtBytes(size)} file)`,
    });
    out.push({
      id: `xlsx.${c.key}.validate.ms`,
      section: SECTION,
      name: `${c.label}: readXlsx + recognise + rules`,
      value: mf,
      unit: "ms",
      display: `${fmtMs(mf)} (read to snapshot ${fmtMs(mr)}; ${fmtInt(findings)} findings)`,
    });
    out.push(
      check({
        id: `xlsx.${c.key}.ratio`,
        section: SECTION,
        name: `${c.label}: validation / ExcelJS load`,
        value: Math.round((mf / mp) * 1000) / 1000,
        unit: "×",
        display: `${(mf / mp).toFixed(3)}× (+${((mf / mp - 1) * 100).toFixed(1)} %; read alone ${(mr / mp).toFixed(3)}×)`,
        budget: atMost(1.25, "≤ 1.25× (adds ≤ 25 %)"),
        note: `medians of ${c.rounds} alternating rounds; load: ${plain.map((x) => x.toFixed(0)).join(", ")}; validation: ${full.map((x) => x.toFixed(0)).join(", ")}`,
      }),
    );
  }
  return out;
}
