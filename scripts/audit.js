#!/usr/bin/env node
/**
 * `npm run audit`: runs `npm audit --omit=dev --json` (the packages the add-in and the command line ship
 * with, not the build and test tools) and fails when any advisory is high or critical.
 *
 * Exit codes: 0 no high or critical advisory; 1 some (listed); 2 the audit could not run — the registry
 * or its advisory service did not answer (an external service: said so, nothing is judged).
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const BLOCKING = ["high", "critical"];

/** What an `npm audit --json` output says: { status: "ok" | "vulnerable" | "unavailable", lines: string[] }. */
function judge(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: "unavailable", lines: [`npm audit gave no report${stdout.trim() ? `: ${stdout.trim().split("\n")[0].slice(0, 200)}` : ""}`] };
  }
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (!counts) {
    const why = (report && (report.message || (report.error && (report.error.summary || report.error.code)))) || "no advisory data";
    return { status: "unavailable", lines: [`npm audit could not reach the advisory service: ${String(why).split("\n")[0]}`] };
  }
  const lines = [`npm audit --omit=dev: ${["critical", "high", "moderate", "low", "info"].map((s) => `${counts[s] || 0} ${s}`).join(", ")}`];
  const bad = Object.values(report.vulnerabilities || {}).filter((v) => BLOCKING.includes(v.severity));
  for (const v of bad) {
    const via = (v.via || []).map((x) => (typeof x === "string" ? x : x.title || x.url)).filter(Boolean);
    lines.push(`  ${v.severity}: ${v.name}${v.range ? ` ${v.range}` : ""}${via.length ? ` — ${via.join("; ")}` : ""}${v.fixAvailable ? " (a fix is available: npm audit fix)" : ""}`);
  }
  const blocking = BLOCKING.reduce((n, s) => n + (counts[s] || 0), 0);
  return { status: blocking > 0 ? "vulnerable" : "ok", lines };
}

function runAudit() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000, shell: process.platform === "win32" });
  if (r.error) return { status: "unavailable", lines: [`npm audit did not run: ${r.error.message}`] };
  return judge(r.stdout || "");
}

module.exports = { judge, runAudit };

if (require.main === module) {
  const result = runAudit();
  for (const l of result.lines) console.log(l);
  if (result.status === "unavailable") console.log("The audit is an external service: nothing was judged. Run `npm run audit` again where the npm registry answers.");
  process.exit(result.status === "ok" ? 0 : result.status === "vulnerable" ? 1 : 2);
}
