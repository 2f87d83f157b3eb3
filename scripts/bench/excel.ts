/**
 * The Excel path: the add-in's engine (src/app/officeEngine.ts) over the fake Excel, which enforces
 * load/sync like Office.js, counts round trips and measures every request and response. The fake
 * refuses requests and responses over 5 MB, as Excel on the web does, so a command that would need
 * one oversized round trip fails here too.
 */
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { readWorkbook, type ExcelRun } from "../../src/adapters/office";
import { createFakeExcel, FakeWorkbook, type FakeExcel, type FakeRequestStat } from "../../src/fake-excel";
import { atMost, check, collect, fmtBytes, fmtInt, log, type Figure } from "./common";
import { pastedPlan, plansToSnapshot, projectPlans } from "./generate";

const SECTION = "excel";
/** Excel on the web's cap on a request and on a response. */
export const CAP = 5_000_000;

/** A fake workbook holding what a snapshot holds (values, formulas, number formats, merges, names). */
function fakeFrom(snapshot: WorkbookSnapshot): FakeExcel {
  const wb = new FakeWorkbook();
  for (const s of snapshot.sheets) {
    const sheet = wb.addSheet(s.name);
    if (s.visibility === "hidden") sheet.visibility = "Hidden";
    if (s.visibility === "veryHidden") sheet.visibility = "VeryHidden";
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = s.formulas?.[r]?.[c] ?? undefined;
        const fmt = s.numberFormats?.[r]?.[c];
        const value = v === "" || v === null ? undefined : v;
        if (value === undefined && !formula && (!fmt || fmt === "General")) return;
        sheet.patchCell(r, c, { value, formula: formula ?? undefined, numberFormat: fmt && fmt !== "General" ? fmt : undefined });
      }),
    );
    for (const m of s.merges) sheet.addMerge(m, false);
  }
  for (const n of snapshot.names) wb.names.push({ name: n.name, formula: n.formula, comment: "", visible: true });
  wb.activeSheetId = wb.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  return createFakeExcel(wb, { payloadLimitBytes: CAP, responseLimitBytes: CAP });
}

interface Phase {
  syncs: number;
  /** largest request and response that Excel accepted */
  maxRequest: number;
  maxResponse: number;
  /** round trips refused for their size, and the largest of them (request or response) */
  refused: number;
  maxRefused: number;
  /** all requests' bytes together */
  totalRequest: number;
}

function phaseOf(reqs: FakeRequestStat[]): Phase {
  const ok = reqs.filter((r) => r.bytes <= CAP && r.responseBytes <= CAP);
  const refused = reqs.filter((r) => !ok.includes(r));
  return {
    syncs: reqs.length,
    maxRequest: Math.max(0, ...ok.map((r) => r.bytes)),
    maxResponse: Math.max(0, ...ok.map((r) => r.responseBytes)),
    refused: refused.length,
    maxRefused: Math.max(0, ...refused.map((r) => Math.max(r.bytes, r.responseBytes))),
    totalRequest: reqs.reduce((n, r) => n + r.bytes, 0),
  };
}

/** Excel.run over the fake that records each run's round trips and payloads. */
function recorder(fake: FakeExcel): { run: ExcelRun; phases: Phase[] } {
  const phases: Phase[] = [];
  const run = (async (batch: (ctx: Excel.RequestContext) => Promise<unknown>) => {
    const before = fake.stats.requests.length;
    try {
      return await fake.run(batch);
    } finally {
      phases.push(phaseOf(fake.stats.requests.slice(before)));
    }
  }) as ExcelRun;
  return { run, phases };
}

const supportsOf = (fake: FakeExcel) => (set: string, version: string) => fake.isSetSupported(set, version);

function sum(phases: Phase[]): Phase {
  return {
    syncs: phases.reduce((n, p) => n + p.syncs, 0),
    maxRequest: Math.max(0, ...phases.map((p) => p.maxRequest)),
    maxResponse: Math.max(0, ...phases.map((p) => p.maxResponse)),
    refused: phases.reduce((n, p) => n + p.refused, 0),
    maxRefused: Math.max(0, ...phases.map((p) => p.maxRefused)),
    totalRequest: phases.reduce((n, p) => n + p.totalRequest, 0),
  };
}

export async function excelFigures(): Promise<Figure[]> {
  const out: Figure[] = [];

  // ---- templates, into an empty workbook, one after the other
  {
    log("excel: templates");
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] }, { payloadLimitBytes: CAP, responseLimitBytes: CAP });
    const { run, phases } = recorder(fake);
    const engine = createOfficeEngine({ run, supports: supportsOf(fake) }, "ru");
    for (const kind of ["passport", "plan", "schedule"] as const) {
      phases.length = 0;
      const r = await engine.createTemplate(kind, true);
      const p = sum(phases);
      out.push(
        check({
          id: `excel.template.${kind}.syncs`,
          section: SECTION,
          name: `template «${r.sheet}» (with the example)`,
          value: p.syncs,
          unit: "syncs",
          display: `${p.syncs} syncs; largest request ${fmtBytes(p.maxRequest)}, response ${fmtBytes(p.maxResponse)}`,
          // outline + write + the finishing touches in a request of their own (a refusal there leaves a working template)
          budget: atMost(3, "≤ 3 syncs"),
        }),
      );
    }
  }

  // ---- validate and compute over project workbooks of growing size
  const cases: { key: string; label: string; make: () => WorkbookSnapshot; compute: boolean }[] = [
    ...[100, 1_000, 10_000, 100_000].map((rows) => ({
      key: `plan-${rows}`,
      label: `passport + ${fmtInt(rows)}-row plan`,
      make: () => plansToSnapshot(projectPlans({ seed: 31, planRows: rows, indicators: 20, controlPoints: 40 })),
      compute: true,
    })),
    {
      key: "passport-200",
      label: "passport, 200 indicators + 500 control points",
      make: () => plansToSnapshot(projectPlans({ seed: 32, planRows: 0, indicators: 200, controlPoints: 500 })),
      compute: true,
    },
    // a city plan pasted from Word: no template names (nothing to compute), a finding in one row of ten or so
    ...[10_000, 100_000].map((rows) => ({ key: `pasted-${rows}`, label: `pasted ${fmtInt(rows)}-row plan`, make: () => pastedPlan(rows), compute: false })),
  ];
  for (const c of cases) {
    log(`excel: ${c.label}`);
    collect();
    const snapshot = c.make();
    const sheets = snapshot.sheets.length;
    const docs = Math.max(1, sheets - 1); // the lists sheet is not a document
    // Excel lists at most 512 merged areas in one request (getMergedAreasOrNullObject fails over that; see
    // src/adapters/office/read.ts): a read with such a sheet asks its phase again without merges, then the merged
    // areas of each sheet of that phase in a request of its own (one sheet's refusal must not fail the others).
    // Documented Excel, not a choice of ours: part of the budget.
    const overMerges = snapshot.sheets.some((s) => (s.merges?.length ?? 0) > 512);
    const mergeSyncs = overMerges ? 1 + sheets : 0;
    const mergeText = overMerges ? ` + merges over 512 (${mergeSyncs})` : "";

    // how the adapter reads it: in one go or in chunks (a separate read, for the chunk count)
    const probe = fakeFrom(snapshot);
    const read = await readWorkbook(probe.run, { supports: supportsOf(probe) });
    const chunked = read.chunks > 0;
    const readNote = chunked ? `read in ${read.chunks} chunks (${read.syncs} syncs incl. structure and the refused first try)` : `read in one go (${read.syncs} syncs)`;

    // validate
    {
      const fake = fakeFrom(snapshot);
      const { run, phases } = recorder(fake);
      const engine = createOfficeEngine({ run, supports: supportsOf(fake) }, "ru");
      let findings = 0;
      let error = "";
      try {
        const r = await engine.validate();
        findings = r.sheets.reduce((n, s) => n + s.findings.length, 0);
        const notes = (r as { notes?: { en: string }[] }).notes ?? [];
        if ((r as { marksIncomplete?: boolean }).marksIncomplete) error = `marks not written: ${notes.map((n) => n.en).join(" ")} (${fmtInt(findings)} findings)`;
      } catch (e) {
        error = e instanceof Error ? `${(e as { code?: string }).code ?? ""} ${e.message}`.trim() : String(e);
      }
      const [readPhase, ...rest] = phases;
      const marks = sum(rest);
      const all = sum(phases);
      // marks above the cap: reads and writes packed under the 4 MB budget, round trips beyond the 1 + 1
      const marksChunks = Math.max(0, marks.syncs - 2);
      const chunksNote = chunked || marksChunks ? `; chunks: read ${read.chunks}, marks ${marksChunks}` : "";
      const base = 2 * sheets + 2 + mergeSyncs;
      const budget = chunked || marksChunks ? base + (readPhase?.refused ?? 0) + 1 + read.chunks + marksChunks : base;
      out.push(
        check({
          id: `excel.validate.${c.key}.syncs`,
          section: SECTION,
          name: `validate, ${c.label} (${sheets} ${sheets === 1 ? "sheet" : "sheets"})`,
          value: error ? NaN : all.syncs,
          unit: "syncs",
          display: error
            ? `FAILED: ${error}`
            : `${all.syncs} syncs = read ${readPhase?.syncs ?? 0} + marks ${marks.syncs} (${(all.syncs / sheets).toFixed(2)} per sheet); ` +
              `largest request ${fmtBytes(all.maxRequest)}, response ${fmtBytes(all.maxResponse)}; ${fmtInt(findings)} findings; ${readNote}${chunksNote}`,
          budget:
            chunked || marksChunks
              ? atMost(budget, `chunked: ≤ 2 × sheets + 2 + refused + structure + chunks${mergeText} = ${budget}, each ≤ 5 MB`)
              : atMost(budget, `≤ 2 × sheets + 2${mergeText} = ${budget}`),
          extra: { findings, readChunks: read.chunks, marksChunks, marksSyncs: marks.syncs },
        }),
      );
      if (chunked || marksChunks)
        out.push({
          id: `excel.validate.${c.key}.chunks`,
          section: SECTION,
          name: `validate, ${c.label}: chunks over the 5 MB cap`,
          value: read.chunks + marksChunks,
          unit: "chunks",
          display: `${read.chunks + marksChunks} chunks (read ${read.chunks}, marks ${marksChunks}); refused for size: ${readPhase?.refused ?? 0} read try${marks.refused ? `, ${marks.refused} marks request` : ""}`,
        });
      if (marksChunks) {
        // chunking only to stay under the cap: each marks round trip carries on average over half the 4 MB budget
        const avg = marks.totalRequest / marks.syncs;
        out.push(
          check({
            id: `excel.validate.${c.key}.marksPacking`,
            section: SECTION,
            name: `validate, ${c.label}: marks, average request per round trip`,
            value: avg,
            unit: "bytes",
            display: `${fmtBytes(avg)} over ${marks.syncs} round trips (${fmtBytes(marks.totalRequest)} in all)`,
            budget: { op: ">=", limit: 2_000_000, text: "≥ 2 MB (half the budget)" },
          }),
        );
      }
      // the read may be refused once for its size (the adapter then reads in chunks); a refused mark is a mark not made
      const needed = Math.max(all.maxRequest, all.maxResponse, marks.maxRefused);
      out.push(
        check({
          id: `excel.validate.${c.key}.maxPayload`,
          section: SECTION,
          name: `validate, ${c.label}: largest payload`,
          value: needed,
          unit: "bytes",
          display: `${fmtBytes(needed)} (request ${fmtBytes(all.maxRequest)}, response ${fmtBytes(all.maxResponse)}${marks.refused ? `; marks: a request of ${fmtBytes(marks.maxRefused)} refused` : ""})`,
          budget: atMost(CAP, "≤ 5 MB"),
        }),
      );
    }

    // compute
    if (c.compute) {
      const fake = fakeFrom(snapshot);
      const { run, phases } = recorder(fake);
      const engine = createOfficeEngine({ run, supports: supportsOf(fake) }, "ru");
      let error = "";
      let cells = 0;
      try {
        cells = (await engine.compute(true)).cellsWritten;
      } catch (e) {
        error = e instanceof Error ? `${(e as { code?: string }).code ?? ""} ${e.message}`.trim() : String(e);
      }
      const all = sum(phases);
      // «≤ 2 per sheet»: the workbook's sheets (the lists sheet included: every template workbook has it)
      const budget = (chunked ? 2 * sheets + 2 + read.chunks : 2 * sheets) + mergeSyncs;
      out.push(
        check({
          id: `excel.compute.${c.key}.syncs`,
          section: SECTION,
          name: `compute, ${c.label} (${sheets} sheets, ${docs} ${docs === 1 ? "document" : "documents"})`,
          value: error ? NaN : all.syncs,
          unit: "syncs",
          display: error
            ? `FAILED: ${error}`
            : `${all.syncs} syncs (${(all.syncs / sheets).toFixed(2)} per sheet, ${(all.syncs / docs).toFixed(2)} per document); largest request ${fmtBytes(all.maxRequest)}, response ${fmtBytes(all.maxResponse)}; ${fmtInt(cells)} cells written`,
          budget: atMost(budget, chunked ? `chunked: ≤ 2 × sheets + 2 + chunks${mergeText} = ${budget}` : `≤ 2 × sheets${mergeText} = ${budget}`),
        }),
      );
    }
  }
  return out;
}
