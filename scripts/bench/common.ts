/** Figures, budgets and timing helpers shared by the benchmark's sections. */
import * as fs from "fs";
import * as path from "path";
import { PerformanceObserver } from "perf_hooks";

export interface Budget {
  /** the figure must be at most (≤) or at least (≥) the limit */
  op: "<=" | ">=";
  limit: number;
  /** how the budget reads for people, e.g. "≤ 100 ms" */
  text: string;
}

export interface Figure {
  /** stable id for machines, e.g. "engine.pasted.10000.ms" */
  id: string;
  section: string;
  /** what it is, for people */
  name: string;
  value: number;
  unit: string;
  /** how the value reads for people (defaults to value + unit) */
  display?: string;
  budget?: Budget;
  /** set by check(): undefined for figures without a budget */
  pass?: boolean;
  note?: string;
  /** more figures for machines (cells, cells per second, findings…) */
  extra?: Record<string, number>;
}

export function atMost(limit: number, text: string): Budget {
  return { op: "<=", limit, text };
}

export function check(f: Figure): Figure {
  if (f.budget) f.pass = Number.isFinite(f.value) && (f.budget.op === "<=" ? f.value <= f.budget.limit : f.value >= f.budget.limit);
  return f;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Collects garbage when node runs with --expose-gc (the launcher passes it), so one series does not pay for the last. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Warm timing: `warm` unmeasured runs, then the median of `runs` runs (milliseconds), as a task pane that
 * has validated before. The heap is collected once before the series, not before each run: a forced full
 * collection makes V8 shrink its heap limits, and the next run then pays for extra collections.
 */
export function timeWarm(fn: () => unknown, warm: number, runs: number): { ms: number; mean: number; all: number[]; window: [number, number] } {
  collect();
  for (let i = 0; i < warm; i++) fn();
  const all: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    all.push(performance.now() - t0);
  }
  return { ms: median(all), mean: all.reduce((a, b) => a + b, 0) / all.length, all, window: [start, performance.now()] };
}

/** Garbage-collection pauses of the main thread, as node reports them (delivered after the fact). */
const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration });
}).observe({ entryTypes: ["gc"] });

/** Milliseconds of collection pauses inside a time window (call after an await, once node has reported them). */
export async function gcPauseMs(window: [number, number]): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  let ms = 0;
  for (const p of gcPauses) if (p.start >= window[0] && p.start < window[1]) ms += p.duration;
  gcPauses.length = 0;
  return ms;
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function fmtBytes(b: number): string {
  if (b >= 1_000_000) return `${(b / 1_000_000).toFixed(2)} MB`;
  if (b >= 1000) return `${(b / 1000).toFixed(1)} KB`;
  return `${b} B`;
}

export function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

/** The newest modification time under a file or folder (to tell whether a build is older than its sources). */
export function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}
