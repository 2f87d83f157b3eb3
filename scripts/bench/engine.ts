/**
 * The engine alone (recognition + every rule) over snapshots in memory: what the task pane runs between
 * its one read and its one write, and what the command line runs after reading a file. Warm: the JIT has
 * seen the same work before (a task pane that has validated before), then the median of several runs.
 *
 * Each case runs in a fresh node process (this file, forked with the case as arguments): V8 sizes its heap
 * from what ran before, and a 100,000-row run after the smaller ones would otherwise pay for their history
 * (three times the collection pauses in one order of the cases, a third in another).
 */
import { fork } from "child_process";
import { parsePeriod } from "../../src/core/periods";
import { validateWorkbook } from "../../src/core/rules";
import { withoutInternalSheets, type CellValue, type WorkbookSnapshot } from "../../src/core/workbook";
import { atMost, check, fmtInt, fmtMs, gcPauseMs, log, median, timeWarm, type Figure } from "./common";
import { cellCount, pastedPlan, plansToSnapshot, projectPlans, withoutNames } from "./generate";

const SECTION = "engine";
export const SIZES = [100, 1_000, 10_000, 100_000];

interface CaseResult {
  ms: number;
  mean: number;
  all: number[];
  gcPerRun: number;
  cells: number;
  findings: number;
  warm: number;
  runs: number;
  /** when several processes ran the case: each one's mean */
  processes?: number[];
}

const CASES: Record<string, () => WorkbookSnapshot> = {};
for (const rows of SIZES) {
  CASES[`pasted.${rows}`] = () => pastedPlan(rows);
  CASES[`template.${rows}`] = () => plansToSnapshot(projectPlans({ seed: 7, planRows: rows, indicators: 0, controlPoints: 0 }));
}
CASES["passport.template"] = () => plansToSnapshot(projectPlans({ seed: 11, planRows: 0, indicators: 200, controlPoints: 500 }));
CASES["passport.labels"] = () => withoutNames(CASES["passport.template"]());

/**
 * Warm-up runs that see at least 200,000 rows (3 to 50 of them), so that every size is as warm; then 21 runs
 * (15 at 100,000: each run there allocates about 160 MB that lives to its end, so old-space collections land in
 * some runs and not others; with 7 runs the mean moved by ±20 % between runs of the same code).
 */
function runsFor(key: string): { warm: number; runs: number } {
  const rows = Number(/\.(\d+)$/.exec(key)?.[1] ?? 1000);
  return { warm: Math.min(50, Math.max(3, Math.ceil(200_000 / rows))), runs: rows >= 100_000 ? 15 : 21 };
}

/** In the child: one case, measured, sent to the parent. */
async function runCase(key: string): Promise<CaseResult> {
  // what the add-in and the command line validate: the add-in's own hidden sheets (drop-down lists) aside
  const wb = withoutInternalSheets(CASES[key]());
  const { warm, runs } = runsFor(key);
  let findings = 0;
  const t = timeWarm(
    () => {
      findings = validateWorkbook(wb).sheets.reduce((n, s) => n + s.findings.length, 0);
    },
    warm,
    runs,
  );
  const gc = (await gcPauseMs(t.window)) / runs;
  return { ms: t.ms, mean: t.mean, all: t.all, gcPerRun: gc, cells: cellCount(wb), findings, warm, runs };
}

/** In the parent: the case in a fresh process (node --expose-gc this-file --case KEY). */
function inChild(key: string): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--case", key], { execArgv: ["--expose-gc"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    let result: CaseResult | undefined;
    child.on("message", (m) => (result = m as CaseResult));
    child.on("error", reject);
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`engine case ${key} failed (exit ${code})`))));
  });
}

/** Processes per size for the budgeted pair (10,000 and 100,000 rows). */
const PROCESSES = 3;

/** Several processes' results of one case as one: the median process by mean (and by median), every run listed. */
function combine(results: CaseResult[]): CaseResult {
  if (results.length === 1) return results[0];
  const mid = <T>(xs: T[], by: (x: T) => number): number => median(xs.map(by));
  return {
    ms: mid(results, (r) => r.ms),
    mean: mid(results, (r) => r.mean),
    gcPerRun: mid(results, (r) => r.gcPerRun),
    all: results.flatMap((r) => r.all),
    cells: results[0].cells,
    findings: results[0].findings,
    warm: results[0].warm,
    runs: results.reduce((n, r) => n + r.runs, 0),
    processes: results.map((r) => r.mean),
  };
}

function figureOf(id: string, name: string, r: CaseResult, budgetMs?: number): Figure {
  return check({
    id: `${id}.ms`,
    section: SECTION,
    name,
    value: r.ms,
    unit: "ms",
    display: `${fmtMs(r.ms)} (${fmtInt((r.cells / r.ms) * 1000)} cells/s, ${fmtInt(r.cells)} cells, ${fmtInt(r.findings)} findings; GC ${((r.gcPerRun / r.mean) * 100).toFixed(0)} %)`,
    budget: budgetMs !== undefined ? atMost(budgetMs, `≤ ${budgetMs} ms`) : undefined,
    note: `${r.processes ? `${r.processes.length} processes (means ${r.processes.map((x) => x.toFixed(1)).join(", ")}; the median one counts), ` : ""}median of ${r.runs} after ${r.warm} warm-up runs (mean ${r.mean.toFixed(1)}, of which collection pauses ${r.gcPerRun.toFixed(1)}); all: ${r.all.map((x) => x.toFixed(1)).join(", ")}`,
    extra: { cells: r.cells, cellsPerSecond: Math.round((r.cells / r.ms) * 1000), findings: r.findings, meanMs: Math.round(r.mean * 10) / 10, gcPauseMsPerRun: Math.round(r.gcPerRun * 10) / 10 },
  });
}

export async function engineFigures(): Promise<Figure[]> {
  const out: Figure[] = [];
  const shapes = [
    { key: "pasted", label: "pasted plan" },
    { key: "template", label: "template plan" },
  ];
  for (const shape of shapes) {
    const runs = new Map<number, CaseResult[]>(SIZES.map((rows) => [rows, []]));
    // The budgeted pair (10,000 and 100,000 rows) in PROCESSES fresh processes each, taken in turn: V8 sizes each
    // process's heap by its own history, and the mean of one 100,000-row process moved by ±20 % from one process to
    // the next (CPU time as much as wall time), which no number of runs inside a process evens out.
    for (let round = 0; round < PROCESSES; round++) {
      for (const rows of SIZES) {
        if (round > 0 && rows < 10_000) continue;
        log(`engine: ${shape.label}, ${fmtInt(rows)} rows${rows >= 10_000 ? ` (process ${round + 1} of ${PROCESSES})` : ""}`);
        runs.get(rows)!.push(await inChild(`${shape.key}.${rows}`));
      }
    }
    const times = new Map<number, CaseResult>();
    for (const rows of SIZES) {
      const r = combine(runs.get(rows)!);
      out.push(figureOf(`engine.${shape.key}.${rows}`, `${shape.label}, ${fmtInt(rows)} rows`, r, rows === 10_000 ? 100 : undefined));
      times.set(rows, r);
    }
    for (let i = 1; i < SIZES.length; i++) {
      const a = SIZES[i - 1];
      const b = SIZES[i];
      // amortised: the mean of the runs, so that garbage collection counts at every size (a median of small runs
      // keeps the runs between two collections, while every large run has several)
      const ratio = times.get(b)!.mean / times.get(a)!.mean;
      const byMedian = times.get(b)!.ms / times.get(a)!.ms;
      out.push(
        check({
          id: `engine.${shape.key}.ratio.${a}-${b}`,
          section: SECTION,
          name: `${shape.label}: time(${fmtInt(b)}) / time(${fmtInt(a)})`,
          value: Math.round(ratio * 100) / 100,
          unit: "×",
          display: `${ratio.toFixed(2)}× for 10× the rows (mean times; medians ${byMedian.toFixed(2)}×)`,
          budget: b === 100_000 ? atMost(15, "≤ 15× (linear)") : undefined,
        }),
      );
    }
  }

  // the passport of a big project
  log("engine: passport, 200 indicators, 500 control points");
  out.push(figureOf("engine.passport.template", "passport, 200 indicators + 500 control points (template, by names)", await inChild("passport.template"), 100));
  out.push(figureOf("engine.passport.labels", "the same passport without names (read from its labels, as pasted)", await inChild("passport.labels"), 100));

  // periods, the most repeated parse (from the former unit test)
  log("engine: periods");
  out.push(periodsFigure());
  return out;
}

/** The cells of a big plan's period column: what a check parses on every run. */
const PERIOD_SAMPLES: CellValue[] = [
  "Август 2021 г.",
  "По плану (не реже, чем 1 раз в квартал)",
  "Ноябрь - декабрь 2021 г.",
  "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.",
  "В течение года",
  "Сентябрь 2021 г. - июнь 2022 г.",
  "Октябрь-декабрь 2021г.",
  "Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)",
  "С сентября 2021 г. по июль 2022 г.",
  "Январь 2021 г., июль 2022 г.",
  "I квартал 2024 г.",
  "до 25 декабря 2023 г.",
  "15.01.2024 – 20.01.2024",
  "ежемесячно",
  "сентябрь",
  "непонятный текст в ячейке сроков",
  45306,
  "",
];

function periodsFigure(): Figure {
  const term = { start: { year: 2021, month: 9, day: 1 }, end: { year: 2022, month: 8, day: 31 } };
  const cells = Array.from({ length: 100_000 }, (_, i) => PERIOD_SAMPLES[i % PERIOD_SAMPLES.length]);
  let ok = 0;
  const t = timeWarm(
    () => {
      ok = 0;
      for (const c of cells) if (parsePeriod(c, { term }).ok) ok++;
    },
    2,
    5,
  );
  return check({
    id: "engine.periods.100000.ms",
    section: SECTION,
    name: "parsePeriod, 100,000 cells (uncached)",
    value: t.ms,
    unit: "ms",
    display: `${fmtMs(t.ms)} (${fmtInt(ok)} parsed)`,
    budget: atMost(1000, "≤ 1 s"),
    note: `median of 5; all: ${t.all.map((x) => x.toFixed(0)).join(", ")}`,
  });
}

// the child's side: `--case KEY`
const caseArg = process.argv.indexOf("--case");
if (caseArg > 0 && process.send) {
  runCase(process.argv[caseArg + 1]).then(
    (r) => process.send!(r, () => process.exit(0)),
    (e) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
