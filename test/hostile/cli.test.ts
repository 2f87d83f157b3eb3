/**
 * The command line over the hostile corpus (test/hostile/corpus.ts), in Russian and in English: every
 * workbook is checked, computed and given a new template with a clear message and the exit-code contract
 * (0 fine, 1 findings with errors / nothing computed, 2 unreadable — the other files still checked); the
 * 50 MB workbook is read within the time and memory it should take; and one spawn of the real
 * `node bin/project-office.js` over a folder of broken files shows that no stack trace reaches a person.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { bigWorkbookFile, hostileFiles, hostileWorkbooks, writeCorpus } from "./corpus";
import { cliBin, ROOT, STACK } from "./cliBuild";

let dir: string;
let corpus: Awaited<ReturnType<typeof writeCorpus>>;

function io(cwd: string): CliIO & { stdout: string; stderr: string } {
  const o = { stdout: "", stderr: "", isTTY: false, cwd, out: (t: string) => void (o.stdout += t), err: (t: string) => void (o.stderr += t) };
  return o;
}
async function run(...argv: string[]) {
  const o = io(dir);
  const code = await main(argv, o);
  expect(o.stdout + o.stderr).not.toMatch(STACK);
  return { code, out: o.stdout, err: o.stderr };
}

const CYRILLIC = /[а-яё]/i;
/** Words of the Russian interface that must not appear in English output (document text may be Russian). */
const RU_UI = /Замечаний нет|файл не прочитан|Записан файл|Проверено файлов|\bошибка\b|предупреждение|сведение/;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-hostile-cli-"));
  corpus = await writeCorpus(path.join(dir, "corpus"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const LANGS = ["ru", "en"] as const;
const workbooks = hostileWorkbooks();

describe.each(LANGS)("hostile workbooks, --lang %s", (lang) => {
  test.each(workbooks.map((w) => [w.id, w]))("%s: validate, compute and new finish with a clear message", async (id, wb) => {
    const file = corpus.workbooks.get(id)!;
    const rel = path.relative(dir, file);

    // validate: read, checked, reported (0 or 1), in the person's language
    const json = await run("validate", rel, "--json", "--lang", lang);
    expect([0, 1]).toContain(json.code);
    const report = JSON.parse(json.out) as { files: { file: string; error?: string; sheets: { name: string; issues: { message: string; cell: string }[] }[] }[] };
    expect(report.files).toHaveLength(1);
    expect(report.files[0].error).toBeUndefined();
    expect(report.files[0].sheets.length).toBeGreaterThan(0);
    for (const sh of report.files[0].sheets)
      for (const i of sh.issues) {
        expect(i.message.length).toBeGreaterThan(10);
        if (lang === "ru") expect(i.message).toMatch(CYRILLIC);
      }
    const human = await run("validate", rel, "--lang", lang);
    expect(human.code).toBe(json.code);
    expect(human.out.length).toBeGreaterThan(0);
    if (lang === "ru") expect(human.out).toMatch(CYRILLIC);
    else expect(human.out + human.err).not.toMatch(RU_UI);

    // compute: beside the input, never over it; a protected sheet is refused in words, nothing written
    const out = path.join(dir, `${id}.${lang}.computed.xlsx`);
    const before = fs.readFileSync(file);
    const c = await run("compute", rel, "-o", path.relative(dir, out), "--lang", lang);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    if (wb.protect?.length) {
      expect(c.code).toBe(2);
      expect(c.err).toMatch(lang === "ru" ? /Лист «Паспорт» защищён/ : /sheet "Паспорт" is protected/);
      expect(fs.existsSync(out)).toBe(false);
    } else if (wb.computable) {
      expect(c.code).toBe(0);
      expect(c.out).toMatch(lang === "ru" ? /Записан файл/ : /Wrote/);
      expect(fs.existsSync(out)).toBe(true);
    } else {
      expect(c.code).toBe(1); // nothing to compute: said so, nothing written
      expect(c.err).toMatch(lang === "ru" ? /рассчитывать нечего/ : /nothing to compute/);
      expect(fs.existsSync(out)).toBe(false);
    }

    // new: a template is added as a new sheet (the workbook's own sheets are the no-data-loss test's business)
    const copy = path.join(dir, `${id}.${lang}.new.xlsx`);
    fs.copyFileSync(file, copy);
    const n = await run("new", "schedule", path.relative(dir, copy), "--lang", lang);
    expect(n.code).toBe(0);
    expect(n.out).toMatch(lang === "ru" ? /Записан файл .*\(лист «План-график/ : /Wrote .*\(sheet «(Calendar plan|Schedule)/);
  });

  test.each(hostileFiles().map((f) => [f.id, f]))("%s: unreadable — exit 2 and one line naming the file and why", async (id, f) => {
    const file = corpus.files.get(id)!;
    const rel = path.relative(dir, file);
    const v = await run("validate", rel, "--lang", lang);
    expect(v.code).toBe(2);
    const lines = v.err.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(rel);
    expect(lines[0]).toMatch(lang === "ru" ? /файл не прочитан — .*[а-яё]/i : /not read — [A-Z]/);
    const j = await run("validate", rel, "--json", "--lang", lang);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out).files[0]).toEqual({ file: rel, error: expect.any(String), sheets: [] });

    const c = await run("compute", rel, "--lang", lang);
    expect(c.code).toBe(2);
    expect(c.err.trim().split("\n")).toHaveLength(1);
    expect(c.err).toContain(rel);
    if (f.fileName.endsWith(".xlsx")) {
      // `new` into an existing file that is not a workbook: refused, the file left as it was
      const before = fs.readFileSync(file);
      const n = await run("new", "plan", rel, "--lang", lang);
      expect(n.code).toBe(2);
      expect(n.err).toContain(rel);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    }
  });
});

test("a folder of every hostile file and workbook: exit 2, one line per broken file, full results for the others", async () => {
  const r = await run("validate", "corpus", "--json", "--lang", "ru");
  expect(r.code).toBe(2);
  const files = JSON.parse(r.out).files as { file: string; error?: string; sheets: unknown[] }[];
  const broken = files.filter((f) => f.error);
  expect(broken.map((f) => path.basename(f.file)).sort()).toEqual(
    hostileFiles()
      .map((f) => f.fileName)
      .sort(),
  );
  expect(r.err.trim().split("\n")).toHaveLength(broken.length);
  for (const f of files.filter((x) => !x.error)) expect(f.sheets.length).toBeGreaterThan(0);
  expect(files.filter((f) => !f.error)).toHaveLength(workbooks.length + 1); // + good.xlsx
});

test("the 50 MB workbook: generated, read and checked within a minute, memory sane", async () => {
  const t0 = Date.now();
  const { file, generatedMs } = await bigWorkbookFile();
  const size = fs.statSync(file).size;
  expect(size).toBeGreaterThan(50 * 1000 * 1000);
  const bytes = fs.readFileSync(file);
  const t1 = Date.now();
  const r = await run("validate", file, "--json", "--lang", "en");
  const t2 = Date.now();
  expect([0, 1]).toContain(r.code);
  const report = JSON.parse(r.out);
  expect(report.files[0].sheets[0].kind).toBe("plan");
  const rss = process.memoryUsage().rss;
  expect(rss).toBeLessThan(3 * 1024 ** 3);
  // compute reads it all again to find nothing of its own (the same path as the other workbooks without
  // template blocks): another 5–10 seconds, so only with PO_SLOW=1
  if (process.env.PO_SLOW) {
    const c = await run("compute", file, "--lang", "en");
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/nothing to compute/);
  }
  // no data loss: nothing was written
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes(".computed"))).toEqual([]);
  expect(t2 - t1).toBeLessThan(60_000);
  console.log(
    `50 MB workbook: ${(size / 1e6).toFixed(1)} MB, generated in ${generatedMs ? `${generatedMs} ms` : "0 ms (cached)"}, validate ${t2 - t1} ms,${process.env.PO_SLOW ? ` compute ${Date.now() - t2} ms,` : ""} rss ${(rss / 1e6).toFixed(0)} MB, total ${Date.now() - t0} ms`,
  );
}, 180_000);

test("one spawn of the real `node bin/project-office.js`: broken files in a folder, no stack trace, exit 2, full --json for the good one", () => {
  const folder = path.join(dir, "inbox");
  fs.mkdirSync(folder);
  for (const id of ["random-bytes", "truncated", "not-workbook", "old-xls"]) {
    const f = corpus.files.get(id)!;
    fs.copyFileSync(f, path.join(folder, path.basename(f)));
  }
  fs.copyFileSync(corpus.good, path.join(folder, "good.xlsx"));
  const { bin } = cliBin();
  const p = spawnSync(process.execPath, [bin, "validate", folder, "--json", "--lang", "en"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PROJECT_OFFICE_DEBUG: "" }, timeout: 60_000 });
  expect(p.status).toBe(2);
  expect(p.stdout + p.stderr).not.toMatch(STACK);
  const lines = p.stderr.trim().split("\n");
  expect(lines).toHaveLength(4);
  for (const name of ["random.xlsx", "truncated.xlsx", "notes.xlsx", "old.xls"])
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^(?=.*${name.replace(/\./g, "\\.")})(?=.*not read — )`)));
  const files = JSON.parse(p.stdout).files as { file: string; error?: string; sheets: { kind: string; issues: unknown[] }[] }[];
  const good = files.find((f) => f.file.endsWith("good.xlsx"))!;
  expect(good.error).toBeUndefined();
  expect(good.sheets.map((s) => s.kind)).toContain("plan");
  expect(files.filter((f) => f.error)).toHaveLength(4);
});
