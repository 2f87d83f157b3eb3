/**
 * Acceptance: the workbooks `project-office import` makes from the seed-shaped Word documents, recalculated by
 * LibreOffice headless (one soffice run for the three), hold no error values anywhere, and the recalculated
 * files are still recognised as the add-in's documents.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "../../src/adapters/xlsx";
import { recognizeWorkbook } from "../../src/core/recognition";
import { isErrorValue } from "../../src/core/workbook";
import { seedPassportDocx, seedPlanDocx, seedScheduleDocx } from "../fixtures/docx/seeds";
import { recalcManyWithLibreOffice, sofficeForTests } from "../helpers/libreoffice";
import { cli } from "./helpers";

const soffice = sofficeForTests();
const describeLO = soffice ? describe : describe.skip;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-docx-lo-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeLO("imported Word documents recalculated by LibreOffice", () => {
  test("passport, plan and calendar plan: no error values, still recognised", async () => {
    const docs: [string, () => Promise<Buffer>, string][] = [
      ["passport", seedPassportDocx, "passport"],
      ["plan", seedPlanDocx, "plan"],
      ["schedule", seedScheduleDocx, "schedule"],
    ];
    const outputs: string[] = [];
    for (const [name, make] of docs) {
      fs.writeFileSync(path.join(dir, `${name}.docx`), await make());
      const r = await cli(dir, "import", `${name}.docx`, "-o", `${name}.xlsx`, "--lang", "ru");
      expect(r.err).toBe("");
      outputs.push(path.join(dir, `${name}.xlsx`));
    }
    const recalculated = await recalcManyWithLibreOffice(outputs, { outDir: path.join(dir, "recalc") });
    for (let i = 0; i < docs.length; i++) {
      const wb = await readXlsx(recalculated[i]);
      const errors = wb.sheets.flatMap((s) => s.values.flatMap((row, r) => row.map((v, c) => (isErrorValue(v) ? `${s.name}!${r}:${c}=${v}` : "")).filter(Boolean)));
      expect(errors).toEqual([]);
      const formulas = wb.sheets.reduce((n, s) => n + (s.formulas?.flat().filter(Boolean).length ?? 0), 0);
      expect(formulas).toBeGreaterThan(0);
      expect(recognizeWorkbook(wb).sheets.some((s) => s.kind === docs[i][2] && s.source === "names")).toBe(true);
    }
  }, 180_000);
});
