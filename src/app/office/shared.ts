/**
 * What every command of the Office engine shares: sentences built from both languages, the phases of a command
 * (progress, cancel between round trips, what was written when a cancel came late), and how a failed read or
 * write is told to the person.
 */
import type { Text } from "../../core/i18n";
import type { SheetPlan } from "../../core/workbook";
import { blockName, parseBlockName } from "../../core/templates/names";
import { ApplyPlansError, type ApplyResult, type MarksResult } from "../../adapters/office";
import { ru } from "../../i18n/ru";
import { en } from "../../i18n/en";
import { CancelledError, UserFacingError, plainDetail } from "../actions";
import type { RunOptions } from "../engine";
import { officeTexts as OT } from "./texts";

export type S = typeof ru;
export const both = (f: (s: S) => string): Text => ({ ru: f(ru), en: f(en as S) });
export const join = (texts: Text[]): Text => ({ ru: texts.map((t) => t.ru).join(" "), en: texts.map((t) => t.en).join(" ") });
export const quoteList = (sheets: string[]): Text => ({ ru: sheets.join("», «"), en: sheets.join("”, “") });
export const lower = (s: string) => s.toLocaleLowerCase();
export const NOTHING = both((x) => x.excel.cancelledNothing);

/**
 * The phases of one command: `begin` honours a cancel asked before phase `step` (`cancelled` says what was already
 * written; nothing by default), then reports the phase; a cancel asked once a writing phase began is not honoured
 * inside it (never half a batch): `finish` returns the result unless such a cancel came, and then rejects with
 * CancelledError carrying the result and what was written. The first phase is followed by `checkpoint()`.
 */
export class Phases {
  constructor(
    private readonly options: RunOptions | undefined,
    private readonly total: number,
  ) {}
  begin(step: number, label: Text, cancelled: Text = NOTHING): void {
    this.checkpoint(cancelled);
    this.options?.onProgress?.(step, this.total, label);
  }
  /** A cancel is honoured only here, between round trips. */
  checkpoint(cancelled: Text = NOTHING): void {
    if (this.options?.signal?.aborted) throw new CancelledError(cancelled);
  }
  finish<R>(result: R, written: Text): R {
    if (this.options?.signal?.aborted) throw new CancelledError(written, result);
    return result;
  }
}

/** What Excel said, for a person: its code and the first line of its message, no stack, no script positions. */
export function hostDetail(e: unknown): string {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  const original = e instanceof ApplyPlansError ? e.original : e;
  const message =
    original instanceof Error ? original.message : original && typeof original === "object" && "message" in original ? String((original as { message: unknown }).message) : String(original ?? "");
  return [code, plainDetail(message)].filter(Boolean).join(": ") || "—";
}

/** Reads fail before anything is written: say so. Errors that already speak to people pass through. */
export async function reading<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof UserFacingError) throw e;
    throw new UserFacingError(both((x) => x.excel.readFailed(hostDetail(e))));
  }
}

/** The person's sentence for a write that Excel stopped: what was created, what was and was not written. */
export function writeFailure(e: ApplyPlansError, plans: SheetPlan[], retry: Text | null): Text {
  const lines: Text[] = [];
  const sheets = [...new Set(plans.map((p) => p.sheet))];
  const toCreate = new Set(plans.filter((p) => p.create).map((p) => lower(p.sheet)));
  const created = new Set(e.created.map(lower));
  const missing = new Map(e.unwritten.map((u) => [lower(u.sheet), u.parts] as const));
  for (const sheet of sheets) {
    const parts = missing.get(lower(sheet));
    const partList = (s: S) => (parts ?? []).map((p) => s.excel.parts[p]).join(", ");
    if (toCreate.has(lower(sheet))) {
      if (!created.has(lower(sheet))) lines.push(both((x) => x.excel.notCreated(sheet)));
      else if (parts) lines.push(both((x) => x.excel.createdIncomplete(sheet, partList(x))));
      else lines.push(both((x) => x.excel.createdComplete(sheet)));
    } else if (parts) lines.push(both((x) => x.excel.writtenIncomplete(sheet, partList(x))));
    else lines.push(both((x) => x.excel.writtenComplete(sheet)));
  }
  lines.push(both((x) => x.excel.excelError(hostDetail(e))));
  if (e.code === "AccessDenied") lines.push(both((x) => x.excel.accessDenied));
  if (retry) lines.push(retry);
  return join(lines);
}

/** The sentence for finishing touches Excel refused (the cosmetics request), when it did. */
export function cosmeticsNote(r: Pick<ApplyResult, "cosmeticsFailed">): Text[] {
  const f = r.cosmeticsFailed;
  return f ? [OT.cosmeticsFailed([...new Set(f.parts.map((p) => p.sheet))], `${f.code}: ${plainDetail(f.message)}`)] : [];
}

/** Marks skipped on protected sheets, one sentence per sheet. */
export function protectedNotes(skipped: MarksResult["skipped"], say: (s: S, sheet: string, n: number) => string): Text[] {
  const bySheet = new Map<string, number>();
  for (const k of skipped) if (k.reason === "protected") bySheet.set(k.sheet, (bySheet.get(k.sheet) ?? 0) + 1);
  return [...bySheet].map(([sheet, n]) => both((x) => say(x, sheet, n)));
}

/** A sheet that appeared in the workbook while the command ran (the same name): existing sheets are unchanged. */
export function sheetAppeared(sheets: string[], what: Text): Text {
  return {
    ru: `Лист «${sheets.join("», «")}» появился в книге во время ${what.ru}; существующие листы не изменены. Повторите команду.`,
    en: `Sheet “${sheets.join("”, “")}” appeared while ${what.en}; existing sheets are unchanged. Run the command again.`,
  };
}

/** The first passport's term names, for a new plan or calendar plan to refer to. */
export function passportTermNames(names: string[]): { start: string; end: string } | undefined {
  const instances = names
    .map(parseBlockName)
    .filter((p): p is NonNullable<typeof p> => !!p && p.kind === "passport" && p.block === "TermStart")
    .map((p) => p.instance)
    .sort((a, b) => a - b);
  for (const i of instances) {
    const start = blockName("passport", i, "TermStart");
    const end = blockName("passport", i, "TermEnd");
    if (names.includes(end)) return { start, end };
  }
  return undefined;
}
