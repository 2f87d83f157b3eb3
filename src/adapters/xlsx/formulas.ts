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
 * Applies fn to every function name (an identifier directly followed by "(") outside string
 * literals and quoted sheet names.
 */
function mapFunctionNames(formula: string, fn: (name: string) => string): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (/[A-Za-z_]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.\\]/.test(formula[i - 1]))) {
      let j = i;
      while (j < n && /[A-Za-z0-9_.]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      out += formula[j] === "(" ? fn(word) : word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
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
