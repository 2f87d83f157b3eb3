/**
 * Typed outcomes the Office engine decides on, instead of matching message texts or error classes in place.
 */
import type { SheetPlan, WorkbookSnapshot } from "../../core/workbook";
import type { AdoptResult } from "../../core/compute";

export type AdoptOutcome = { ok: true; result: AdoptResult } | { ok: false; reason: "notPassport" };

/**
 * adoptPassport's answer as an outcome. The core is moving from throwing a RangeError for a sheet that is not a
 * passport to returning a typed outcome ({ ok: false, … } or { kind: "notPassport" }); both are understood here.
 */
export function adoptOutcome(adopt: () => unknown): AdoptOutcome {
  let r: unknown;
  try {
    r = adopt();
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, reason: "notPassport" };
    throw e;
  }
  const o = r as { ok?: unknown; kind?: unknown; result?: unknown; plans?: unknown };
  if (o && typeof o === "object" && (o.ok === false || o.kind === "notPassport")) return { ok: false, reason: "notPassport" };
  if (o && typeof o === "object" && o.ok === true && o.result) return { ok: true, result: o.result as AdoptResult };
  return { ok: true, result: r as AdoptResult };
}

/**
 * Charts whose series have no data at all are left out: Excel may refuse a chart over empty series
 * (Excel.ErrorCodes.emptyChartSeries). A series has data when the plan writes a value or formula in its range or the
 * snapshot holds a value there.
 */
export function dropEmptyCharts(plans: SheetPlan[], snapshot: WorkbookSnapshot): { plans: SheetPlan[]; dropped: number } {
  let dropped = 0;
  const out = plans.map((p) => {
    if (!p.charts?.length) return p;
    const sheet = snapshot.sheets.find((s) => s.name.toLocaleLowerCase() === p.sheet.toLocaleLowerCase());
    const filled = (top: number, left: number, bottom: number, right: number) => {
      for (const c of p.cells)
        if (c.row >= top && c.row <= bottom && c.col >= left && c.col <= right && (c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== ""))) return true;
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if ((sheet?.values[r]?.[c] ?? "") !== "") return true;
      return false;
    };
    const charts = p.charts.filter((ch) => ch.series.some((s) => filled(s.values.top, s.values.left, s.values.bottom, s.values.right)));
    dropped += p.charts.length - charts.length;
    return charts.length === p.charts.length ? p : { ...p, charts };
  });
  return { plans: out, dropped };
}
