/**
 * The add-in's actions, run the same way from a ribbon button and from the task pane: each records its
 * progress and result in the store and never throws at the caller (a failure becomes a status message).
 */
import { carriedText, plainDetail, thrownCode, thrownMessage } from "../core/errorText";
import type { Text } from "../core/i18n";
import { quotedListInner } from "../core/quote";
import type { TemplateKind } from "../core/templates/names";
import { ru } from "../i18n/ru";
import { en } from "../i18n/en";
import type { Engine, RunOptions } from "./engine";
import type { RegisterRequest } from "./register";
import { store, type Page, type Store } from "./store";

/** An error that carries a message for people. Adapters throw these for expected failures (a protected sheet…). */
export class UserFacingError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "UserFacingError";
  }
}

/** The person cancelled a command. `text` says what was already written; `result` is kept when the work had finished. */
export class CancelledError extends UserFacingError {
  constructor(
    text: Text,
    readonly result?: unknown,
  ) {
    super(text);
    this.name = "CancelledError";
  }
}

/** The first line of a host or library message, without stack frames or script paths (one helper: core/errorText). */
export { plainDetail };

/** Turns anything thrown into a sentence for a person: never a stack trace. */
export function describeError(e: unknown): Text {
  const carried = carriedText(e);
  if (carried) return carried;
  const detail = [thrownCode(e), plainDetail(thrownMessage(e))].filter(Boolean).join(": ").slice(0, 300);
  return {
    ru: `Excel не выполнил команду (${detail}). Данные книги не изменены сверх уже записанного; повторите команду.`,
    en: `Excel did not complete the command (${detail}). Nothing beyond what was already written changed; try again.`,
  };
}

const T = { ru, en };
const both = (f: (s: typeof ru) => string): Text => ({ ru: f(T.ru), en: f(T.en as typeof ru) });

/** The running command's controller, per store: cancel() aborts it. */
const running = new WeakMap<Store, AbortController>();

/** Asks the running command to stop at its next phase boundary (between round trips, never inside a batch). */
export function cancel(s: Store = store): void {
  const c = running.get(s);
  if (!c || c.signal.aborted) return;
  s.set({ cancelling: true, status: { kind: "working", text: both((x) => x.excel.cancelling) } });
  c.abort();
}

async function guarded<R>(s: Store, page: Page, work: (o: RunOptions) => Promise<R>, ok: (r: R) => Partial<ReturnType<Store["get"]>>): Promise<R | undefined> {
  if (s.get().busy) return undefined; // one command at a time: a second click waits for the first
  const controller = new AbortController();
  running.set(s, controller);
  s.set({ busy: true, page, progress: undefined, cancelling: false, status: { kind: "working", text: both((x) => x.common.working) } });
  const onProgress: RunOptions["onProgress"] = (step, total, label) => {
    if (controller.signal.aborted) return; // keep saying "cancelling"
    s.set({ progress: { step, total, label }, status: { kind: "working", text: { ru: T.ru.excel.step(step, total, label.ru), en: T.en.excel.step(step, total, label.en) } } });
  };
  try {
    const r = await work({ signal: controller.signal, onProgress });
    s.set({ busy: false, progress: undefined, cancelling: false, ...ok(r) });
    return r;
  } catch (e) {
    if (e instanceof CancelledError) {
      const kept = e.result !== undefined ? ok(e.result as R) : {};
      s.set({ busy: false, progress: undefined, cancelling: false, ...kept, status: { kind: "info", text: e.text } });
      return undefined;
    }
    s.set({ busy: false, progress: undefined, cancelling: false, status: { kind: "error", text: describeError(e) } });
    return undefined;
  } finally {
    if (running.get(s) === controller) running.delete(s);
  }
}

const joined = (texts: Text[]): Text => ({ ru: texts.map((t) => t.ru).join(" "), en: texts.map((t) => t.en).join(" ") });

export function createTemplate(engine: Engine, kind: TemplateKind, example: boolean, s: Store = store) {
  return guarded(
    s,
    "templates",
    (o) => engine.createTemplate(kind, example, o),
    (r) => ({
      status: r.notes?.length ? { kind: "info", text: joined([both((x) => x.templates.created(r.sheet)), ...r.notes]) } : { kind: "success", text: both((x) => x.templates.created(r.sheet)) },
    }),
  );
}

export function validate(engine: Engine, s: Store = store) {
  return guarded(
    s,
    "validation",
    (o) => engine.validate({ ...o, mark: s.get().markCells !== false }),
    (r) => {
      const all = r.sheets.flatMap((sh) => sh.findings);
      const n = (sev: string) => all.filter((f) => f.severity === sev).length;
      const counts = both((x) => x.validation.counts(n("error"), n("warning"), n("info")));
      // Marks Excel failed to write matter more than the counts: say so in the status itself.
      if (r.marksIncomplete) return { validation: r, status: { kind: "error", text: joined([counts, ...(r.notes ?? [])]) } };
      return {
        validation: r,
        status: { kind: n("error") ? "error" : "success", text: counts },
      };
    },
  );
}

export function clearMarks(engine: Engine, s: Store = store) {
  return guarded(
    s,
    "validation",
    (o) => engine.clearMarks(o),
    (r) => ({
      validation: undefined,
      status: r?.notes?.length ? { kind: "info", text: joined(r.notes) } : { kind: "success", text: both((x) => x.validation.cleared) },
    }),
  );
}

/** «Защищён лист «a», «b»: …» in both languages. */
function protectedText(sheets: string[]): Text {
  const list = quotedListInner(sheets);
  return { ru: T.ru.excel.protectedCompute(list.ru), en: T.en.excel.protectedCompute(list.en) };
}

export function compute(engine: Engine, overwrite: boolean, s: Store = store) {
  return guarded(
    s,
    "compute",
    (o) => engine.compute(overwrite, o),
    (r) => ({
      compute: r,
      status: r.conflicts.length
        ? { kind: "info", text: both((x) => x.compute.conflicts(r.conflicts.length)) }
        : r.cellsWritten === 0 && r.offers?.length
          ? { kind: "info", text: joined([both((x) => x.compute.done(r.cellsWritten)), both((x) => x.compute.offerOnly)]) }
          : r.protectedSheets?.length
            ? { kind: "info", text: joined([both((x) => x.compute.done(r.cellsWritten)), protectedText(r.protectedSheets!)]) }
            : { kind: "success", text: both((x) => x.compute.done(r.cellsWritten)) },
    }),
  );
}

/** Copies a pasted passport into the template on a new sheet; the offer it answers leaves the compute page. */
export function adoptPassport(engine: Engine, sheet: string, s: Store = store) {
  const adopt = engine.adoptPassport;
  if (!adopt) return Promise.resolve(undefined);
  return guarded(
    s,
    "compute",
    (o) => adopt.call(engine, sheet, o),
    (r) => {
      const current = s.get().compute;
      return {
        compute: current ? { ...current, offers: (current.offers ?? []).filter((x) => x.sheet !== sheet), notes: r.notes } : undefined,
        status: { kind: "success", text: both((x) => x.compute.adopted(r.source, r.sheet)) },
      };
    },
  );
}

/** «Импорт из Word»: the document becomes a new template sheet; the summary stays on the Word page. */
export function importWord(engine: Engine, data: Uint8Array, fileName: string, s: Store = store) {
  const run = engine.importWord;
  if (!run) return Promise.resolve(undefined);
  return guarded(
    s,
    "word",
    (o) => run.call(engine, data, fileName, o),
    (r) => ({
      wordImport: r,
      status: r.sheet
        ? { kind: "success", text: { ru: `Документ «${r.fileName}» перенесён на новый лист «${r.sheet}».`, en: `The document “${r.fileName}” was imported to the new sheet “${r.sheet}”.` } }
        : {
            kind: "error",
            text: {
              ru: `В документе «${r.fileName}» не распознаны ни паспорт, ни план реализации, ни план-график: книга не изменена.`,
              en: `No passport, implementation plan or calendar plan was recognised in “${r.fileName}”: the workbook is unchanged.`,
            },
          },
    }),
  );
}

/** Shows a cell of a finding or a conflict; a refusal (a hidden sheet, a sheet gone) becomes the status, never an unhandled rejection. */
export async function showCell(engine: Engine, sheet: string, row: number, col: number, s: Store = store): Promise<void> {
  try {
    await engine.select(sheet, row, col);
  } catch (e) {
    s.set({ status: { kind: "error", text: describeError(e) } });
  }
}

/** «Свод»: the register of picked files and/or the open workbook, written as new sheets. */
export function register(engine: Engine, request: RegisterRequest, s: Store = store) {
  const run = engine.register;
  if (!run) return Promise.resolve(undefined);
  return guarded(
    s,
    "register",
    (o) => run.call(engine, request, o),
    (r) => ({
      register: r,
      status: {
        kind: r.unreadable.length || r.notes.length ? "info" : "success",
        text: {
          ru: [
            `Свод записан на лист «${r.sheets[0]}»: проектов ${r.projects}; в норме — ${r.counts.ok}, под риском — ${r.counts.atRisk}, отстаёт — ${r.counts.behind}${r.unreadable.length ? `; не прочитано файлов: ${r.unreadable.length}` : ""}.`,
            ...r.notes.map((n) => n.ru),
          ].join(" "),
          en: [
            `The register is on sheet “${r.sheets[0]}”: ${r.projects} projects; on track ${r.counts.ok}, at risk ${r.counts.atRisk}, behind ${r.counts.behind}${r.unreadable.length ? `; files not read: ${r.unreadable.length}` : ""}.`,
            ...r.notes.map((n) => n.en),
          ].join(" "),
        },
      },
    }),
  );
}
