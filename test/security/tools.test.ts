/**
 * The project's tools:
 *  - `npm audit --omit=dev` reports no high or critical advisory (scripts/audit.js). The audit is an external
 *    service: it runs only when the npm registry answers, and says so in the output when it does not.
 *  - Microsoft's office-addin-* tools send no usage data: scripts/usage-data-off.js writes "off" where
 *    office-addin-usage-data reads it (~/office-addin-usage-data.json; no environment variable exists for it),
 *    scripts/start.js runs it before any of those tools, and so do the package's scripts that run one; the
 *    installed office-addin-usage-data reports "off", and a tool run makes no network call at all.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/audit.js is a CommonJS script
const { judge } = require(path.join(ROOT, "scripts", "audit.js")) as { judge: (stdout: string) => { status: string; lines: string[] } };

describe("npm audit --omit=dev", () => {
  const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
    JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

  test("scripts/audit.js fails on high and critical only, and never judges an audit that did not run", () => {
    expect(judge(report({ moderate: 2, low: 1 })).status).toBe("ok");
    const high = judge(report({ high: 1 }, { exceljs: { name: "exceljs", severity: "high", range: "<4.5.0", via: [{ title: "Prototype pollution" }], fixAvailable: true } }));
    expect(high.status).toBe("vulnerable");
    expect(high.lines.join("\n")).toContain("high: exceljs <4.5.0 — Prototype pollution (a fix is available: npm audit fix)");
    expect(judge(report({ critical: 1 })).status).toBe("vulnerable");
    expect(judge(JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", error: { summary: "" } })).status).toBe("unavailable");
    expect(judge(JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org failed" } })).status).toBe("unavailable");
    expect(judge("npm ERR! network").status).toBe("unavailable");
  });

  test("reports no high or critical advisory (only where the registry answers)", () => {
    const ping = spawnSync("npm", ["ping"], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
    if (ping.status !== 0) {
      console.log(
        `npm audit not run: the npm registry does not answer from this machine (npm ping: ${(ping.stderr || ping.error?.message || "").trim().split("\n").pop()}). It is an external service; run \`npm run audit\` where it answers.`,
      );
      return;
    }
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "audit.js")], { cwd: ROOT, encoding: "utf8", timeout: 150_000 });
    if (r.status === 2) {
      console.log(`npm audit not judged: ${r.stdout.trim()}`);
      return;
    }
    expect({ status: r.status, output: r.stdout.trim() }).toEqual({ status: 0, output: expect.stringMatching(/0 critical, 0 high/) });
  }, 180_000);
});

describe("office-addin tools send no usage data", () => {
  const OFF = path.join(ROOT, "scripts", "usage-data-off.js");
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "po-home-"));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));
  const file = () => path.join(home, "office-addin-usage-data.json");
  const node = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, HOME: home, USERPROFILE: home, ...env }, timeout: 60_000 });

  test("scripts/usage-data-off.js writes «off» where office-addin-usage-data reads it, keeping what else the file holds", () => {
    expect(node([OFF]).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file(), "utf8"))).toEqual({ usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "off" } } });
    fs.writeFileSync(file(), JSON.stringify({ usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "on", deviceID: "abc" }, "generator-office": { usageDataLevel: "on" } }, other: 1 }));
    expect(node([OFF]).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file(), "utf8"))).toEqual({
      usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "off", deviceID: "abc" }, "generator-office": { usageDataLevel: "off" } },
      other: 1,
    });
    fs.writeFileSync(file(), "{ not json");
    expect(node([OFF]).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file(), "utf8")).usageDataInstances["office-addin-usage-data"].usageDataLevel).toBe("off");
  });

  test("the installed office-addin-usage-data reports «off», and a tool run makes no network call", () => {
    node([OFF]);
    const check = node([
      "-e",
      `const u = require("office-addin-usage-data");
       const o = new u.OfficeAddinUsageData({ projectName: "office-addin-debugging", instrumentationKey: u.instrumentationKeyForOfficeAddinCLITools, raisePrompt: false });
       console.log(JSON.stringify({ level: o.getUsageDataLevel(), on: o.isUsageDataOn() }));`,
    ]);
    expect(JSON.parse(check.stdout)).toEqual({ level: "off", on: false });
    const log = path.join(home, "network.log");
    const tool = node(["-r", path.join(__dirname, "block-network.js"), require.resolve("office-addin-manifest/cli.js", { paths: [ROOT] }), "info", "manifest.xml"], { PO_NET_LOG: log });
    expect(tool.status).toBe(0);
    expect(tool.stdout).toContain("Проектный офис");
    expect(fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "").toBe("");
  });

  test("scripts/start.js switches usage data off before it runs any office-addin tool", () => {
    const src = fs.readFileSync(path.join(ROOT, "scripts", "start.js"), "utf8");
    const off = src.search(/^\s*usageDataOff\(\)/m);
    expect(off).toBeGreaterThan(0);
    expect(src).toMatch(/require\("\.\/usage-data-off"\)/);
    const firstTool = Math.min(...["office-addin-debugging", "office-addin-dev-certs", "office-addin-manifest"].map((t) => src.indexOf(`"${t}"`)).filter((i) => i >= 0));
    expect(off).toBeLessThan(firstTool);
  });

  /** Package scripts that run an office-addin tool, directly or through a script file, must switch usage data off first. */
  function unguarded(scripts: Record<string, string>): string[] {
    const runsTool = (cmd: string): boolean => {
      if (/office-addin-/.test(cmd)) return true;
      return [...cmd.matchAll(/node\s+(scripts\/[\w.-]+\.js)/g)].some((m) => {
        const f = path.join(ROOT, m[1]);
        return fs.existsSync(f) && /office-addin-(debugging|dev-certs|manifest|dev-settings|cli)/.test(fs.readFileSync(f, "utf8")) && !/usageDataOff\(\)/.test(fs.readFileSync(f, "utf8"));
      });
    };
    return Object.entries(scripts)
      .filter(([, cmd]) => runsTool(cmd) && !/^node scripts\/usage-data-off\.js && /.test(cmd))
      .map(([name, cmd]) => `${name}: ${cmd}`);
  }

  test("the rule for package scripts catches a script that runs a tool without switching usage data off first", () => {
    expect(unguarded({ stop: "node node_modules/office-addin-debugging/cli.js stop manifest.xml" })).toHaveLength(1);
    expect(unguarded({ stop: "node scripts/usage-data-off.js && node node_modules/office-addin-debugging/cli.js stop manifest.xml" })).toEqual([]);
    expect(unguarded({ start: "node scripts/start.js", build: "webpack --mode production" })).toEqual([]);
  });

  test("every package script that runs an office-addin tool switches usage data off first", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(unguarded(pkg.scripts)).toEqual([]);
  });
});
