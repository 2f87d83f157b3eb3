/**
 * SheetPlans → ExcelJS workbook → .xlsx (Node only). The entry of the writer; its parts live in writer/:
 *   check.ts               every plan checked before anything changes (XlsxWriteError, workbook untouched)
 *   sheet.ts               one plan applied, in the order create, widths, cells, merges, styles, names,
 *                          tables, validations, conditional formats, freeze panes, print, visibility, tab colour
 *   styles.ts merges.ts tables.ts validations.ts conditionalFormats.ts page.ts   one job each
 *   ranges.ts              range and sheet-name arithmetic they share
 *   lost.ts                what rewriting an existing file through ExcelJS would lose
 */
import { promises as fsp } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Text } from "../../core/i18n";
import type { SheetPlan } from "../../core/workbook";
import { XlsxWriteError } from "./errors";
import { installNameLayer } from "./names";
import { loadWorkbook } from "./read";
import { validatePlans } from "./writer/check";
import { featuresLostOnRewrite } from "./writer/lost";
import { applyPlan, keepActiveTabVisible } from "./writer/sheet";

export { featuresLostOnRewrite };

/**
 * Applies plans to a workbook in order. Checks every plan first and throws XlsxWriteError (leaving
 * the workbook untouched) when one cannot be applied as it stands.
 */
export function applyPlansToWorkbook(wb: ExcelJS.Workbook, plans: SheetPlan[]): void {
  installNameLayer(wb);
  validatePlans(wb, plans);
  for (const plan of plans) applyPlan(wb, plan);
  keepActiveTabVisible(wb);
}

/** Excel and LibreOffice recalculate every formula when they open the file. */
export function setCalcOnLoad(wb: ExcelJS.Workbook): void {
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}

export interface WritePlansOptions {
  /** An existing workbook (path or bytes) to add to; a new workbook when absent. */
  base?: string | Buffer;
  /** Where to write. May be the base's own path: it is replaced only when everything succeeded. */
  out: string;
  /** Set fullCalcOnLoad (default true). */
  calcOnLoad?: boolean;
  /** Refuse (XlsxWriteError "dataLoss") when the base holds things ExcelJS would drop (default false: report them). */
  refuseLoss?: boolean;
}

export interface WritePlansResult {
  out: string;
  /** Things in the base workbook that the rewritten file no longer has (charts, pivot tables, …). */
  lost: Text[];
}

/**
 * Applies plans to the base workbook (or a new one) and writes the result to `out` through a
 * temporary file and a rename, so `out` is never left half-written. Rejects with XlsxReadError
 * when the base cannot be read and XlsxWriteError when a plan is refused; `out` is then untouched.
 */
export async function writePlansToXlsx(plans: SheetPlan[], options: WritePlansOptions): Promise<WritePlansResult> {
  let wb: ExcelJS.Workbook;
  let lost: Text[] = [];
  if (options.base !== undefined) {
    const bytes = Buffer.isBuffer(options.base) ? options.base : await readBase(options.base);
    wb = await loadWorkbook(bytes);
    lost = featuresLostOnRewrite(bytes);
    if (lost.length > 0 && options.refuseLoss) {
      const list: Text = { ru: lost.map((l) => l.ru).join(", "), en: lost.map((l) => l.en).join(", ") };
      throw new XlsxWriteError("dataLoss", {
        ru: `В книге есть то, что при записи файла будет потеряно: ${list.ru}. Запишите результат в новую книгу или откройте книгу в Excel и воспользуйтесь надстройкой`,
        en: `The workbook holds things that writing the file would lose: ${list.en}. Write to a new workbook, or open the workbook in Excel and use the add-in`,
      });
    }
  } else {
    wb = new ExcelJS.Workbook();
    wb.creator = "Проектный офис";
    wb.created = new Date();
  }
  applyPlansToWorkbook(wb, plans);
  if (options.calcOnLoad !== false) setCalcOnLoad(wb);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const out = path.resolve(options.out);
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, data);
    await fsp.rename(tmp, out);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  return { out, lost };
}

async function readBase(file: string): Promise<Buffer> {
  // loadWorkbook reports a missing or unreadable file in plain words.
  try {
    return await fsp.readFile(file);
  } catch {
    await loadWorkbook(file);
    throw new Error("unreachable");
  }
}
