/**
 * Excel.CommentCollection and Comment (threaded comments, ExcelApi 1.10): what the adapter needs to find the cells
 * that have one (a note cannot go there). Seed a cell with `{ comment: "text" }`. Replies, mentions and
 * resolving are not modelled.
 */
import { FakeOfficeError } from "../errors";
import { MAX_COLS } from "../a1";
import type { FakeSheet } from "../model";
import { FakeClientObject, defineClass, type FakeClientResult } from "../runtime";
import { q } from "./cells";
import { RangeProxy } from "./range";
import { noteCell, type NoteT, type NotesT } from "./notes";

/** Every cell with a threaded comment on the collection's sheet (or in the workbook), in sheet then row order. */
function commentsIn(t: NotesT): NoteT[] {
  const sheets: FakeSheet[] = t.sheet ? [t.sheet] : t.wb.sheets;
  const out: NoteT[] = [];
  for (const sheet of sheets) {
    const keys = [...sheet.cells.entries()]
      .filter(([, c]) => c.comment !== undefined)
      .map(([k]) => k)
      .sort((a, b) => a - b);
    for (const k of keys) out.push({ sheet, row: Math.floor(k / MAX_COLS), col: k % MAX_COLS });
  }
  return out;
}

export class CommentCollectionProxy extends FakeClientObject {
  getItemByCell(cellAddress: RangeProxy | string): CommentProxy {
    return new CommentProxy(
      this._ctx,
      this,
      (t: NotesT) => {
        const at = noteCell(t, cellAddress);
        if (at.sheet.getCell(at.row, at.col)?.comment === undefined) throw new FakeOfficeError("ItemNotFound", { errorLocation: "CommentCollection.getItemByCell" });
        return at;
      },
      `getItemByCell(${typeof cellAddress === "string" ? q(cellAddress) : "range"})`,
    );
  }
  getCount(): FakeClientResult<number> {
    return this._ctx._result({ i: this._id, call: "getCount" }, () => commentsIn(this._resolve() as NotesT).length);
  }
}
defineClass(CommentCollectionProxy, {
  typeName: "CommentCollection",
  props: {},
  nav: {},
  items: (t: NotesT, coll) => commentsIn(t).map((at) => new CommentProxy(coll._ctx, coll, null, `getItem(${q(`${at.sheet.id}:${at.row}:${at.col}`)})`, { bound: at, noInstantiate: true })),
});

export class CommentProxy extends FakeClientObject {
  getLocation(): RangeProxy {
    return new RangeProxy(this._ctx, this, (t: NoteT) => ({ sheet: t.sheet, ref: { top: t.row, left: t.col, bottom: t.row, right: t.col } }), "getLocation()");
  }
}
defineClass(CommentProxy, {
  typeName: "Comment",
  props: {
    id: { get: (t: NoteT) => `{comment-${t.sheet.id}-${t.row}-${t.col}}` },
    content: { get: (t: NoteT) => t.sheet.getCell(t.row, t.col)?.comment ?? "" },
    authorName: { get: () => "Fake Author" },
  },
  nav: {},
});
