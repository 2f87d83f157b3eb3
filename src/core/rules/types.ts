/**
 * A rule is a small pure function with an id, a severity, the kind of document it applies to and a title
 * in both languages; it returns hits (cell + message) as plain data and never throws on bad data.
 */
import type { Severity } from "../findings";
import type { Text } from "../i18n";
import type { Activity, CalendarPlan, ImplementationPlan, Passport, PlanSection, TextCell } from "../model";
import type { Interval, PeriodResult } from "../periods";
import type { RecognizedWorkbook } from "../recognition/types";

export interface Hit {
  row: number;
  col: number;
  message: Text;
}

export interface SheetHit extends Hit {
  sheet: string;
}

/** What a document rule knows besides the document. */
export interface DocContext {
  sheet: string;
  /**
   * The project term the document is held to: the term of the workbook's passport when there is one (the
   * passport is the model the plan is checked against), else the document's own term (its term cell or title).
   */
  term?: Interval;
  termSource?: "own" | "passport" | "continued";
  /**
   * A plan or calendar plan continued from an earlier sheet (no title or term of its own, the same columns): that
   * sheet, whose term this one is held to, and the last activity number there (numbering runs on).
   */
  continues?: { sheet: string; lastNumber?: number };
  /** the document's own term (its term cell or title), when it states one */
  ownTerm?: Interval;
  /** the workbook's passport term, when there is a passport with a term on another sheet */
  passportTerm?: Interval;
  passportSheet?: string;
  /** A period cell parsed with the document's own term, else the passport's («в течение года»; cached by cell value). */
  period(cell: TextCell): PeriodResult;
}

interface RuleBase {
  id: string;
  severity: Severity;
  /** What the rule holds a document to, for the catalogue in docs and the UI. */
  title: Text;
}

export interface PassportRule extends RuleBase {
  appliesTo: "passport";
  check(doc: Passport, ctx: DocContext): Hit[];
}

/**
 * A plan rule's work, row by row: what validation runs for every plan rule that has one in a single pass over the
 * activities. A plan of 100,000 rows is about 160 MB of objects, far more than the processor's cache; a pass per
 * rule read all of it from memory again, one pass for all of them reads it once (docs/BENCHMARK.md).
 */
export interface ActivityVisitor {
  /** a section begins (before its activities) */
  section?(s: PlanSection): void;
  /**
   * activities list[from..to) of section s, in order. A block at a time, each rule with a loop of its own: the
   * block stays in cache from one rule to the next, and each rule's loop stays monomorphic (one call per
   * activity through a shared call site would be megamorphic and cost more than the pass it saves)
   */
  activities?(list: readonly Activity[], from: number, to: number, s: PlanSection): void;
  /** the hits, after the last activity */
  done(): Hit[];
}

export interface PlanRule extends RuleBase {
  appliesTo: "plan";
  check(doc: ImplementationPlan, ctx: DocContext): Hit[];
  /** The rule as a visitor (check then runs it alone); validation runs every plan rule's visitor in one pass. */
  visitor?(doc: ImplementationPlan, ctx: DocContext): ActivityVisitor;
}

export interface ScheduleRule extends RuleBase {
  appliesTo: "schedule";
  check(doc: CalendarPlan, ctx: DocContext): Hit[];
}

/** Rules across the documents of a workbook (one person, one phone). */
export interface WorkbookRule extends RuleBase {
  appliesTo: "workbook";
  check(wb: RecognizedWorkbook): SheetHit[];
}

export type Rule = PassportRule | PlanRule | ScheduleRule | WorkbookRule;
