/**
 * LibreOffice as a recalculation engine for tests: a workbook written by ExcelJS carries no cached
 * results (or wrong ones); converting it xlsx → xlsx with LibreOffice headless recalculates every
 * formula, and the converted file can be read back to check the values a spreadsheet would show.
 *
 * Node only. Each run gets a fresh profile (-env:UserInstallation=file:///tmp/lo-profile-<pid>, removed
 * afterwards) set to "always recalculate on load" for OOXML and ODF, so recalculation does not depend
 * on the cached values or on LibreOffice's defaults (which never recalculate .xlsx). Runs in one
 * process go one at a time (a profile serves one soffice at once; other jest workers have other
 * pids); batch files with recalcManyWithLibreOffice — one start costs ~1-2 s, each file a fraction.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/snap/bin/libreoffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

const cache = new Map<string, string | null>();

/**
 * The soffice executable: $SOFFICE_PATH when set (and only it: a wrong SOFFICE_PATH means "not
 * installed"), else soffice/libreoffice on PATH, else the usual install places; null when absent.
 */
export function findSoffice(): string | null {
  const key = `${process.env.SOFFICE_PATH ?? ""}\0${process.env.PATH ?? ""}`;
  if (!cache.has(key)) cache.set(key, locate());
  return cache.get(key)!;
}

function locate(): string | null {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"]) {
    for (const dir of dirs) {
      const p = path.join(dir, name);
      if (isExecutable(p)) return p;
    }
  }
  for (const p of CANDIDATES) if (isExecutable(p)) return p;
  return null;
}

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    if (process.platform !== "win32") fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const SOFFICE_MISSING_MESSAGE =
  "LibreOffice (soffice) is not installed or not on PATH: the recalculation tests cannot run. " + "Install it (Debian/Ubuntu: apt-get install -y libreoffice-calc) or set SOFFICE_PATH.";

/**
 * For tests: soffice's path, or null when it is missing on a developer machine (the caller skips
 * with a visible message). When CI is set a missing LibreOffice is an error, never a silent skip.
 */
export function sofficeForTests(): string | null {
  const soffice = findSoffice();
  if (soffice) return soffice;
  if (process.env.CI) throw new Error(`${SOFFICE_MISSING_MESSAGE} (CI is set, so this is a failure, not a skip)`);
  console.warn(`SKIPPED: ${SOFFICE_MISSING_MESSAGE}`);
  return null;
}

export const RECALC_TIMEOUT_MS = 60_000;

const RECALC_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

/**
 * A fresh profile for one soffice run, removed afterwards. (Jest's sandboxed `process` does not
 * deliver "exit", so a per-process profile would be left behind in /tmp.)
 */
function freshProfile(): string {
  const dir = path.join(os.tmpdir(), `lo-profile-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_SETTINGS);
  return dir;
}

function fileUrl(p: string): string {
  const abs = path.resolve(p).replace(/\\/g, "/");
  return "file://" + (abs.startsWith("/") ? "" : "/") + encodeURI(abs);
}

// One soffice at a time per process: the profile cannot be shared by two running instances.
let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

export interface RecalcOptions {
  /** Default 60 s. */
  timeoutMs?: number;
  /** Where the recalculated copies go (created if needed); default: a new folder under the temp dir, which the caller removes. */
  outDir?: string;
}

/** Recalculates one workbook; resolves to the path of the recalculated copy. */
export async function recalcWithLibreOffice(xlsxPath: string, options: RecalcOptions = {}): Promise<string> {
  const [out] = await recalcManyWithLibreOffice([xlsxPath], options);
  return out;
}

/**
 * Recalculates several workbooks in one soffice run (a start costs a few seconds; each file then a
 * fraction of that). Resolves to the recalculated copies, in the order given.
 */
export function recalcManyWithLibreOffice(xlsxPaths: string[], options: RecalcOptions = {}): Promise<string[]> {
  return serialized(() => convert(xlsxPaths, options.timeoutMs ?? RECALC_TIMEOUT_MS, options.outDir));
}

/**
 * Prints workbooks to PDF in one soffice run (recalculated on load, as above): every visible sheet with its
 * page setup (paper, orientation, fit to width, title rows, header and footer, manual breaks). Resolves to
 * the PDFs, in the order given, named <n>-<base>.pdf in outDir.
 */
export function pdfManyWithLibreOffice(xlsxPaths: string[], options: RecalcOptions = {}): Promise<string[]> {
  return serialized(() => convert(xlsxPaths, options.timeoutMs ?? RECALC_TIMEOUT_MS, options.outDir, PDF));
}

const XLSX = { filter: "xlsx:Calc MS Excel 2007 XML", ext: ".xlsx" };
const PDF = { filter: "pdf:calc_pdf_Export", ext: ".pdf" };

async function convert(inputs: string[], timeoutMs: number, outDirOption: string | undefined, target = XLSX): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(SOFFICE_MISSING_MESSAGE);
  if (inputs.length === 0) return [];
  const inDir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-recalc-in-"));
  const outDir = outDirOption ?? fs.mkdtempSync(path.join(os.tmpdir(), "lo-recalc-"));
  fs.mkdirSync(outDir, { recursive: true });
  const profileDir = freshProfile();
  try {
    return await convertIn(soffice, inputs, inDir, outDir, profileDir, timeoutMs, target);
  } finally {
    fs.rmSync(inDir, { recursive: true, force: true });
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

async function convertIn(soffice: string, inputs: string[], inDir: string, outDir: string, profileDir: string, timeoutMs: number, target: { filter: string; ext: string }): Promise<string[]> {
  // Copies with unique names: two inputs may share a base name, and soffice names outputs by it.
  const copies = inputs.map((p, i) => {
    if (!fs.existsSync(p)) throw new Error(`no such file: ${p}`);
    const base = path
      .basename(p)
      .replace(/\.[^.]*$/, "")
      .replace(/[^\p{L}\p{N}_.-]+/gu, "_");
    const copy = path.join(inDir, `${i + 1}-${base}.xlsx`);
    fs.copyFileSync(p, copy);
    return copy;
  });
  const args = [
    `-env:UserInstallation=${fileUrl(profileDir)}`,
    "--headless",
    "--invisible",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    "--nologo",
    "--convert-to",
    target.filter,
    "--outdir",
    outDir,
    ...copies,
  ];
  const { code, signal, stdout, stderr, timedOut } = await run(soffice, args, timeoutMs);
  const outputs = copies.map((c) => path.join(outDir, path.basename(c).replace(/\.xlsx$/, target.ext)));
  const missing = outputs.filter((o) => !fs.existsSync(o));
  if (timedOut) throw new Error(`LibreOffice did not finish within ${timeoutMs / 1000} s (${inputs.join(", ")})`);
  if (missing.length > 0 || code !== 0) {
    throw new Error(
      `LibreOffice conversion failed (exit ${code ?? signal}); missing: ${missing.map((m) => path.basename(m)).join(", ") || "none"}\n` + `stdout: ${stdout.trim()}\nstderr: ${stderr.trim()}`,
    );
  }
  return outputs;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // detached: soffice is a shell script that starts soffice.bin; a process group lets a timeout end both.
    const child = spawn(cmd, args, { detached: process.platform !== "win32", stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** soffice --version, for messages; null when it cannot be run. */
export function sofficeVersion(): string | null {
  const soffice = findSoffice();
  if (!soffice) return null;
  const r = spawnSync(soffice, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}
