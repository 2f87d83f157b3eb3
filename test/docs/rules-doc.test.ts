/**
 * Issue 18, item 5: docs/RULES.md is generated from the rule catalogue by scripts/make-rules-doc.js. The text is
 * rendered here from the sources (src/core/rules) with the script's own renderer and compared with the file:
 * a rule added, removed, renamed or re-titled without regenerating the file fails this test.
 */
import * as fs from "fs";
import * as path from "path";
import { RECOGNITION_NOTES, RULES } from "../../src/core/rules";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderRulesDoc } = require("../../scripts/make-rules-doc.js") as {
  renderRulesDoc(rules: readonly unknown[], notes: readonly unknown[]): string;
};

const FILE = path.resolve(__dirname, "..", "..", "docs", "RULES.md");

test("docs/RULES.md is up to date with the rule catalogue (node scripts/make-rules-doc.js rewrites it)", () => {
  expect(fs.readFileSync(FILE, "utf8")).toBe(renderRulesDoc(RULES, RECOGNITION_NOTES));
});

test("every rule and recognition note is listed once, with its severity and both titles", () => {
  const text = fs.readFileSync(FILE, "utf8");
  for (const r of [...RULES, ...RECOGNITION_NOTES]) {
    const rows = text.split("\n").filter((l) => l.startsWith(`| \`${r.id}\` |`));
    expect({ id: r.id, rows: rows.length }).toEqual({ id: r.id, rows: 1 });
    expect(rows[0]).toContain(r.severity);
    expect(rows[0]).toContain(r.title.ru);
    expect(rows[0]).toContain(r.title.en);
  }
});

test("a renamed rule makes the rendered text differ (the check can fail)", () => {
  const renamed = RULES.map((r, i) => (i === 0 ? { ...r, title: { ...r.title, ru: `${r.title.ru} (изменено)` } } : r));
  expect(renderRulesDoc(renamed, RECOGNITION_NOTES)).not.toBe(fs.readFileSync(FILE, "utf8"));
  expect(() => renderRulesDoc([...RULES, { ...RULES[0], id: "plan/no-such-rule" }], RECOGNITION_NOTES)).toThrow(/no example for plan\/no-such-rule/);
});
