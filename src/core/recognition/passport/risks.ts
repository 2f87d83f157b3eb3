/** Key risks and the measures that prevent them. */
import type { Risk } from "../../model";
import { isDashOnly } from "../cells";
import { appendText, valueText, type Grid } from "../grid";
import { isColumnNumberRow, isNumbering, matchHeader, noteRow, type RoleDef, within } from "../tables";
import type { RecognitionNote } from "../types";
import type { PassportBlock } from "./blocks";

type RiskRole = "number" | "name" | "measure";
const RISK_ROLES: readonly RoleDef<RiskRole>[] = [
  { role: "number", test: (k) => k.startsWith("№") || k === "пп" || k === "nпп" || k === "no" },
  {
    role: "measure",
    test: (k) =>
      k.startsWith("мероприят") || k.startsWith("меры") || k.startsWith("мерапо") || k.startsWith("способ") || k.startsWith("preventive") || k.startsWith("measure") || k.startsWith("mitigation"),
  },
  { role: "name", test: (k) => k.startsWith("наименован") || k.startsWith("риск") || k.startsWith("описание") || k.startsWith("risk") },
];

export function readRisks(grid: Grid, b: PassportBlock, notes: RecognitionNote[]): Risk[] {
  const { top, bottom, left, right } = b.ref;
  let cols: Partial<Record<RiskRole, number>> | undefined;
  const risks: Risk[] = [];
  for (let r = top; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const h = matchHeader(grid, r, filled, RISK_ROLES);
    if (h.roles.name !== undefined && h.roles.measure !== undefined) {
      cols = h.roles;
      continue;
    }
    if (b.label && r === b.label.row) continue;
    if (isColumnNumberRow(grid, r, filled)) continue;
    if (!cols) {
      // no header: «№ | risk | measure» or «risk | measure»
      const first = valueText(grid.own(r, filled[0]));
      cols = isNumbering(first) ? { number: filled[0], name: filled[0] + 1, measure: filled[0] + 2 } : { name: filled[0], measure: filled[0] + 1 };
    }
    const name = grid.cell(r, cols.name);
    const measure = grid.cell(r, cols.measure);
    const number = grid.cell(r, cols.number);
    if (!name) {
      if (measure && risks.length > 0 && !number) {
        const lastRisk = risks[risks.length - 1];
        lastRisk.measure = lastRisk.measure ? appendText(lastRisk.measure, measure) : measure;
        continue;
      }
      noteRow(notes, grid, r, filled, { ru: "строка риска без наименования", en: "a risk row without a name" });
      continue;
    }
    const risk: Risk = { row: r, name };
    if (cols.measure !== undefined) risk.measureCol = cols.measure;
    if (number) risk.number = number;
    // «–» in the measure column: no measure
    if (measure && !isDashOnly(measure.text)) risk.measure = measure;
    risks.push(risk);
  }
  return risks;
}
