/**
 * The .xlsx path: what `project-office validate` does per file (readXlsx: the reader of read-bytes.ts, which
 * inflates the parts the check needs with fflate within caps, checks their CRCs and parses them with saxes;
 * then recognition and rules) against ExcelJS's own load of the same bytes, the read every .xlsx tool here would otherwise pay.
 * Both in one process, alternating, medians: the ratio says what a whole check costs against that read alone.
 */
import { fork } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx";
import { validateWorkbook } from "../../src/core/rules";
import { withoutInternalSheets } from "../../src/core/workbook";
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

interface Rounds {
  plain: number[];
  read: number[];
  full: number[];
  /** validation / load of each pair, by order: the load first (AB), the validation first (BA) */
  ab: number[];
  ba: number[];
  findings: number;
}

/** In the child: ExcelJS's load against readXlsx + validation of one file, in alternating pairs. */
async function measureFile(file: string, rounds: number, warm: number): Promise<Rounds> {
  const plain: number[] = [];
  const read: number[] = [];
  const full: number[] = [];
  const ab: number[] = [];
  const ba: number[] = [];
  let findings = 0;
  const loadPlain = async (): Promise<number> => {
    const t = performance.now();
    await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
    return performance.now() - t;
  };
  const validate = async (): Promise<[number, number]> => {
    const t = performance.now();
    const snap = await readXlsx(file);
    const r = performance.now() - t;
    // what the command line validates (the add-in's own hidden sheets aside)
    findings = validateWorkbook(withoutInternalSheets(snap)).sheets.reduce((n, s) => n + s.findings.length, 0);
    return [r, performance.now() - t];
  };
  // unmeasured pairs first (JIT, file cache: the engine's functions run once per file, so a small file needs
  // many before they are optimised, as they are after a few files of a folder); then pairs in alternating order
  // (ABBA), so that neither side always runs on the other's garbage
  collect();
  for (let i = 1 - warm; i <= rounds; i++) {
    let p: number;
    let rf: [number, number];
    if (i % 2 === 0) {
      p = await loadPlain();
      rf = await validate();
    } else {
      rf = await validate();
      p = await loadPlain();
    }
    if (i <= 0) continue;
    plain.push(p);
    read.push(rf[0]);
    full.push(rf[1]);
    (i % 2 === 0 ? ab : ba).push(rf[1] / p);
  }
  return { plain, read, full, ab, ba, findings };
}

/** Each file in a fresh node process, so that no case runs on the heap history of the one before. */
function inChild(file: string, rounds: number, warm: number): Promise<Rounds> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--xlsx-case", file, String(rounds), String(warm)], { execArgv: ["--expose-gc"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    let result: Rounds | undefined;
    child.on("message", (m) => (result = m as Rounds));
    child.on("error", reject);
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`xlsx case ${file} failed (exit ${code})`))));
  });
}

/** 0.25 → "+25.0 %", -0.657 → "−65.7 %". */
function signedPercent(x: number): string {
  return `${x < 0 ? "−" : "+"}${Math.abs(x * 100).toFixed(1)} %`;
}

export async function xlsxFigures(dir: string): Promise<Figure[]> {
  const cases: { key: string; label: string; make: (file: string) => Promise<void>; rounds: number; warm: number }[] = [
    {
      key: "school",
      label: "school workbook (passport + 60-row plan)",
      make: (file) => projectWorkbook({ seed: 21, planRows: 60, indicators: 6, controlPoints: 12 }).xlsx.writeFile(file),
      rounds: 41,
      warm: 30,
    },
    {
      key: "template-10000",
      label: "template project (passport + 10,000-row plan)",
      make: (file) => projectWorkbook({ seed: 22, planRows: 10_000, indicators: 20, controlPoints: 40 }).xlsx.writeFile(file),
      rounds: 15,
      warm: 2,
    },
    { key: "pasted-10000", label: "pasted plan, 10,000 rows", make: (file) => writePastedPlan(10_000, file), rounds: 15, warm: 2 },
    { key: "pasted-100000", label: "pasted plan, 100,000 rows", make: (file) => writePastedPlan(100_000, file), rounds: 7, warm: 1 },
  ];
  const out: Figure[] = [];
  for (const c of cases) {
    const file = path.join(dir, `${c.key}.xlsx`);
    log(`xlsx: writing ${c.label}`);
    await c.make(file);
    const size = fs.statSync(file).size;
    log(`xlsx: ${c.label}: ${fmtBytes(size)}, ${c.rounds} rounds`);
    const { plain, read, full, ab, ba, findings } = await inChild(file, c.rounds, c.warm);
    const mp = median(plain);
    const mr = median(read);
    const mf = median(full);
    // Whichever runs second in a pair pays for the first one's garbage, so the pairs' ratios fall in two groups
    // by order; the geometric mean of the two orders' medians cancels that (an ABBA design).
    const ratio = Math.sqrt(median(ab) * median(ba));
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
        value: Math.round(ratio * 1000) / 1000,
        unit: "×",
        display: `${ratio.toFixed(3)}× (${signedPercent(ratio - 1)}; load first ${median(ab).toFixed(3)}×, validation first ${median(ba).toFixed(3)}×; read alone ${(mr / mp).toFixed(3)}×)`,
        budget: atMost(1.25, "≤ 1.25× (adds ≤ 25 %)"),
        note: `${c.rounds} pairs in alternating order after ${c.warm} unmeasured; ratio = √(median ratio with the load first × median ratio with the validation first); load: ${plain.map((x) => x.toFixed(0)).join(", ")}; validation: ${full.map((x) => x.toFixed(0)).join(", ")}`,
      }),
    );
  }
  return out;
}

// the child's side: `--xlsx-case FILE ROUNDS`
const caseArg = process.argv.indexOf("--xlsx-case");
if (caseArg > 0 && process.send) {
  measureFile(process.argv[caseArg + 1], Number(process.argv[caseArg + 2]), Number(process.argv[caseArg + 3])).then(
    (r) => process.send!(r, () => process.exit(0)),
    (e) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
