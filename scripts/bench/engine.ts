/**
 * The engine alone (recognition + every rule) over snapshots in memory: what the task pane runs between
 * its one read and its one write, and what the command line runs after reading a file. Warm: the JIT has
 * seen the same work before (a task pane that has validated before), then the median of several runs.
 */
import { parsePeriod } from "../../src/core/periods";
import { validateWorkbook } from "../../src/core/rules";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook";
import { atMost, check, collect, fmtInt, fmtMs, log, timeWarm, type Figure } from "./common";
import { cellCount, pastedPlan, plansToSnapshot, projectPlans, withoutNames } from "./generate";

const SECTION = "engine";
export const SIZES = [100, 1_000, 10_000, 100_000];

function runsFor(rows: number): { warm: number; runs: number } {
  if (rows >= 100_000) return { warm: 2, runs: 5 };
  if (rows >= 10_000) return { warm: 5, runs: 11 };
  return { warm: 10, runs: 21 };
}

function measure(id: string, name: string, wb: WorkbookSnapshot, warm: number, runs: number, budgetMs?: number): { figure: Figure; ms: number; findings: number } {
  let findings = 0;
  const t = timeWarm(() => {
    findings = validateWorkbook(wb).sheets.reduce((n, s) => n + s.findings.length, 0);
  }, warm, runs);
  const cells = cellCount(wb);
  const figure = check({
    id: `${id}.ms`,
    section: SECTION,
    name,
    value: t.ms,
    unit: "ms",
    display: `${fmtMs(t.ms)} (${fmtInt((cells / t.ms) * 1000)} cells/s, ${fmtInt(cells)} cells, ${fmtInt(findings)} findings)`,
    budget: budgetMs !== undefined ? atMost(budgetMs, `≤ ${budgetMs} ms`) : undefined,
    note: `median of ${runs} after ${warm} warm-up runs; all: ${t.all.map((x) => x.toFixed(1)).join(", ")}`,
    extra: { cells, cellsPerSecond: Math.round((cells / t.ms) * 1000), findings },
  });
  return { figure, ms: t.ms, findings };
}

export function engineFigures(): Figure[] {
  const out: Figure[] = [];
  const shapes: { key: string; label: string; make: (rows: number) => WorkbookSnapshot }[] = [
    { key: "pasted", label: "pasted plan", make: (rows) => pastedPlan(rows) },
    { key: "template", label: "template plan", make: (rows) => plansToSnapshot(projectPlans({ seed: 7, planRows: rows, indicators: 0, controlPoints: 0 })) },
  ];
  for (const shape of shapes) {
    const times = new Map<number, number>();
    for (const rows of SIZES) {
      log(`engine: ${shape.label}, ${fmtInt(rows)} rows`);
      collect();
      const wb = shape.make(rows);
      const { warm, runs } = runsFor(rows);
      const m = measure(`engine.${shape.key}.${rows}`, `${shape.label}, ${fmtInt(rows)} rows`, wb, warm, runs, rows === 10_000 ? 100 : undefined);
      out.push(m.figure);
      times.set(rows, m.ms);
    }
    for (let i = 1; i < SIZES.length; i++) {
      const a = SIZES[i - 1];
      const b = SIZES[i];
      const ratio = times.get(b)! / times.get(a)!;
      out.push(
        check({
          id: `engine.${shape.key}.ratio.${a}-${b}`,
          section: SECTION,
          name: `${shape.label}: time(${fmtInt(b)}) / time(${fmtInt(a)})`,
          value: Math.round(ratio * 100) / 100,
          unit: "×",
          display: `${ratio.toFixed(2)}× for 10× the rows`,
          budget: b === 100_000 ? atMost(15, "≤ 15× (linear)") : undefined,
        }),
      );
    }
  }

  // the passport of a big project
  log("engine: passport, 200 indicators, 500 control points");
  collect();
  const passport = plansToSnapshot(projectPlans({ seed: 11, planRows: 0, indicators: 200, controlPoints: 500 }));
  out.push(measure("engine.passport.template", "passport, 200 indicators + 500 control points (template, by names)", passport, 10, 21, 100).figure);
  out.push(measure("engine.passport.labels", "the same passport without names (read from its labels, as pasted)", withoutNames(passport), 10, 21, 100).figure);

  // periods, the most repeated parse (from the former unit test)
  log("engine: periods");
  out.push(periodsFigure());
  return out;
}

/** The cells of a big plan's period column: what a check parses on every run. */
const PERIOD_SAMPLES: CellValue[] = [
  "Август 2021 г.",
  "По плану (не реже, чем 1 раз в квартал)",
  "Ноябрь - декабрь 2021 г.",
  "Октябрь 2021 г. Декабрь 2021 г. Февраль 2022 г. Апрель 2021 г.",
  "В течение года",
  "Сентябрь 2021 г. - июнь 2022 г.",
  "Октябрь-декабрь 2021г.",
  "Сентябрь 2021 г. - июль 2022 г. (не реже, чем 1 раз в год)",
  "С сентября 2021 г. по июль 2022 г.",
  "Январь 2021 г., июль 2022 г.",
  "I квартал 2024 г.",
  "до 25 декабря 2023 г.",
  "15.01.2024 – 20.01.2024",
  "ежемесячно",
  "сентябрь",
  "непонятный текст в ячейке сроков",
  45306,
  "",
];

function periodsFigure(): Figure {
  const term = { start: { year: 2021, month: 9, day: 1 }, end: { year: 2022, month: 8, day: 31 } };
  const cells = Array.from({ length: 100_000 }, (_, i) => PERIOD_SAMPLES[i % PERIOD_SAMPLES.length]);
  let ok = 0;
  const t = timeWarm(
    () => {
      ok = 0;
      for (const c of cells) if (parsePeriod(c, { term }).ok) ok++;
    },
    2,
    5,
  );
  return check({
    id: "engine.periods.100000.ms",
    section: SECTION,
    name: "parsePeriod, 100,000 cells (uncached)",
    value: t.ms,
    unit: "ms",
    display: `${fmtMs(t.ms)} (${fmtInt(ok)} parsed)`,
    budget: atMost(1000, "≤ 1 s"),
    note: `median of 5; all: ${t.all.map((x) => x.toFixed(0)).join(", ")}`,
  });
}
