/**
 * The layering is enforced by eslint.config.mjs: these probes lint small texts as if they were files of each
 * layer and check which imports the config refuses. ESLint loads its flat config through a dynamic import,
 * which jest's module sandbox does not offer, so the probes run in a child Node process (one for all). The
 * temporary ignore list is switched off here: the probes test the rules, whichever files are linted today.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Probe {
  file: string;
  code: string;
}

interface ProbeResult {
  file: string;
  code: string;
  rules: string[];
}

/** Lints every probe with the project's config; returns the rules each one broke. */
function lint(probes: Probe[]): ProbeResult[] {
  const script = `
    const { ESLint } = require("eslint");
    (async () => {
      const probes = JSON.parse(process.argv[1]);
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)}, ignore: false });
      const out = [];
      for (const p of probes) {
        const [r] = await eslint.lintText(p.code, { filePath: p.file });
        out.push({ file: p.file, code: p.code, rules: r.messages.map((m) => m.ruleId ?? m.message) });
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const r = spawnSync(process.execPath, ["-e", script, JSON.stringify(probes)], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`eslint probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ProbeResult[];
}

const refused: Probe[] = [
  // the core imports only the core
  { file: "src/core/probe.ts", code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n' },
  { file: "src/core/probe.ts", code: 'import * as fs from "fs";\nexport const x = fs;\n' },
  { file: "src/core/probe.ts", code: 'import * as fs from "node:fs";\nexport const x = fs;\n' },
  { file: "src/core/probe.ts", code: 'import { useState } from "react";\nexport const x = useState;\n' },
  { file: "src/core/probe.ts", code: 'import { readXlsx } from "../adapters/xlsx";\nexport const x = readXlsx;\n' },
  { file: "src/core/probe.ts", code: 'export { ru } from "../i18n/ru";\n' },
  { file: "src/core/rules/probe.ts", code: 'import type { Store } from "../../app/store";\nexport type X = Store;\n' },
  { file: "src/core/rules/passport/probe.ts", code: 'import { t } from "../../../i18n";\nexport const x = t;\n' },
  // adapters import no app, cli or task pane
  { file: "src/adapters/xlsx/writer/probe.ts", code: 'import { createEngine } from "../../../app/engine";\nexport const x = createEngine;\n' },
  { file: "src/adapters/xlsx/write2.ts", code: 'import { main } from "../../cli/main";\nexport const x = main;\n' },
  { file: "src/adapters/office/probe.ts", code: 'import { App } from "../../taskpane/ui/App";\nexport const x = App;\n' },
  // recognisers do not import each other
  { file: "src/core/recognition/probe.ts", code: 'import { readPlan } from "./plan";\nexport const x = readPlan;\n' },
  { file: "src/core/recognition/plan2.ts", code: 'import { readSchedule } from "./schedule";\nexport const x = readSchedule;\n' },
  { file: "src/core/recognition/schedule2.ts", code: 'import { readPassport } from "./passport";\nexport const x = readPassport;\n' },
  { file: "src/core/recognition/passport/probe.ts", code: 'import { readPlan } from "../plan";\nexport const x = readPlan;\n' },
  { file: "src/core/recognition/passport/probe.ts", code: 'import { readSchedule } from "../schedule";\nexport const x = readSchedule;\n' },
];

const allowed: Probe[] = [
  { file: "src/core/probe.ts", code: 'import { parseRange } from "./address";\nexport const x = parseRange;\n' },
  { file: "src/core/probe.ts", code: 'import type { Text } from "./i18n";\nexport type X = Text;\n' },
  { file: "src/core/rules/passport/probe.ts", code: 'import { parseRange } from "../../address";\nexport const x = parseRange;\n' },
  { file: "src/core/recognition/index2.ts", code: 'import { Grid } from "./grid";\nimport { note } from "./tables";\nexport const x = [Grid, note];\n' },
  { file: "src/core/recognition/index.ts", code: 'import { readPlan } from "./plan";\nimport { readSchedule } from "./schedule";\nexport const x = [readPlan, readSchedule];\n' },
  { file: "src/core/recognition/passport/probe.ts", code: 'import { Grid } from "../grid";\nimport { x as y } from "./values";\nexport const x = [Grid, y];\n' },
  { file: "src/adapters/xlsx/writer/probe.ts", code: 'import ExcelJS from "exceljs";\nimport { parseRange } from "../../../core/address";\nexport const x = [ExcelJS, parseRange];\n' },
  { file: "src/app/probe.ts", code: 'import { readXlsx } from "../adapters/xlsx";\nexport const x = readXlsx;\n' },
];

const orphan: Probe = { file: "src/core/probe.ts", code: "// eslint-disable-next-line no-console\nexport const x = 1;\n" };

const results = lint([...refused, ...allowed, orphan]);

describe("import boundaries (eslint.config.mjs)", () => {
  test("every import across a boundary is refused by no-restricted-imports", () => {
    const missed = results.slice(0, refused.length).filter((r) => !r.rules.includes("no-restricted-imports"));
    expect(missed).toEqual([]);
  });

  test("imports within a layer, and index.ts picking the recognisers, pass clean", () => {
    const flagged = results.slice(refused.length, refused.length + allowed.length).filter((r) => r.rules.length > 0);
    expect(flagged).toEqual([]);
  });
});

describe("no orphan eslint-disable comments", () => {
  test("a disable comment that silences nothing is an error", () => {
    expect(results[results.length - 1].rules).toEqual([expect.stringMatching(/Unused eslint-disable directive/)]);
  });
});
