/**
 * The hostile corpus: workbooks people really send (empty, merged cells only, error values, dates as
 * serials and as text, numbers as text, 1,000-character cells, formulas where values belong, hidden and
 * very hidden sheets, a protected sheet, a 50 MB workbook) and files that are not workbooks at all.
 *
 * Each workbook is described once — sheet plans (what an adapter writes) plus patches (error values,
 * formulas with cached results, fills and notes of the person's own, protection) — and rendered two ways
 * with the same content: an .xlsx file (command line) and a seeded fake Excel (the add-in's Office path).
 * Nothing here is committed as a binary: files are made in a temp folder at test time; the 50 MB one is
 * made once and cached in the system temp folder under a hash of this file (see bigWorkbookFile).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseCell, type RangeRef } from "../../src/core/address";
import { buildTemplate } from "../../src/core/templates";
import { blockName, type TemplateKind } from "../../src/core/templates/names";
import { PASSPORT_LAYOUT, PLAN_LAYOUT } from "../../src/core/templates/layout";
import type { CellValue, CellWrite, SheetPlan, SheetSnapshot, SheetVisibility } from "../../src/core/workbook";
import { loadWorkbook, writePlansToXlsx, type XlsxReadFailure } from "../../src/adapters/xlsx";
import { applySheetPlans } from "../../src/adapters/office";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../../src/fake-excel";
import { PASSPORT_ROW, PLAN_COL, PLAN_HEADER, PLAN_ROW, seedLikePassportSheet, seedLikePlanSheet } from "../fixtures/seedLike";

/** A change after the plans: what a person (or Excel) left in a cell. */
export interface Patch {
  sheet: string;
  /** A1 */
  cell: string;
  value?: CellValue;
  /** an error value: "#REF!", "#DIV/0!", "#N/A" */
  error?: string;
  /** a formula ("=…") with its cached result */
  formula?: string;
  result?: CellValue;
  numberFormat?: string;
  /** the person's own fill "#RRGGBB" */
  fill?: string;
  /** the person's own note */
  note?: string;
}

export interface HostileWorkbook {
  id: string;
  /** what is hostile about it */
  title: string;
  plans: SheetPlan[];
  patches: Patch[];
  /** sheets protected after writing (a password in the file; the fake has no passwords) */
  protect?: string[];
  /** the workbook holds template blocks (PO_ names), so compute has cells it owns */
  computable?: boolean;
}

export interface HostileFile {
  id: string;
  title: string;
  fileName: string;
  /** the bytes, made from a good workbook's bytes where needed */
  bytes(good: Buffer): Buffer;
  /** XlsxReadError.kind the reader must give */
  kind: XlsxReadFailure;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A pasted sheet (seed-shaped snapshot) as a plan that creates it: every non-empty value, the merges. */
export function snapshotPlan(snap: SheetSnapshot, visibility?: SheetVisibility): SheetPlan {
  const cells: CellWrite[] = [];
  snap.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null) cells.push({ row: r, col: c, value: v });
    }),
  );
  return { sheet: snap.name, create: true, cells, merges: snap.merges, ...(visibility ? { visibility } : {}) };
}

/** A template document with its example data, as the add-in makes it (the lists sheet only for the first one). */
export function templatePlans(kind: TemplateKind, sheetName: string, existingSheets: string[] = [], existingNames: string[] = []): SheetPlan[] {
  return buildTemplate(kind, { lang: "ru", sheetName, instance: 1, example: true, existingSheets, existingNames });
}

/** The rectangle of a block name among the plans. */
export function blockRef(plans: SheetPlan[], kind: TemplateKind, block: Parameters<typeof blockName>[2]): { sheet: string; ref: RangeRef } {
  const name = blockName(kind, 1, block);
  for (const p of plans) for (const n of p.names ?? []) if (n.name === name) return { sheet: n.sheet ?? p.sheet, ref: n.ref };
  throw new Error(`no block ${name} in the plans`);
}

const a1 = (row: number, col: number) => `${colLetters(col)}${row + 1}`;
const cellOf = (ref: RangeRef) => a1(ref.top, ref.left);

/** The first cell of a column of a block (offset from its left) that a plan fills with a number. */
function firstNumberIn(plans: SheetPlan[], sheet: string, ref: RangeRef, offset: number): string {
  const cells = plans.filter((p) => p.sheet === sheet).flatMap((p) => p.cells);
  const hit = cells.filter((c) => c.col === ref.left + offset && c.row > ref.top && c.row <= ref.bottom && typeof c.value === "number").sort((a, b) => a.row - b.row)[0];
  if (!hit) throw new Error(`no number in column ${offset} of ${sheet}`);
  return a1(hit.row, hit.col);
}
function colLetters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Deterministic text of a given length (Russian words), so a failure reproduces. */
export function longText(length: number, seed = 1): string {
  const words = ["проект", "мероприятие", "педагог", "методический", "семинар", "результат", "образовательный", "учреждение", "развитие", "опыт"];
  let s = "";
  let x = seed;
  while (s.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += (s ? " " : "") + words[x % words.length];
  }
  return s.slice(0, length);
}

// ---------------------------------------------------------------------------------------------
// The corpus

const PLAN = "План реализации";
/** Cells of the seed plan (0-based PLAN_ROW rows): an activity's participants count, period… */
const planCell = (r: number, col: keyof typeof PLAN_COL) => a1(r, PLAN_COL[col]);
/** Cells of the seed passport: a financing row's amount (column B). */
const passportAmount = (r: number) => a1(r, 1);

export function hostileWorkbooks(): HostileWorkbook[] {
  const passport = templatePlans("passport", "Паспорт");
  const fin = blockRef(passport, "passport", "Financing");
  // Financing amounts of the first year (not the «Всего» row and column, which compute owns), three sources.
  const F = PASSPORT_LAYOUT.financing;
  const finCell = (i: number, j: number) => a1(fin.ref.top + F.headerRows + i, fin.ref.left + F.firstYear + j);

  const protectedPassport = templatePlans("passport", "Паспорт");
  const openPlan = templatePlans(
    "plan",
    "План",
    protectedPassport.map((p) => p.sheet),
    protectedPassport.flatMap((p) => (p.names ?? []).map((n) => n.name)),
  );

  return [
    { id: "empty", title: "an empty workbook (one blank sheet)", plans: [{ sheet: "Лист1", create: true, cells: [] }], patches: [] },
    {
      id: "merged-only",
      title: "a sheet of merged cells only",
      plans: [
        {
          sheet: "Объединения",
          create: true,
          cells: [],
          merges: [
            { top: 0, left: 0, bottom: 2, right: 5 },
            { top: 4, left: 0, bottom: 4, right: 2 },
            { top: 4, left: 3, bottom: 4, right: 5 },
            { top: 6, left: 1, bottom: 29, right: 1 },
            { top: 6, left: 2, bottom: 29, right: 5 },
            { top: 0, left: 7, bottom: 99, right: 7 },
          ],
        },
      ],
      patches: [],
    },
    {
      id: "errors-plan",
      title: "error values (#REF!, #DIV/0!, #N/A) in a plan's participants and period columns",
      plans: [snapshotPlan(seedLikePlanSheet())],
      patches: [
        { sheet: PLAN, cell: planCell(PLAN_ROW.augustOrg, "count"), error: "#REF!", fill: "#FFFF00", note: "Сверить с протоколом" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.workingGroup, "count"), error: "#DIV/0!" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.review, "period"), error: "#N/A", note: "Срок уточняется" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.platform, "period"), error: "#REF!", fill: "#E2EFDA" },
      ],
    },
    {
      id: "errors-passport",
      title: "error values in a passport's financing",
      plans: passport,
      patches: [
        { sheet: "Паспорт", cell: finCell(0, 0), error: "#REF!", fill: "#FFFF00", note: "Ссылка на удалённый лист" },
        { sheet: "Паспорт", cell: finCell(1, 0), error: "#DIV/0!" },
        { sheet: "Паспорт", cell: finCell(2, 0), error: "#N/A" },
      ],
      computable: true,
    },
    {
      id: "dates",
      title: "dates as serial numbers and as text",
      plans: [snapshotPlan(seedLikePlanSheet())],
      patches: [
        { sheet: PLAN, cell: planCell(PLAN_ROW.augustOrg, "period"), value: 44409, numberFormat: "dd.mm.yyyy" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.workingGroup, "period"), value: 44470 },
        { sheet: PLAN, cell: planCell(PLAN_ROW.review, "period"), value: "01.11.2021" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.sessions, "period"), value: "с 01.10.2021 по 30.04.2022", fill: "#FCE4D6", note: "даты по приказу" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.platform, "period"), value: "2021-11-15" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.bank, "period"), value: 45000.5, numberFormat: "dd.mm.yyyy hh:mm" },
      ],
    },
    {
      id: "numbers-as-text",
      title: "numbers as text with spaces and decimal commas",
      plans: [snapshotPlan(seedLikePlanSheet()), snapshotPlan(seedLikePassportSheet())],
      patches: [
        { sheet: PLAN, cell: planCell(PLAN_ROW.augustOrg, "count"), value: "1 200" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.workingGroup, "count"), value: "35,5" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.review, "count"), value: " 25 ", fill: "#FFFF00" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.sessions, "count"), value: "1\u00a0250 чел." },
        { sheet: "Паспорт", cell: passportAmount(PASSPORT_ROW.local), value: "1 440,50" },
        { sheet: "Паспорт", cell: passportAmount(PASSPORT_ROW.extra), value: "3\u00a0024,00", note: "по договорам" },
      ],
    },
    {
      id: "long-cells",
      title: "1,000-character cells (and one of 5,000)",
      plans: [snapshotPlan(seedLikePlanSheet()), snapshotPlan(seedLikePassportSheet())],
      patches: [
        { sheet: PLAN, cell: planCell(PLAN_ROW.augustOrg, "activity"), value: longText(1000, 1) },
        { sheet: PLAN, cell: planCell(PLAN_ROW.workingGroup, "result"), value: longText(1000, 2), fill: "#DDEBF7" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.review, "period"), value: longText(1000, 3), note: longText(300, 4) },
        { sheet: PLAN, cell: planCell(PLAN_ROW.sessions, "responsible"), value: longText(1000, 5) },
        { sheet: "Паспорт", cell: a1(PASSPORT_ROW.goal, 1), value: longText(5000, 6) },
      ],
    },
    {
      id: "formulas",
      title: "formulas where values are expected",
      plans: [snapshotPlan(seedLikePlanSheet()), snapshotPlan(seedLikePassportSheet())],
      patches: [
        { sheet: PLAN, cell: planCell(PLAN_ROW.augustOrg, "count"), formula: "=10+15", result: 25 },
        { sheet: PLAN, cell: planCell(PLAN_ROW.workingGroup, "period"), formula: "=DATE(2021,9,1)", result: 44440, numberFormat: "dd.mm.yyyy" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.review, "period"), formula: '="Ноябрь "&"2021 г."', result: "Ноябрь 2021 г.", fill: "#FFFF00" },
        { sheet: PLAN, cell: planCell(PLAN_ROW.sessions, "count"), formula: "=1/0", error: "#DIV/0!", note: "формула" },
        { sheet: "Паспорт", cell: passportAmount(PASSPORT_ROW.local), formula: "=1000*1.44", result: 1440 },
        { sheet: "Паспорт", cell: passportAmount(PASSPORT_ROW.total), formula: "=SUM(B23:B26)", result: 4464 },
      ],
    },
    {
      id: "hidden-sheets",
      title: "hidden and very hidden sheets",
      plans: [
        { sheet: "Титул", create: true, cells: [{ row: 0, col: 0, value: "Документы проекта" }] },
        snapshotPlan(seedLikePlanSheet(), "hidden"),
        snapshotPlan(seedLikePassportSheet(), "veryHidden"),
      ],
      patches: [{ sheet: PLAN, cell: planCell(PLAN_ROW.augustOrg, "count"), value: "много", fill: "#FFFF00", note: "скрытый лист" }],
    },
    {
      id: "protected",
      title: "a protected sheet (a template passport) beside an open plan",
      plans: [...protectedPassport, ...openPlan],
      patches: [
        // a mistake on the protected sheet (its finding is listed, its mark skipped) and one on the open sheet
        { sheet: "Паспорт", cell: cellOf(blockRef(protectedPassport, "passport", "Leader").ref), value: "", fill: "#FFFF00" },
        { sheet: "План", cell: firstNumberIn(openPlan, "План", blockRef(openPlan, "plan", "Activities").ref, PLAN_LAYOUT.activities.count), value: "много", note: "уточнить" },
      ],
      protect: ["Паспорт"],
      computable: true,
    },
  ];
}

export function hostileFiles(): HostileFile[] {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const junk = (n: number) => {
    const b = Buffer.alloc(n);
    let x = 7;
    for (let i = 0; i < n; i++) b[i] = (x = (x * 1103515245 + 12345) % 2147483648) >> 16;
    return b;
  };
  return [
    { id: "not-workbook", title: "a text file named .xlsx", fileName: "notes.xlsx", bytes: () => Buffer.from("Это не книга Excel, а заметки к проекту.\n"), kind: "textFile" },
    { id: "random-bytes", title: "random bytes named .xlsx", fileName: "random.xlsx", bytes: () => junk(8192), kind: "notWorkbook" },
    { id: "truncated", title: "a truncated .xlsx", fileName: "truncated.xlsx", bytes: (good) => good.subarray(0, Math.floor(good.length / 2)), kind: "corrupt" },
    { id: "old-xls", title: "an old .xls (OLE header + junk)", fileName: "old.xls", bytes: () => Buffer.concat([OLE, junk(4096)]), kind: "oldXls" },
  ];
}

// ---------------------------------------------------------------------------------------------
// Rendering: .xlsx

/** Writes the workbook to `file`: the plans through the xlsx adapter, then patches and protection with ExcelJS. */
export async function writeHostileXlsx(wb: HostileWorkbook, file: string): Promise<void> {
  await writePlansToXlsx(wb.plans, { out: file });
  if (wb.patches.length === 0 && !wb.protect?.length) return;
  const book = await loadWorkbook(file); // keeps the defined names exactly as written
  for (const p of wb.patches) {
    const ws = book.getWorksheet(p.sheet);
    if (!ws) throw new Error(`no sheet ${p.sheet}`);
    const cell = ws.getCell(p.cell);
    if (p.formula !== undefined) cell.value = { formula: p.formula.replace(/^=/, ""), result: p.error !== undefined ? { error: p.error } : p.result } as ExcelJS.CellFormulaValue;
    else if (p.error !== undefined) cell.value = { error: p.error } as ExcelJS.CellErrorValue;
    else if (p.value !== undefined) cell.value = p.value === "" ? null : p.value;
    if (p.numberFormat) cell.numFmt = p.numberFormat;
    if (p.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${p.fill.slice(1).toUpperCase()}` } };
    if (p.note !== undefined) cell.note = p.note;
  }
  for (const name of wb.protect ?? []) await book.getWorksheet(name)!.protect("секрет", { spinCount: 10 });
  await book.xlsx.writeFile(file);
}

// ---------------------------------------------------------------------------------------------
// Rendering: the fake Excel

/** A fake Excel holding the same content: the plans through the Office adapter, then the patches on the model. */
export async function hostileFake(wb: HostileWorkbook, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: [] }, options);
  await applySheetPlans(fake.run, wb.plans, { supports: (s, v) => fake.isSetSupported(s, v) });
  for (const p of wb.patches) {
    const sheet = fake.workbook.sheet(p.sheet);
    const { row, col } = parseCell(p.cell);
    const value = p.error ?? (p.formula !== undefined ? p.result : p.value);
    sheet.patchCell(row, col, {
      ...(p.formula !== undefined ? { formula: p.formula, value: value ?? "" } : value !== undefined ? { value: value === "" ? undefined : value, formula: undefined, quotePrefix: undefined } : {}),
      ...(p.numberFormat ? { numberFormat: p.numberFormat } : {}),
      ...(p.fill ? { fill: p.fill } : {}),
      ...(p.note !== undefined ? { note: p.note } : {}),
    });
  }
  for (const name of wb.protect ?? []) fake.workbook.sheet(name).protected = true;
  // the first visible sheet is the active one, as in a freshly opened file
  const first = fake.workbook.sheets.find((s) => s.visibility === "Visible");
  if (first) {
    fake.workbook.activeSheetId = first.id;
    fake.workbook.selection = { sheetId: first.id, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  fake.resetStats();
  return fake;
}

// ---------------------------------------------------------------------------------------------
// The 50 MB workbook

/** Rows of the big workbook: a plan of BIG_ROWS activities, each with a 2,000-character code (incompressible-ish). */
export const BIG_ROWS = 32_000;
const BIG_CODE = 2_000;
export const BIG_SHEET = "План";

export function* bigRows(rows = BIG_ROWS): Generator<CellValue[]> {
  yield ["План реализации проекта «Большая книга»"];
  yield [...PLAN_HEADER, "Код"];
  // AES-CTR over zeros with a fixed key: a fast, deterministic stream of random-looking bytes (base64: 2,000 characters a row).
  const stream = crypto.createCipheriv("aes-128-ctr", Buffer.alloc(16, 7), Buffer.alloc(16, 0));
  const raw = (BIG_CODE / 4) * 3;
  for (let r = 0; r < rows; r++) {
    const code = stream.update(Buffer.alloc(raw)).toString("base64");
    yield [r + 1, `Мероприятие № ${r + 1}: семинар для педагогов`, "Сентябрь 2024 г.", "Педагоги", 25, "Иванова А.А., методист, т. 31-40-12", `Результат ${r + 1}`, code];
  }
}

/**
 * The 50 MB workbook, written with ExcelJS's streaming writer. Made once and kept in the system temp
 * folder under a hash of this file, so every test file (and the next run) reuses it; written to a
 * temporary name and renamed, so a parallel test worker never reads half a file.
 */
export async function bigWorkbookFile(): Promise<{ file: string; generatedMs: number }> {
  const hash = crypto.createHash("sha1").update(fs.readFileSync(__filename)).update(String(BIG_ROWS)).digest("hex").slice(0, 12);
  const dir = path.join(os.tmpdir(), "po-hostile-cache");
  const file = path.join(dir, `big-${hash}.xlsx`);
  if (fs.existsSync(file)) return { file, generatedMs: 0 };
  fs.mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const tmp = `${file}.${process.pid}.tmp`;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: false });
  const ws = book.addWorksheet(BIG_SHEET);
  for (const r of bigRows()) ws.addRow(r).commit();
  ws.commit();
  await book.commit();
  fs.renameSync(tmp, file);
  return { file, generatedMs: Date.now() - t0 };
}

/** The same content in a fake Excel (Excel on the web's 5 MB request and response limits). */
export function bigFake(): FakeExcel {
  const fake = createFakeExcel({ sheets: [{ name: BIG_SHEET }] }, { responseLimitBytes: 5 * 1024 * 1024, payloadLimitBytes: 5 * 1024 * 1024 });
  const sheet = fake.workbook.sheet(BIG_SHEET);
  let r = 0;
  for (const values of bigRows()) {
    values.forEach((v, c) => {
      if (v !== "" && v !== null) sheet.patchCell(r, c, { value: v });
    });
    r++;
  }
  fake.resetStats();
  return fake;
}

/** Writes every hostile workbook and file into `dir`; returns their paths. A good template workbook is made too. */
export async function writeCorpus(dir: string): Promise<{ workbooks: Map<string, string>; files: Map<string, string>; good: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const workbooks = new Map<string, string>();
  for (const wb of hostileWorkbooks()) {
    const file = path.join(dir, `${wb.id}.xlsx`);
    await writeHostileXlsx(wb, file);
    workbooks.set(wb.id, file);
  }
  const good = path.join(dir, "good.xlsx");
  await writePlansToXlsx(templatePlans("plan", "План реализации"), { out: good });
  const goodBytes = fs.readFileSync(good);
  const files = new Map<string, string>();
  for (const f of hostileFiles()) {
    const file = path.join(dir, f.fileName);
    fs.writeFileSync(file, f.bytes(goodBytes));
    files.set(f.id, file);
  }
  return { workbooks, files, good };
}
