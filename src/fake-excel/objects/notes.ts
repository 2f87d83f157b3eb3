/**
 * Excel.NoteCollection and Note (ExcelApi 1.18).
 */
import { FakeOfficeError } from "../errors";
import { MAX_COLS } from "../a1";
import type { FakeCell, FakeSheet, FakeWorkbook } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import type { FakeClientResult } from "../runtime";
import { q, assertEditable, rangeArg } from "./cells";
import { RangeProxy } from "./range";

// ---------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18)

export interface NotesT {
  wb: FakeWorkbook;
  sheet?: FakeSheet;
}
export interface NoteT {
  sheet: FakeSheet;
  row: number;
  col: number;
}

/** "A1" on a worksheet's notes, or "Sheet1!A1" (needed on the workbook's). */
export function noteCell(t: NotesT, key: unknown): NoteT {
  const r = rangeArg(key, t.wb, t.sheet);
  if (t.sheet && r.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument");
  if (r.ref.top !== r.ref.bottom || r.ref.left !== r.ref.right) throw new FakeOfficeError("InvalidArgument", { message: "A note belongs to a single cell." });
  return { sheet: r.sheet, row: r.ref.top, col: r.ref.left };
}

export function notesIn(t: NotesT): NoteT[] {
  const out: NoteT[] = [];
  for (const s of t.sheet ? [t.sheet] : t.wb.sheets) {
    const keys = [...s.cells.entries()]
      .filter(([, c]) => c.note !== undefined)
      .map(([k]) => k)
      .sort((a, b) => a - b);
    for (const k of keys) out.push({ sheet: s, row: Math.floor(k / MAX_COLS), col: k % MAX_COLS });
  }
  return out;
}

export class NoteCollectionProxy extends FakeClientObject {
  add(cellAddress: RangeProxy | string, content: unknown): NoteProxy {
    const note = new NoteProxy(this._ctx, this, null, `add(${typeof cellAddress === "string" ? q(cellAddress) : "range"})`, { noInstantiate: true });
    this._call("add", [cellAddress, content], (t: NotesT) => {
      const at = noteCell(t, cellAddress);
      assertEditable(at.sheet);
      if (at.sheet.getCell(at.row, at.col)?.note !== undefined) throw new FakeOfficeError("InvalidArgument", { message: "The cell already has a note." });
      // A cell holds a note or a threaded comment, not both (Microsoft's "The difference between threaded comments and
      // notes"). The error code Excel gives notes.add on such a cell is unconfirmed (checklist).
      if (at.sheet.getCell(at.row, at.col)?.comment !== undefined) throw new FakeOfficeError("InvalidOperation", { message: "The cell has a threaded comment." });
      at.sheet.patchCell(at.row, at.col, { note: String(content ?? "") });
      note._bind(at);
    });
    return note;
  }
  getItem(key: string): NoteProxy {
    return this.byKey(key, false);
  }
  getItemOrNullObject(key: string): NoteProxy {
    return this.byKey(key, true);
  }
  private byKey(key: string, orNull: boolean): NoteProxy {
    return new NoteProxy(
      this._ctx,
      this,
      (t: NotesT) => {
        const at = noteCell(t, key);
        if (at.sheet.getCell(at.row, at.col)?.note === undefined) {
          if (orNull) return null;
          throw new FakeOfficeError("ItemNotFound");
        }
        return at;
      },
      `${orNull ? "getItemOrNullObject" : "getItem"}(${q(key)})`,
    );
  }
  getItemAt(index: number): NoteProxy {
    return new NoteProxy(
      this._ctx,
      this,
      (t: NotesT) => {
        const at = notesIn(t)[index];
        if (!at) throw new FakeOfficeError("ItemNotFound");
        return at;
      },
      `getItemAt(${index})`,
    );
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => notesIn(this._resolve() as NotesT).length);
  }
}
defineClass(NoteCollectionProxy, {
  typeName: "NoteCollection",
  props: {},
  nav: {},
  items: (t: NotesT, coll) => notesIn(t).map((at) => new NoteProxy(coll._ctx, coll, null, "item", { bound: at, noInstantiate: true })),
});

export function liveNote(t: NoteT): FakeCell {
  const c = t.sheet.getCell(t.row, t.col);
  if (!c || c.note === undefined) throw new FakeOfficeError("ItemNotFound");
  return c;
}

export class NoteProxy extends FakeClientObject {
  delete(): void {
    this._call("delete", [], (t: NoteT) => {
      liveNote(t);
      assertEditable(t.sheet);
      t.sheet.patchCell(t.row, t.col, { note: undefined });
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: NoteT) => ({ sheet: t.sheet, ref: { top: t.row, left: t.col, bottom: t.row, right: t.col } }), "getLocation()");
  }
}
defineClass(NoteProxy, {
  typeName: "Note",
  props: {
    content: {
      get: (t: NoteT) => liveNote(t).note,
      set: (t: NoteT, v) => {
        liveNote(t);
        assertEditable(t.sheet);
        t.sheet.patchCell(t.row, t.col, { note: String(v ?? "") });
      },
    },
    authorName: { get: () => "Fake Excel" },
    visible: { get: () => false },
    width: { get: () => 144 },
    height: { get: () => 79 },
  },
  nav: {},
});
