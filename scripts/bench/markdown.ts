/**
 * `npm run bench -- --markdown`: the tables as Markdown on stdout, and the same tables written into
 * docs/BENCHMARK.md — the only place the benchmark's tables live (the README links to it). Each section's table
 * sits between `<!-- bench:ID -->` and `<!-- /bench:ID -->`, the run's line between `<!-- bench:run -->` and
 * `<!-- /bench:run -->`; a run of some sections (--only) replaces only their tables. A section without its
 * markers yet is added at the end of "Latest results" (before the next "## " heading).
 */
import * as fs from "fs";

export interface MarkdownSection {
  id: string;
  /** the table with its "### title" heading */
  text: string;
}

function block(id: string, text: string): string {
  return `<!-- bench:${id} -->\n${text.trim()}\n<!-- /bench:${id} -->`;
}

/** The document with the given blocks replaced (or added after "## Latest results"'s last block). */
export function replaceBlocks(doc: string, sections: MarkdownSection[]): string {
  let out = doc;
  for (const s of sections) {
    const re = new RegExp(`<!-- bench:${s.id} -->[\\s\\S]*?<!-- /bench:${s.id} -->`);
    if (re.test(out)) {
      out = out.replace(re, () => block(s.id, s.text));
      continue;
    }
    const latest = out.indexOf("## Latest results");
    const next = latest >= 0 ? out.indexOf("\n## ", latest + 1) : -1;
    const at = next >= 0 ? next : out.length;
    out = `${out.slice(0, at).trimEnd()}\n\n${block(s.id, s.text)}\n${out.slice(at)}`;
  }
  return out;
}

/** Writes the sections into the document; returns false (and writes nothing) when there is no such file. */
export function writeMarkdown(file: string, sections: MarkdownSection[]): boolean {
  if (!fs.existsSync(file)) return false;
  const before = fs.readFileSync(file, "utf8");
  const after = replaceBlocks(before, sections);
  if (after !== before) fs.writeFileSync(file, after);
  return true;
}
