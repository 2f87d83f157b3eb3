/**
 * `project-office compute FILE.xlsx [-o OUT.xlsx] [--in-place] [--lang ru|en]`
 * Writes a new file beside the input (NAME.computed.xlsx, never over an existing file) unless -o or
 * --in-place says otherwise. Refuses, naming the cells, when a person typed values into computed cells.
 */
import * as fs from "fs";
import * as path from "path";
import { formatCell } from "../core/address";
import { computePlans } from "../core/compute";
import { writePlansToXlsx, XlsxReadError, XlsxWriteError } from "../adapters/xlsx";
import { strings } from "../i18n";
import { CliError, EXIT, type CliIO } from "./io";
import type { ParsedOptions } from "./main";
import { readWorkbookFile, shown } from "./files";

function besideInput(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? `${base}.computed.xlsx` : `${base}.computed (${i}).xlsx`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

export async function runCompute(args: string[], opts: ParsedOptions, io: CliIO): Promise<number> {
  const s = strings(opts.lang);
  const ru = opts.lang === "ru";
  const [fileArg, ...extra] = args;
  if (!fileArg) throw new CliError(s.cli.missingArg(ru ? "файл книги (FILE.xlsx)" : "the workbook (FILE.xlsx)"));
  if (extra.length) throw new CliError(s.cli.badOption(extra.join(" ")));
  if (opts.output && opts.inPlace) throw new CliError(s.cli.badOption(ru ? "укажите либо -o, либо --in-place" : "give either -o or --in-place"));
  const input = path.resolve(io.cwd, fileArg);
  let out: string;
  if (opts.inPlace) out = input;
  else if (opts.output) {
    out = path.resolve(io.cwd, opts.output);
    if (out === input) throw new CliError(ru ? `Результат совпадает с исходным файлом; чтобы записать в него, укажите --in-place.` : `The output is the input file; to write into it, use --in-place.`);
    if (fs.existsSync(out)) throw new CliError(s.cli.exists(opts.output));
  } else out = besideInput(input);

  const read = await readWorkbookFile(input);
  if (!read.ok) throw new CliError(s.cli.unreadable(shown(input, io.cwd), read.reason[opts.lang]));
  const r = computePlans(read.snapshot, { lang: opts.lang });
  if (r.conflicts.length > 0) {
    const cells = r.conflicts.map((c) => `${c.sheet}!${formatCell(c)} = ${JSON.stringify(c.value)}`);
    io.err(
      (ru
        ? `Расчёт не выполнен: в ячейках расчёта введены значения вручную, файл не изменён.\n  ${cells.join("\n  ")}\nОчистите эти ячейки и запустите расчёт снова.`
        : `Not computed: computed cells hold values typed by hand; the file is unchanged.\n  ${cells.join("\n  ")}\nClear those cells and compute again.`) + "\n",
    );
    return EXIT.FINDINGS;
  }
  if (r.plans.length === 0) {
    io.err((ru ? "В книге нет листов, созданных шаблонами «Проектного офиса»: рассчитывать нечего." : "The workbook has no sheets made from Project Office templates: nothing to compute.") + "\n");
    for (const n of r.notes) io.err(`${n[opts.lang]}\n`);
    return EXIT.FINDINGS;
  }
  try {
    const w = await writePlansToXlsx(r.plans, { base: input, out, refuseLoss: true });
    for (const t of w.lost) io.err(`${t[opts.lang]}\n`);
  } catch (e) {
    if (e instanceof XlsxWriteError || e instanceof XlsxReadError) throw new CliError(`${shown(input, io.cwd)}: ${e.reason[opts.lang]}`);
    throw e;
  }
  for (const n of r.notes) io.out(`${n[opts.lang]}\n`);
  io.out(`${s.cli.written(shown(out, io.cwd))}\n`);
  return EXIT.OK;
}
