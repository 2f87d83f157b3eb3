/** Finding the workbooks to check and reading them, with reasons for people when a file cannot be read. */
import * as fs from "fs";
import * as path from "path";
import { plainDetail, thrownMessage } from "../core/errorText";
import type { Text } from "../core/i18n";
import type { WorkbookSnapshot } from "../core/workbook";
import { readXlsx, XlsxReadError } from "../adapters/xlsx";

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

export type ReadOutcome = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; reason: Text };

export async function readWorkbookFile(file: string): Promise<ReadOutcome> {
  try {
    return { ok: true, snapshot: await readXlsx(file) };
  } catch (e) {
    if (e instanceof XlsxReadError) return { ok: false, reason: e.reason };
    const msg = plainMessage(e);
    return { ok: false, reason: { ru: `файл не удалось прочитать (${msg})`, en: `the file could not be read (${msg})` } };
  }
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
