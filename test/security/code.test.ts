/**
 * No eval, no new Function: in every source file under src/, and in the built bundles in dist/ when there
 * is a build — our own code and webpack's runtime, found through the source maps; third-party modules
 * (node_modules) and Microsoft's Office.js copy (dist/office-js) are listed, not judged.
 *
 * And a Content-Security-Policy on every page: scripts only from the add-in itself ('self') and the Office.js
 * CDN (https://appsforoffice.microsoft.com), no 'unsafe-eval' and no inline scripts — checked on what
 * webpack.config.js gives the page template, and on every built page in dist/ when there is a build.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
/** The build to check (PO_DIST overrides it, e.g. a build made elsewhere). */
const DIST = process.env.PO_DIST ?? path.join(ROOT, "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** A call to eval, or a function made from text (new Function(…), Function(…)). */
const DYNAMIC_CODE = /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/g;

function walk(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out.sort();
}

describe("no eval or new Function", () => {
  test("in any source file under src/", () => {
    const files = walk(path.join(ROOT, "src"), (f) => /\.(ts|tsx|js|mjs|cjs|html)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const hits = files.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(DYNAMIC_CODE)].map((m) => `${path.relative(ROOT, f)}: ${m[0]}`));
    expect(hits).toEqual([]);
  });

  test("the pattern finds what it must (and not execUnsafeLocalFunction or obj.eval)", () => {
    const found = (s: string) => [...s.matchAll(DYNAMIC_CODE)].length;
    expect(found("eval('1')")).toBe(1);
    expect(found("x=new Function('return this')")).toBe(1);
    expect(found('Function("return this")()')).toBe(1);
    expect(found("MSApp.execUnsafeLocalFunction(function(){})")).toBe(0);
    expect(found("math.eval(x); evaluate(y)")).toBe(0);
  });

  const bundles = walk(DIST, (f) => f.endsWith(".js") && !f.includes(`${path.sep}office-js${path.sep}`));
  (bundles.length ? test : test.skip)("in the built bundles in dist/: none in our code or webpack's runtime", () => {
    const ours: string[] = [];
    const thirdParty = new Set<string>();
    for (const file of bundles) {
      const code = fs.readFileSync(file, "utf8");
      const mapFile = `${file}.map`;
      const map = fs.existsSync(mapFile) ? (JSON.parse(fs.readFileSync(mapFile, "utf8")) as SourceMap) : null;
      const lines = code.split("\n");
      lines.forEach((line, i) => {
        for (const m of line.matchAll(DYNAMIC_CODE)) {
          const source = map ? sourceAt(map, i, m.index!) : null;
          if (source && /node_modules/.test(source)) thirdParty.add(source.replace(/^.*node_modules\//, ""));
          else ours.push(`${path.relative(ROOT, file)}:${i + 1}:${m.index} ${m[0]} (${source ?? "no source map"})`);
        }
      });
    }
    expect(ours).toEqual([]);
    if (thirdParty.size) console.log(`eval/new Function in third-party code (not ours, allowed by nothing at run time: the CSP forbids it): ${[...thirdParty].join(", ")}`);
  });
});

// ---------------------------------------------------------------------------------------------
// Source maps (v3): which source a generated position comes from

interface SourceMap {
  sources: string[];
  mappings: string;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

const decoded = new WeakMap<SourceMap, { col: number; src: number }[][]>();

function sourceAt(map: SourceMap, line: number, col: number): string | null {
  let lines = decoded.get(map);
  if (!lines) {
    lines = [];
    let src = 0;
    for (const l of map.mappings.split(";")) {
      let genCol = 0;
      const segs: { col: number; src: number }[] = [];
      for (const seg of l.split(",")) {
        if (!seg) continue;
        const v = decodeVlq(seg);
        genCol += v[0];
        if (v.length >= 4) {
          src += v[1];
          segs.push({ col: genCol, src });
        }
      }
      lines.push(segs);
    }
    decoded.set(map, lines);
  }
  let best: { col: number; src: number } | undefined;
  for (const s of lines[line] ?? []) {
    if (s.col > col) break;
    best = s;
  }
  return best ? map.sources[best.src] : null;
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Scripts only from 'self' and the Office.js CDN, nothing that runs text as code; no plug-ins; a base URL of our own. */
function checkPolicy(policy: string, where: string): void {
  const d = directives(policy);
  const scripts = d.get("script-src") ?? d.get("default-src");
  expect({ where, scripts }).toEqual({ where, scripts: expect.any(Array) });
  for (const s of scripts!) expect({ where, source: s }).toEqual({ where, source: expect.stringMatching(/^('self'|https:\/\/appsforoffice\.microsoft\.com)$/) });
  expect(scripts).toContain("'self'");
  expect(policy).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic'/);
  expect(d.get("default-src")).toEqual(["'self'"]);
  if (d.has("object-src")) expect(d.get("object-src")).toEqual(["'none'"]);
  for (const [name, values] of d)
    for (const v of values) expect({ where, name, v }).toEqual({ where, name, v: expect.stringMatching(/^('self'|'none'|'unsafe-inline'|data:|https:\/\/appsforoffice\.microsoft\.com)$/) });
  if (d.has("style-src") || d.has("img-src")) expect(d.get("script-src") ?? []).not.toContain("'unsafe-inline'");
}

function pagePolicy(html: string): string | null {
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  if (!meta) return null;
  const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  return content ? (content[1] ?? content[2]) : null;
}

describe("a Content-Security-Policy on every page", () => {
  test("webpack.config.js gives every page template a policy: scripts from 'self' and the Office.js CDN only", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS and exports a function
    const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" }) as {
      plugins: { constructor: { name: string }; userOptions?: { filename: string; templateParameters?: { csp: string; officeJs: string } } }[];
      devtool?: string;
    };
    const pages = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions!);
    expect(pages.map((p) => p.filename).sort()).toEqual(["commands.html", "preview.html", "taskpane.html"]);
    for (const p of pages) {
      checkPolicy(p.templateParameters!.csp, p.filename);
      // the page loads Office.js from where its policy allows
      if (p.templateParameters!.officeJs.startsWith("http")) expect(p.templateParameters!.officeJs.startsWith(`${OFFICE_CDN}/`)).toBe(true);
    }
    expect(String(config.devtool)).not.toMatch(/eval/); // eval-based source maps would need 'unsafe-eval'
    expect(fs.readFileSync(path.join(ROOT, "src", "page.html"), "utf8")).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= csp %>"/);
    const help = pagePolicy(fs.readFileSync(path.join(ROOT, "src", "help.html"), "utf8"));
    expect(help).not.toBeNull();
    checkPolicy(help!, "help.html");
  });

  const pages = walk(DIST, (f) => f.endsWith(".html") && !f.includes(`${path.sep}office-js${path.sep}`));
  (pages.length ? test : test.skip)("every built page in dist/ carries it, and no inline script", () => {
    for (const page of pages) {
      const html = fs.readFileSync(page, "utf8");
      const policy = pagePolicy(html);
      expect({ page: path.relative(ROOT, page), policy }).toEqual({ page: path.relative(ROOT, page), policy: expect.any(String) });
      checkPolicy(policy!, path.relative(ROOT, page));
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(tag).toMatch(/\bsrc=/); // no inline code: the policy would block it anyway
        const src = /src=["']?([^"' >]+)/.exec(tag)![1];
        expect(src.startsWith("http") ? src.startsWith(`${OFFICE_CDN}/`) : !/^\/\//.test(src)).toBe(true);
      }
    }
  });
});
