/**
 * No data loss, proven: every command, on every example workbook and every hostile workbook, changes no
 * cell outside those it owns — value, formula, number format, style (fill, font, borders…) and note of
 * every cell are compared before and after.
 *
 *  In Excel (the fake; workbook.dump() + diffDumps):
 *   - a template adds sheets and names only: every sheet that was there is still there (same sheet, not a
 *     replacement) and identical; only the add-in's lists sheet «_po_lists» may gain cells;
 *   - validate changes only the fill and the note of the cells it reports (and its very hidden store
 *     «_po_marks»); clearing the marks gives back exactly the workbook from before the check;
 *   - compute writes only inside the blocks it owns, found by their PO_ names (Compute, StageStatus,
 *     FinancingTotalRow/Column, ChartData, Chart, Summary, Status), plus those sheets' conditional formats and chart.
 *  On files (the command line; readXlsx snapshots + ExcelJS styles and notes of every sheet):
 *   - validate never writes; `new` leaves every sheet that was there as it was; compute (-o and --in-place)
 *     changes only cells inside the owned blocks.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { formatCell, type RangeRef } from "../../src/core/address";
import { parseBlockName } from "../../src/core/templates/names";
import type { NameSnapshot } from "../../src/core/workbook";
import { createOfficeEngine } from "../../src/app/officeEngine";
import type { Engine } from "../../src/app/engine";
import { MARKS_SHEET, nameSnapshot } from "../../src/adapters/office";
import { loadWorkbook, readXlsx } from "../../src/adapters/xlsx";
import { createFakeExcel, diffDumps, type FakeExcel, type FakeWorkbookDump } from "../../src/fake-excel";
import { main } from "../../src/cli/main";
import { bigWorkbookFile, hostileFake, hostileWorkbooks, writeHostileXlsx, type HostileWorkbook } from "./corpus";

/** The blocks compute owns: it writes their cells (and the chart over Chart). */
const OWNED_BLOCKS = new Set(["Compute", "StageStatus", "FinancingTotalRow", "FinancingTotalColumn", "ChartData", "Chart", "Summary", "Status"]);
const LISTS_SHEET = "_po_lists";
const KINDS = ["passport", "plan", "schedule"] as const;

function ownedRefs(names: NameSnapshot[]): { sheet: string; ref: RangeRef }[] {
  return names.filter((n) => n.sheet && n.ref && OWNED_BLOCKS.has(parseBlockName(n.name)?.block ?? "")).map((n) => ({ sheet: n.sheet!, ref: n.ref! }));
}
const inside = (refs: { sheet: string; ref: RangeRef }[], sheet: string, row: number, col: number) =>
  refs.some((o) => o.sheet.toLocaleLowerCase() === sheet.toLocaleLowerCase() && row >= o.ref.top && row <= o.ref.bottom && col >= o.ref.left && col <= o.ref.right);

// ---------------------------------------------------------------------------------------------
// In Excel

function engineOf(fake: FakeExcel): Engine {
  return createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru");
}

/** The examples as the add-in makes them: every template with its example data, beside the person's own sheet. */
async function exampleFake(): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: [{ name: "Мой лист", cells: { A1: { value: "моё", fill: "#FFFF00", note: "заметка" }, B3: { formula: "=A1", value: "моё" } } }] });
  for (const k of KINDS) await engineOf(fake).createTemplate(k, true);
  fake.resetStats();
  return fake;
}

const cellLine = /^(.*)!([A-Z]+\d+)\.([\w.]+): /;
const sheetLine = /^(.*)!sheet\.([\w.]+): /;

/** Lines of a diff that are not allowed by `ok`. */
function offending(lines: string[], ok: (line: string, m: { sheet: string; a1?: string; field: string }) => boolean): string[] {
  return lines.filter((l) => {
    const c = cellLine.exec(l);
    if (c) return !ok(l, { sheet: c[1], a1: c[2], field: c[3] });
    const s = sheetLine.exec(l);
    if (s) return !ok(l, { sheet: s[1], field: s[2] });
    return !ok(l, { sheet: "", field: l.split(":")[0] });
  });
}

async function officeCommandsKeepData(make: () => Promise<FakeExcel>) {
  // templates: new sheets and names only
  for (const kind of KINDS) {
    const fake = await make();
    const before = fake.workbook.dump();
    const ids = new Map(fake.workbook.sheets.map((s) => [s.name, s.id]));
    const r = await engineOf(fake).createTemplate(kind, false);
    const after = fake.workbook.dump();
    expect(ids.has(r.sheet)).toBe(false);
    for (const sheet of before.sheets) {
      const now = after.sheets.find((s) => s.name === sheet.name);
      expect(now).toBeDefined();
      expect(fake.workbook.sheet(sheet.name).id).toBe(ids.get(sheet.name)); // the same sheet, never replaced
      if (sheet.name === LISTS_SHEET) {
        for (const [a1, cell] of Object.entries(sheet.cells)) expect(now!.cells[a1]).toEqual(cell);
        expect(now!.visibility).toBe(sheet.visibility);
      } else expect(now).toEqual(sheet);
    }
    for (const n of before.names) expect(after.names).toContainEqual(n);
    for (const t of before.tables) expect(after.tables).toContainEqual(t);
  }

  // validate: fills and notes of the reported cells only; clearing gives back the workbook exactly
  {
    const fake = await make();
    const before = fake.workbook.dump();
    const engine = engineOf(fake);
    const r = await engine.validate();
    const reported = new Set(r.sheets.flatMap((s) => s.findings.map((f) => `${f.sheet}!${formatCell(f)}`)));
    const bad = offending(diffDumps(before, fake.workbook.dump()), (_l, m) => m.sheet === MARKS_SHEET || (!!m.a1 && reported.has(`${m.sheet}!${m.a1}`) && (m.field === "fill" || m.field === "note")));
    expect(bad).toEqual([]);
    await engine.clearMarks();
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  }

  // compute: only inside the blocks it owns (by their PO_ names), and those sheets' conditional formats and chart —
  // as the workbook is, and with every owned cell emptied first (so compute has all of them to write again)
  for (const emptied of [false, true]) {
    const fake = await make();
    const names = fake.workbook.dump();
    const owned = ownedRefs([...names.names, ...names.sheets.flatMap((s) => s.names)].map((n) => nameSnapshot(n.name, n.formula)));
    if (emptied && owned.length === 0) continue;
    if (emptied)
      for (const o of owned)
        for (let r = o.ref.top; r <= o.ref.bottom; r++) for (let c = o.ref.left; c <= o.ref.right; c++) fake.workbook.sheet(o.sheet).patchCell(r, c, { value: undefined, formula: undefined });
    const before = fake.workbook.dump();
    const ownedSheets = new Set(owned.map((o) => o.sheet));
    await engineOf(fake).compute(false);
    const lines = diffDumps(before, fake.workbook.dump());
    const bad = offending(lines, (_l, m) => {
      if (m.a1) {
        const { row, col } = a1ToCell(m.a1);
        return inside(owned, m.sheet, row, col);
      }
      return ownedSheets.has(m.sheet) && /^(conditionalFormats|charts)\b/.test(m.field);
    });
    expect(bad).toEqual([]);
    if (emptied) expect(lines.length).toBeGreaterThan(0); // it did write, and only there
  }
}

function a1ToCell(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

describe("in Excel: every command keeps what it does not own", () => {
  test("the example workbook (every template with its example data)", async () => {
    await officeCommandsKeepData(exampleFake);
  });

  test.each(hostileWorkbooks().map((w) => [w.id, w]))("hostile: %s", async (_id, wb) => {
    await officeCommandsKeepData(() => hostileFake(wb));
  });
  // the 50 MB workbook: test/hostile/office.test.ts (check, clear, compute and a template give it back cell for cell)
});

// ---------------------------------------------------------------------------------------------
// On files

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-no-loss-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = { stdout: "", stderr: "", isTTY: false, cwd: dir, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

interface FileState {
  sheets: string[];
  names: NameSnapshot[];
  /** sheet → "A1" → value/formula/number format (readXlsx) */
  content: Map<string, Map<string, string>>;
  /** sheet → "A1" → style and note (ExcelJS) */
  looks: Map<string, Map<string, string>>;
  merges: Map<string, string>;
  visibility: Map<string, string>;
}

async function fileState(file: string): Promise<FileState> {
  const snap = await readXlsx(file);
  const content = new Map<string, Map<string, string>>();
  const merges = new Map<string, string>();
  const visibility = new Map<string, string>();
  for (const s of snap.sheets) {
    const m = new Map<string, string>();
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c] ?? null;
        const fmt = s.numberFormats?.[r]?.[c] ?? "General";
        if (v !== "" || f !== null || fmt !== "General") m.set(formatCell({ row: r, col: c }), JSON.stringify([v, f, fmt]));
      }),
    );
    content.set(s.name, m);
    merges.set(s.name, JSON.stringify(s.merges.map((x) => `${x.top}:${x.left}:${x.bottom}:${x.right}`).sort()));
    visibility.set(s.name, `${s.visibility}/${s.protected}`);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const looks = new Map<string, Map<string, string>>();
  for (const ws of book.worksheets) {
    const m = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = JSON.stringify(cell.style ?? {});
        const note = cell.note === undefined ? "" : JSON.stringify(cell.note);
        if (style !== "{}" || note) m.set(cell.address, `${style}|${note}`);
      }),
    );
    looks.set(ws.name, m);
  }
  return { sheets: snap.sheets.map((s) => s.name), names: snap.names, content, looks, merges, visibility };
}

/** Every difference outside `owned` between two states, for the sheets `which` (all that were there before by default). */
function fileDiff(a: FileState, b: FileState, owned: { sheet: string; ref: RangeRef }[] = [], which = a.sheets): string[] {
  const out: string[] = [];
  for (const sheet of which) {
    if (!b.sheets.includes(sheet)) {
      out.push(`${sheet}: gone`);
      continue;
    }
    if (a.merges.get(sheet) !== b.merges.get(sheet)) out.push(`${sheet}: merges`);
    if (a.visibility.get(sheet) !== b.visibility.get(sheet)) out.push(`${sheet}: visibility/protection`);
    for (const [kind, x, y] of [
      ["content", a.content.get(sheet)!, b.content.get(sheet)!],
      ["style/note", a.looks.get(sheet)!, b.looks.get(sheet)!],
    ] as const) {
      for (const key of new Set([...x.keys(), ...y.keys()])) {
        if (x.get(key) === y.get(key)) continue;
        const { row, col } = a1ToCell(key);
        if (inside(owned, sheet, row, col)) continue;
        if (sheet === LISTS_SHEET && !x.has(key)) continue; // the lists sheet may gain lists
        out.push(`${sheet}!${key} ${kind}: ${x.get(key) ?? "(none)"} → ${y.get(key) ?? "(none)"}`);
      }
    }
  }
  for (const n of a.names) if (!b.names.some((m) => m.name === n.name && m.formula === n.formula)) out.push(`name ${n.name} changed or gone`);
  return out;
}

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function fileCommandsKeepData(id: string, source: string, expectCompute: "written" | "nothing" | "refused") {
  const file = path.join(dir, `${id}.xlsx`);
  fs.copyFileSync(source, file);
  const original = await fileState(file);
  const bytes = sha(file);

  // validate never writes
  await cli("validate", `${id}.xlsx`, "--json");
  expect(sha(file)).toBe(bytes);

  // new: the sheets that were there stay as they were
  for (const kind of KINDS) {
    const copy = path.join(dir, `${id}.new-${kind}.xlsx`);
    fs.copyFileSync(file, copy);
    const r = await cli("new", kind, path.basename(copy));
    expect(r.code).toBe(0);
    const after = await fileState(copy);
    expect(after.sheets.length).toBeGreaterThan(original.sheets.length);
    expect(fileDiff(original, after)).toEqual([]);
  }

  // compute: only inside the blocks it owns, whether to a new file or in place
  const owned = ownedRefs(original.names);
  const out = path.join(dir, `${id}.out.xlsx`);
  const r = await cli("compute", `${id}.xlsx`, "-o", path.basename(out));
  expect(sha(file)).toBe(bytes);
  if (expectCompute === "written") {
    expect(r.code).toBe(0);
    const after = await fileState(out);
    expect(after.sheets).toEqual(original.sheets);
    expect(fileDiff(original, after, owned)).toEqual([]);
    const inPlace = path.join(dir, `${id}.inplace.xlsx`);
    fs.copyFileSync(file, inPlace);
    expect((await cli("compute", path.basename(inPlace), "--in-place")).code).toBe(0);
    expect(fileDiff(original, await fileState(inPlace), owned)).toEqual([]);
    // with every owned cell emptied first: compute writes them all again, and nothing else
    const emptied = path.join(dir, `${id}.emptied.xlsx`);
    const book = await loadWorkbook(file);
    for (const o of owned) for (let r = o.ref.top; r <= o.ref.bottom; r++) for (let c = o.ref.left; c <= o.ref.right; c++) book.getWorksheet(o.sheet)!.getCell(r + 1, c + 1).value = null;
    await book.xlsx.writeFile(emptied);
    const bare = await fileState(emptied);
    expect((await cli("compute", path.basename(emptied), "--in-place")).code).toBe(0);
    const refilled = await fileState(emptied);
    expect(fileDiff(bare, refilled, owned)).toEqual([]);
    expect(fileDiff(bare, refilled).length).toBeGreaterThan(0);
  } else {
    expect(r.code).toBe(expectCompute === "nothing" ? 1 : 2);
    expect(fs.existsSync(out)).toBe(false);
  }
}

const EXAMPLES = path.resolve(__dirname, "../../examples");

describe("on files: every command keeps what it does not own", () => {
  const examples = fs.existsSync(EXAMPLES) ? fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")) : [];
  if (examples.length) {
    test.each(examples)("example: %s", async (name) => {
      await fileCommandsKeepData(`example-${name.replace(/\.xlsx$/, "")}`, path.join(EXAMPLES, name), "written");
    });
  } else {
    test("examples/ (none in this checkout: the templates' examples are written by the command line)", async () => {
      for (const kind of KINDS) expect((await cli("new", kind, `example-${kind}.xlsx`, "--example")).code).toBe(0);
      for (const kind of KINDS) await fileCommandsKeepData(`ex-${kind}`, path.join(dir, `example-${kind}.xlsx`), "written");
    });
  }

  test.each(hostileWorkbooks().map((w) => [w.id, w]))("hostile: %s", async (id, wb: HostileWorkbook) => {
    const source = path.join(dir, `${id}.source.xlsx`);
    await writeHostileXlsx(wb, source);
    await fileCommandsKeepData(id, source, wb.protect?.length ? "refused" : wb.computable ? "written" : "nothing");
  });

  // the 50 MB workbook, validate (and compute with PO_SLOW=1): test/hostile/cli.test.ts (the file's bytes are unchanged)

  // Adding a template to the 50 MB file rewrites 50 MB (about half a minute): run with PO_SLOW=1.
  (process.env.PO_SLOW ? test : test.skip)(
    "the 50 MB workbook: `new` leaves its sheet as it was (PO_SLOW=1)",
    async () => {
      const { file } = await bigWorkbookFile();
      const copy = path.join(dir, "big.xlsx");
      fs.copyFileSync(file, copy);
      const before = await fileState(copy);
      expect((await cli("new", "passport", "big.xlsx")).code).toBe(0);
      expect(fileDiff(before, await fileState(copy))).toEqual([]);
    },
    300_000,
  );
});

// keep the types used only in annotations
export type { FakeWorkbookDump };
