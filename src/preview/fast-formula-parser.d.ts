/** The part of fast-formula-parser (MIT, no typings of its own) the preview uses. */
declare module "fast-formula-parser" {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface Arg {
    value: unknown;
    isArray?: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  export class FormulaError {
    readonly error: string;
    constructor(error: string, msg?: string);
    static VALUE: FormulaError;
    static NA: FormulaError;
    static DIV0: FormulaError;
  }
  /** The references a formula reads, without evaluating it. */
  export class DepParser {
    constructor(config: { onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null });
    parse(formula: string, position: { sheet: string; row: number; col: number }): (CellRef | RangeRef)[];
  }
  export default class FormulaParser {
    constructor(config: {
      functions?: Record<string, (...args: Arg[]) => unknown>;
      onCell?: (ref: CellRef) => unknown;
      onRange?: (ref: RangeRef) => unknown[][];
      onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
    });
    parse(formula: string, position: { sheet: string; row: number; col: number }, allowReturnArray?: boolean): unknown;
  }
}
