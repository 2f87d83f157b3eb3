/**
 * The reader runs in the task pane and the consolidated-register page too: everything read-bytes.ts imports,
 * file by file, uses no Node built-in (fs, zlib, path, Buffer, process) and no package but fflate and saxes.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";

const ENTRY = path.join(__dirname, "../../../src/adapters/xlsx/read-bytes.ts");

/** Every module the entry imports at run time (type-only imports are erased), followed through relative paths. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";|^import\s+"([^"]+)";/gms)) {
      if (m[1]) continue;
      const spec = m[2] ?? m[3];
      if (spec.startsWith(".")) todo.push(path.resolve(path.dirname(file), spec) + ".ts");
      else packages.add(spec);
    }
  }
  return { files, packages };
}

test("the reader imports only fflate and saxes, and no Node built-in", () => {
  const { files, packages } = importGraph(ENTRY);
  expect(files.length).toBeGreaterThan(8);
  expect([...packages].sort()).toEqual(["fflate", "saxes"]);
  for (const p of packages) expect(builtinModules.includes(p.replace(/^node:/, ""))).toBe(false);
  for (const f of files) {
    const code = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect([path.basename(f), /\b(Buffer|process|require|__dirname)\b/.test(code)]).toEqual([path.basename(f), false]);
  }
});
