/**
 * `project-office report FILE|DIR... -o OUT.xlsx [--as-of YYYY-MM-DD] [--lang ru|en]`
 * The department's consolidated register (свод) of every project in the files and folders given: a new
 * workbook with the register, its indicators, control points and findings (src/core/register), live formulas
 * recalculated when it opens. An unreadable file is a line of the register marked «не прочитан», never a stop.
 * Exit codes as `validate`: 2 when a file could not be read (the register is still written), else 1 when a
 * check found errors, else 0.
 */
import * as fs from "fs";
import * as path from "path";
import type { Text } from "../core/i18n";
import { isValidYMD, ymdToSerial, type YMD } from "../core/periods";
import { assembleRegister, projectsOfInput, registerPlans, statusCounts, type RegisterProject } from "../core/register";
import { writePlansToXlsx, XlsxWriteError } from "../adapters/xlsx";
import { strings } from "../i18n";
import { CliError, EXIT, type CliIO } from "./io";
import type { ParsedOptions } from "./main";
import { collectFiles, plainMessage, readWorkbookFile, shown } from "./files";
import { progress } from "./validate";

/** --as-of: an ISO date; today (local) by default. */
export function parseAsOf(value: string | undefined, lang: "ru" | "en", now: Date = new Date()): YMD {
  if (value === undefined) return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!d || !isValidYMD(d) || d.year < 1900)
    throw new CliError(
      lang === "ru" ? `Дата --as-of «${value}» не понята: укажите ГГГГ-ММ-ДД, например 2026-12-01.` : `The --as-of date “${value}” is not understood: give YYYY-MM-DD, e.g. 2026-12-01.`,
    );
  return d;
}

const L = {
  ru: {
    what: "файлы или папки для свода",
    out: "файл свода: -o СВОД.xlsx",
    xlsx: "Свод записывается в книгу .xlsx: укажите -o СВОД.xlsx.",
    summary: (projects: number, files: number) => `В своде проектов: ${projects} (файлов: ${files}).`,
    statuses: (c: Record<string, number>) => `Статусы на дату отчёта: в норме — ${c.ok}, под риском — ${c.atRisk}, отстаёт — ${c.behind}, не прочитан — ${c.unreadable}, нет документов — ${c.empty}.`,
    notWritten: (file: string, why: string) => `Свод ${file} не записан: ${why}`,
  },
  en: {
    what: "files or folders for the register",
    out: "the register's file: -o REGISTER.xlsx",
    xlsx: "The register is written to an .xlsx workbook: give -o REGISTER.xlsx.",
    summary: (projects: number, files: number) => `Projects in the register: ${projects} (files: ${files}).`,
    statuses: (c: Record<string, number>) => `Statuses as of the report date: on track ${c.ok}, at risk ${c.atRisk}, behind ${c.behind}, not read ${c.unreadable}, no documents ${c.empty}.`,
    notWritten: (file: string, why: string) => `The register ${file} was not written: ${why}`,
  },
};

export async function runReport(args: string[], opts: ParsedOptions, io: CliIO): Promise<number> {
  const s = strings(opts.lang);
  const l = L[opts.lang];
  if (args.length === 0) throw new CliError(s.cli.missingArg(l.what));
  if (!opts.output) throw new CliError(s.cli.missingArg(l.out));
  if (!/\.xlsx$/i.test(opts.output)) throw new CliError(l.xlsx);
  const out = path.resolve(io.cwd, opts.output);
  if (fs.existsSync(out)) throw new CliError(s.cli.exists(opts.output));
  const asOf = parseAsOf(opts.asOf, opts.lang);

  const { files, missing, denied } = collectFiles(args, io.cwd);
  const perInput: RegisterProject[][] = [];
  let unreadable = 0;
  const unread = (file: string, reason: Text) => {
    unreadable++;
    io.err(s.cli.unreadable(file, reason[opts.lang]) + "\n");
    perInput.push(projectsOfInput({ file, unreadable: reason }));
  };
  for (const m of missing) unread(m, { ru: "файл или папка не найдены", en: "no such file or folder" });
  for (const d of denied) unread(shown(d, io.cwd), { ru: "нет доступа к папке", en: "the folder cannot be opened (access denied)" });
  for (let i = 0; i < files.length; i++) {
    const name = shown(files[i], io.cwd);
    progress(io, i, files.length, name);
    const read = await readWorkbookFile(files[i]);
    if (!read.ok) {
      unread(name, read.reason);
      continue;
    }
    try {
      // each snapshot is let go once its projects are taken: 200 workbooks are never in memory at once
      perInput.push(projectsOfInput({ file: name, snapshot: read.snapshot }));
    } catch (e) {
      unread(name, { ru: `файл не удалось разобрать (${plainMessage(e)})`, en: `the file could not be processed (${plainMessage(e)})` });
    }
  }
  progress(io, files.length, files.length, "");

  const register = assembleRegister(perInput);
  const { plans } = registerPlans(register, { lang: opts.lang, asOf });
  try {
    await writePlansToXlsx(plans, { out });
  } catch (e) {
    const why = e instanceof XlsxWriteError ? e.reason[opts.lang] : plainMessage(e);
    io.err(l.notWritten(opts.output, why) + "\n");
    return EXIT.USAGE;
  }
  const counts = statusCounts(register, ymdToSerial(asOf));
  io.out(`${l.summary(register.projects.length, files.length + missing.length + denied.length)}\n${l.statuses(counts)}\n${s.cli.written(shown(out, io.cwd))}\n`);
  const anyError = register.projects.some((p) => p.errors > 0);
  return unreadable > 0 ? EXIT.USAGE : anyError ? EXIT.FINDINGS : EXIT.OK;
}
