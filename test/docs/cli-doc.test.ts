/**
 * Issue 18, item 5: docs/CLI.md states the JSON schema of `validate --json`. The schema is read from the file and
 * the command's real output checked against it — a readable workbook with findings and an unreadable file — so
 * the document cannot drift from the command. The checker covers the schema keywords the document uses.
 */
import * as fs from "fs";
import * as path from "path";
import { cli, tempDir } from "../integration/helpers";

const ROOT = path.resolve(__dirname, "..", "..");

type Schema = {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
};

/** Where value breaks the schema ("" when it does not): the JSON path and what is wrong. */
function problems(value: unknown, schema: Schema, at = "$"): string[] {
  const out: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (schema.type === "string" && typeof value !== "string") out.push(`${at}: not a string`);
  if (schema.pattern && typeof value === "string" && !new RegExp(schema.pattern).test(value)) out.push(`${at}: ${value} does not match ${schema.pattern}`);
  if (schema.type === "array") {
    if (!Array.isArray(value)) out.push(`${at}: not an array`);
    else if (schema.items) value.forEach((v, i) => out.push(...problems(v, schema.items!, `${at}[${i}]`)));
  }
  if (schema.type === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [...out, `${at}: not an object`];
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) out.push(`${at}: missing ${k}`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties?.[k];
      if (sub) out.push(...problems(v, sub, `${at}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${at}: unexpected ${k}`);
    }
  }
  return out;
}

function documentedSchema(): Schema {
  const text = fs.readFileSync(path.join(ROOT, "docs", "CLI.md"), "utf8");
  const m = /<!-- schema:validate-json -->\s*```json\n([\s\S]*?)```\s*<!-- \/schema:validate-json -->/.exec(text);
  if (!m) throw new Error("docs/CLI.md has no schema block for validate --json");
  return JSON.parse(m[1]) as Schema;
}

test("validate --json prints what docs/CLI.md's schema describes", async () => {
  const schema = documentedSchema();
  const dir = tempDir("po-cli-doc-");
  fs.copyFileSync(path.join(ROOT, "test", "fixtures", "xlsx", "seed-passport.xlsx"), path.join(dir, "seed-passport.xlsx"));
  fs.writeFileSync(path.join(dir, "broken.xlsx"), "not a workbook");
  const r = await cli(dir, "validate", "broken.xlsx", "seed-passport.xlsx", "--json");
  fs.rmSync(dir, { recursive: true, force: true });
  expect(r.code).toBe(2);
  const out = JSON.parse(r.out) as { files: { error?: string; sheets: { issues: unknown[] }[] }[] };
  expect(problems(out, schema)).toEqual([]);
  // both branches of the schema were exercised: an unreadable file and findings
  expect(out.files[0].error).toEqual(expect.any(String));
  expect(out.files[1].sheets.flatMap((s) => s.issues).length).toBeGreaterThan(0);
});

test("the checker finds what breaks the schema", () => {
  const schema = documentedSchema();
  expect(problems({ files: [{ file: "a.xlsx", sheets: [{ name: "A", kind: "table", issues: [{ cell: "c1", severity: "fatal", rule: "x", message: "m" }] }] }] }, schema)).toEqual([
    '$.files[0].sheets[0].kind: "table" not in ["passport","plan","schedule","other"]',
    "$.files[0].sheets[0].issues[0].cell: c1 does not match ^[A-Z]{1,3}[1-9][0-9]*$",
    '$.files[0].sheets[0].issues[0].severity: "fatal" not in ["error","warning","info"]',
  ]);
  expect(problems({ files: [], extra: 1 }, schema)).toEqual(["$: unexpected extra"]);
});
