/**
 * The command line makes no network call: `node -r test/security/block-network.js bin/project-office.js …`
 * runs new, validate (with --report) and compute with every network entry point replaced by a function
 * that records the attempt and throws; the record stays empty and every command does its work.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cliBin, STACK } from "../hostile/cliBuild";
import { writeCorpus } from "../hostile/corpus";

const PRELOAD = path.join(__dirname, "block-network.js");
let dir: string;
let log: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-net-"));
  log = path.join(dir, "network.log");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], extra: string[] = []) {
  const p = spawnSync(process.execPath, ["-r", PRELOAD, ...extra, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, PO_NET_LOG: log }, timeout: 60_000 });
  return { code: p.status, out: p.stdout, err: p.stderr };
}
const calls = () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : []);

test("the preload catches a network call (the check below can fail)", () => {
  const r = run([
    "-e",
    "for (const f of [() => fetch('https://registry.npmjs.org/'), () => require('https').get('https://example.org'), () => require('dns').lookup('example.org', () => {})]) try { f() } catch {}",
  ]);
  expect(r.code).toBe(0);
  expect(calls().map((l) => JSON.parse(l).what)).toEqual(["fetch", "https.get", "dns.lookup"]);
  fs.rmSync(log);
});

test("new, validate (with a report) and compute make no network call", async () => {
  await writeCorpus(path.join(dir, "corpus"));
  const { bin } = cliBin();
  const results = [
    run([bin, "new", "passport", "project.xlsx", "--example"]),
    run([bin, "new", "plan", "project.xlsx", "--example", "--lang", "en"]),
    run([bin, "validate", "project.xlsx", "corpus", "--json", "--report", "report.xlsx"]),
    run([bin, "compute", "project.xlsx", "--in-place"]),
  ];
  expect(calls()).toEqual([]);
  expect(results.map((r) => r.code)).toEqual([0, 0, 2, 0]); // 2: the corpus holds files that are not workbooks
  for (const r of results) expect(r.out + r.err).not.toMatch(STACK);
  expect(fs.existsSync(path.join(dir, "report.xlsx"))).toBe(true);
  const project = JSON.parse(results[2].out).files.find((f: { file: string }) => f.file === "project.xlsx");
  expect(project.sheets.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(["passport", "plan"]));
}, 120_000);
