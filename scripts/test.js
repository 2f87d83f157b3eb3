#!/usr/bin/env node
/**
 * `npm test`: the one command that passes the tests on a fresh machine.
 *  1. installs Chromium and LibreOffice when missing, and npm packages when node_modules is absent;
 *  2. builds the add-in and the command line (the browser test and the CLI tests use the build);
 *  3. runs the unit/integration suite and the browser test;
 *  4. runs `npm run lint` (ESLint: the conventions and the import boundaries), counted as one test;
 *  5. ends with the line `N passed, N failed`.
 * Extra arguments go to jest (e.g. `npm test -- test/core`), which then skips the build, the browser test and lint.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ensureSystem, ensureNodeModules } = require("./ensure-system");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const run = (cmd, argv, opts = {}) => spawnSync(cmd, argv, { cwd: root, stdio: "inherit", ...opts }).status;

if (!ensureSystem() || !ensureNodeModules()) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const jestBin = path.join(root, "node_modules", "jest", "bin", "jest.js");
const outDir = path.join(root, "test-artifacts");
fs.mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;
function jest(name, extra) {
  const out = path.join(outDir, `jest-${name}.json`);
  fs.rmSync(out, { force: true });
  const status = run(process.execPath, [jestBin, "--json", `--outputFile=${out}`, ...extra]);
  let counted = false;
  try {
    const r = JSON.parse(fs.readFileSync(out, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
    counted = r.numTotalTests > 0 || r.numRuntimeErrorTestSuites > 0;
  } catch {
    /* no report: count as a failure below */
  }
  if (status !== 0 && !counted) failed += 1;
  return status === 0;
}

const focused = args.length > 0;
let ok = true;
if (!focused) {
  console.log("Building the add-in and the command line…");
  if (run("npm", ["run", "--silent", "build"]) !== 0) {
    console.log("The build failed.");
    failed += 1;
    ok = false;
  }
}
ok = jest("unit", ["--ci", ...args]) && ok;
if (!focused && ok) ok = jest("e2e", ["--ci", "-c", "jest.e2e.config.js"]) && ok;
if (!focused) {
  console.log("Linting…");
  if (run("npm", ["run", "--silent", "lint"]) === 0) passed += 1;
  else {
    console.log("Lint failed: see the report above (npm run lint).");
    failed += 1;
    ok = false;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && ok ? 0 : 1);
