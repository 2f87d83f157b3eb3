/**
 * One add-in session in one workbook: how to reach Excel, and what the last read learnt for the next one — the
 * sheet names (the read then takes 1 sync, not 2) and whether the workbook is read in chunks (no doomed one-shot
 * try above the cap). Sheets the add-in makes or removes itself are kept in step; a name gone stale (the person
 * renamed a sheet) costs 1 failed sync.
 */
import type { Lang } from "../../core/i18n";
import { MARKS_SHEET, clearMarks, nextReadOptions, type ExcelRun, type MarksResult, type ReadOptions, type ReadResult, type Supports } from "../../adapters/office";
import { lower } from "./shared";

export class OfficeSession {
  private readNext: Pick<ReadOptions, "sheetNames" | "chunked"> = {};

  constructor(
    readonly run: ExcelRun,
    readonly supports: Supports | undefined,
    readonly budgetBytes: number | undefined,
    readonly lang: Lang,
  ) {}

  /** Options for the next readWorkbook: what the last one learnt. */
  get hint(): Pick<ReadOptions, "sheetNames" | "chunked"> {
    return this.readNext;
  }

  learn<T extends ReadResult>(r: T): T {
    this.readNext = nextReadOptions(r);
    return r;
  }

  /** Sheets the add-in created: the next read knows them. */
  added(sheets: string[]): void {
    const known = this.readNext.sheetNames;
    if (!known) return;
    const have = new Set(known.map(lower));
    this.readNext = { ...this.readNext, sheetNames: [...known, ...sheets.filter((n) => !have.has(lower(n)))] };
  }

  /** Restores what the marks covered; the store sheet is gone after, unless marks on a protected sheet or notes waiting for an Excel with notes keep it. */
  async clearAll(): Promise<MarksResult> {
    const r = await clearMarks(this.run, { supports: this.supports, budgetBytes: this.budgetBytes });
    const known = this.readNext.sheetNames;
    if (known && !r.skipped.some((k) => k.reason === "protected") && !r.pendingNotes) this.readNext = { ...this.readNext, sheetNames: known.filter((n) => lower(n) !== lower(MARKS_SHEET)) };
    return r;
  }
}
