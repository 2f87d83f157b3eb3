/**
 * Validation marks: a finding's cell gets a fill by severity and a note with the message. What the
 * cell had before (fill, note) is saved first in a very hidden sheet "_po_marks", one JSON object
 * per row, so clearMarks can put back exactly what was there.
 *
 * Round trips, while a request stays under the payload budget (`budgetBytes`, 4 MB by default; Excel on
 * the web refuses 5 MB):
 * - applyMarks: 1 read sync (fills, notes, protection of the touched cells; does the store exist)
 *   + 1 write sync (fills, notes, store rows). A sheet named in a mark that no longer exists costs
 *   one more read (the sheet list) and is skipped.
 * - clearMarks: 1 read sync (the store) + 1 write sync (fills, notes, delete the store); 1 sync only
 *   when there is no store. If someone deleted a mark's note meanwhile, 2 more syncs mend it.
 * Above the budget the reads and the writes go in as many round trips as the estimated request size
 * needs (`reads`, `writes` in the result). Each write round trip saves the old state of its cells in the
 * store before it marks them, so a failure part-way leaves every mark made so far restorable. A read that
 * Excel refuses for the size of its answer (long notes) is split in two and asked again.
 *
 * Marking twice keeps the first saved state: rows are only ever appended, and clearMarks takes the
 * first row of each cell. Notes need ExcelApi 1.18 and the "no fill" test fill.pattern (1.9); without
 * them marks are fills only, and a white fill reads as no fill.
 */
import { formatCell } from "../../core/address";
import type { Severity } from "../../core/findings";
import { packByBytes, OP_BYTES as OP } from "./batch";
import { DEFAULT_PAYLOAD_BUDGET, SyncCounter, errorCode, excelApi, isSizeRefusal, jsonBytes, resolveSupports, type ExcelRun, type OfficeOptions } from "./common";
import { restorePlan, type Restore, type Saved } from "./marksStore";
import { StructureProtectedError } from "./apply";

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

export interface MarksOptions extends OfficeOptions {
  /** Largest estimated request (and expected response) per round trip. Default 4,000,000 bytes. */
  budgetBytes?: number;
}

export interface MarksResult {
  syncs: number;
  /** of the syncs: round trips that read, and round trips that wrote (both 1 under the budget) */
  reads?: number;
  writes?: number;
  /** cells marked (or restored) */
  cells: number;
  /** cells left alone: sheet missing or protected */
  skipped: { sheet: string; row: number; col: number; reason: "missing-sheet" | "protected" }[];
  /** applyMarks: cells marked by fill only because they hold a threaded comment (a cell cannot have a note too) */
  fillOnly?: { sheet: string; row: number; col: number }[];
  /**
   * clearMarks: saved notes this Excel could not put back (no notes API, ExcelApi 1.18): their cells' fills are
   * restored, the notes stay saved in the store for a clear in an Excel that has notes.
   */
  pendingNotes?: number;
}

interface Target {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet.toLocaleLowerCase()}\u0000${row}\u0000${col}`;

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

/** A read cell: the target, its sheet, and the loaded fill and note. */
interface ReadCell {
  t: Target;
  ws: Excel.Worksheet;
  fill: Excel.RangeFill;
  note?: Excel.Note;
}

export async function applyMarks(run: ExcelRun, marks: Mark[], options: MarksOptions = {}): Promise<MarksResult> {
  const supports = resolveSupports(options.supports);
  const notes = excelApi(supports, "1.18");
  const pattern = excelApi(supports, "1.9");
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  let targets = mergeMarks(marks);
  const result: MarksResult = { syncs: 0, reads: 0, writes: 0, cells: 0, skipped: [] };
  if (targets.length === 0) return result;

  await run(async (ctx) => {
    const counter = new SyncCounter();
    try {
      // ---- read: what each touched cell has now, whether the store exists; in as many round trips as the size needs
      const read = async () => {
        const sheets = new Map<string, { name: string; ws: Excel.Worksheet; loaded: boolean }>();
        const seen = new Set<string>();
        const readCost = (t: Target) => {
          let bytes = 4 * OP + (notes ? 2 * OP + 12 : 0);
          if (!seen.has(t.sheet)) {
            seen.add(t.sheet);
            bytes += 3 * OP + jsonBytes(t.sheet);
          }
          return bytes;
        };
        const groups = packByBytes(targets, readCost, budget);
        const store = ctx.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
        const comments = new Map<string, Excel.CommentCollection>();
        let storeLoaded = false;
        const cells: ReadCell[] = [];
        while (groups.length) {
          const group = groups.shift()!;
          if (!storeLoaded) store.load("name");
          const touched: { name: string; ws: Excel.Worksheet; loaded: boolean }[] = [];
          const batch = group.map((t) => {
            let sheet = sheets.get(t.sheet);
            if (!sheet) {
              sheet = { name: t.sheet, ws: ctx.workbook.worksheets.getItem(t.sheet), loaded: false };
              sheets.set(t.sheet, sheet);
            }
            if (!sheet.loaded && !touched.includes(sheet)) {
              sheet.ws.protection.load("protected");
              touched.push(sheet);
            }
            const fill = sheet.ws.getCell(t.row, t.col).format.fill;
            fill.load(pattern ? "color,pattern" : "color");
            const note = notes ? sheet.ws.notes.getItemOrNullObject(formatCell({ row: t.row, col: t.col })) : undefined;
            note?.load("content");
            return { t, ws: sheet.ws, fill, note };
          });
          // threaded comments (ExcelApi 1.10): a cell holding one cannot take a note; their ids now, where they are after
          if (notes) for (const s of touched) comments.set(s.name, s.ws.comments.load("items/id"));
          try {
            await counter.sync(ctx);
          } catch (e) {
            // the answer was too big (long notes) or the estimate too low: ask for half at a time
            if (!isSizeRefusal(e) || group.length === 1) throw e;
            const half = Math.ceil(group.length / 2);
            groups.unshift(group.slice(0, half), group.slice(half));
            continue;
          } finally {
            result.reads!++;
          }
          storeLoaded = true;
          for (const s of touched) s.loaded = true;
          cells.push(...batch);
        }
        // where the threaded comments are: one more round trip, only when a touched sheet has some
        const located = [...comments].flatMap(([sheet, coll]) => coll.items.map((c) => ({ sheet, range: c.getLocation().load("rowIndex,columnIndex") })));
        const commented = new Set<string>();
        if (located.length) {
          await counter.sync(ctx);
          result.reads!++;
          for (const { sheet, range } of located) commented.add(cellKey(sheet, range.rowIndex, range.columnIndex));
        }
        return { cells, store, commented };
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
        result.reads!++;
        const names = new Set(all.items.map((w) => w.name.toLocaleLowerCase()));
        for (const t of targets) if (!names.has(t.sheet.toLocaleLowerCase())) result.skipped.push({ sheet: t.sheet, row: t.row, col: t.col, reason: "missing-sheet" });
        targets = targets.filter((t) => names.has(t.sheet.toLocaleLowerCase()));
        if (targets.length === 0) return;
        state = await read();
      }

      // ---- write: save the old state, then mark. In each round trip the store rows go first: if Excel stops
      // part-way (it keeps the actions before the failing one), every cell it marked has its old state saved.
      const todo: { cell: ReadCell; row: string }[] = [];
      for (const cell of state.cells) {
        const { t, ws, fill, note } = cell;
        if (ws.protection.protected) {
          result.skipped.push({ sheet: t.sheet, row: t.row, col: t.col, reason: "protected" });
          continue;
        }
        const hadFill = pattern ? fill.pattern !== "None" && fill.color !== null : fill.color !== null && fill.color.toUpperCase() !== "#FFFFFF";
        const saved: Saved = { s: t.sheet, r: t.row, c: t.col, f: hadFill ? fill.color : null };
        if (note && state.commented.has(cellKey(t.sheet, t.row, t.col))) {
          (result.fillOnly ??= []).push({ sheet: t.sheet, row: t.row, col: t.col });
          cell.note = undefined; // marked by fill only: the note would be refused
        } else if (note) saved.n = note.isNullObject ? null : note.content;
        todo.push({ cell, row: JSON.stringify(saved) });
      }
      if (todo.length === 0) return;
      const writeCost = ({ cell, row }: (typeof todo)[number]) => jsonBytes(row) + 4 + 4 * OP + 12 + jsonBytes(cell.t.sheet) + (cell.note ? 2 * OP + 12 + jsonBytes(cell.t.text) : 0);
      // room for the store's own actions (add or find the sheet, the header, the append range)
      const groups = packByBytes(todo, writeCost, budget - 6 * OP);
      let storeExists = !state.store.isNullObject;
      for (const group of groups) {
        const rows = group.map(({ row }) => [row]);
        if (!storeExists) {
          const store = ctx.workbook.worksheets.add(MARKS_SHEET);
          store.getRange("A1").values = [[HEADER]];
          store.getRange(`A2:A${rows.length + 1}`).values = rows;
          store.visibility = "VeryHidden";
        } else {
          // append below the last row, without reading the store
          const below = ctx.workbook.worksheets.getItem(MARKS_SHEET).getUsedRange(true).getLastRow().getCell(0, 0).getOffsetRange(1, 0);
          below.getResizedRange(rows.length - 1, 0).values = rows;
        }
        for (const { cell } of group) {
          const { t, ws, note } = cell;
          ws.getCell(t.row, t.col).format.fill.color = MARK_FILLS[t.severity];
          if (note) {
            if (note.isNullObject) ws.notes.add(formatCell({ row: t.row, col: t.col }), t.text);
            else note.content = t.text;
          }
        }
        try {
          await counter.sync(ctx);
        } finally {
          result.writes!++;
        }
        storeExists = true;
        result.cells += group.length;
      }
    } finally {
      result.syncs = counter.count;
    }
  });
  return result;
}

export async function clearMarks(run: ExcelRun, options: MarksOptions = {}): Promise<MarksResult> {
  const supports = resolveSupports(options.supports);
  const notesApi = excelApi(supports, "1.18");
  const budget = options.budgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const result: MarksResult = { syncs: 0, reads: 0, writes: 0, cells: 0, skipped: [] };

  await run(async (ctx) => {
    const counter = new SyncCounter();
    const sync = async (kind: "reads" | "writes") => {
      try {
        await counter.sync(ctx);
      } finally {
        result[kind]!++;
      }
    };
    try {
      // ---- read the store (and which sheets exist, and which are protected)
      const all = ctx.workbook.worksheets;
      const queueSheets = () => all.load("items/name,items/protection/protected");
      queueSheets();
      // workbook structure protection (ExcelApi 1.7) refuses deleting the store: said before anything is written
      const structure = excelApi(supports, "1.7") ? ctx.workbook.protection.load("protected") : undefined;
      const used = ctx.workbook.worksheets.getItem(MARKS_SHEET).getUsedRange(true);
      used.load("values");
      let lines: unknown[][];
      try {
        await sync("reads");
        lines = used.values as unknown[][];
      } catch (e) {
        if (errorCode(e) === "ItemNotFound") return; // nothing marked
        if (!isSizeRefusal(e)) throw e;
        lines = await readStoreInChunks();
      }

      /** A store too big to read at once: its address first, then rows in pieces sized by what came back. */
      async function readStoreInChunks(): Promise<unknown[][]> {
        queueSheets();
        const area = ctx.workbook.worksheets.getItem(MARKS_SHEET).getUsedRange(true);
        area.load("rowCount,rowIndex,columnIndex");
        await sync("reads");
        const out: unknown[][] = [];
        let next = 0;
        let bytesPerRow = 2_000; // a cautious first guess: a saved note can be long
        while (next < area.rowCount) {
          const count = Math.min(area.rowCount - next, Math.max(1, Math.floor((budget * 0.9) / bytesPerRow)));
          const piece = ctx.workbook.worksheets.getItem(MARKS_SHEET).getRangeByIndexes(area.rowIndex + next, area.columnIndex, count, 1);
          piece.load("values");
          try {
            await sync("reads");
          } catch (e) {
            if (!isSizeRefusal(e) || count === 1) throw e;
            bytesPerRow *= 2;
            continue;
          }
          out.push(...(piece.values as unknown[][]));
          next += count;
          bytesPerRow = Math.max(16, (jsonBytes(piece.values) / count) * 1.25);
        }
        return out;
      }

      const sheets = new Map(all.items.map((w) => [w.name.toLocaleLowerCase(), w] as const));
      const plan = restorePlan(lines, notesApi, (name) => {
        const ws = sheets.get(name.toLocaleLowerCase());
        return !ws ? "missing" : ws.protection.protected ? "protected" : "ok";
      });
      result.skipped.push(...plan.skipped);
      if (loadedTrue(structure) && !plan.keep.length) throw new StructureProtectedError([MARKS_SHEET]);
      const { todo } = plan;
      const keep = plan.keep;
      if (plan.pending) result.pendingNotes = plan.pending;

      // ---- write: fills and notes, in as many round trips as their size needs; the store goes (or keeps only
      // what could not be restored) in the last one, so a failure part-way leaves everything saved for a retry
      const keepRows = keep.map((k) => [JSON.stringify(k)]);
      const finishBytes = 6 * OP + jsonBytes(keepRows);
      const clearCost = (s: Restore) => 5 * OP + 24 + jsonBytes(s.s) + (s.n !== undefined ? 3 * OP + 12 + (s.n ? jsonBytes(s.n) : 0) : 0);
      const groups = packByBytes(todo, clearCost, budget);
      const lastBytes = groups.length ? groups[groups.length - 1].reduce((n, s) => n + clearCost(s), 0) : 0;
      if (!groups.length || lastBytes + finishBytes > budget) groups.push([]);

      const writeGroup = (group: Restore[], finish: boolean, noteState?: Map<Restore, boolean>) => {
        for (const s of group) {
          const ws = ctx.workbook.worksheets.getItem(s.s);
          if (s.f !== undefined) {
            const fill = ws.getCell(s.r, s.c).format.fill;
            if (s.f) fill.color = s.f;
            else fill.clear();
          }
          if (!notesApi || s.n === undefined) continue;
          const a1 = formatCell({ row: s.r, col: s.c });
          const exists = noteState ? noteState.get(s) : true; // a mark always left a note
          if (s.n === null) {
            if (exists) ws.notes.getItem(a1).delete();
          } else if (exists) ws.notes.getItem(a1).content = s.n;
          else ws.notes.add(a1, s.n);
        }
        if (!finish) return;
        const store = ctx.workbook.worksheets.getItem(MARKS_SHEET);
        if (keep.length === 0) {
          store.visibility = "Hidden"; // Excel refuses to delete a very hidden sheet
          store.delete();
        } else {
          store.getRange("A:A").clear("Contents");
          store.getRange("A1").values = [[HEADER]];
          store.getRange(`A2:A${keep.length + 1}`).values = keepRows;
        }
      };
      for (const [i, group] of groups.entries()) {
        const finish = i === groups.length - 1;
        writeGroup(group, finish);
        try {
          await sync("writes");
        } catch (e) {
          if (errorCode(e) !== "ItemNotFound" || !notesApi) throw e;
          // a mark's note was deleted by hand: look at this group's notes as they are, then write it again
          const probes = new Map<Restore, Excel.Note>();
          for (const s of group) {
            if (s.n === undefined) continue;
            const p = ctx.workbook.worksheets.getItem(s.s).notes.getItemOrNullObject(formatCell({ row: s.r, col: s.c }));
            p.load("content");
            probes.set(s, p);
          }
          await sync("reads");
          const state = new Map<Restore, boolean>();
          for (const [s, p] of probes) state.set(s, !p.isNullObject);
          writeGroup(group, finish, state);
          await sync("writes");
        }
        result.cells += group.length;
      }
    } finally {
      result.syncs = counter.count;
    }
  });
  return result;
}

/** `protected` of a protection object, false when its load was not delivered (a refused, re-asked read). */
function loadedTrue(p: Excel.WorkbookProtection | undefined): boolean {
  try {
    return p?.protected === true;
  } catch {
    return false;
  }
}
