/**
 * The Engine over Office.js: the pure core between one read and one write. The same code runs against
 * real Excel and against the fake (preview page, tests); `run` is Excel.run or the fake's. One function per
 * command in src/app/office/, sharing a session (what the last read learnt) and the phases helper.
 *
 * Round trips (measured on every client profile, test/app/profile-matrix.test.ts): a template costs 3 (outline,
 * write, finishing touches: freeze panes, print setup, tab colour); validate 1–2 to read (sheet list + data; 1 when
 * the last read's sheet names are still right) and 2 to mark (read the marked cells' fills and notes + write), 2 more
 * to restore earlier marks; clear marks 2; compute 1–2 to read + 1 to write + 1 for its chart; adopting a pasted
 * passport 1 to read (that sheet only) + 1 to write + 1 for the finishing touches; a Word import none for the document
 * (read in the pane) + 1 for the outline + 1 to write + 1 for the finishing touches.
 *
 * Faults: a failed read says nothing changed; a failed write says which sheets were created and which
 * parts of which sheets were not written (ApplyPlansError); finishing touches Excel refused are said, and the rest
 * works; a protected sheet is reported and never unprotected; a protected workbook structure is said before anything
 * is written. Progress is reported before each phase and a cancel is looked at between phases only.
 */
import type { Lang } from "../core/i18n";
import type { ExcelRun, Supports } from "../adapters/office";
import type { Engine } from "./engine";
import { OfficeSession } from "./office/session";
import { createTemplate } from "./office/template";
import { validate } from "./office/validate";
import { clearMarks } from "./office/clear";
import { compute } from "./office/compute";
import { adoptPassport } from "./office/adopt";
import { select } from "./office/select";
import { readPassportSettings } from "./passportSettings";
import { reading } from "./office/shared";
import { importWord } from "./office/importWord";
import { registerInExcel, type XlsxReader } from "./register";

export interface OfficeEngineHost {
  run: ExcelRun;
  supports?: Supports;
  /** Largest request per sync when writing (default 4 MB); tests make it small to split a write into batches. */
  budgetBytes?: number;
  /** The reader of files picked for «Свод»; by default the xlsx adapter's browser-safe readXlsxBytes. */
  readXlsx?: XlsxReader;
}

export function createOfficeEngine(host: OfficeEngineHost, lang: Lang = "ru"): Engine {
  const session = new OfficeSession(host.run, host.supports, host.budgetBytes, lang);
  return {
    createTemplate: (kind, example, options) => createTemplate(session, kind, example, options),
    validate: (options) => validate(session, options),
    clearMarks: (options) => clearMarks(session, options),
    compute: (overwrite, options) => compute(session, overwrite, options),
    adoptPassport: (sheet, options) => adoptPassport(session, sheet, options),
    importWord: (data, fileName, options) => importWord(session, data, fileName, options),
    select: (sheet, row, col) => select(session, sheet, row, col),
    passportSettings: () => reading(readPassportSettings(host.run)),
    register: (request, options) =>
      registerInExcel(
        { run: host.run, supports: host.supports, budgetBytes: host.budgetBytes, readXlsx: host.readXlsx, readHint: session.hint, onRead: (r) => session.learn(r), onCreated: (s) => session.added(s) },
        lang,
        request,
        options,
      ),
    readsFiles: true,
  };
}
