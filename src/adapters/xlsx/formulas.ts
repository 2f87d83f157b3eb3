/**
 * Formula text between the add-in's form (English names, comma separators, "=" in front, as
 * range.formulas gives it) and the file's form (no "=", functions newer than Excel 2007 prefixed
 * with _xlfn. — without the prefix Excel shows #NAME? for IFS, TEXTJOIN, XLOOKUP…).
 */

/** Functions the file format stores as _xlfn.NAME (Excel 2010 and later). */
const FUTURE = new Set(
  (
    "ACOT ACOTH AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT BITOR " +
    "BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST COMBINA " +
    "CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL ERF.PRECISE " +
    "ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS " +
    "FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST " +
    "GAMMA.INV GAMMALN.PRECISE GAUSS HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN " +
    "ISFORMULA ISOWEEKNUM LOGNORM.DIST LOGNORM.INV MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST " +
    "NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC " +
    "PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC RANK.AVG RANK.EQ RRI SEC " +
    "SECH SHEET SHEETS SKEW.P STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TEXTJOIN UNICHAR " +
    "UNICODE VAR.P VAR.S WEBSERVICE WEIBULL.DIST WORKDAY.INTL XOR Z.TEST XLOOKUP XMATCH LET LAMBDA SORTBY UNIQUE " +
    "SEQUENCE RANDARRAY TEXTBEFORE TEXTAFTER TEXTSPLIT VSTACK HSTACK TAKE DROP CHOOSECOLS CHOOSEROWS TOCOL TOROW " +
    "WRAPROWS WRAPCOLS EXPAND ARRAYTOTEXT VALUETOTEXT ISOMITTED BYROW BYCOL MAP REDUCE SCAN MAKEARRAY"
  ).split(" "),
);
/** Stored as _xlfn._xlws.NAME. */
const WORKSHEET_FUTURE = new Set(["FILTER", "SORT"]);

/**
 * Where the string literal ("…") or quoted sheet name ('…') opening at `start` ends (the index after its
 * closing quote; a doubled quote inside is an escaped one). An unclosed one runs to the end.
 */
export function quotedEnd(formula: string, start: number): number {
  const q = formula[start];
  let j = start + 1;
  while (j < formula.length) {
    if (formula[j] === q) {
      if (formula[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return formula.length;
}

/**
 * A formula's text in pieces, the one tokenizer of the adapter: shared formulas are shifted over it
 * (shiftFormula) and function names mapped over it (toFileFormula, fromFileFormula). Every piece's `text`
 * is the source text, so joining them gives the formula back.
 */
export type FormulaToken =
  /** string literals, quoted sheet names, [bracketed] parts, operators and anything else copied as it is */
  | { kind: "literal"; text: string }
  | { kind: "number"; text: string }
  /** A1, $B$2 (not followed by "(" or "!") */
  | { kind: "cell"; text: string; colAbs: string; col: number; rowAbs: string; row: number }
  /** whole columns A:C, $A:B */
  | { kind: "columns"; text: string; abs1: string; col1: number; sep: string; abs2: string; col2: number }
  /** whole rows 1:1, $2:5 */
  | { kind: "rows"; text: string; abs1: string; row1: number; sep: string; abs2: string; row2: number }
  /** a name directly followed by "(" */
  | { kind: "function"; text: string }
  /** other names: defined names, sheet names before "!", TRUE */
  | { kind: "word"; text: string };

const WORD_START = /[A-Za-z_$\\\u0080-\uFFFF]/;
const WORD_CHAR = /[A-Za-z0-9_.$\\\u0080-\uFFFF]/;
const COLS = /^(\$?)([A-Za-z]{1,3})(\s*:\s*)(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/;
const ROWS = /^(\$?)(\d{1,7})(\s*:\s*)(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const NUMBER = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/;

/** "AB" → 27 (0-based column 27 is AB… "A" → 0). */
function colIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return col - 1;
}

export function tokenizeFormula(formula: string): FormulaToken[] {
  const out: FormulaToken[] = [];
  const n = formula.length;
  let lit = "";
  const flush = () => {
    if (lit) out.push({ kind: "literal", text: lit });
    lit = "";
  };
  let i = 0;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      // a string literal, a quoted sheet name, a structured reference or an external workbook index
      const j = ch === "[" ? formula.indexOf("]", i) : quotedEnd(formula, i) - 1;
      const end = j < 0 ? n : j + 1;
      lit += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    const afterWord = prev !== "" && WORD_CHAR.test(prev);
    if (!afterWord && /[A-Za-z$0-9]/.test(ch)) {
      const rest = formula.slice(i, i + 24);
      const c = COLS.exec(rest);
      if (c && colIndex(c[2]) < 16384 && colIndex(c[5]) < 16384) {
        flush();
        out.push({ kind: "columns", text: c[0], abs1: c[1], col1: colIndex(c[2]), sep: c[3], abs2: c[4], col2: colIndex(c[5]) });
        i += c[0].length;
        continue;
      }
      const r = ROWS.exec(rest);
      if (r) {
        flush();
        out.push({ kind: "rows", text: r[0], abs1: r[1], row1: parseInt(r[2], 10), sep: r[3], abs2: r[4], row2: parseInt(r[5], 10) });
        i += r[0].length;
        continue;
      }
    }
    if (/[0-9]/.test(ch) && !/[0-9.]/.test(prev) && !afterWord) {
      // a number (1E5, 0.5): whole, so that its digits are never taken for a row
      const m = NUMBER.exec(formula.slice(i));
      const len = m ? m[0].length : 1;
      flush();
      out.push({ kind: "number", text: formula.slice(i, i + len) });
      i += len;
      continue;
    }
    if (WORD_START.test(ch) && !afterWord) {
      let j = i + 1;
      while (j < n && WORD_CHAR.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const next = formula[j];
      flush();
      const m = next !== "(" && next !== "!" ? CELL.exec(word) : null;
      if (m && colIndex(m[2]) < 16384) out.push({ kind: "cell", text: word, colAbs: m[1], col: colIndex(m[2]), rowAbs: m[3], row: parseInt(m[4], 10) - 1 });
      else out.push({ kind: next === "(" ? "function" : "word", text: word });
      i = j;
      continue;
    }
    lit += ch;
    i++;
  }
  flush();
  return out;
}

/** "A", "AB" for 0-based column indexes. */
function letters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Moves the relative references of a shared formula (ECMA-376 Part 1, §18.3.1.40, t="shared") from its master
 * cell to another: cells, whole columns and whole rows; a reference moved off the sheet becomes #REF!.
 */
export function shiftTokens(tokens: readonly FormulaToken[], dRow: number, dCol: number): string {
  let out = "";
  for (const t of tokens) {
    if (t.kind === "cell") {
      const col = t.colAbs ? t.col : t.col + dCol;
      const row = t.rowAbs ? t.row : t.row + dRow;
      out += col < 0 || row < 0 || col > 16383 || row > 1048575 ? "#REF!" : `${t.colAbs}${letters(col)}${t.rowAbs}${row + 1}`;
    } else if (t.kind === "columns") {
      const a = t.abs1 ? t.col1 : t.col1 + dCol;
      const b = t.abs2 ? t.col2 : t.col2 + dCol;
      out += a < 0 || b < 0 || a > 16383 || b > 16383 ? "#REF!" : `${t.abs1}${letters(a)}${t.sep}${t.abs2}${letters(b)}`;
    } else if (t.kind === "rows") {
      const a = t.abs1 ? t.row1 : t.row1 + dRow;
      const b = t.abs2 ? t.row2 : t.row2 + dRow;
      out += a < 1 || b < 1 || a > 1048576 || b > 1048576 ? "#REF!" : `${t.abs1}${a}${t.sep}${t.abs2}${b}`;
    } else out += t.text;
  }
  return out;
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return dRow === 0 && dCol === 0 ? formula : shiftTokens(tokenizeFormula(formula), dRow, dCol);
}

/** Applies fn to every function name outside string literals and quoted sheet names. */
function mapFunctionNames(formula: string, fn: (name: string) => string): string {
  let out = "";
  for (const t of tokenizeFormula(formula)) out += t.kind === "function" ? fn(t.text) : t.text;
  return out;
}

/** "=IFS(A1>0,1)" → "_xlfn.IFS(A1>0,1)" (what ExcelJS writes into the file). */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!body.includes("(")) return body;
  return mapFunctionNames(body, (name) => {
    const upper = name.toUpperCase();
    if (upper.startsWith("_XLFN.")) return name;
    if (WORKSHEET_FUTURE.has(upper)) return `_xlfn._xlws.${name}`;
    if (FUTURE.has(upper)) return `_xlfn.${name}`;
    return name;
  });
}

/** "_xlfn.IFS(A1>0,1)" → "=IFS(A1>0,1)" (what range.formulas gives). */
export function fromFileFormula(formula: string): string {
  const body = formula.includes("_xl") ? mapFunctionNames(formula, (name) => name.replace(/^_xlfn\.(_xlws\.)?/i, "")) : formula;
  return "=" + body.replace(/_xlpm\./g, "");
}
