/** Finding the workbooks to check and reading them, with reasons for people when a file cannot be read. */
import * as fs from "fs";
import * as path from "path";
import type { Text } from "../core/i18n";
import type { WorkbookSnapshot } from "../core/workbook";
import { readXlsx, XlsxReadError } from "../adapters/xlsx";

const WORKBOOK_EXT = /\.(xlsx|xlsm|xls)$/i;

/** Files named on the command line, and the workbooks inside folders (recursively, sorted, temp files ~$… skipped). */
export function collectFiles(args: string[], cwd: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
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
  return { files, missing };
}

export type ReadOutcome = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; reason: Text };

export async function readWorkbookFile(file: string): Promise<ReadOutcome> {
  try {
    return { ok: true, snapshot: await readXlsx(file) };
  } catch (e) {
    if (e instanceof XlsxReadError) return { ok: false, reason: e.reason };
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { ok: false, reason: { ru: `файл не удалось прочитать (${msg})`, en: `the file could not be read (${msg})` } };
  }
}

/** A path as people typed it: relative to where they are when inside it. */
export function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
