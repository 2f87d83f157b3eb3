/**
 * What the reader's refusals become on the command line: `validate` over a folder holding a zip bomb, a
 * workbook with one sheet too large for a grid, and a good workbook says each as it is and checks the rest.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { SHEET_NOT_READ_RULE } from "../../../src/cli/files";
import type { CliIO } from "../../../src/cli/io";
import { tempDir } from "../../integration/helpers";
import { makeZip } from "../../helpers/zip";

const XML = `<?xml version="1.0" encoding="UTF-8"?>\n`;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (list: [string, string, string][]) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, t, target]) => `<Relationship Id="${id}" Type="${REL}/${t}" Target="${target}"/>`).join("")}</Relationships>`;

function book(sheets: Record<string, string>, deflate = false): Buffer {
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
    "xl/workbook.xml": `${XML}<workbook ${NS}><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(names.map((_, i) => [`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`])),
  };
  names.forEach((n, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `${XML}<worksheet ${NS}><sheetData>${sheets[n]}</sheetData></worksheet>`));
  return makeZip(parts, { deflate });
}

function capture(): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", isTTY: false, cwd: process.cwd(), out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

let dir: string;
beforeAll(() => {
  dir = tempDir("po-cli-folder-");
  fs.writeFileSync(path.join(dir, "1-bomb.xlsx"), book({ S: `<row><c><v>0</v></c></row>`.repeat(300_000) }, true));
  fs.writeFileSync(path.join(dir, "2-far.xlsx"), book({ Далеко: `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`, Рядом: `<row r="1"><c r="A1"><v>1</v></c></row>` }));
  fs.copyFileSync(path.join(__dirname, "../../../examples/plan-example.xlsx"), path.join(dir, "3-good.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("validate over a folder: the bomb is refused as too large, the far sheet is a finding, the rest is checked", async () => {
  const io = capture();
  const code = await main(["validate", dir, "--json", "--lang", "en"], io);
  expect(code).toBe(2); // a file could not be read
  const out = JSON.parse(io.stdout) as { files: { file: string; error?: string; sheets: { name: string; issues: { rule: string; message: string }[] }[] }[] };
  expect(out.files.map((f) => path.basename(f.file))).toEqual(["1-bomb.xlsx", "2-far.xlsx", "3-good.xlsx"]);
  expect(out.files[0].error).toMatch(/too large to check/);
  const far = out.files[1].sheets.find((s) => s.name === "Далеко")!;
  expect(far.issues).toEqual([expect.objectContaining({ rule: SHEET_NOT_READ_RULE, message: expect.stringMatching(/over the limit/) })]);
  expect(out.files[1].sheets.some((s) => s.name === "Рядом")).toBe(true);
  expect(out.files[2].error).toBeUndefined();
  expect(out.files[2].sheets.length).toBeGreaterThan(0);
});
