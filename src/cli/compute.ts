/**
 * `project-office compute FILE.xlsx [-o OUT.xlsx] [--in-place] [--adopt] [--lang ru|en]`
 * Writes a new file beside the input (NAME.computed.xlsx, never over an existing file) unless -o or
 * --in-place says otherwise. Refuses, naming the cells, when a person typed values into computed cells.
 *
 * A pasted passport without fact columns is offered for copying into the template; `--adopt` does it (a new
 * sheet; the original sheet is left as it is). The chart of plan and fact is made only in Excel (ExcelJS cannot
 * write charts): the output says so.
 */
import * as fs from "fs";
import * as path from "path";
import { formatCell } from "../core/address";
import { adoptPassport, computePlans, type AdoptResult } from "../core/compute";
import type { Text } from "../core/i18n";
import { sheetRange } from "../core/address";
import { quotedList } from "../core/quote";
import type { SheetPlan, WorkbookSnapshot } from "../core/workbook";
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
  const adopted: AdoptResult[] = [];
  if (opts.adopt) {
    let wb: WorkbookSnapshot = read.snapshot;
    for (const offer of r.offers) {
      const a = adoptPassport(wb, offer.sheet, { lang: opts.lang });
      if (!a.ok) {
        io.out(`${s.compute.adoptNotPassport(a.sheet)}\n`);
        continue;
      }
      adopted.push(a.result);
      wb = withPlans(wb, a.result.plans);
    }
    if (r.offers.length === 0)
      io.out(
        (ru
          ? "--adopt: в книге нет вставленного паспорта без столбцов факта — переносить в шаблон нечего."
          : "--adopt: the workbook has no pasted passport without actual-value columns — nothing to copy into the template.") + "\n",
      );
  } else {
    for (const o of r.offers) io.out(`${o.text[opts.lang]}\n${offerHint(fileArg, opts.lang)}\n`);
  }
  const plans: SheetPlan[] = [...adopted.flatMap((a) => a.plans), ...r.plans];
  if (plans.length === 0) {
    io.err((ru ? "В книге нет листов, созданных шаблонами «Проектного офиса»: рассчитывать нечего." : "The workbook has no sheets made from Project Office templates: nothing to compute.") + "\n");
    for (const n of r.notes) io.err(`${n[opts.lang]}\n`);
    return EXIT.FINDINGS;
  }
  try {
    const w = await writePlansToXlsx(plans, { base: input, out, refuseLoss: true });
    for (const t of w.lost) io.err(`${t[opts.lang]}\n`);
  } catch (e) {
    if (e instanceof XlsxWriteError || e instanceof XlsxReadError) throw new CliError(`${shown(input, io.cwd)}: ${e.reason[opts.lang]}`);
    throw e;
  }
  for (const n of r.notes) io.out(`${n[opts.lang]}\n`);
  for (const a of adopted) for (const n of a.notes) io.out(`${n[opts.lang]}\n`);
  const chartSheets = [...r.plans.filter((p) => p.charts?.length).map((p) => p.sheet), ...adopted.map((a) => a.sheet)];
  if (chartSheets.length) io.out(`${chartNote(chartSheets)[opts.lang]}\n`);
  io.out(`${s.cli.written(shown(out, io.cwd))}\n`);
  return EXIT.OK;
}

/** The file gets the chart's data and its place; the chart itself only Excel makes. */
function chartNote(sheets: string[]): Text {
  const list = quotedList(sheets);
  return {
    ru: `Диаграмма «План и факт по показателям» (${list}) в файл не записана: её строит в Excel команда «Рассчитать» надстройки «Проектный офис». В файле рассчитаны её данные, а на её месте оставлена пометка.`,
    en: `The chart «Plan and actual per indicator» (${list}) is not in the file: the «Compute» command of the «Project office» add-in makes it in Excel. The file holds its computed data and a note where it goes.`,
  };
}

function offerHint(file: string, lang: "ru" | "en"): string {
  const cmd = `project-office compute ${/\s/.test(file) ? JSON.stringify(file) : file} --adopt`;
  return lang === "ru" ? `  Чтобы перенести: ${cmd}` : `  To copy it: ${cmd}`;
}

/** The workbook as the next adoption sees it: the sheets and names the previous one creates. */
function withPlans(wb: WorkbookSnapshot, plans: SheetPlan[]): WorkbookSnapshot {
  const sheets = [...wb.sheets];
  for (const p of plans) if (p.create) sheets.push({ name: p.sheet, values: [], merges: [], visibility: p.visibility ?? "visible", protected: false });
  const names = [...wb.names];
  for (const p of plans) for (const n of p.names ?? []) names.push({ name: n.name, sheet: n.sheet ?? p.sheet, ref: n.ref, formula: `=${sheetRange(n.sheet ?? p.sheet, n.ref)}` });
  return { sheets, names };
}
