/**
 * Validation marks: a finding's cell gets a fill by severity and a note with the message. What the
 * cell had before (fill, note) is saved first in a very hidden sheet "_po_marks", one JSON object
 * per row, so clearMarks can put back exactly what was there.
 *
 * Round trips:
 * - applyMarks: 1 read sync (fills, notes, protection of the touched cells; does the store exist)
 *   + 1 write sync (fills, notes, store rows). A sheet named in a mark that no longer exists costs
 *   one more read (the sheet list) and is skipped.
 * - clearMarks: 1 read sync (the store) + 1 write sync (fills, notes, delete the store); 1 sync only
 *   when there is no store. If someone deleted a mark's note meanwhile, 2 more syncs mend it.
 *
 * Marking twice keeps the first saved state: rows are only ever appended, and clearMarks takes the
 * first row of each cell. Notes need ExcelApi 1.18 and the "no fill" test fill.pattern (1.9); without
 * them marks are fills only, and a white fill reads as no fill.
 */
import { formatCell } from "../../core/address";
import type { Severity } from "../../core/findings";
import { SyncCounter, errorCode, excelApi, resolveSupports, type ExcelRun, type OfficeOptions } from "./common";

export interface Mark {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  /** the message as the person reads it (already in their language) */
  text: string;
}

export const MARKS_SHEET = "_po_marks";
const HEADER = "_po_marks v1";

/** error red-ish, warning amber, info blue-ish (Excel's own "Bad", "Neutral" and a light blue) */
export const MARK_FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface MarksResult {
  syncs: number;
  /** cells marked (or restored) */
  cells: number;
  /** cells left alone: sheet missing or protected */
  skipped: { sheet: string; row: number; col: number; reason: "missing-sheet" | "protected" }[];
}

/** One saved cell state (a row of the store). */
interface Saved {
  s: string;
  r: number;
  c: number;
  /** previous fill "#RRGGBB", or null for no fill */
  f: string | null;
  /** previous note, null for none; absent when notes were not touched (no ExcelApi 1.18) */
  n?: string | null;
}

interface Target {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

function mergeMarks(marks: Mark[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const m of marks) {
    const key = `${m.sheet.toLocaleLowerCase()}\u0000${m.row}\u0000${m.col}`;
    const t = byCell.get(key);
    if (!t) byCell.set(key, { ...m });
    else {
      if (ORDER[m.severity] < ORDER[t.severity]) t.severity = m.severity;
      if (!t.text.split("\n").includes(m.text)) t.text = `${t.text}\n${m.text}`;
    }
  }
  return [...byCell.values()];
}

export async function applyMarks(run: ExcelRun, marks: Mark[], options: OfficeOptions = {}): Promise<MarksResult> {
  const supports = resolveSupports(options.supports);
  const notes = excelApi(supports, "1.18");
  const pattern = excelApi(supports, "1.9");
  let targets = mergeMarks(marks);
  const result: MarksResult = { syncs: 0, cells: 0, skipped: [] };
  if (targets.length === 0) return result;

  await run(async (ctx) => {
    const counter = new SyncCounter();
    try {
      // ---- read: what each touched cell has now, whether the store exists
      const read = async () => {
        const sheets = new Map<string, Excel.Worksheet>();
        const cells = targets.map((t) => {
          let ws = sheets.get(t.sheet);
          if (!ws) {
            ws = ctx.workbook.worksheets.getItem(t.sheet);
            ws.protection.load("protected");
            sheets.set(t.sheet, ws);
          }
          const fill = ws.getCell(t.row, t.col).format.fill;
          fill.load(pattern ? "color,pattern" : "color");
          const note = notes ? ws.notes.getItemOrNullObject(formatCell({ row: t.row, col: t.col })) : undefined;
          note?.load("content");
          return { t, ws, fill, note };
        });
        const store = ctx.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
        store.load("name");
        await counter.sync(ctx);
        return { cells, store };
      };
      let state: Awaited<ReturnType<typeof read>>;
      try {
        state = await read();
      } catch (e) {
        if (errorCode(e) !== "ItemNotFound") throw e;
        // a sheet named in a mark is gone (renamed, deleted): keep the marks of sheets that exist
        const all = ctx.workbook.worksheets;
        all.load("items/name");
        await counter.sync(ctx);
        const names = new Set(all.items.map((w) => w.name.toLocaleLowerCase()));
        for (const t of targets) if (!names.has(t.sheet.toLocaleLowerCase())) result.skipped.push({ sheet: t.sheet, row: t.row, col: t.col, reason: "missing-sheet" });
        targets = targets.filter((t) => names.has(t.sheet.toLocaleLowerCase()));
        if (targets.length === 0) return;
        state = await read();
      }

      // ---- write: save the old state, then mark. The store rows go first in the batch: if Excel stops
      // part-way (it keeps the actions before the failing one), every cell it marked has its old state saved.
      const rows: string[][] = [];
      const todo: typeof state.cells = [];
      for (const cell of state.cells) {
        const { t, ws, fill, note } = cell;
        if (ws.protection.protected) {
          result.skipped.push({ sheet: t.sheet, row: t.row, col: t.col, reason: "protected" });
          continue;
        }
        const hadFill = pattern ? fill.pattern !== "None" && fill.color !== null : fill.color !== null && fill.color.toUpperCase() !== "#FFFFFF";
        const saved: Saved = { s: t.sheet, r: t.row, c: t.col, f: hadFill ? fill.color : null };
        if (note) saved.n = note.isNullObject ? null : note.content;
        rows.push([JSON.stringify(saved)]);
        todo.push(cell);
      }
      if (rows.length === 0) return;
      if (state.store.isNullObject) {
        const store = ctx.workbook.worksheets.add(MARKS_SHEET);
        store.getRange("A1").values = [[HEADER]];
        store.getRange(`A2:A${rows.length + 1}`).values = rows;
        store.visibility = "VeryHidden";
      } else {
        // append below the last row, without reading the store
        const below = ctx.workbook.worksheets.getItem(MARKS_SHEET).getUsedRange(true).getLastRow().getCell(0, 0).getOffsetRange(1, 0);
        below.getResizedRange(rows.length - 1, 0).values = rows;
      }
      for (const { t, ws, note } of todo) {
        ws.getCell(t.row, t.col).format.fill.color = MARK_FILLS[t.severity];
        if (note) {
          if (note.isNullObject) ws.notes.add(ws.getCell(t.row, t.col), t.text);
          else note.content = t.text;
        }
        result.cells++;
      }
      await counter.sync(ctx);
    } finally {
      result.syncs = counter.count;
    }
  });
  return result;
}

export async function clearMarks(run: ExcelRun, options: OfficeOptions = {}): Promise<MarksResult> {
  const supports = resolveSupports(options.supports);
  const notesApi = excelApi(supports, "1.18");
  const result: MarksResult = { syncs: 0, cells: 0, skipped: [] };

  await run(async (ctx) => {
    const counter = new SyncCounter();
    try {
      // ---- read the store (and which sheets exist, and which are protected)
      const all = ctx.workbook.worksheets;
      all.load("items/name,items/protection/protected");
      const used = ctx.workbook.worksheets.getItem(MARKS_SHEET).getUsedRange(true);
      used.load("values");
      try {
        await counter.sync(ctx);
      } catch (e) {
        if (errorCode(e) === "ItemNotFound") return; // nothing marked
        throw e;
      }
      const sheets = new Map(all.items.map((w) => [w.name.toLocaleLowerCase(), w] as const));
      const first = new Map<string, Saved>();
      for (const [text] of used.values as unknown[][]) {
        if (typeof text !== "string" || !text.startsWith("{")) continue;
        let s: Saved;
        try {
          s = JSON.parse(text) as Saved;
        } catch {
          continue;
        }
        const key = `${s.s.toLocaleLowerCase()}\u0000${s.r}\u0000${s.c}`;
        if (!first.has(key)) first.set(key, s); // the first saved state is the original one
      }
      const todo: Saved[] = [];
      const keep: Saved[] = [];
      for (const s of first.values()) {
        const ws = sheets.get(s.s.toLocaleLowerCase());
        if (!ws) result.skipped.push({ sheet: s.s, row: s.r, col: s.c, reason: "missing-sheet" });
        else if (ws.protection.protected) {
          result.skipped.push({ sheet: s.s, row: s.r, col: s.c, reason: "protected" });
          keep.push(s);
        } else todo.push(s);
      }

      // ---- write: fills, notes, then the store goes (or keeps only what could not be restored)
      const writeAll = (noteState?: Map<Saved, boolean>) => {
        for (const s of todo) {
          const ws = ctx.workbook.worksheets.getItem(s.s);
          const fill = ws.getCell(s.r, s.c).format.fill;
          if (s.f) fill.color = s.f;
          else fill.clear();
          if (!notesApi || s.n === undefined) continue;
          const a1 = formatCell({ row: s.r, col: s.c });
          const exists = noteState ? noteState.get(s) : true; // a mark always left a note
          if (s.n === null) {
            if (exists) ws.notes.getItem(a1).delete();
          } else if (exists) ws.notes.getItem(a1).content = s.n;
          else ws.notes.add(ws.getCell(s.r, s.c), s.n);
        }
        const store = ctx.workbook.worksheets.getItem(MARKS_SHEET);
        if (keep.length === 0) {
          store.visibility = "Hidden"; // Excel refuses to delete a very hidden sheet
          store.delete();
        } else {
          store.getRange("A:A").clear("Contents");
          store.getRange("A1").values = [[HEADER]];
          store.getRange(`A2:A${keep.length + 1}`).values = keep.map((s) => [JSON.stringify(s)]);
        }
      };
      writeAll();
      try {
        await counter.sync(ctx);
      } catch (e) {
        if (errorCode(e) !== "ItemNotFound" || !notesApi) throw e;
        // a mark's note was deleted by hand: look at the notes as they are, then write again
        const probes = new Map<Saved, Excel.Note>();
        for (const s of todo) {
          if (s.n === undefined) continue;
          const p = ctx.workbook.worksheets.getItem(s.s).notes.getItemOrNullObject(formatCell({ row: s.r, col: s.c }));
          p.load("content");
          probes.set(s, p);
        }
        await counter.sync(ctx);
        const state = new Map<Saved, boolean>();
        for (const [s, p] of probes) state.set(s, !p.isNullObject);
        writeAll(state);
        await counter.sync(ctx);
      }
      result.cells = todo.length;
    } finally {
      result.syncs = counter.count;
    }
  });
  return result;
}
