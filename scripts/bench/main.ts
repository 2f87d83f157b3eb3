/**
 * `npm run bench [-- --json] [-- --markdown] [-- --only engine,xlsx,docx,excel,bundle,pane,cli,register] [-- --from REPORT.json]`
 *
 * Speed as a measured property: every figure beside its budget. A table for people on stdout (progress
 * on stderr); with --json the same figures machine-readable on stdout; --markdown the table as Markdown
 * (docs/BENCHMARK.md); --from shows a saved --json report again. Exits 1 when a budget is missed, 2 when the
 * benchmark itself could not run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bundleFigures } from "./bundle";
import { cliFigures } from "./cli";
import type { Figure } from "./common";
import { log } from "./common";
import { writeMarkdown, type MarkdownSection } from "./markdown";
import { paneFigures } from "./pane";
import { engineFigures } from "./engine";
import { docxFigures } from "./docx";
import { excelFigures } from "./excel";
import { xlsxFigures } from "./xlsx";
import { registerFigures } from "./register";

const SECTIONS = ["engine", "xlsx", "docx", "excel", "bundle", "pane", "cli", "register"] as const;
type Section = (typeof SECTIONS)[number];
const TITLES: Record<Section, string> = {
  engine: "Engine: validation of snapshots in memory (recognition + all rules), warm medians",
  xlsx: "xlsx path: readXlsx + validation against ExcelJS's own load of the same file",
  docx: "docx path: readDocx (fflate + saxes) + recognition and rules, warm medians",
  excel: "Excel path: the add-in's engine over the fake Excel (5 MB request/response cap)",
  bundle: "Task pane production bundle",
  pane: "Task pane in Chromium (production preview page)",
  cli: "Command line over a folder",
  register: "The register (свод) of a department's folder: command line and task pane",
};

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memoryGB: Math.round((os.totalmem() / 1e9) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + " ".repeat(n - len);
}

function result(f: Figure): string {
  return f.pass === undefined ? "" : f.pass ? "pass" : "FAIL";
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? chars.slice(0, n - 1).join("") + "…" : s;
}

function textTable(figures: Figure[]): string {
  const rows: string[][] = [];
  const limits = [72, 100, 60, 4];
  for (const s of SECTIONS) {
    const list = figures.filter((f) => f.section === s);
    if (!list.length) continue;
    rows.push([`## ${TITLES[s]}`]);
    for (const f of list) rows.push([f.name, f.display ?? `${f.value} ${f.unit}`, f.budget?.text ?? "", result(f)].map((c, i) => clip(c, limits[i])));
  }
  const w = [0, 0, 0, 0];
  for (const r of rows) if (r.length > 1) r.forEach((c, i) => (w[i] = Math.max(w[i], [...c].length)));
  let out =
    rows
      .map((r) =>
        r.length === 1
          ? `\n${r[0]}`
          : r
              .map((c, i) => pad(c, w[i]))
              .join("  ")
              .trimEnd(),
      )
      .join("\n") + "\n";
  const failed = figures.filter((f) => f.pass === false);
  if (failed.length) {
    out += "\nOver budget:\n";
    for (const f of failed) out += `- ${f.id}: ${f.display ?? f.value} (budget ${f.budget?.text})${f.note ? `; ${f.note}` : ""}\n`;
  }
  return out;
}

function markdownSections(figures: Figure[]): MarkdownSection[] {
  const out: MarkdownSection[] = [];
  for (const s of SECTIONS) {
    const list = figures.filter((f) => f.section === s);
    if (!list.length) continue;
    let text = `### ${TITLES[s]}\n\n| Figure | Value | Budget | Result |\n|---|---|---|---|\n`;
    for (const f of list) text += `| ${f.name} | ${(f.display ?? `${f.value} ${f.unit}`).replace(/\|/g, "\\|")} | ${f.budget?.text ?? ""} | ${result(f)} |\n`;
    out.push({ id: s, text });
  }
  return out;
}

function markdownTable(figures: Figure[]): string {
  return markdownSections(figures)
    .map((s) => `\n${s.text}`)
    .join("");
}

interface Report {
  date: string;
  machine: ReturnType<typeof machine> & { loadAverageAtEnd: number[] };
  seconds: number;
  ok: boolean;
  failed: string[];
  figures: Figure[];
}

function render(report: Report, markdown: boolean): void {
  const { machine: m, figures } = report;
  if (markdown) {
    process.stdout.write(markdownTable(figures));
    const failed = figures.filter((f) => f.pass === false).length;
    const sections = SECTIONS.filter((sec) => figures.some((f) => f.section === sec));
    const part = sections.length < SECTIONS.length ? ` (sections ${sections.join(", ")}; the other tables are from earlier runs)` : "";
    const run = `${report.date.slice(0, 16).replace("T", " ")} UTC, \`npm run bench -- --markdown\`${part}, ${report.seconds} s, ${m.cpus} × ${m.cpu}, node ${m.node}: ${failed ? `**${failed} over budget**` : "every budget met"}.`;
    const doc = path.resolve(__dirname, "..", "..", "..", "..", "docs", "BENCHMARK.md");
    if (writeMarkdown(doc, [{ id: "run", text: run }, ...markdownSections(figures)])) process.stderr.write(`bench: tables written into ${doc}\n`);
    return;
  }
  const failed = figures.filter((f) => f.pass === false);
  process.stdout.write(`«Проектный офис» benchmark, ${report.date.slice(0, 16).replace("T", " ")} UTC — ${m.cpus} × ${m.cpu}, node ${m.node}, load average ${m.loadAverage.join(" ")}\n`);
  process.stdout.write(textTable(figures));
  process.stdout.write(
    `\n${figures.filter((f) => f.pass).length} within budget, ${failed.length} over budget (${report.seconds} s)${failed.length ? `: ${failed.map((f) => f.id).join(", ")}` : ""}\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const markdown = argv.includes("--markdown");
  const onlyArg = argv.find((a, i) => a.startsWith("--only=") || argv[i - 1] === "--only");
  const only = onlyArg ? new Set(onlyArg.replace(/^--only=/, "").split(",")) : undefined;
  const unknown = only ? [...only].filter((s) => !SECTIONS.includes(s as Section)) : [];
  if (unknown.length) {
    process.stderr.write(`bench: unknown section ${unknown.join(", ")} (sections: ${SECTIONS.join(", ")})\n`);
    return 2;
  }
  // --from REPORT.json: show a saved --json report as the table (or --markdown) without measuring again
  const fromIdx = argv.indexOf("--from");
  if (fromIdx >= 0) {
    const saved = JSON.parse(fs.readFileSync(argv[fromIdx + 1], "utf8")) as Report;
    render(saved, markdown);
    return saved.ok ? 0 : 1;
  }
  const want = (s: Section) => !only || only.has(s);
  const root = path.resolve(__dirname, "..", "..", "..", "..");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "po-bench-"));
  const started = new Date();
  const m = machine();
  log(`${m.cpus} × ${m.cpu}, node ${m.node}, load average ${m.loadAverage.join(" ")}`);
  const figures: Figure[] = [];
  const t0 = performance.now();
  try {
    if (want("engine")) figures.push(...(await engineFigures()));
    if (want("xlsx")) figures.push(...(await xlsxFigures(work)));
    if (want("docx")) figures.push(...(await docxFigures()));
    if (want("excel")) figures.push(...(await excelFigures()));
    if (want("bundle")) figures.push(...bundleFigures(root));
    if (want("pane")) figures.push(...(await paneFigures(root)));
    if (want("cli")) figures.push(...(await cliFigures(root, work)));
    if (want("register")) figures.push(...(await registerFigures(root, work)));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  const failed = figures.filter((f) => f.pass === false);
  const report: Report = {
    date: started.toISOString(),
    machine: { ...m, loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    seconds: Math.round(seconds),
    ok: failed.length === 0,
    failed: failed.map((f) => f.id),
    figures,
  };
  if (json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else render(report, markdown);
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
