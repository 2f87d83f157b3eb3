/** Tokenizer for period text: one pass over char codes, no regexes. */
import { WORDS, type WordInfo } from "./words";

/** What a token is: digits, a word, or one punctuation mark («(» and «[» are both "open"). */
export type TokenType = "number" | "word" | "dash" | "dot" | "comma" | "semicolon" | "slash" | "open" | "close" | "colon" | "other";

export interface Token {
  type: TokenType;
  /** Lower-case text («ё» → «е»); the digits of a number. */
  text: string;
  /** A number's value (0 for other tokens). */
  value: number;
  /** A number's count of digits (the length in characters for other tokens). */
  digits: number;
  /** A word's class, if the parser knows the word. */
  word: WordInfo | undefined;
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

function punct(c: number): TokenType {
  switch (c) {
    case 46: // .
      return "dot";
    case 44: // ,
      return "comma";
    case 59: // ;
      return "semicolon";
    case 47: // /
    case 92: // \
      return "slash";
    case 40: // (
    case 91: // [
      return "open";
    case 41: // )
    case 93: // ]
      return "close";
    case 58: // :
      return "colon";
    default:
      return isDash(c) ? "dash" : "other";
  }
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    // a footnote mark («2022** года») is not part of the period
    if (isSpace(c) || c === 42) {
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
      out.push({ type: "number", text: src.slice(i, j), value: v, digits: j - i, word: undefined, from: i, to: j });
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
      out.push({ type: "word", text: s, value: 0, digits: j - i, word: WORDS.get(s), from: i, to: j });
      i = j;
      continue;
    }
    // a surrogate pair is one OTHER token
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push({ type: punct(c), text: src.slice(i, i + width), value: 0, digits: width, word: undefined, from: i, to: i + width });
    i += width;
  }
  return out;
}
