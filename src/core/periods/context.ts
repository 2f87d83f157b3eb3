/**
 * What every pass of the period parser shares: the source text and its tokens, the words it may
 * note on the way (warnings), and the one way a pass gives up (fail → { ok: false, reason }).
 */
import type { Text } from "../i18n";
import type { Token } from "./tokens";
import type { WordKind } from "./words";

/** Years a period may name; a number outside them is not a year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export interface ParseContext {
  source: string;
  tokens: Token[];
  /** Parts of the text read with a caveat («окт-2021»): returned with the period, never dropped. */
  warnings: Text[];
}

export function newContext(source: string, tokens: Token[]): ParseContext {
  return { source, tokens, warnings: [] };
}

/** Thrown inside the parser only; parsePeriod turns it into { ok: false, reason }. */
export class Fail {
  constructor(
    readonly reason: Text,
    readonly problem?: "impossible-date",
  ) {}
}

export function fail(reason: Text, problem?: "impossible-date"): never {
  throw new Fail(reason, problem);
}

/** The source text of tokens [from, to). */
export function text(ctx: ParseContext, from: number, to: number): string {
  const tk = ctx.tokens;
  if (from >= to || from >= tk.length) return "";
  return ctx.source.slice(tk[from].from, tk[Math.min(to, tk.length) - 1].to);
}

/** From token i to the next comma, semicolon or bracket: what to quote as not understood. */
export function snippet(ctx: ParseContext, i: number, to: number): string {
  const tk = ctx.tokens;
  let j = i + 1;
  while (j < to) {
    const t = tk[j].type;
    if (t === "comma" || t === "semicolon" || t === "open" || t === "close") break;
    j++;
  }
  return text(ctx, i, j);
}

export function isWord(t: Token | undefined, s: string): boolean {
  return t !== undefined && t.type === "word" && t.text === s;
}

export function wordKind(t: Token | undefined): WordKind | undefined {
  return t !== undefined && t.type === "word" && t.word !== undefined ? t.word.kind : undefined;
}
