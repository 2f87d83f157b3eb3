/**
 * Excel in Internet Explorer 11 (Trident) runs none of the add-in's script: the manifest asks for ExcelApi 1.14 (no
 * Trident-hosted Excel has it, so Office does not offer the add-in there), and the task pane page carries a plain
 * "this version of Office is too old" text that only Trident shows (it is hidden by @supports, which Trident lacks).
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

test("the task pane page says, without script, that this Office is too old", () => {
  const config = jest.requireActual(path.join(root, "webpack.config.js"))({}, { mode: "production" });
  const pages = config.plugins.filter((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename);
  const pane = pages.find((p: { userOptions: { filename: string } }) => p.userOptions.filename === "taskpane.html");
  const body: string = pane.userOptions.templateParameters.body;
  expect(body).toContain('id="too-old"');
  expect(body).toMatch(/@supports \(display:grid\)\{#too-old\{display:none\}\}/);
  expect(body).toContain("слишком старая");
  expect(body).toContain("too old");
  expect(body.indexOf("too-old")).toBeLessThan(body.indexOf('id="root"'));
});

test("the manifest's ExcelApi minimum is 1.14 in both requirement lists", () => {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  const sets = [...xml.matchAll(/<(?:bt:)?Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/g)].map((m) => m[1]);
  expect(sets).toEqual(["1.14", "1.14"]);
});
