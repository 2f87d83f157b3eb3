/**
 * The register (свод, issue 16): the real `project-office report DIR -o OUT.xlsx` over the department's 200
 * school workbooks (the same folder as the `cli` section: passport + plan each) in its own process — wall time
 * and peak memory — and the task pane's «Свод» over 50 of those files: read by the xlsx adapter's public read
 * function, the register written into the fake Excel (5 MB request cap, as Excel on the web) — round trips,
 * the largest request, time.
 */
import * as fs from "fs";
import * as path from "path";
import { registerInExcel } from "../../src/app/register";
import { createFakeExcel } from "../../src/fake-excel";
import { atMost, check, fmtBytes, fmtMs, log, type Figure } from "./common";
import { ensureCli, measureProcess, SCHOOLS, writeSchools } from "./cli";
import { CAP } from "./excel";

const SECTION = "register";
const PANE_FILES = 50;

export async function registerFigures(root: string, dir: string): Promise<Figure[]> {
  ensureCli(root);
  const schools = path.join(dir, "schools");
  if (!fs.existsSync(schools) || fs.readdirSync(schools).length < SCHOOLS) {
    fs.mkdirSync(schools, { recursive: true });
    log(`register: writing ${SCHOOLS} school workbooks`);
    await writeSchools(schools);
  }
  const out = path.join(dir, "svod.xlsx");
  fs.rmSync(out, { force: true });
  log("register: project-office report DIR -o OUT.xlsx");
  const run = await measureProcess([path.join(root, "bin", "project-office.js"), "report", schools, "-o", out, "--as-of", "2026-06-15"], root);
  const m = /В своде проектов: (\d+)/.exec(run.stdout);
  let problem = "";
  if (!m || !fs.existsSync(out)) problem = `no register written (exit ${run.code}): ${run.stderr.split("\n").slice(-4).join(" ").slice(0, 300)}`;
  else if (Number(m[1]) !== SCHOOLS) problem = `${m[1]} projects in the register, ${SCHOOLS} expected`;
  else if (run.code !== 0 && run.code !== 1) problem = `exit code ${run.code}`;
  // CPU time beside the wall time: on a machine shared with other work the wall time says more about the load
  const cpu = ["User", "System"].reduce((n, k) => n + Number(new RegExp(`${k} time \\(seconds\\):\\s*([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN), 0);
  const figures: Figure[] = [
    check({
      id: "register.cli.ms",
      section: SECTION,
      name: `project-office report DIR -o OUT.xlsx, ${SCHOOLS} school workbooks`,
      value: problem ? NaN : run.ms,
      unit: "ms",
      display: problem
        ? `FAILED: ${problem}`
        : `${fmtMs(run.ms)} (${(run.ms / SCHOOLS).toFixed(1)} ms a file; CPU ${Number.isFinite(cpu) ? `${cpu.toFixed(1)} s` : "—"}; register ${fmtBytes(fs.statSync(out).size)}; exit ${run.code})`,
      budget: atMost(10_000, "≤ 10 s"),
    }),
    check({
      id: "register.cli.peakMemory",
      section: SECTION,
      name: "its peak memory (max resident set size)",
      value: run.peakKb * 1024,
      unit: "bytes",
      display: `${fmtBytes(run.peakKb * 1024)} (${run.how})`,
      budget: atMost(500_000_000, "≤ 500 MB"),
    }),
  ];

  log(`register: the task pane's «Свод» over ${PANE_FILES} files into the fake Excel`);
  const picked = fs
    .readdirSync(schools)
    .sort()
    .slice(0, PANE_FILES)
    .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(schools, f))) }));
  const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] }, { payloadLimitBytes: CAP, responseLimitBytes: CAP });
  const t0 = performance.now();
  let paneProblem = "";
  let projects = 0;
  let writeSyncs = NaN;
  try {
    // the pane's own reader (readXlsxBytes, the default): what runs in the browser
    const r = await registerInExcel({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru", {
      files: picked,
      openWorkbook: false,
      asOf: { year: 2026, month: 6, day: 15 },
    });
    projects = r.projects;
    writeSyncs = r.writeSyncs;
    if (r.unreadable.length) paneProblem = `${r.unreadable.length} files unreadable`;
  } catch (e) {
    paneProblem = e instanceof Error ? e.message.slice(0, 200) : String(e);
  }
  const ms = performance.now() - t0;
  const requests = fake.stats.requests;
  figures.push(
    check({
      id: "register.pane.writeSyncs",
      section: SECTION,
      name: `task pane «Свод», ${PANE_FILES} picked files (${projects} projects): the write's round trips`,
      value: paneProblem ? NaN : writeSyncs,
      unit: "syncs",
      display: paneProblem ? `FAILED: ${paneProblem}` : `${writeSyncs} syncs (data, finishing touches), ${fake.stats.syncs} with the outline; ${fmtMs(ms)} reading, building and writing`,
      budget: atMost(2, "≤ 2 syncs"),
    }),
    check({
      id: "register.pane.maxRequest",
      section: SECTION,
      name: "its largest request",
      value: paneProblem ? NaN : Math.max(0, ...requests.map((r) => r.bytes)),
      unit: "bytes",
      display: `${fmtBytes(Math.max(0, ...requests.map((r) => r.bytes)))} (all requests ${fmtBytes(requests.reduce((n, r) => n + r.bytes, 0))})`,
      budget: atMost(CAP, "≤ 5 MB (Excel on the web)"),
    }),
  );
  return figures;
}
