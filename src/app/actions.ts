/**
 * The add-in's actions, run the same way from a ribbon button and from the task pane: each records its
 * progress and result in the store and never throws at the caller (a failure becomes a status message).
 */
import type { Text } from "../core/i18n";
import type { TemplateKind } from "../core/templates/names";
import { ru } from "../i18n/ru";
import { en } from "../i18n/en";
import type { Engine } from "./engine";
import { store, type Store } from "./store";

/** An error that carries a message for people. Adapters throw these for expected failures (a protected sheet…). */
export class UserFacingError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "UserFacingError";
  }
}

/** Turns anything thrown into a sentence for a person: never a stack trace. */
export function describeError(e: unknown): Text {
  if (e && typeof e === "object" && "text" in e) {
    const t = (e as { text: unknown }).text;
    if (t && typeof t === "object" && "ru" in t && "en" in t) return t as Text;
  }
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  const msg = e instanceof Error ? e.message : String(e);
  const detail = [code, msg].filter(Boolean).join(": ").split("\n")[0].slice(0, 300);
  return {
    ru: `Excel не выполнил команду (${detail}). Данные книги не изменены сверх уже записанного; повторите команду.`,
    en: `Excel did not complete the command (${detail}). Nothing beyond what was already written changed; try again.`,
  };
}

const T = { ru, en };
const both = (f: (s: typeof ru) => string): Text => ({ ru: f(T.ru), en: f(T.en as typeof ru) });

async function guarded<R>(s: Store, page: "templates" | "validation" | "compute", work: () => Promise<R>, ok: (r: R) => Partial<ReturnType<Store["get"]>>): Promise<R | undefined> {
  if (s.get().busy) return undefined; // one command at a time: a second click waits for the first
  s.set({ busy: true, page, status: { kind: "working", text: both((x) => x.common.working) } });
  try {
    const r = await work();
    s.set({ busy: false, ...ok(r) });
    return r;
  } catch (e) {
    s.set({ busy: false, status: { kind: "error", text: describeError(e) } });
    return undefined;
  }
}

export function createTemplate(engine: Engine, kind: TemplateKind, example: boolean, s: Store = store) {
  return guarded(s, "templates", () => engine.createTemplate(kind, example), (r) => ({
    status: { kind: "success", text: both((x) => x.templates.created(r.sheet)) },
  }));
}

export function validate(engine: Engine, s: Store = store) {
  return guarded(s, "validation", () => engine.validate(), (r) => {
    const all = r.sheets.flatMap((sh) => sh.findings);
    const n = (sev: string) => all.filter((f) => f.severity === sev).length;
    return {
      validation: r,
      status: { kind: n("error") ? "error" : "success", text: both((x) => x.validation.counts(n("error"), n("warning"), n("info"))) },
    };
  });
}

export function clearMarks(engine: Engine, s: Store = store) {
  return guarded(s, "validation", () => engine.clearMarks(), () => ({
    validation: undefined,
    status: { kind: "success", text: both((x) => x.validation.cleared) },
  }));
}

export function compute(engine: Engine, overwrite: boolean, s: Store = store) {
  return guarded(s, "compute", () => engine.compute(overwrite), (r) => ({
    compute: r,
    status: r.conflicts.length
      ? { kind: "info", text: both((x) => x.compute.conflicts(r.conflicts.length)) }
      : { kind: "success", text: both((x) => x.compute.done(r.cellsWritten)) },
  }));
}
