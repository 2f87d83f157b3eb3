/** Tokenizer for period text: one pass over char codes, no regexes. */
import { WORDS, type WordInfo } from "./words";

export const NUM = 0;
export const WORD = 1;
export const DASH = 2;
export const DOT = 3;
export const COMMA = 4;
export const SEMI = 5;
export const SLASH = 6;
export const LPAREN = 7;
export const RPAREN = 8;
export const COLON = 9;
export const OTHER = 10;

export interface Token {
  t: number;
  /** Lower-case text («ё» → «е»); digits for NUM. */
  s: string;
  /** NUM: the value. */
  v: number;
  /** NUM: number of digits. */
  len: number;
  /** WORD: what the word is, if known. */
  w: WordInfo | undefined;
  /** Offsets in the source string, [from, to). */
  from: number;
  to: number;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85;
}

function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0xad;
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/** Latin letters that look Cyrillic, for words typed with a mixed keyboard («Ceнтябрь» with a Latin C). */
const LOOKALIKE: Record<string, string> = { a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в" };

function punct(c: number): number {
  switch (c) {
    case 46: // .
      return DOT;
    case 44: // ,
      return COMMA;
    case 59: // ;
      return SEMI;
    case 47: // /
    case 92: // \
      return SLASH;
    case 40: // (
    case 91: // [
      return LPAREN;
    case 41: // )
    case 93: // ]
      return RPAREN;
    case 58: // :
      return COLON;
    default:
      return isDash(c) ? DASH : OTHER;
  }
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      let v = 0;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d < 48 || d > 57) break;
        v = v * 10 + (d - 48);
        j++;
      }
      out.push({ t: NUM, s: src.slice(i, j), v, len: j - i, w: undefined, from: i, to: j });
      i = j;
      continue;
    }
    const latin = isLatin(c);
    if (latin || isCyrillic(c)) {
      let j = i;
      let hasLatin = false;
      let hasCyr = false;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (isLatin(d)) hasLatin = true;
        else if (isCyrillic(d)) hasCyr = true;
        else break;
        j++;
      }
      let s = src.slice(i, j).toLowerCase();
      if (s.indexOf("ё") >= 0) s = s.replace(/ё/g, "е");
      if (hasLatin && hasCyr) {
        let t = "";
        for (const ch of s) t += LOOKALIKE[ch] ?? ch;
        // keep roman numerals mixed with Cyrillic «і» (ІV) as they are
        if (!WORDS.has(s)) s = t;
      }
      out.push({ t: WORD, s, v: 0, len: j - i, w: WORDS.get(s), from: i, to: j });
      i = j;
      continue;
    }
    // a surrogate pair is one OTHER token
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push({ t: punct(c), s: src.slice(i, i + width), v: 0, len: width, w: undefined, from: i, to: i + width });
    i += width;
  }
  return out;
}
