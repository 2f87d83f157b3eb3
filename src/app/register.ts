/**
 * «Свод» in Excel: the register of the files a person picked (read in the task pane by the same reader as the
 * command line) and/or of the open workbook's own documents, written as four new sheets of the open workbook.
 *
 * Round trips: files only — 1 to learn the sheet names (readOutline) + 1 to write (applySheetPlans packs the
 * four sheets into one batch, more only above the 5 MB payload cap); with the open workbook — its read (2, as
 * validate; 1 when the engine has read the workbook before and knows its sheets) + 1 to write. A file that cannot be read is a line of the register marked «не прочитан».
 */
import type { Text } from "../core/i18n";
import type { Lang } from "../core/i18n";
import type { YMD } from "../core/periods";
import { ymdToSerial } from "../core/periods";
import { buildRegister, registerPlans, statusCounts, type ProjectStatus, type RegisterInput } from "../core/register";
import type { WorkbookSnapshot } from "../core/workbook";
import { ApplyPlansError, applySheetPlans, readOutline, readWorkbook, SheetExistsError, type ExcelRun, type ReadOptions, type ReadResult, type Supports } from "../adapters/office";
import { CancelledError, UserFacingError, plainDetail } from "./actions";
import type { RunOptions } from "./engine";

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
  /** files that could not be read, with the reason */
  unreadable: { file: string; reason: Text }[];
  syncs: number;
}

/** Reads an .xlsx file's bytes into a snapshot (the xlsx adapter's public read function). */
export type XlsxReader = (bytes: Uint8Array) => Promise<WorkbookSnapshot>;

export interface RegisterHost {
  run: ExcelRun;
  supports?: Supports;
  budgetBytes?: number;
  /** absent where no reader runs in this build: only the open workbook can be taken */
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
  let sheets: string[];
  let names: string[];
  const inputs: RegisterInput[] = [];
  try {
    if (request.openWorkbook) {
      const read = await readWorkbook(host.run, { supports: host.supports, ...host.readHint });
      host.onRead?.(read);
      syncs += read.syncs;
      sheets = read.snapshot.sheets.map((s) => s.name);
      names = read.snapshot.names.map((n) => n.name);
      inputs.push({ file: OPEN[lang], snapshot: read.snapshot });
    } else {
      const outline = await readOutline(host.run);
      syncs += outline.syncs;
      sheets = outline.sheets;
      names = outline.names;
    }
  } catch (e) {
    throw new UserFacingError({
      ru: `Книгу не удалось прочитать: ${plainDetail(String((e as Error)?.message ?? e))}. Ничего не изменено.`,
      en: `The workbook could not be read: ${plainDetail(String((e as Error)?.message ?? e))}. Nothing changed.`,
    });
  }
  stop();
  options?.onProgress?.(2, total, { ru: `Чтение файлов: ${request.files.length}`, en: `Reading files: ${request.files.length}` });
  const unreadable: RegisterResult["unreadable"] = [];
  for (const f of request.files) {
    if (!host.readXlsx) {
      const reason = { ru: "чтение файлов в этой сборке панели недоступно", en: "reading files is not available in this build of the pane" };
      unreadable.push({ file: f.name, reason });
      inputs.push({ file: f.name, unreadable: reason });
      continue;
    }
    try {
      inputs.push({ file: f.name, snapshot: await host.readXlsx(f.bytes) });
    } catch (e) {
      const reason = readReason(e);
      unreadable.push({ file: f.name, reason });
      inputs.push({ file: f.name, unreadable: reason });
    }
    stop();
  }
  const register = buildRegister(inputs);
  const { plans, names: made } = registerPlans(register, { lang, asOf: request.asOf, existingSheets: sheets });
  stop();
  options?.onProgress?.(3, total, { ru: "Запись свода", en: "Writing the register" });
  try {
    const w = await applySheetPlans(host.run, plans, { existingSheets: sheets, existingNames: names, supports: host.supports, budgetBytes: host.budgetBytes, activate: made.register });
    syncs += w.syncs;
    host.onCreated?.(w.created);
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
    projects: register.projects.length,
    counts: statusCounts(register, ymdToSerial(request.asOf)),
    unreadable,
    syncs,
  };
}
