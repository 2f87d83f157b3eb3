/**
 * Formula values for the preview grid, so a person without Excel sees achievement, statuses and totals as
 * numbers: fast-formula-parser (MIT) evaluates each formula over the fake workbook's cells, on demand and
 * once per cell (a cache per workbook version). What the library lacks and our formulas use is added here:
 * LEN, COUNTIFS and SUMIFS (its SUMIFS is an empty stub). A cycle gives 0 (what Excel shows after its
 * warning); a formula the library cannot evaluate shows its error value, e.g. #NAME?.
 *
 * The library's parser is not re-entrant (a parse inside a parse, for a formula cell a formula refers to,
 * corrupts the outer one): a formula's references are found first (DepParser) and evaluated before it, so
 * its own parse finds them done; a reference found only while parsing gets a parser of its own depth.
 */
import FormulaParser, { DepParser, FormulaError, type Arg, type CellRef, type RangeRef } from "fast-formula-parser";
import { formatCell, parseRange } from "../core/address";
import type { CellValue } from "../core/workbook";
import type { FakeCell, FakeWorkbookDump } from "../fake-excel/model";

type Grid = { cells: Record<string, FakeCell>; rows: number; cols: number };

/** A criterion of COUNTIF(S)/SUMIF(S): "<>", ">=5", "=x", "text", a number, with * and ? wildcards. */
export function criterion(c: unknown): (v: unknown) => boolean {
  if (typeof c === "number" || typeof c === "boolean") return (v) => v === c;
  const text = String(c ?? "");
  const m = /^(<>|>=|<=|=|<|>)?(.*)$/s.exec(text)!;
  const op = m[1] ?? "=";
  const rest = m[2];
  const n = rest.trim() !== "" && Number.isFinite(Number(rest)) ? Number(rest) : undefined;
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  if (n !== undefined) {
    const cmp = (v: unknown) => (typeof v === "number" ? v - n : NaN);
    if (op === "=") return (v) => cmp(v) === 0;
    if (op === "<>") return (v) => !(cmp(v) === 0);
    if (op === ">") return (v) => cmp(v) > 0;
    if (op === ">=") return (v) => cmp(v) >= 0;
    if (op === "<") return (v) => cmp(v) < 0;
    return (v) => cmp(v) <= 0;
  }
  if (op === "<>") return rest === "" ? (v) => !blank(v) : (v) => String(v ?? "").toLocaleLowerCase() !== rest.toLocaleLowerCase();
  if (op !== "=") return (v) => typeof v === "string" && (op === ">" ? v > rest : op === ">=" ? v >= rest : op === "<" ? v < rest : v <= rest);
  if (rest === "") return blank;
  // Excel's wildcards: * any run, ? one character, ~* and ~? the characters themselves
  let source = "";
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === "~" && (rest[i + 1] === "*" || rest[i + 1] === "?")) source += `\\${rest[++i]}`;
    else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`, "is");
  return (v) => !blank(v) && re.test(String(v));
}

const grid2 = (a: Arg): unknown[][] => (Array.isArray(a?.value) ? (a.value as unknown[][]) : [[a?.value]]);

/** Pairs of (range, criterion) → a mask over the first range's cells. */
function mask(pairs: Arg[]): boolean[][] | FormulaError {
  if (pairs.length === 0 || pairs.length % 2) return FormulaError.VALUE;
  const first = grid2(pairs[0]);
  const out = first.map((row) => row.map(() => true));
  for (let k = 0; k < pairs.length; k += 2) {
    const range = grid2(pairs[k]);
    if (range.length !== first.length || (range[0]?.length ?? 0) !== (first[0]?.length ?? 0)) return FormulaError.VALUE;
    const test = criterion(pairs[k + 1]?.value);
    range.forEach((row, i) => row.forEach((v, j) => (out[i][j] &&= test(v))));
  }
  return out;
}

/**
 * SUBTOTAL(function_num, ref, …): the register's totals row uses 103 (COUNTA) and 109 (SUM). 1–11 and 101–111 take
 * the same functions (the 10x forms also skip rows hidden by hand; the preview hides none, and filters hide rows
 * from both forms alike).
 */
function subtotal(fn: Arg, ...refs: Arg[]): unknown {
  const n = typeof fn?.value === "number" ? fn.value % 100 : NaN;
  const cells = refs.flatMap((r) => grid2(r).flat());
  const nums = cells.filter((v): v is number => typeof v === "number");
  const sum = nums.reduce((a, b) => a + b, 0);
  const mean = nums.length ? sum / nums.length : NaN;
  const squares = nums.reduce((a, b) => a + (b - mean) ** 2, 0);
  switch (n) {
    case 1:
      return nums.length ? mean : FormulaError.DIV0;
    case 2:
      return nums.length;
    case 3:
      return cells.filter((v) => v !== null && v !== undefined && v !== "").length;
    case 4:
      return nums.length ? Math.max(...nums) : 0;
    case 5:
      return nums.length ? Math.min(...nums) : 0;
    case 6:
      return nums.reduce((a, b) => a * b, 1);
    case 7:
      return nums.length > 1 ? Math.sqrt(squares / (nums.length - 1)) : FormulaError.DIV0;
    case 8:
      return nums.length ? Math.sqrt(squares / nums.length) : FormulaError.DIV0;
    case 9:
      return sum;
    case 10:
      return nums.length > 1 ? squares / (nums.length - 1) : FormulaError.DIV0;
    case 11:
      return nums.length ? squares / nums.length : FormulaError.DIV0;
    default:
      return FormulaError.VALUE;
  }
}

const FUNCTIONS: Record<string, (...args: Arg[]) => unknown> = {
  SUBTOTAL: subtotal,
  LEN: (a) => String(Array.isArray(a.value) ? ((a.value as unknown[][])[0]?.[0] ?? "") : (a.value ?? "")).length,
  COUNTIFS: (...pairs) => {
    const m = mask(pairs);
    return m instanceof FormulaError ? m : m.reduce((n, row) => n + row.filter(Boolean).length, 0);
  },
  SUMIFS: (sum, ...pairs) => {
    const m = mask(pairs);
    if (m instanceof FormulaError) return m;
    const values = grid2(sum);
    let total = 0;
    m.forEach((row, i) => row.forEach((ok, j) => ok && typeof values[i]?.[j] === "number" && (total += values[i][j] as number)));
    return total;
  },
};

export interface Evaluator {
  /** the value a cell shows: its constant, or its formula's result (an error as its text, e.g. "#DIV/0!") */
  value(sheet: string, a1: string): CellValue;
}

export function createEvaluator(dump: FakeWorkbookDump): Evaluator {
  const sheets = new Map<string, Grid>();
  const sheetNames = new Map<string, string>();
  for (const s of dump.sheets) {
    let rows = 0;
    let cols = 0;
    for (const a1 of Object.keys(s.cells)) {
      const r = parseRange(a1);
      rows = Math.max(rows, r.top + 1);
      cols = Math.max(cols, r.left + 1);
    }
    sheets.set(s.name.toLocaleLowerCase(), { cells: s.cells, rows, cols });
    sheetNames.set(s.name.toLocaleLowerCase(), s.name);
  }
  const scoped = new Map<string, { name: string; formula: string }[]>(dump.sheets.map((s) => [s.name.toLocaleLowerCase(), s.names ?? []]));
  const cache = new Map<string, CellValue>();
  const busy = new Set<string>();

  const cellValue = (sheet: string, row: number, col: number): CellValue => {
    const grid = sheets.get(sheet.toLocaleLowerCase());
    if (!grid) return "#REF!";
    const a1 = formatCell({ row, col });
    const cell = grid.cells[a1];
    if (!cell?.formula) return cell?.value ?? null;
    const key = `${sheet.toLocaleLowerCase()}!${a1}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (busy.has(key)) return 0; // a cycle
    busy.add(key);
    let v: CellValue;
    try {
      v = plain(
        evaluate(cell.formula.replace(/^=/, ""), {
          sheet: sheetNames.get(sheet.toLocaleLowerCase())!,
          row: row + 1,
          col: col + 1,
        }),
      );
    } catch {
      v = "#VALUE!";
    } finally {
      busy.delete(key);
    }
    cache.set(key, v);
    return v;
  };

  const onVariable = (name: string, sheet: string): CellRef | RangeRef | null => {
    const n = name.toLocaleLowerCase();
    const def = (scoped.get(sheet.toLocaleLowerCase()) ?? []).find((x) => x.name.toLocaleLowerCase() === n) ?? dump.names.find((x) => x.name.toLocaleLowerCase() === n);
    if (!def) return null;
    try {
      const r = parseRange(def.formula.replace(/^=/, ""));
      const on = r.sheet ?? sheet;
      if (r.top === r.bottom && r.left === r.right) return { sheet: on, row: r.top + 1, col: r.left + 1 };
      return {
        sheet: on,
        from: { row: r.top + 1, col: r.left + 1 },
        to: { row: r.bottom + 1, col: r.right + 1 },
      };
    } catch {
      return null;
    }
  };

  const deps = new DepParser({ onVariable });
  const parsers: FormulaParser[] = [];
  let depth = 0;
  const evaluate = (formula: string, at: { sheet: string; row: number; col: number }): unknown => {
    let refs: (CellRef | RangeRef)[] = [];
    try {
      refs = deps.parse(formula, at);
    } catch {
      /* the parse below reports it */
    }
    for (const ref of refs) {
      const on = ref.sheet ?? at.sheet;
      const grid = sheets.get(on.toLocaleLowerCase());
      if (!grid) continue;
      const from = "from" in ref ? ref.from : ref;
      const to = "to" in ref ? ref.to : ref;
      for (let r = from.row; r <= Math.min(to.row, grid.rows); r++)
        for (let c = from.col; c <= Math.min(to.col, grid.cols); c++) if (grid.cells[formatCell({ row: r - 1, col: c - 1 })]?.formula) cellValue(on, r - 1, c - 1);
    }
    const parser = (parsers[depth] ??= makeParser());
    depth++;
    try {
      return parser.parse(formula, at);
    } finally {
      depth--;
    }
  };

  const makeParser = () =>
    new FormulaParser({
      functions: FUNCTIONS,
      onCell: (ref: CellRef) => cellValue(ref.sheet ?? "", ref.row - 1, ref.col - 1),
      onRange: (ref: RangeRef) => {
        const grid = sheets.get((ref.sheet ?? "").toLocaleLowerCase());
        // whole columns or rows stop at the sheet's last cell
        const bottom = Math.min(ref.to.row, grid?.rows ?? 0);
        const right = Math.min(ref.to.col, grid?.cols ?? 0);
        const out: unknown[][] = [];
        for (let r = ref.from.row; r <= Math.max(bottom, ref.from.row); r++) {
          const line: unknown[] = [];
          for (let c = ref.from.col; c <= Math.max(right, ref.from.col); c++) line.push(cellValue(ref.sheet ?? "", r - 1, c - 1));
          out.push(line);
        }
        return out;
      },
      onVariable,
    });

  return {
    value: (sheet, a1) => {
      const r = parseRange(a1);
      return cellValue(sheet, r.top, r.left);
    },
  };
}

/** A result as a cell holds it: a FormulaError as its text, an array (a range) as its first value. */
function plain(v: unknown): CellValue {
  if (v instanceof FormulaError) return v.error;
  if (Array.isArray(v)) return plain(Array.isArray(v[0]) ? v[0][0] : v[0]);
  if (v === undefined || v === null) return 0; // Excel shows an empty reference as 0
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}
