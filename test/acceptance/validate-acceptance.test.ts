/**
 * The acceptance test of issue 4, as the person who accepts it runs it: workbooks that are not in the
 * repository, shaped like the seed documents of docs/DOMAIN.md (pasted from Word: merged titles and sections, repeated and broken
 * headers, column-number rows, split rows, label/value blocks, numbers and percents as text, real dates),
 * some clean and some with one planted mistake, are checked through `project-office validate … --json`.
 * Every planted mistake is reported at its cell with its severity, and no correct row gets an error.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "./cli";
import { writeWorkbookFile, type WorkbookMarks } from "../fixtures/pasted";
import { cleanVariants, plantedVariants, ROUTINE, type PlantedVariant, type Variant } from "./variants";

interface Issue {
  cell: string;
  severity: "error" | "warning" | "info";
  rule: string;
  message: string;
}
interface SheetOut {
  name: string;
  kind: string;
  issues: Issue[];
}

const CLEAN = cleanVariants();
const PLANTED = plantedVariants();

let dir: string;
const marks = new Map<string, WorkbookMarks>();
const results = new Map<string, SheetOut[]>();
let exitCode = -1;

const fileOf = (v: Variant) => `${v.name}.xlsx`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-acceptance-"));
  fs.mkdirSync(path.join(dir, "clean"));
  fs.mkdirSync(path.join(dir, "planted"));
  for (const v of CLEAN) marks.set(v.name, await writeWorkbookFile(path.join(dir, "clean", fileOf(v)), v.sheets));
  for (const v of PLANTED) marks.set(v.name, await writeWorkbookFile(path.join(dir, "planted", fileOf(v)), v.sheets));
  // one run of the command line over the folder, as a person checks an inbox
  const r = await runCli(dir, "validate", ".", "--json");
  exitCode = r.code;
  const json = JSON.parse(r.out) as { files: { file: string; error?: string; sheets: SheetOut[] }[] };
  for (const f of json.files) {
    expect(f.error).toBeUndefined();
    results.set(path.basename(f.file, ".xlsx"), f.sheets);
  }
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const describeIssue = (sheet: string, i: Issue) => `${sheet}!${i.cell} ${i.severity} ${i.rule}: ${i.message}`;

function expectKinds(v: Variant, sheets: SheetOut[]): void {
  expect(sheets.map((s) => [s.name, s.kind])).toEqual(v.sheets.map((s) => [s.spec.sheet ?? (s.kind === "plan" ? "План реализации" : s.kind === "passport" ? "Паспорт" : "План-график"), s.kind]));
}

describe("the command line over a folder of pasted workbooks", () => {
  it("checked every file and exits 1 (some have errors)", () => {
    expect(results.size).toBe(CLEAN.length + PLANTED.length);
    expect(exitCode).toBe(1);
  });
  it("has many variants and many planted mistakes", () => {
    expect(CLEAN.length).toBeGreaterThanOrEqual(20);
    expect(PLANTED.length).toBeGreaterThanOrEqual(50);
  });
});

describe("clean workbooks: no errors, and no warnings beyond what approved documents routinely do", () => {
  test.each(CLEAN.map((v) => [v.name, v] as const))("%s", (name, v) => {
    const sheets = results.get(name)!;
    expect(sheets).toBeDefined();
    expectKinds(v, sheets);
    const allowed = new Set([...ROUTINE, ...(v.allow ?? [])]);
    const unexpected = sheets.flatMap((s) => s.issues.filter((i) => !allowed.has(i.rule)).map((i) => describeIssue(s.name, i)));
    expect(unexpected).toEqual([]);
  });
});

describe("planted mistakes: each at its cell with its severity, nothing else wrong", () => {
  test.each(PLANTED.map((v) => [v.name, v] as const))("%s", (name, v: PlantedVariant) => {
    const sheets = results.get(name)!;
    expect(sheets).toBeDefined();
    expectKinds(v, sheets);
    const m = marks.get(name)!;
    const at = new Set<string>();
    for (const p of v.planted) {
      const cell = m[p.sheet]?.[p.key];
      expect(cell).toBeDefined();
      at.add(`${p.sheet}!${cell}`);
      const sheet = sheets.find((s) => s.name === p.sheet)!;
      const found = sheet.issues.filter((i) => i.cell === cell && i.rule === p.rule);
      expect({ planted: `${p.sheet}!${cell} ${p.rule}`, found: found.map((i) => describeIssue(p.sheet, i)), all: sheet.issues.map((i) => describeIssue(p.sheet, i)) }).toEqual(
        expect.objectContaining({ found: [expect.stringContaining(`${p.severity} ${p.rule}`)] }),
      );
    }
    const allowed = new Set([...ROUTINE, ...(v.allow ?? [])]);
    const elsewhere = sheets.flatMap((s) => s.issues.filter((i) => !at.has(`${s.name}!${i.cell}`) && !allowed.has(i.rule)).map((i) => describeIssue(s.name, i)));
    expect(elsewhere).toEqual([]);
  });
});
