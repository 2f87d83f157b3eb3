#!/usr/bin/env node
/**
 * Writes the committed seed fixtures from their specs in test/fixtures/pasted.ts:
 *
 *     test/fixtures/xlsx/seed-plan.xlsx       the seed implementation plan, pasted from Word (invented people)
 *     test/fixtures/xlsx/seed-passport.xlsx   the seed project passport, pasted from Word (invented people)
 *
 * test/acceptance/seed-files.test.ts fails when the committed files hold something other than what this
 * script writes, and checks what the command line finds in them.
 *
 * Usage: node scripts/make-fixtures.js
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const ts = require(path.join(root, "node_modules", "typescript"));

// Load the TypeScript fixture builders directly: each .ts file is transpiled on require (no type check).
require.extensions[".ts"] = function (module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};

async function main() {
  const { writeWorkbookFile, seedPlanSpec, seedPassportSpec } = require(path.join(root, "test", "fixtures", "pasted.ts"));
  const dir = path.join(root, "test", "fixtures", "xlsx");
  fs.mkdirSync(dir, { recursive: true });
  const files = [
    ["seed-plan.xlsx", [{ kind: "plan", spec: seedPlanSpec() }]],
    ["seed-passport.xlsx", [{ kind: "passport", spec: seedPassportSpec() }]],
  ];
  for (const [name, sheets] of files) {
    const file = path.join(dir, name);
    const tmp = `${file}.tmp-${process.pid}`;
    await writeWorkbookFile(tmp, sheets);
    fs.renameSync(tmp, file);
    process.stdout.write(`${path.relative(root, file)} (${fs.statSync(file).size} bytes)\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`make-fixtures: ${e && e.message ? e.message : e}\n`);
    process.exit(1);
  },
);
