/** Conditional formats: clearing (as range.conditionalFormats.clearAll()) and adding expression rules. */
import type ExcelJS from "exceljs";
import { formatRange, parseRange, type RangeRef } from "../../../core/address";
import type { ConditionalFormatWrite } from "../../../core/workbook";
import { toFileFormula } from "../formulas";
import { overlaps, subtract } from "./ranges";
import { argb } from "./styles";

export function addConditionalFormat(ws: ExcelJS.Worksheet, f: ConditionalFormatWrite): void {
  const style: Partial<ExcelJS.Style> = {};
  if (f.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } };
  if (f.fontColor || f.bold !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (f.fontColor) font.color = { argb: argb(f.fontColor) };
    if (f.bold !== undefined) font.bold = f.bold;
    style.font = font;
  }
  // An explicit priority after every rule already there: ExcelJS numbers rules without one from the highest
  // priority it finds, not one past it, so a rule added to a loaded sheet would share its priority with the last
  // rule kept (compute rewriting its formats would then change the file). Order of addition = priority, as in Excel.
  const existing = (ws as unknown as { conditionalFormattings?: { rules: { priority?: number }[] }[] }).conditionalFormattings ?? [];
  const priority = existing.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0) + 1;
  ws.addConditionalFormatting({
    ref: formatRange(f.ref),
    rules: [{ type: "expression", formulae: [toFileFormula(f.formula)], style, priority } as ExcelJS.ConditionalFormattingRule],
  });
}

/** As range.conditionalFormats.clearAll(): formats leave the cleared cells; formats partly inside are cut around them. */
export function clearConditionalFormats(ws: ExcelJS.Worksheet, clear: RangeRef[]): void {
  const sheet = ws as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] };
  const kept: { ref: string; rules: unknown[] }[] = [];
  for (const cf of sheet.conditionalFormattings ?? []) {
    let pieces: RangeRef[] = [];
    try {
      pieces = cf.ref
        .split(/\s+/)
        .filter(Boolean)
        .map((a) => parseRange(a));
    } catch {
      kept.push(cf);
      continue;
    }
    for (const c of clear) pieces = pieces.flatMap((p) => (overlaps(p, c) ? subtract(p, c) : [p]));
    if (pieces.length > 0) kept.push({ ...cf, ref: pieces.map((p) => formatRange(p)).join(" ") });
  }
  sheet.conditionalFormattings = kept;
}
