/**
 * A syntactic plausibility check for the formulas the templates and compute write (no evaluation): a leading
 * "=", balanced quotes and parentheses, comma separators, functions from a whitelist, and every bare
 * identifier a defined name. A recalculation test in LibreOffice checks values later.
 */
import type { SheetPlan } from "../../../src/core/workbook";

export const KNOWN_FUNCTIONS = new Set([
  "SUM",
  "IF",
  "IFERROR",
  "AND",
  "OR",
  "COUNTIFS",
  "SUMIFS",
  "TODAY",
  "EOMONTH",
  "DATE",
  "YEAR",
  "MONTH",
  "INDEX",
  "MATCH",
  "ISNUMBER",
  "ISBLANK",
  "LEN",
  "LEFT",
  "TRIM",
  "MIN",
  "MAX",
  "ROUND",
  "ABS",
  "N",
  "COUNTA",
]);

const CELL = /(?<![A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_.(])/g;
const SHEET_PREFIX = /('(?:[^']|'')+'|[A-Za-z_\u0400-\u04FF][\w.\u0400-\u04FF]*)!/g;

/** Problems found in one formula; [] when it looks right. */
export function formulaProblems(formula: string, definedNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!formula.startsWith("=")) problems.push("no leading =");
  const quotes = (formula.match(/"/g) ?? []).length;
  if (quotes % 2 !== 0) return [...problems, "unbalanced quotes"];
  let s = formula.replace(/^=/, "").replace(/"(?:[^"]|"")*"/g, '""');
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) break;
  }
  if (depth !== 0) problems.push("unbalanced parentheses");
  if (s.includes(";")) problems.push("a semicolon: use comma separators");
  for (const m of s.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!KNOWN_FUNCTIONS.has(m[1].toUpperCase())) problems.push(`unknown function ${m[1]}`);
  }
  s = s
    .replace(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g, "(")
    .replace(SHEET_PREFIX, "")
    .replace(CELL, "0");
  const lower = new Set([...definedNames].map((n) => n.toLowerCase()));
  for (const m of s.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
    const id = m[0];
    if (/^(TRUE|FALSE)$/i.test(id)) continue;
    if (!lower.has(id.toLowerCase())) problems.push(`undefined name ${id}`);
  }
  return problems;
}

/** Every formula of some plans: cells, conditional formats and list validations, with where it sits. */
export function planFormulas(plans: readonly SheetPlan[]): { where: string; formula: string }[] {
  const out: { where: string; formula: string }[] = [];
  for (const p of plans) {
    for (const c of p.cells) if (c.formula !== undefined) out.push({ where: `${p.sheet}!R${c.row}C${c.col}`, formula: c.formula });
    for (const cf of p.conditionalFormats ?? []) out.push({ where: `${p.sheet} conditional format`, formula: cf.formula });
    for (const v of p.validations ?? []) if (v.rule.type === "listFormula") out.push({ where: `${p.sheet} validation`, formula: v.rule.formula });
  }
  return out;
}

/** Problems of every formula in the plans, as "where: formula — problem" lines (empty when all are plausible). */
export function checkPlanFormulas(plans: readonly SheetPlan[], existingNames: readonly string[] = []): string[] {
  const names = new Set([...existingNames, ...plans.flatMap((p) => (p.names ?? []).map((n) => n.name))]);
  return planFormulas(plans).flatMap(({ where, formula }) => formulaProblems(formula, names).map((p) => `${where}: ${formula} — ${p}`));
}
