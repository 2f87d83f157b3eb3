/**
 * The task pane's production bundle: the JavaScript taskpane.html loads before anything else (its
 * <script> tags, Office.js from Microsoft's CDN aside), gzipped; and the ribbon commands must not wait
 * for React: the initial scripts register the commands (Office.actions.associate) and hold no React.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { atMost, check, fmtBytes, newestMtime, log, type Figure } from "./common";

const SECTION = "bundle";

/**
 * dist/ when it is newer than the sources; otherwise a production build of its own (build/bench/dist),
 * so that dist/, which other tools may be serving, is left alone.
 */
export function productionBuild(root: string): { dir: string; built: boolean } {
  const inputs = ["src", "webpack.config.js", "tsconfig.web.json", "package-lock.json"].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  const sources = Math.max(...inputs.map(newestMtime));
  const fresh = (dir: string) => {
    const page = path.join(dir, "taskpane.html");
    return fs.existsSync(page) && fs.statSync(page).mtimeMs >= sources;
  };
  const dist = path.join(root, "dist");
  if (fresh(dist)) return { dir: dist, built: false };
  const own = path.join(root, "build", "bench", "dist");
  if (fresh(own)) return { dir: own, built: false };
  log("bundle: dist/ is missing or older than src/: webpack --mode production (into build/bench/dist)");
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", own], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0 || !fs.existsSync(path.join(own, "taskpane.html"))) throw new Error("the production build failed (npx webpack --mode production)");
  return { dir: own, built: true };
}

/** Local scripts of a page, in order (external ones, like Office.js from the CDN, are not ours). */
function pageScripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b([^>]*)>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    const url = src ? (src[1] ?? src[2] ?? src[3]) : undefined;
    if (url && !/^(https?:)?\/\//i.test(url)) out.push(url);
  }
  return out;
}

export function bundleFigures(root: string): Figure[] {
  const { dir, built } = productionBuild(root);
  const where = path.relative(root, dir);
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const scripts = pageScripts(html);
  const code = scripts.map((s) => fs.readFileSync(path.join(dir, s.split(/[?#]/)[0]), "utf8"));
  const raw = code.reduce((n, c) => n + Buffer.byteLength(c), 0);
  const gz = code.reduce((n, c) => n + zlib.gzipSync(c, { level: 9 }).length, 0);
  const all = code.join("\n");
  const react = ["react-dom", "__SECRET_INTERNALS", "react.production", "ReactCurrentDispatcher", "createRoot"].filter((k) => all.includes(k));
  const associate = /actions\.associate\(/.test(all);

  // what the task pane's UI loads afterwards (every other script of the build), for information
  const lazy = fs.readdirSync(dir).filter((f) => f.endsWith(".js") && !scripts.includes(f) && !/^(commands|preview)\.js$/.test(f));
  const lazyGz = lazy.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);

  return [
    check({
      id: "bundle.taskpane.initialGzip",
      section: SECTION,
      name: `taskpane.html initial JavaScript, gzip (${scripts.join(", ")})`,
      value: gz,
      unit: "bytes",
      display: `${fmtBytes(gz)} gzip (${fmtBytes(raw)} raw)`,
      budget: atMost(200_000, "≤ 200 KB gzip"),
      note: `${where}${built ? " (built now)" : ""}`,
    }),
    check({
      id: "bundle.taskpane.initialReact",
      section: SECTION,
      name: "React in the initial scripts (markers found)",
      value: react.length,
      unit: "markers",
      display: react.length ? `${react.length}: ${react.join(", ")}` : "none",
      budget: atMost(0, "none"),
    }),
    check({
      id: "bundle.taskpane.commandsInInitial",
      section: SECTION,
      name: "ribbon commands registered by the initial scripts (Office.actions.associate)",
      value: associate ? 1 : 0,
      unit: "yes/no",
      display: associate ? "yes" : "no",
      budget: { op: ">=", limit: 1, text: "yes" },
    }),
    {
      id: "bundle.taskpane.lazyGzip",
      section: SECTION,
      name: "loaded after the commands (UI, React, Fluent UI, engine), gzip",
      value: lazyGz,
      unit: "bytes",
      display: `${fmtBytes(lazyGz)} gzip in ${lazy.length} chunks`,
    },
  ];
}
