/**
 * The command line over a department's folder: 200 school submissions (each a passport and a plan of
 * 30–80 activities, made with the add-in's templates and the xlsx adapter, all different), checked by
 * the real `project-office validate DIR --json` in its own process: wall time and peak memory.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { atMost, check, fmtBytes, newestMtime, fmtMs, log, type Figure } from "./common";
import { projectWorkbook, rng } from "./generate";

const SECTION = "cli";
export const SCHOOLS = 200;

/** build/cli is compiled from src/cli, src/core and src/adapters/xlsx (npm run build:cli) when older than them. */
export function ensureCli(root: string): void {
  const entry = path.join(root, "build", "cli", "main.js");
  const sources = Math.max(
    ...["src/cli", "src/core", "src/adapters/xlsx", "src/i18n", "tsconfig.cli.json"]
      .map((p) => path.join(root, p))
      .filter((p) => fs.existsSync(p))
      .map(newestMtime),
  );
  if (fs.existsSync(entry) && fs.statSync(entry).mtimeMs >= sources) return;
  log("cli: compiling the command line (npm run build:cli)");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(root, "tsconfig.cli.json")], { cwd: root, stdio: ["ignore", 2, 2] }); // tsc reports on stdout: kept off it (--json)
  if (r.status !== 0) throw new Error("the command line does not compile (npm run build:cli)");
}

export async function writeSchools(dir: string): Promise<number> {
  const r = rng(2024);
  let bytes = 0;
  for (let i = 0; i < SCHOOLS; i++) {
    const wb = projectWorkbook({
      seed: 1000 + i,
      planRows: 30 + Math.floor(r() * 51),
      indicators: 3 + Math.floor(r() * 6),
      controlPoints: 4 + Math.floor(r() * 12),
      mistakes: r() * 0.1,
      people: 3 + Math.floor(r() * 4),
    });
    const file = path.join(dir, `Школа №${String(i + 1).padStart(3, "0")}.xlsx`);
    await wb.xlsx.writeFile(file);
    bytes += fs.statSync(file).size;
  }
  return bytes;
}

interface Run {
  ms: number;
  peakKb: number;
  how: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command, with /usr/bin/time -v for its peak memory when present, else polling /proc/<pid>/status. */
export function measureProcess(args: string[], cwd: string): Promise<Run> {
  const timeBin = "/usr/bin/time";
  const useTime = fs.existsSync(timeBin);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = useTime ? spawn(timeBin, ["-v", process.execPath, ...args], { cwd }) : spawn(process.execPath, args, { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    let polled = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) polled = Math.max(polled, Number(m[1]));
          } catch {
            /* gone */
          }
        }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      const stderr = Buffer.concat(err).toString("utf8");
      let peakKb = polled;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
        peakKb = m ? Number(m[1]) : NaN;
      }
      resolve({ ms, peakKb, how: useTime ? "/usr/bin/time -v" : "VmHWM polled", code, stdout: Buffer.concat(out).toString("utf8"), stderr });
    });
  });
}

export async function cliFigures(root: string, dir: string): Promise<Figure[]> {
  ensureCli(root);
  const schools = path.join(dir, "schools");
  fs.mkdirSync(schools, { recursive: true });
  log(`cli: writing ${SCHOOLS} school workbooks`);
  const bytes = await writeSchools(schools);
  log("cli: project-office validate DIR --json");
  const run = await measureProcess([path.join(root, "bin", "project-office.js"), "validate", schools, "--json"], root);
  let files = 0;
  let issues = 0;
  let unreadable = 0;
  let problem = "";
  try {
    const json = JSON.parse(run.stdout) as { files: { error?: string; sheets: { issues: unknown[] }[] }[] };
    files = json.files.length;
    unreadable = json.files.filter((f) => f.error).length;
    issues = json.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.issues.length, 0), 0);
  } catch (e) {
    problem = `no JSON on stdout (exit ${run.code}): ${run.stderr.split("\n").slice(-5).join(" ").slice(0, 300)}`;
  }
  if (!problem && files !== SCHOOLS) problem = `${files} files in the report, ${SCHOOLS} expected`;
  if (!problem && unreadable) problem = `${unreadable} files unreadable`;
  if (!problem && run.code !== 0 && run.code !== 1) problem = `exit code ${run.code}`;
  return [
    check({
      id: "cli.schools.ms",
      section: SECTION,
      name: `project-office validate DIR --json, ${SCHOOLS} school workbooks (${fmtBytes(bytes)})`,
      value: problem ? NaN : run.ms,
      unit: "ms",
      display: problem ? `FAILED: ${problem}` : `${fmtMs(run.ms)} (${(run.ms / SCHOOLS).toFixed(1)} ms a file; ${issues} findings; exit ${run.code})`,
      budget: atMost(10_000, "≤ 10 s"),
    }),
    check({
      id: "cli.schools.peakMemory",
      section: SECTION,
      name: "its peak memory (max resident set size)",
      value: run.peakKb * 1024,
      unit: "bytes",
      display: `${fmtBytes(run.peakKb * 1024)} (${run.how})`,
      budget: atMost(500_000_000, "≤ 500 MB"),
    }),
  ];
}
