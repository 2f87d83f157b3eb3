/** Data validations: the rule, its input message and error alert; one rule per cell, as in Excel. */
import type ExcelJS from "exceljs";
import { formatRange, parseRange, type RangeRef } from "../../../core/address";
import { clipText as clip, VALIDATION_TEXT_LIMITS } from "../../../core/excelLimits";
import { formulaString } from "../../../core/quote";
import type { ValidationWrite } from "../../../core/workbook";
import { toFileFormula } from "../formulas";
import { overlaps, subtract } from "./ranges";

const { title: TITLE_MAX, prompt: PROMPT_MAX, error: ERROR_MAX } = VALIDATION_TEXT_LIMITS;

interface DataValidationsInternals {
  model: Record<string, unknown>;
  add(address: string, validation: unknown): void;
}

/** The rule part of an ExcelJS data validation: type, operator and formulae. */
function ruleModel(rule: ValidationWrite["rule"]): Record<string, unknown> {
  const dv: Record<string, unknown> = {};
  switch (rule.type) {
    case "list":
      dv.type = "list";
      dv.formulae = [formulaString(rule.items.join(","))];
      break;
    case "listFormula":
      dv.type = "list";
      dv.formulae = [toFileFormula(rule.formula)];
      break;
    case "whole":
    case "decimal": {
      dv.type = rule.type;
      const lo = rule.min ?? (rule.type === "whole" ? -2147483648 : -1e307);
      const hi = rule.max ?? (rule.type === "whole" ? 2147483647 : 1e307);
      if (rule.min !== undefined && rule.max === undefined) {
        dv.operator = "greaterThanOrEqual";
        dv.formulae = [lo];
      } else if (rule.max !== undefined && rule.min === undefined) {
        dv.operator = "lessThanOrEqual";
        dv.formulae = [hi];
      } else {
        dv.operator = "between";
        dv.formulae = [lo, hi];
      }
      break;
    }
    case "date":
      dv.type = "date";
      dv.operator = "between";
      // Any real date: serial 1 (01.01.1900, which JavaScript's calendar calls 31.12.1899) … 31.12.9999.
      dv.formulae = [new Date(Date.UTC(1899, 11, 31)), new Date(Date.UTC(9999, 11, 31))];
      break;
  }
  return dv;
}

/** Rules already on the sheet give way inside the new range (ranges are cut around it), as when Excel applies a validation over cells that had one. */
function cutExisting(dvs: DataValidationsInternals, ref: RangeRef): void {
  for (const key of Object.keys(dvs.model)) {
    let r: RangeRef;
    try {
      r = parseRange(key);
    } catch {
      continue;
    }
    if (!overlaps(r, ref)) continue;
    const rule = dvs.model[key];
    delete dvs.model[key];
    for (const piece of subtract(r, ref)) dvs.model[formatRange(piece)] = rule;
  }
}

export function addValidation(ws: ExcelJS.Worksheet, v: ValidationWrite): void {
  const dv: Record<string, unknown> = { allowBlank: true, ...ruleModel(v.rule) };
  if (v.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = clip(v.prompt.title, TITLE_MAX);
    dv.prompt = clip(v.prompt.message, PROMPT_MAX);
  }
  dv.showErrorMessage = true;
  dv.errorStyle = v.strict === false ? "warning" : "stop";
  if (v.error) {
    dv.errorTitle = clip(v.error.title, TITLE_MAX);
    dv.error = clip(v.error.message, ERROR_MAX);
  }
  const dvs = (ws as unknown as { dataValidations: DataValidationsInternals }).dataValidations;
  cutExisting(dvs, v.ref);
  dvs.add(formatRange(v.ref), dv);
}
