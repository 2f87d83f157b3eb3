/**
 * `project-office new passport|plan|schedule OUT.xlsx [--example] [--lang ru|en]`
 * Writes a new workbook, or adds the template as a new sheet to OUT when it exists (never replacing a sheet).
 */
import * as fs from "fs";
import * as path from "path";
import { freeSheetName } from "../core/workbook";
import { buildTemplate, templateSheetBaseName } from "../core/templates";
import { blockName, nextInstance, parseBlockName, type TemplateKind } from "../core/templates/names";
import { readXlsx, writePlansToXlsx, XlsxReadError, XlsxWriteError } from "../adapters/xlsx";
import { strings } from "../i18n";
import { CliError, EXIT, type CliIO } from "./io";
import type { ParsedOptions } from "./main";
import { shown } from "./files";

const KINDS: Record<string, TemplateKind> = { passport: "passport", plan: "plan", schedule: "schedule" };

export async function runNew(args: string[], opts: ParsedOptions, io: CliIO): Promise<number> {
  const s = strings(opts.lang);
  const [kindArg, outArg, ...extra] = args;
  const kind = KINDS[kindArg ?? ""];
  if (!kind) throw new CliError(s.cli.missingArg(opts.lang === "ru" ? "вид шаблона: passport, plan или schedule" : "the template: passport, plan or schedule"));
  if (!outArg) throw new CliError(s.cli.missingArg(opts.lang === "ru" ? "файл для записи (OUT.xlsx)" : "the output file (OUT.xlsx)"));
  if (extra.length) throw new CliError(s.cli.badOption(extra.join(" ")));
  if (!/\.xlsx$/i.test(outArg)) throw new CliError(opts.lang === "ru" ? `Имя файла должно оканчиваться на .xlsx: ${outArg}` : `The file name must end in .xlsx: ${outArg}`);
  const out = path.resolve(io.cwd, outArg);

  let sheets: string[] = [];
  let names: string[] = [];
  const exists = fs.existsSync(out);
  if (exists) {
    try {
      const wb = await readXlsx(out);
      sheets = wb.sheets.map((x) => x.name);
      names = wb.names.map((n) => n.name);
    } catch (e) {
      if (e instanceof XlsxReadError) throw new CliError(s.cli.unreadable(outArg, e.reason[opts.lang]));
      throw e;
    }
  }
  const sheet = freeSheetName(templateSheetBaseName(kind, opts.lang), sheets);
  const passport = names.map(parseBlockName).find((p) => p && p.kind === "passport" && p.block === "TermStart");
  const plans = buildTemplate(kind, {
    lang: opts.lang,
    sheetName: sheet,
    instance: nextInstance(kind, names),
    example: opts.example,
    existingSheets: sheets,
    existingNames: names,
    passportTermNames: passport ? { start: blockName("passport", passport.instance, "TermStart"), end: blockName("passport", passport.instance, "TermEnd") } : undefined,
  });
  try {
    const r = await writePlansToXlsx(plans, { base: exists ? out : undefined, out, refuseLoss: true });
    for (const t of r.lost) io.err(`${t[opts.lang]}\n`);
  } catch (e) {
    if (e instanceof XlsxWriteError || e instanceof XlsxReadError) throw new CliError(`${shown(out, io.cwd)}: ${e.reason[opts.lang]}`);
    throw e;
  }
  io.out(`${s.cli.written(shown(out, io.cwd))} (${opts.lang === "ru" ? "лист" : "sheet"} «${sheet}»)\n`);
  return EXIT.OK;
}
