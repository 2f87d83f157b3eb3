/**
 * The store of validation marks ("_po_marks"): one JSON row per marked cell saying what the cell had before, and
 * what clearMarks does with those rows.
 *
 * Notes are never lost across clients. Marks made where notes exist (ExcelApi 1.18: Excel on the web, current
 * Microsoft 365) saved each cell's note; an Excel without notes (Office 2021 and 2024 LTSC, older Macs) can restore
 * the fills but not the notes. It restores the fills and keeps a row per unrestored note (`d: 1`: fill done), so that
 * a later clear in an Excel with notes restores them exactly. Of several rows for one cell, the first with a fill to
 * restore gives the fill and the first with a note gives the note: the first saved state is the original one.
 */

/** One saved cell state (a row of the store). */
export interface Saved {
  s: string;
  r: number;
  c: number;
  /** previous fill "#RRGGBB", or null for no fill */
  f: string | null;
  /** previous note, null for none; absent when notes were not touched (no ExcelApi 1.18, or a threaded comment) */
  n?: string | null;
  /** 1: the fill was restored already, only the note waits for an Excel with notes */
  d?: 1;
}

/** What to write back into one cell: a field left undefined is not touched. */
export interface Restore {
  s: string;
  r: number;
  c: number;
  f?: string | null;
  n?: string | null;
}

export interface RestorePlan {
  todo: Restore[];
  /** rows to keep in the store (protected sheets, notes waiting for an Excel with notes) */
  keep: Saved[];
  skipped: { sheet: string; row: number; col: number; reason: "missing-sheet" | "protected" }[];
  /** notes kept for later */
  pending: number;
}

/** Parses the store's rows (column A) and decides what this Excel restores now and what it keeps for later. */
export function restorePlan(lines: unknown[][], notesApi: boolean, sheet: (name: string) => "ok" | "missing" | "protected"): RestorePlan {
  const cells = new Map<string, { rows: Saved[] }>();
  for (const [text] of lines) {
    if (typeof text !== "string" || !text.startsWith("{")) continue;
    let s: Saved;
    try {
      s = JSON.parse(text) as Saved;
    } catch {
      continue;
    }
    if (typeof s?.s !== "string") continue;
    const key = `${s.s.toLocaleLowerCase()}\u0000${s.r}\u0000${s.c}`;
    const entry = cells.get(key) ?? { rows: [] };
    entry.rows.push(s);
    cells.set(key, entry);
  }
  const plan: RestorePlan = { todo: [], keep: [], skipped: [], pending: 0 };
  for (const { rows } of cells.values()) {
    const fillRow = rows.find((x) => !x.d);
    const noteRow = rows.find((x) => x.n !== undefined);
    const { s, r, c } = rows[0];
    const where = sheet(s);
    if (where === "missing") {
      plan.skipped.push({ sheet: s, row: r, col: c, reason: "missing-sheet" });
      continue;
    }
    if (where === "protected") {
      plan.skipped.push({ sheet: s, row: r, col: c, reason: "protected" });
      plan.keep.push(...new Set([fillRow, noteRow].filter((x): x is Saved => !!x)));
      continue;
    }
    const restore: Restore = { s, r, c };
    if (fillRow) restore.f = fillRow.f;
    if (noteRow && notesApi) restore.n = noteRow.n;
    else if (noteRow) {
      plan.keep.push({ s, r, c, f: noteRow.f, n: noteRow.n, d: 1 });
      plan.pending++;
    }
    if (restore.f !== undefined || restore.n !== undefined) plan.todo.push(restore);
  }
  return plan;
}
