/** Finding the workbooks to check and reading them, with reasons for people when a file cannot be read. */
import * as fs from "fs";
import * as path from "path";
import { plainDetail, thrownMessage } from "../core/errorText";
import type { SheetReport } from "../core/findings";
import type { Text } from "../core/i18n";
import { readXlsx, XlsxReadError, type SkippedSheet, type XlsxReadResult } from "../adapters/xlsx";

const WORKBOOK_EXT = /\.(xlsx|xlsm|xls)$/i;

/**
 * Files named on the command line, and the workbooks inside folders (recursively, sorted, temp files ~$… skipped).
 * `denied`: folders that could not be listed (no access); the rest is still collected.
 */
export function collectFiles(args: string[], cwd: string): { files: string[]; missing: string[]; denied: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const denied: string[] = [];
  const walk = (dir: string) => {
    let listed: fs.Dirent[];
    try {
      listed = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      denied.push(dir);
      return;
    }
    const entries = listed.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && WORKBOOK_EXT.test(e.name) && !e.name.startsWith("~$")) files.push(p);
    }
  };
  for (const a of args) {
    const p = path.resolve(cwd, a);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing, denied };
}

/** The workbook read (sheets it could not read listed in `snapshot.skipped`), or why the file could not be read. */
export type ReadOutcome = { ok: true; snapshot: XlsxReadResult } | { ok: false; reason: Text };

/** Rule id of the finding for a sheet the reader could not read (too large, cells beyond Excel's grid). */
export const SHEET_NOT_READ_RULE = "xlsx/sheet-not-read";

/**
 * Reads one workbook. Never throws for a bad file: a file that cannot be read is a reason, and a sheet that
 * cannot be read is in `skipped` (sheetNotReadReports makes it a finding), so a folder run goes on.
 */
export async function readWorkbookFile(file: string): Promise<ReadOutcome> {
  try {
    return { ok: true, snapshot: await readXlsx(file) };
  } catch (e) {
    if (e instanceof XlsxReadError) return { ok: false, reason: e.reason };
    const msg = plainMessage(e);
    return { ok: false, reason: { ru: `файл не удалось прочитать (${msg})`, en: `the file could not be read (${msg})` } };
  }
}

/** A finding (an error at A1) for each sheet the reader could not read, with the reader's reason. */
export function sheetNotReadReports(skipped: readonly SkippedSheet[]): SheetReport[] {
  return skipped.map((s) => ({
    sheet: s.name,
    kind: "other",
    findings: [{ rule: SHEET_NOT_READ_RULE, severity: "error", sheet: s.name, row: 0, col: 0, message: s.reason }],
  }));
}

/**
 * The first line of an unexpected error's message, for a person: no stack frames, no script paths with
 * line positions ("read.js:12:5"), at most 200 characters.
 */
export function plainMessage(e: unknown): string {
  return plainDetail(thrownMessage(e), 200) || "—";
}

/** A path as people typed it: relative to where they are when inside it. */
export function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
