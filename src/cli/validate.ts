/**
 * `project-office validate FILE|DIR... [--json] [--report OUT.xlsx] [--lang ru|en]`
 * Exit: 2 when a file could not be read (the others are still checked), else 1 when any error was found, else 0.
 */
import * as fs from "fs";
import * as path from "path";
import { formatCell } from "../core/address";
import type { Lang } from "../core/i18n";
import type { SheetReport, Severity } from "../core/findings";
import { validateWorkbook } from "../core/rules";
import { withoutInternalSheets, type SheetPlan } from "../core/workbook";
import { writePlansToXlsx, XlsxWriteError } from "../adapters/xlsx";
import { strings } from "../i18n";
import { CliError, EXIT, type CliIO } from "./io";
import type { ParsedOptions } from "./main";
import { collectFiles, plainMessage, readWorkbookFile, sheetNotReadReports, shown } from "./files";
import { docxCell, docxJsonPlace, docxMessage } from "./docx";

interface JsonIssue {
  /** A1, or the place in a Word document («таблица 2, строка 5, столбец 3») */
  cell: string;
  /** a Word document's table, row and column (1-based), or its paragraph */
  table?: number;
  row?: number;
  column?: number;
  paragraph?: number;
  severity: Severity;
  rule: string;
  message: string;
}
interface JsonFile {
  file: string;
  /** present only when the file could not be read */
  error?: string;
  sheets: { name: string; kind: SheetReport["kind"]; issues: JsonIssue[] }[];
}

interface FileSummary {
  file: string;
  errors: number;
  warnings: number;
  infos: number;
  unreadable?: string;
}

const L = {
  ru: {
    file: "Файл",
    errors: "Ошибок",
    warnings: "Предупр.",
    status: "Итог",
    ok: "без ошибок",
    bad: "есть ошибки",
    unreadable: "не прочитан",
    total: "Всего",
    checked: (n: number) => `Проверено файлов: ${n}`,
    none: "Замечаний нет.",
  },
  en: {
    file: "File",
    errors: "Errors",
    warnings: "Warnings",
    status: "Result",
    ok: "no errors",
    bad: "errors",
    unreadable: "not read",
    total: "Total",
    checked: (n: number) => `Files checked: ${n}`,
    none: "No findings.",
  },
};

export function progress(io: CliIO, done: number, total: number, label: string): void {
  if (!io.isTTY || total < 2) return;
  const width = 24;
  const filled = Math.round((done / total) * width);
  const name = label.length > 40 ? "…" + label.slice(-39) : label;
  io.err(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(90) + (done === total ? "\r" + " ".repeat(90) + "\r" : ""));
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")).join("\n") + "\n";
}

export async function runValidate(args: string[], opts: ParsedOptions, io: CliIO): Promise<number> {
  const s = strings(opts.lang);
  const l = L[opts.lang];
  if (args.length === 0) throw new CliError(s.cli.missingArg(opts.lang === "ru" ? "файл или папка для проверки" : "a file or folder to check"));
  if (opts.report && fs.existsSync(path.resolve(io.cwd, opts.report))) throw new CliError(s.cli.exists(opts.report));
  const { files, missing, denied } = collectFiles(args, io.cwd);
  const summaries: FileSummary[] = [];
  const json: JsonFile[] = [];
  let unreadable = missing.length;
  for (const m of missing) {
    const reason = opts.lang === "ru" ? "файл или папка не найдены" : "no such file or folder";
    io.err(s.cli.unreadable(m, reason) + "\n");
    summaries.push({ file: m, errors: 0, warnings: 0, infos: 0, unreadable: reason });
    json.push({ file: m, error: reason, sheets: [] });
  }
  for (const d of denied) {
    // a folder that cannot be listed: said once, the other files are still checked
    unreadable++;
    const name = shown(d, io.cwd);
    const reason = opts.lang === "ru" ? "нет доступа к папке" : "the folder cannot be opened (access denied)";
    io.err(s.cli.unreadable(name, reason) + "\n");
    summaries.push({ file: name, errors: 0, warnings: 0, infos: 0, unreadable: reason });
    json.push({ file: name, error: reason, sheets: [] });
  }
  let anyError = false;
  let human = "";
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const name = shown(file, io.cwd);
    progress(io, i, files.length, name);
    const read = await readWorkbookFile(file);
    if (!read.ok) {
      unreadable++;
      const reason = read.reason[opts.lang];
      io.err(s.cli.unreadable(name, reason) + "\n");
      summaries.push({ file: name, errors: 0, warnings: 0, infos: 0, unreadable: reason });
      json.push({ file: name, error: reason, sheets: [] });
      continue;
    }
    const report = validateWorkbook(withoutInternalSheets(read.snapshot));
    // sheets the reader could not read (too large…) are findings of their own; the rest is checked
    report.sheets.push(...sheetNotReadReports(read.snapshot.skipped));
    const cellOf = (f: { row: number; col: number }) => docxCell(read.docx, f, opts.lang) ?? formatCell(f);
    const count = (sev: Severity) => report.sheets.reduce((n, sh) => n + sh.findings.filter((f) => f.severity === sev).length, 0);
    const sum = { file: name, errors: count("error"), warnings: count("warning"), infos: count("info") };
    summaries.push(sum);
    if (sum.errors > 0) anyError = true;
    json.push({
      file: name,
      sheets: report.sheets.map((sh) => ({
        name: sh.sheet,
        kind: sh.kind,
        issues: sh.findings.map((f) => ({ cell: cellOf(f), ...docxJsonPlace(read.docx, f), severity: f.severity, rule: f.rule, message: docxMessage(read.docx, f.message[opts.lang], opts.lang) })),
      })),
    });
    if (!opts.json) human += formatHuman(name, report.sheets, opts.lang, cellOf, (t) => docxMessage(read.docx, t, opts.lang));
  }
  progress(io, files.length, files.length, "");

  if (opts.json) io.out(JSON.stringify({ files: json }, null, 2) + "\n");
  else {
    io.out(human);
    if (summaries.length > 1 || args.some((a) => !WORKBOOK_LIKE.test(a))) io.out("\n" + summaryTable(summaries, opts.lang));
    else if (summaries.length === 1 && !summaries[0].unreadable && summaries[0].errors + summaries[0].warnings + summaries[0].infos === 0) io.out(l.none + "\n");
  }
  if (opts.report) {
    const out = path.resolve(io.cwd, opts.report);
    try {
      await writePlansToXlsx([reportPlan(summaries, opts.lang)], { out });
    } catch (e) {
      // the results above stand; only the report is missing
      const why = e instanceof XlsxWriteError ? e.reason[opts.lang] : plainMessage(e);
      io.err((opts.lang === "ru" ? `Отчёт ${opts.report} не записан: ${why}` : `The report ${opts.report} was not written: ${why}`) + "\n");
      return EXIT.USAGE;
    }
    if (!opts.json) io.out(s.cli.written(shown(out, io.cwd)) + "\n");
  }
  return unreadable > 0 ? EXIT.USAGE : anyError ? EXIT.FINDINGS : EXIT.OK;
}

const WORKBOOK_LIKE = /\.(xlsx|xlsm|xls|docx)$/i;

function formatHuman(file: string, sheets: SheetReport[], lang: Lang, cellOf: (f: { row: number; col: number }) => string, message: (text: string) => string): string {
  const s = strings(lang);
  let out = "";
  for (const sh of sheets) {
    if (sh.findings.length === 0) continue;
    out += `${file} — ${sh.sheet} (${s.validation.kind[sh.kind]})\n`;
    for (const f of sh.findings) out += `  ${cellOf(f).padEnd(6)} ${s.severity[f.severity].padEnd(lang === "ru" ? 14 : 7)} ${message(f.message[lang])} [${f.rule}]\n`;
  }
  return out;
}

function summaryTable(rows: FileSummary[], lang: Lang): string {
  const l = L[lang];
  const body = rows.map((r) => [r.file, r.unreadable ? "—" : String(r.errors), r.unreadable ? "—" : String(r.warnings), r.unreadable ? l.unreadable : r.errors ? l.bad : l.ok]);
  const total = [l.total, String(rows.reduce((n, r) => n + r.errors, 0)), String(rows.reduce((n, r) => n + r.warnings, 0)), ""];
  return `${l.checked(rows.length)}\n` + table([[l.file, l.errors, l.warnings, l.status], ...body, total]);
}

function reportPlan(rows: FileSummary[], lang: Lang): SheetPlan {
  const l = L[lang];
  const header = { bold: true, fill: "#D9E1F2", border: true, wrap: true };
  const cells: SheetPlan["cells"] = [l.file, l.errors, l.warnings, l.status].map((v, col) => ({ row: 0, col, value: v, style: header }));
  rows.forEach((r, i) => {
    const row = i + 1;
    cells.push({ row, col: 0, value: r.file, style: { border: true } });
    cells.push({ row, col: 1, value: r.unreadable ? null : r.errors, style: { border: true, numberFormat: "0" } });
    cells.push({ row, col: 2, value: r.unreadable ? null : r.warnings, style: { border: true, numberFormat: "0" } });
    cells.push({ row, col: 3, value: r.unreadable ? `${l.unreadable}: ${r.unreadable}` : r.errors ? l.bad : l.ok, style: { border: true } });
  });
  const last = rows.length;
  cells.push({ row: last + 1, col: 0, value: l.total, style: { bold: true } });
  if (rows.length) {
    cells.push({ row: last + 1, col: 1, formula: `=SUM(B2:B${last + 1})`, style: { bold: true } });
    cells.push({ row: last + 1, col: 2, formula: `=SUM(C2:C${last + 1})`, style: { bold: true } });
  }
  return {
    sheet: lang === "ru" ? "Сводка проверки" : "Check summary",
    create: true,
    cells,
    columnWidths: [
      { col: 0, width: 60 },
      { col: 1, width: 10 },
      { col: 2, width: 12 },
      { col: 3, width: 40 },
    ],
    freeze: { rows: 1, cols: 0 },
    conditionalFormats: rows.length ? [{ ref: { top: 1, left: 1, bottom: last, right: 1 }, formula: "=$B2>0", fill: "#FFC7CE" }] : undefined,
  };
}
