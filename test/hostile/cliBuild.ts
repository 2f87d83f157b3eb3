/**
 * The command line as a person runs it: `node bin/project-office.js`. It runs build/cli/main.js; when
 * build/ is older than src/ (tests run without `npm run build`), the sources are transpiled into a temp
 * folder (TypeScript's transpileModule: seconds, no type check — tsc does that) beside a byte-for-byte
 * copy of bin/project-office.js, so the spawned program is always the current code.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");
const DIRS = ["src/cli", "src/core", "src/adapters/xlsx", "src/adapters/docx", "src/i18n"];

function sources(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
    }
  };
  for (const d of DIRS) walk(path.join(ROOT, d));
  return out.sort();
}

function buildIsFresh(files: string[]): boolean {
  const built = path.join(ROOT, "build", "cli", "main.js");
  if (!fs.existsSync(built)) return false;
  const newestSource = Math.max(...files.map((f) => fs.statSync(f).mtimeMs), fs.statSync(path.join(ROOT, "bin", "project-office.js")).mtimeMs);
  for (const f of files) {
    const js = path.join(ROOT, "build", path.relative(path.join(ROOT, "src"), f)).replace(/\.ts$/, ".js");
    if (!fs.existsSync(js) || fs.statSync(js).mtimeMs < newestSource) return false;
  }
  return true;
}

/** The bin to spawn and whether it is the repository's own build (true) or a fresh transpile (false). */
export function cliBin(): { bin: string; repositoryBuild: boolean } {
  const files = sources();
  if (buildIsFresh(files)) return { bin: path.join(ROOT, "bin", "project-office.js"), repositoryBuild: true };
  const hash = crypto.createHash("sha1");
  for (const f of [...files, path.join(ROOT, "bin", "project-office.js"), path.join(ROOT, "package.json")]) hash.update(f).update(fs.readFileSync(f));
  const dir = path.join(os.tmpdir(), "po-cli-build", hash.digest("hex").slice(0, 16));
  const bin = path.join(dir, "bin", "project-office.js");
  if (fs.existsSync(path.join(dir, "ready"))) return { bin, repositoryBuild: false };
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const f of files) {
    const out = path.join(tmp, "build", path.relative(path.join(ROOT, "src"), f)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const js = ts.transpileModule(fs.readFileSync(f, "utf8"), {
      fileName: f,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, isolatedModules: true },
    }).outputText;
    fs.writeFileSync(out, js);
  }
  fs.mkdirSync(path.join(tmp, "bin"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bin", "project-office.js"), path.join(tmp, "bin", "project-office.js"));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(tmp, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"), "dir");
  fs.writeFileSync(path.join(tmp, "ready"), "");
  try {
    fs.renameSync(tmp, dir);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another worker made it first
  }
  return { bin, repositoryBuild: false };
}

/** Lines a person must never see: stack frames and script positions. */
export const STACK = /^\s+at\s|\.(?:[cm]?js|tsx?):\d+/m;
