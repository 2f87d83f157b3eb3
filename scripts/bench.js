#!/usr/bin/env node
"use strict";
/**
 * `npm run bench [-- --json | --markdown] [-- --only engine,xlsx,docx,excel,bundle,pane,cli]`
 *
 * Compiles the benchmark (scripts/bench/*.ts and the sources it imports) with the project's own
 * TypeScript into build/bench/, then runs it with --expose-gc. Nothing beyond `npm ci` is needed.
 * Exit code: 0 every budget met, 1 a budget missed, 2 the benchmark could not run.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const project = path.join(__dirname, "bench", "tsconfig.json");
const entry = path.join(root, "build", "bench", "scripts", "bench", "main.js");

if (!fs.existsSync(tsc)) {
  process.stderr.write("bench: TypeScript is not installed; run `npm ci` first.\n");
  process.exit(2);
}

function compile(extra) {
  return spawnSync(process.execPath, [tsc, "-p", project, ...extra], { cwd: root, stdio: ["ignore", 2, 2] }).status === 0; // tsc reports on stdout: kept off it (--json)
}

process.stderr.write("bench: compiling scripts/bench (tsc -p scripts/bench/tsconfig.json)\n");
// incremental; if its outputs were removed behind its back, once more from scratch
if (!compile([]) || !fs.existsSync(entry)) {
  if (!compile(["--incremental", "false"]) || !fs.existsSync(entry)) {
    process.stderr.write("bench: the benchmark does not compile.\n");
    process.exit(2);
  }
}

const r = spawnSync(process.execPath, ["--expose-gc", entry, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(r.status === null ? 2 : r.status);
