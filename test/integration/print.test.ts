/**
 * Issue 18, item 3 and acceptance: the three example workbooks (examples/, Russian) and the same three in
 * English, printed to PDF by LibreOffice headless in one run, show no «###» (a number or date wider than its
 * column), carry the project's name in the header and «Страница N из M» / "Page N of M" in the footer of every
 * page, and print on a few A4 landscape pages (one page wide). The PDFs and their pages as PNG (pdftoppm) are
 * kept under test-artifacts/print/ for a person to look at: clipped or overlapping text shows there.
 *
 * LibreOffice is required when CI is set (a missing soffice fails the suite); elsewhere the suite is skipped
 * with a message. pdftotext, pdfinfo and pdftoppm come with poppler-utils (scripts/ensure-system.js).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE } from "../../src/core/templates/example";
import { pdfManyWithLibreOffice, sofficeForTests } from "../helpers/libreoffice";
import { cliOk, tempDir } from "./helpers";

const soffice = sofficeForTests();
const poppler = spawnSync("pdftotext", ["-v"]).status === 0;
if (soffice && !poppler) {
  if (process.env.CI) throw new Error("pdftotext (poppler-utils) is not installed: the print test cannot run (CI is set)");
  console.warn("SKIPPED: pdftotext (poppler-utils) is not installed; apt-get install poppler-utils");
}
const describePrint = soffice && poppler ? describe : describe.skip;

const ROOT = path.resolve(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "print");
const KINDS = ["passport", "plan", "schedule"] as const;
/** the example project's short name, the header of every page */
const PROJECT = EXAMPLE.shortName;
const PAGE = { ru: /Страница (\d+) из (\d+)/g, en: /Page (\d+) of (\d+)/g };

interface Printed {
  id: string;
  lang: "ru" | "en";
  pdf: string;
  pages: number;
  /** the text of each page (pdftotext, form feeds between pages) */
  text: string[];
}

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

describePrint("the examples printed to PDF by LibreOffice", () => {
  const printed: Printed[] = [];

  beforeAll(async () => {
    const dir = tempDir("po-print-");
    const inputs: { id: string; lang: "ru" | "en"; file: string }[] = [];
    for (const kind of KINDS) inputs.push({ id: `${kind}-ru`, lang: "ru", file: path.join(ROOT, "examples", `${kind}-example.xlsx`) });
    for (const kind of KINDS) {
      const file = path.join(dir, `${kind}-en.xlsx`);
      await cliOk(dir, "new", kind, file, "--example", "--lang", "en");
      inputs.push({ id: `${kind}-en`, lang: "en", file });
    }
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const pdfs = await pdfManyWithLibreOffice(
      inputs.map((i) => i.file),
      { outDir: path.join(dir, "pdf"), timeoutMs: 120_000 },
    );
    inputs.forEach((input, i) => {
      const pdf = path.join(ARTIFACTS, `${input.id}.pdf`);
      fs.copyFileSync(pdfs[i], pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))?.[1]);
      tool("pdftoppm", ["-r", "80", "-png", pdf, path.join(ARTIFACTS, input.id)]);
      const text = tool("pdftotext", ["-layout", pdf, "-"]).split("\f").slice(0, pages);
      printed.push({ id: input.id, lang: input.lang, pdf, pages, text });
    });
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  test("every workbook printed, its pages kept as PNG under test-artifacts/print", () => {
    expect(printed.map((p) => p.id)).toEqual(["passport-ru", "plan-ru", "schedule-ru", "passport-en", "plan-en", "schedule-en"]);
    for (const p of printed) {
      const pngs = fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${p.id}-`) && f.endsWith(".png"));
      expect(pngs).toHaveLength(p.pages);
    }
  });

  test("no «###»: every number and date fits its column in both languages", () => {
    for (const p of printed) expect({ id: p.id, hashes: p.text.filter((t) => t.includes("###")).length }).toEqual({ id: p.id, hashes: 0 });
  });

  test("every page has the project's name in its header and «page N of M» in its footer", () => {
    for (const p of printed) {
      p.text.forEach((page, i) => {
        expect(page).toContain(PROJECT[p.lang]);
        const numbers = [...page.matchAll(PAGE[p.lang])].map((m) => [Number(m[1]), Number(m[2])]);
        expect({ id: p.id, numbers }).toEqual({ id: p.id, numbers: [[i + 1, p.pages]] });
      });
    }
  });

  test("one page wide: a few pages each, and the passport's blocks start their pages whole", () => {
    for (const p of printed) {
      expect(p.pages).toBeGreaterThanOrEqual(1);
      expect(p.pages).toBeLessThanOrEqual(6);
    }
    // a block title never sits alone at the foot of a page: each is followed by its table on the same page
    const passport = printed.find((p) => p.id === "passport-ru")!;
    for (const title of ["Показатели проекта", "Результаты проекта", "Этапы и контрольные точки", "Ключевые риски реализации проекта"]) {
      const page = passport.text.find((t) => t.includes(title));
      expect({ title, onAPage: page !== undefined }).toEqual({ title, onAPage: true });
      const after = page!.slice(page!.indexOf(title) + title.length);
      expect(after.split("\n").filter((l) => l.trim()).length).toBeGreaterThan(3);
    }
  });
});
