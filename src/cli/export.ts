/**
 * `project-office export FILE|DIR... [--json] [--lang ru|en]`
 * The recognised documents as data for other systems (src/core/register/export.ts; the schema is in
 * docs/CLI.md). --json prints {"files":[{"file","documents":[…]}]} (an unreadable file gets an "error" text
 * and no documents); without it, one line per document for people. Exit: 2 when a file could not be read,
 * else 0.
 */
import { exportWorkbook, type ExportedFile } from "../core/register";
import { strings } from "../i18n";
import { CliError, EXIT, type CliIO } from "./io";
import type { ParsedOptions } from "./main";
import { collectFiles, plainMessage, readWorkbookFile, shown } from "./files";
import { progress } from "./validate";

const KIND = {
  ru: { passport: "паспорт", plan: "план реализации", schedule: "план-график" },
  en: { passport: "passport", plan: "implementation plan", schedule: "calendar plan" },
};

export async function runExport(args: string[], opts: ParsedOptions, io: CliIO): Promise<number> {
  const s = strings(opts.lang);
  const ru = opts.lang === "ru";
  if (args.length === 0) throw new CliError(s.cli.missingArg(ru ? "файл или папка для выгрузки" : "a file or folder to export"));
  const { files, missing, denied } = collectFiles(args, io.cwd);
  const out: ExportedFile[] = [];
  let unreadable = 0;
  const fail = (file: string, reason: string) => {
    unreadable++;
    io.err(s.cli.unreadable(file, reason) + "\n");
    out.push({ file, error: reason, documents: [] });
  };
  for (const m of missing) fail(m, ru ? "файл или папка не найдены" : "no such file or folder");
  for (const d of denied) fail(shown(d, io.cwd), ru ? "нет доступа к папке" : "the folder cannot be opened (access denied)");
  for (let i = 0; i < files.length; i++) {
    const name = shown(files[i], io.cwd);
    progress(io, i, files.length, name);
    const read = await readWorkbookFile(files[i]);
    if (!read.ok) {
      fail(name, read.reason[opts.lang]);
      continue;
    }
    try {
      out.push({ file: name, documents: exportWorkbook(read.snapshot) });
    } catch (e) {
      fail(name, plainMessage(e));
    }
  }
  progress(io, files.length, files.length, "");
  if (opts.json) io.out(JSON.stringify({ files: out }, null, 2) + "\n");
  else {
    for (const f of out) {
      if (f.error) continue;
      if (f.documents.length === 0) io.out(`${f.file}: ${ru ? "документов не найдено" : "no documents found"}\n`);
      for (const d of f.documents) io.out(`${f.file} — ${d.sheet}: ${KIND[opts.lang][d.kind]}${describe(d, ru)}\n`);
    }
    io.out((ru ? "Данные целиком: project-office export … --json" : "All the data: project-office export … --json") + "\n");
  }
  return unreadable > 0 ? EXIT.USAGE : EXIT.OK;
}

function describe(d: Record<string, unknown>, ru: boolean): string {
  const n = (k: string) => (Array.isArray(d[k]) ? (d[k] as unknown[]).length : 0);
  if (d.kind === "passport") {
    const points = Array.isArray(d.stages) ? (d.stages as { controlPoints: unknown[] }[]).reduce((a, s) => a + s.controlPoints.length, 0) : 0;
    return ru ? ` (показателей: ${n("indicators")}, этапов: ${n("stages")}, контрольных точек: ${points})` : ` (indicators: ${n("indicators")}, stages: ${n("stages")}, control points: ${points})`;
  }
  if (d.kind === "plan") return ru ? ` (мероприятий: ${String(d.activityCount)})` : ` (activities: ${String(d.activityCount)})`;
  return ru ? ` (этапов: ${n("stages")})` : ` (stages: ${n("stages")})`;
}
