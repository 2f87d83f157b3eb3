#!/usr/bin/env node
/**
 * Regenerates the example workbooks in examples/ with the command line:
 *
 *     project-office new passport|plan|schedule examples/<kind>-example.xlsx --example --lang ru
 *
 * The command line is rebuilt from src first (`npm run --silent build:cli`), so the examples are what the
 * current code writes; each workbook is written to a temporary folder and moved into examples/ only when
 * every one of them was written (`new` adds a sheet to an existing file, so the old files are never reused).
 * test/integration/examples.test.ts fails when the committed files differ from what this script would write.
 *
 * Usage: node scripts/make-examples.js
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const examples = path.join(root, "examples");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const KINDS = ["passport", "plan", "schedule"];

function run(args) {
  const r = spawnSync(npm, ["run", "--silent", ...args], { cwd: root, stdio: ["ignore", "inherit", "inherit"], shell: process.platform === "win32" });
  if (r.error) throw r.error;
  return r.status;
}

function main() {
  if (run(["build:cli"]) !== 0) {
    process.stderr.write("make-examples: the command line does not build (npm run build:cli); the examples are unchanged.\n");
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "po-examples-"));
  try {
    const written = [];
    for (const kind of KINDS) {
      const file = path.join(tmp, `${kind}-example.xlsx`);
      if (run(["cli", "--", "new", kind, file, "--example", "--lang", "ru"]) !== 0 || !fs.existsSync(file)) {
        process.stderr.write(`make-examples: \`project-office new ${kind} … --example\` failed; the examples are unchanged.\n`);
        return 1;
      }
      written.push(file);
    }
    fs.mkdirSync(examples, { recursive: true });
    for (const file of written) {
      const target = path.join(examples, path.basename(file));
      fs.copyFileSync(file, target);
      process.stdout.write(`${path.relative(root, target)}\n`);
    }
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();
