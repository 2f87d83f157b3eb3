/** The register's statuses in the core (what the command line and the pane say), as the written formulas. */
import fc from "fast-check";
import { achievement, endOfMonthSerial, indicatorStatus, pointStatus, projectFigures, type RegisterIndicator, type RegisterProject } from "../../../src/core/register";
import { serialToYMD, ymdToSerial } from "../../../src/core/periods";

const Q = [1, 2, 3, 4].map((q) => ({ key: `2026-Q${q}`, year: 2026, quarter: q as 1 | 2 | 3 | 4 }));
const ind = (over: Partial<RegisterIndicator>): RegisterIndicator => ({ name: "x", direction: "growth", plan: {}, fact: {}, ...over });

test("achievement: growth and decline against the base; none without plan and fact or when plan equals base", () => {
  expect(achievement(ind({ base: 40, plan: { a: 80 }, fact: { a: 60 } }), "a")).toBeCloseTo(0.5);
  expect(achievement(ind({ direction: "decline", base: 35, plan: { a: 25 }, fact: { a: 30 } }), "a")).toBeCloseTo(0.5);
  expect(achievement(ind({ plan: { a: 10 }, fact: { a: 5 } }), "a")).toBeCloseTo(0.5);
  expect(achievement(ind({ base: 10, plan: { a: 10 }, fact: { a: 12 } }), "a")).toBeUndefined();
  expect(achievement(ind({ plan: { a: 10 } }), "a")).toBeUndefined();
});

test("indicator status: the latest period with an achievement, by the passport's thresholds", () => {
  const i = ind({ base: 0, plan: { "2026-Q1": 10, "2026-Q2": 10, "2026-Q3": 10 }, fact: { "2026-Q1": 10, "2026-Q2": 8 } });
  expect(indicatorStatus(i, Q, { onPlan: 0.95, atRisk: 0.7, from: "default" })).toBe("atRisk");
  expect(indicatorStatus(i, Q, { onPlan: 0.8, atRisk: 0.5, from: "passport" })).toBe("achieved");
  expect(indicatorStatus(i, Q, { onPlan: 0.95, atRisk: 0.85, from: "passport" })).toBe("behind");
  expect(indicatorStatus(ind({}), Q, { onPlan: 0.95, atRisk: 0.7, from: "default" })).toBe("noFact");
});

test("EOMONTH for any day", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
      const e = endOfMonthSerial(serial);
      const d = serialToYMD(serial);
      const end = serialToYMD(e);
      expect([end.year, end.month]).toEqual([d.year, d.month]);
      expect(serialToYMD(e + 1).day).toBe(1);
    }),
  );
});

test("control point status as of a date: done, overdue, due this month, planned, no date", () => {
  const asOf = ymdToSerial({ year: 2026, month: 6, day: 15 });
  expect(pointStatus({ source: "passport", name: "a", deadline: asOf - 30, done: 46000 }, asOf)).toBe("done");
  expect(pointStatus({ source: "passport", name: "a", deadline: asOf - 1 }, asOf)).toBe("overdue");
  expect(pointStatus({ source: "passport", name: "a", deadline: asOf }, asOf)).toBe("due");
  expect(pointStatus({ source: "passport", name: "a", deadline: ymdToSerial({ year: 2026, month: 6, day: 30 }) }, asOf)).toBe("due");
  expect(pointStatus({ source: "passport", name: "a", deadline: ymdToSerial({ year: 2026, month: 7, day: 1 }) }, asOf)).toBe("planned");
  expect(pointStatus({ source: "schedule", name: "a", done: "  " }, asOf)).toBe("noDate");
});

test("project status: behind over at risk over on track; unreadable", () => {
  const asOf = ymdToSerial({ year: 2026, month: 6, day: 15 });
  const base: RegisterProject = {
    id: 1,
    file: "f",
    documents: ["passport"],
    findings: [],
    errors: 0,
    warnings: 0,
    thresholds: { onPlan: 0.95, atRisk: 0.7, from: "default" },
    indicators: [],
    controlPoints: [],
    activities: 0,
  };
  expect(projectFigures(base, Q, asOf).status).toBe("ok");
  expect(projectFigures({ ...base, errors: 2 }, Q, asOf).status).toBe("atRisk");
  expect(projectFigures({ ...base, errors: 2, controlPoints: [{ source: "passport", name: "a", deadline: asOf - 1 }] }, Q, asOf).status).toBe("behind");
  expect(projectFigures({ ...base, unreadable: { ru: "", en: "" } }, Q, asOf).status).toBe("unreadable");
  expect(projectFigures({ ...base, documents: [] }, Q, asOf).status).toBe("empty");
});
