/**
 * Every command on every client profile (Excel on the web, Microsoft 365 on Windows, Excel 2021 LTSC, Excel 2024 LTSC,
 * Mac 16.52): the three templates, check, clear marks, compute and adopting a pasted passport. After each command
 * the fake's dump may differ from before only where the command owns cells: its new sheet, the marked cells and the
 * store of marks, the template sheets compute writes; a person's own sheets never change. The round trips each
 * command took are collected per profile (printed once, for the report).
 */
import { formatCell, formatRange } from "../../src/core/address";
import type { SheetSnapshot } from "../../src/core/workbook";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { MARKS_SHEET } from "../../src/adapters/office";
import { FAKE_PROFILE_IDS, createFakeExcel, diffDumps, type FakeCellInput, type FakeExcel, type FakeProfileId } from "../../src/fake-excel";
import { seedLikePassportSheet } from "../fixtures/seedLike";

function pasted(s: SheetSnapshot) {
  const cells: Record<string, FakeCellInput> = {};
  s.values.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && (cells[formatCell({ row: r, col: c })] = v)));
  return { name: s.name, cells, merges: s.merges.map((m) => formatRange(m)) };
}

const OWN = "Мои заметки";

function setup(profile: FakeProfileId) {
  const fake = createFakeExcel(
    {
      sheets: [{ name: OWN, cells: { A1: { value: "моё", fill: "#FFFF00", note: "не трогать" }, B2: 42, C3: "=B2*2" } }, pasted(seedLikePassportSheet())],
    },
    { profile },
  );
  const engine = createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru");
  return { fake, engine };
}

/** The sheets a diff line is about ("Лист!C3.fill: …", "Лист!sheet.names: …"), or "workbook" for workbook-level lines. */
function sheetsOf(lines: string[]): Set<string> {
  return new Set(lines.map((l) => (l.startsWith("workbook.") ? "workbook" : l.slice(0, l.indexOf("!")))));
}

const measured: Record<string, Record<string, number>> = {};

async function step<T extends { syncs: number }>(fake: FakeExcel, profile: string, name: string, work: () => Promise<T>): Promise<{ r: T; diff: string[] }> {
  const before = fake.workbook.dump();
  fake.resetStats();
  const r = await work();
  expect(r.syncs).toBe(fake.stats.syncs);
  (measured[profile] ??= {})[name] = r.syncs;
  return { r, diff: diffDumps(before, fake.workbook.dump()) };
}

describe.each(FAKE_PROFILE_IDS)("every command on the %s profile", (profile) => {
  test("templates, check, clear, compute and adopt change only what they own", async () => {
    const { fake, engine } = setup(profile);
    const own = () => fake.workbook.sheet(OWN).dump();
    const ownBefore = own();

    const templates: string[] = [];
    for (const kind of ["passport", "plan", "schedule"] as const) {
      const { r, diff } = await step(fake, profile, kind, () => engine.createTemplate(kind, true));
      templates.push(r.sheet);
      // a template owns its new sheet and the add-in's hidden sheet of lists (_po_lists)
      expect([...sheetsOf(diff)].filter((s) => s !== r.sheet && s !== "workbook" && s !== "_po_lists")).toEqual([]);
    }

    // the check: only finding cells and the store change, and clearing puts back exactly what was there
    const beforeCheck = fake.workbook.dump();
    const { r: checked, diff: marked } = await step(fake, profile, "check", () => engine.validate());
    const findingCells = new Set(checked.sheets.flatMap((s) => s.findings).map((f) => `${f.sheet}!${formatCell({ row: f.row, col: f.col })}`));
    const outside = marked.filter((l) => !l.startsWith(`${MARKS_SHEET}!`) && !l.startsWith("workbook.") && !findingCells.has(l.slice(0, l.indexOf("."))));
    expect(outside).toEqual([]);
    await step(fake, profile, "clear marks", () => engine.clearMarks());
    expect(diffDumps(beforeCheck, fake.workbook.dump())).toEqual([]);

    // compute writes into the template sheets only
    const { diff: computed } = await step(fake, profile, "compute", () => engine.compute(false));
    expect([...sheetsOf(computed)].filter((s) => s !== "workbook" && !templates.includes(s))).toEqual([]);

    // adopting the pasted passport: a new sheet, the pasted one unchanged
    const { r: adopted, diff: copied } = await step(fake, profile, "adopt", () => engine.adoptPassport!("Паспорт"));
    expect([...sheetsOf(copied)].filter((s) => s !== adopted.sheet && s !== "workbook")).toEqual([]);

    expect(own()).toEqual(ownBefore);
  });
});

afterAll(() => {
  // the figures quoted in docs/EXCEL-CHECKLIST.md
  if (process.env.PRINT_SYNCS) console.log(JSON.stringify(measured, null, 1));
});
