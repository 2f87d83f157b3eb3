/**
 * «Свод» in Excel: the register of the files a person picked (read in the task pane by the same reader as the
 * command line) and/or of the open workbook's own documents, written as four new sheets of the open workbook.
 *
 * Round trips: the write is 2 — the four sheets' data in one batch (more only above the 5 MB payload cap), then
 * the finishing touches (freeze panes, print setup, tab colour), which the Office adapter sends in a request of
 * their own. Before it, files only: 1 to learn the sheet names (readOutline), none when the session knows them from
 * an earlier read; with the open workbook: its read (2, as validate; 1 when the session knows its sheets). A file that cannot be read is a line of the register marked «не прочитан».
 */
import type { Text } from "../core/i18n";
import type { Lang } from "../core/i18n";
import type { YMD } from "../core/periods";
import { ymdToSerial } from "../core/periods";
import { buildRegister, registerPlans, statusCounts, type ProjectStatus, type RegisterInput, type RegisterNames } from "../core/register";
import type { WorkbookSnapshot } from "../core/workbook";
import { ApplyPlansError, applySheetPlans, readOutline, readWorkbook, SheetExistsError, type ExcelRun, type ReadOptions, type ReadResult, type Supports } from "../adapters/office";
import { readXlsxBytes } from "../adapters/xlsx/read-bytes";
import { CancelledError, UserFacingError, plainDetail } from "./actions";
import type { RunOptions } from "./engine";
import { cosmeticsNote } from "./office/shared";

/** A file the person picked: its name and bytes (File.arrayBuffer()). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RegisterRequest {
  files: PickedFile[];
  /** also take the documents of the open workbook */
  openWorkbook: boolean;
  /** the report date */
  asOf: YMD;
}

export interface RegisterResult {
  /** the register's sheet and its three detail sheets, as created */
  sheets: string[];
  projects: number;
  counts: Record<ProjectStatus, number>;
  /** what the person should know besides (finishing touches Excel refused) */
  notes: Text[];
  /** files that could not be read, with the reason */
  unreadable: { file: string; reason: Text }[];
  syncs: number;
  /** of which the write's (the data, then the finishing touches: freeze panes, print setup, tab colour) */
  writeSyncs: number;
}

/** Reads an .xlsx file's bytes into a snapshot (the xlsx adapter's public read function). */
export type XlsxReader = (bytes: Uint8Array) => Promise<WorkbookSnapshot>;

export interface RegisterHost {
  run: ExcelRun;
  supports?: Supports;
  budgetBytes?: number;
  /** the reader of picked files; by default the xlsx adapter's readXlsxBytes (no Node built-ins: it runs in the pane) */
  readXlsx?: XlsxReader;
  /** what the engine's last read learnt (the sheet names): the open workbook is then read in 1 round trip, not 2 */
  readHint?: Pick<ReadOptions, "sheetNames" | "chunked">;
  /** told of the read and of the sheets created, to keep the engine's hint in step */
  onRead?: (read: ReadResult) => void;
  onCreated?: (sheets: string[]) => void;
}

const OPEN: Text = { ru: "Открытая книга", en: "Open workbook" };

function readReason(e: unknown): Text {
  const r = e && typeof e === "object" && "reason" in e ? (e as { reason: unknown }).reason : undefined;
  if (r && typeof r === "object" && "ru" in r && "en" in r) return r as Text;
  const d = plainDetail(e instanceof Error ? e.message : String(e));
  return { ru: `файл не удалось прочитать (${d})`, en: `the file could not be read (${d})` };
}

export async function registerInExcel(host: RegisterHost, lang: Lang, request: RegisterRequest, options?: RunOptions): Promise<RegisterResult> {
  const total = 3;
  const stop = () => {
    if (options?.signal?.aborted) throw new CancelledError({ ru: "Свод отменён: книга не изменена.", en: "The register was cancelled: the workbook is unchanged." });
  };
  options?.onProgress?.(1, total, { ru: "Чтение книги", en: "Reading the workbook" });
  stop();
  let syncs = 0;
  let writeSyncs = 0;
  let sheets: string[] = [];
  let names: string[] = [];
  let structureProtected = false;
  const inputs: RegisterInput[] = [];
  /** the sheet names, from a round trip of its own (the outline) */
  const outline = async () => {
    const o = await readOutline(host.run);
    syncs += o.syncs;
    sheets = o.sheets;
    names = o.names;
    structureProtected = o.structureProtected;
  };
  // the session knows the sheet names from an earlier read: no outline (a name taken since is caught at the write)
  const known = !request.openWorkbook && host.readHint?.sheetNames ? [...host.readHint.sheetNames] : undefined;
  try {
    if (request.openWorkbook) {
      const read = await readWorkbook(host.run, { supports: host.supports, ...host.readHint });
      host.onRead?.(read);
      syncs += read.syncs;
      sheets = read.snapshot.sheets.map((s) => s.name);
      names = read.snapshot.names.map((n) => n.name);
      structureProtected = read.structureProtected === true;
      inputs.push({ file: OPEN[lang], snapshot: read.snapshot });
    } else if (known) sheets = known;
    else await outline();
  } catch (e) {
    throw new UserFacingError({
      ru: `Книгу не удалось прочитать: ${plainDetail(String((e as Error)?.message ?? e))}. Ничего не изменено.`,
      en: `The workbook could not be read: ${plainDetail(String((e as Error)?.message ?? e))}. Nothing changed.`,
    });
  }
  stop();
  const unreadable: RegisterResult["unreadable"] = [];
  const read = host.readXlsx ?? ((bytes: Uint8Array) => Promise.resolve(readXlsxBytes(bytes)));
  for (const [i, f] of request.files.entries()) {
    // a breath between files: the pane repaints its progress while fifty files are read
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    options?.onProgress?.(2, total, { ru: `Чтение файлов: ${i + 1} из ${request.files.length}`, en: `Reading files: ${i + 1} of ${request.files.length}` });
    try {
      inputs.push({ file: f.name, snapshot: await read(f.bytes) });
    } catch (e) {
      const reason = readReason(e);
      unreadable.push({ file: f.name, reason });
      inputs.push({ file: f.name, unreadable: reason });
    }
    stop();
  }
  if (structureProtected)
    throw new UserFacingError({
      ru: "Структура книги защищена: листы свода создать нельзя. Снимите защиту структуры (Рецензирование → Защитить книгу) и повторите; книга не изменена.",
      en: "The workbook's structure is protected: the register's sheets cannot be made. Unprotect the structure (Review → Protect Workbook) and try again; the workbook is unchanged.",
    });
  const register = buildRegister(inputs);
  stop();
  options?.onProgress?.(3, total, { ru: "Запись свода", en: "Writing the register" });
  const write = async () => {
    const planned = registerPlans(register, { lang, asOf: request.asOf, existingSheets: sheets });
    const w = await applySheetPlans(host.run, planned.plans, {
      existingSheets: sheets,
      existingNames: names,
      supports: host.supports,
      budgetBytes: host.budgetBytes,
      activate: planned.names.register,
      structureProtected,
    });
    syncs += w.syncs;
    writeSyncs += w.syncs;
    host.onCreated?.(w.created);
    return { made: planned.names, notes: cosmeticsNote(w) };
  };
  let made: RegisterNames;
  let notes: Text[];
  try {
    try {
      ({ made, notes } = await write());
    } catch (e) {
      // the names the session knew were stale (a sheet of that name made since): ask Excel, then write once more
      if (!(e instanceof SheetExistsError) || !known) throw e;
      await outline();
      ({ made, notes } = await write());
    }
  } catch (e) {
    if (e instanceof SheetExistsError)
      throw new UserFacingError({
        ru: `Лист «${e.sheets.join("», «")}» появился в книге во время записи свода; повторите команду.`,
        en: `Sheet “${e.sheets.join("”, “")}” appeared while the register was written; run it again.`,
      });
    if (e instanceof ApplyPlansError)
      throw new UserFacingError({
        ru: `Свод записан не полностью (созданы листы: ${e.created.join(", ") || "нет"}): Excel вернул ошибку (${e.code || plainDetail(e.message)}). Удалите созданные листы свода и повторите.`,
        en: `The register was not completely written (sheets created: ${e.created.join(", ") || "none"}): Excel returned an error (${e.code || plainDetail(e.message)}). Delete the register's new sheets and run it again.`,
      });
    throw e;
  }
  return {
    sheets: [made.register, made.indicators, made.points, made.findings],
    notes,
    writeSyncs,
    projects: register.projects.length,
    counts: statusCounts(register, ymdToSerial(request.asOf)),
    unreadable,
    syncs,
  };
}
