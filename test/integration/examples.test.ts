/**
 * examples/ holds the three example workbooks the command line writes
 * (`project-office new passport|plan|schedule X.xlsx --example --lang ru`). They are compared, cell by cell, with
 * what the current code writes: values, formulas, number formats and looks of every cell, merges, names per
 * sheet, validations, conditional formats, panes (not the bytes: ExcelJS stamps the time into the file). When
 * the templates change, run `node scripts/make-examples.js` and commit the new files.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/adapters/xlsx";
import { cliOk, tempDir } from "./helpers";
import { diffModels, modelOfXlsx } from "./workbookModel";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const KINDS = ["passport", "plan", "schedule"] as const;
const HOW = "Regenerate them with `node scripts/make-examples.js` (it rebuilds the command line and writes examples/*.xlsx) and commit the result.";

describe("examples/ is what the command line writes now", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("po-examples-");
  });
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test("examples/README.md describes each workbook in Russian and English", () => {
    const readme = fs.readFileSync(path.join(EXAMPLES, "README.md"), "utf8");
    for (const kind of KINDS) expect(readme).toContain(`${kind}-example.xlsx`);
    expect(readme).toMatch(/Паспорт проекта/);
    expect(readme).toMatch(/project passport/i);
    expect(readme).toContain("scripts/make-examples.js");
  });

  test.each(KINDS)("examples/%s-example.xlsx", async (kind) => {
    const committed = path.join(EXAMPLES, `${kind}-example.xlsx`);
    if (!fs.existsSync(committed)) throw new Error(`examples/${kind}-example.xlsx is missing. ${HOW}`);
    const fresh = path.join(dir, `${kind}-example.xlsx`);
    await cliOk(dir, "new", kind, fresh, "--example", "--lang", "ru");
    const [a, b] = [await readXlsx(committed), await readXlsx(fresh)];
    const diff = diffModels(await modelOfXlsx(committed), await modelOfXlsx(fresh), ["committed", "generated"]);
    if (JSON.stringify(a.sheets.map((s) => s.name)) !== JSON.stringify(b.sheets.map((s) => s.name)))
      diff.unshift(`sheets: committed ${a.sheets.map((s) => s.name).join(", ")} ≠ generated ${b.sheets.map((s) => s.name).join(", ")}`);
    if (diff.length > 0) {
      throw new Error(
        `examples/${kind}-example.xlsx is not what the current code generates (${diff.length} differences). ${HOW}\n  ${diff.slice(0, 15).join("\n  ")}${diff.length > 15 ? "\n  …" : ""}`,
      );
    }
  });
});
