#!/usr/bin/env node
"use strict";
// The command line, compiled from src/cli into build/ by `npm run build:cli` (part of `npm run build`).
// From a fresh checkout it compiles itself once on first use.
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..");
const entry = path.join(root, "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  if (fs.existsSync(tsc)) {
    const r = require("child_process").spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0 || !fs.existsSync(entry)) {
      process.stderr.write("project-office: could not build the command line; run `npm run build:cli` to see why.\n");
      process.exit(2);
    }
  } else {
    process.stderr.write("project-office: the command line is not built; run `npm ci && npm run build:cli`.\n");
    process.exit(2);
  }
}
// Whatever goes wrong outside main() (a module that does not load, an error thrown later by a stream) is one
// line for the person and exit code 2, never a stack trace (PROJECT_OFFICE_DEBUG=1 shows it).
function fault(e) {
  const first =
    String((e && e.message) || e)
      .split("\n")
      .find((l) => l.trim() && !/^\s*at\s/.test(l)) || "";
  process.stderr.write(`project-office: ${first.replace(/\s*\(?[^\s()'"]*\.(?:[cm]?js|tsx?)(?::\d+)+\)?/g, "").trim()}\n`);
  if (process.env.PROJECT_OFFICE_DEBUG) process.stderr.write(`${(e && e.stack) || ""}\n`);
  process.exit(2);
}
process.on("uncaughtException", fault);
process.on("unhandledRejection", fault);
let cli;
try {
  cli = require(entry);
} catch (e) {
  fault(e);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fault);
