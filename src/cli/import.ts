/**
 * `project-office import FILE.docx [-o OUT.xlsx] [--force] [--lang ru|en]`
 * Reads a Word document, recognises the passport, plan or calendar plan in it, and writes it as the add-in's
 * own template filled with the data (the adopt path) to a new workbook: NAME.xlsx beside the document (the
 * first free «NAME (2).xlsx» … when taken), or -o, which must not exist unless --force says to replace it.
 * Prints what was recognised, what the copy could not carry, and the check's findings, named by place in
 * Word. Exit: 2 when the document cannot be read or holds no document; else 1 when the check found errors;
 * else 0.
 */
import * as fs from "fs";
import * as path from "path";
import { importWordDocument, placedText, type PlacedNote } from "../adapters/docx/adopt";
import { writePlansToXlsx, XlsxWriteError } from "../adapters/xlsx";
import type { Lang } from "../core/i18n";
import { strings } from "../i18n";
import { CliError, EXIT, type CliIO } from "./io";
import type { ParsedOptions } from "./main";
import { readWorkbookFile, shown } from "./files";

function besideInput(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.docx$/i, "");
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? `${base}.xlsx` : `${base} (${i}).xlsx`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function lines(title: string, notes: PlacedNote[], lang: Lang): string {
  if (notes.length === 0) return "";
  const s = strings(lang);
  return `${title}\n` + notes.map((n) => `  ${s.severity[n.severity].padEnd(lang === "ru" ? 14 : 7)} ${placedText(n, lang)} [${n.rule}]\n`).join("");
}

export async function runImport(args: string[], opts: ParsedOptions, io: CliIO): Promise<number> {
  const s = strings(opts.lang);
  const ru = opts.lang === "ru";
  const [fileArg, ...extra] = args;
  if (!fileArg) throw new CliError(s.cli.missingArg(ru ? "документ Word (FILE.docx)" : "the Word document (FILE.docx)"));
  if (extra.length) throw new CliError(s.cli.badOption(extra.join(" ")));
  const input = path.resolve(io.cwd, fileArg);
  if (!/\.docx$/i.test(input))
    throw new CliError(
      ru ? `${fileArg}: импорт читает документы Word (.docx); книгу Excel проверяет команда validate.` : `${fileArg}: import reads Word documents (.docx); validate checks Excel workbooks.`,
    );
  let out: string;
  if (opts.output) {
    out = path.resolve(io.cwd, opts.output);
    if (fs.existsSync(out) && !opts.force)
      throw new CliError(
        ru ? `Файл ${opts.output} уже существует; выберите другое имя или укажите --force, чтобы заменить его.` : `${opts.output} already exists; choose another name, or give --force to replace it.`,
      );
  } else out = besideInput(input);

  const read = await readWorkbookFile(input);
  if (!read.ok || !read.docx) throw new CliError(s.cli.unreadable(shown(input, io.cwd), read.ok ? "—" : read.reason[opts.lang]));
  const result = importWordDocument(read.docx, { sheets: [], names: [] }, { lang: opts.lang });
  const l = opts.lang;
  if (result.plans.length === 0) {
    io.err(
      (ru
        ? `${shown(input, io.cwd)}: в документе не распознаны ни паспорт проекта, ни план реализации, ни план-график — файл не записан.`
        : `${shown(input, io.cwd)}: the document holds no recognisable passport, implementation plan or calendar plan — nothing was written.`) + "\n",
    );
    io.err(lines(ru ? "Не распознано:" : "Not recognised:", result.unrecognised, l));
    return EXIT.USAGE;
  }
  try {
    await writePlansToXlsx(result.plans, { out });
  } catch (e) {
    if (e instanceof XlsxWriteError) throw new CliError(`${shown(out, io.cwd)}: ${e.reason[l]}`);
    throw e;
  }
  const counts = result.counts.map((c) => `${c.label[l]}: ${c.n}`).join(", ");
  io.out(`${ru ? "Распознан" : "Recognised"}: ${s.validation.kind[result.kind]}${counts ? ` (${counts})` : ""}\n`);
  for (const n of result.notes) io.out(`${n[l]}\n`);
  io.out(lines(ru ? "Не перенесено из документа:" : "Not carried over from the document:", result.unrecognised, l));
  io.out(lines(ru ? "Замечания проверки:" : "The check's findings:", result.findings, l) || `${ru ? "Замечаний нет." : "No findings."}\n`);
  io.out(`${s.cli.written(shown(out, io.cwd))}\n`);
  return result.findings.some((f) => f.severity === "error") ? EXIT.FINDINGS : EXIT.OK;
}
