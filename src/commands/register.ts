/**
 * Ribbon commands. Each FunctionName in manifest.xml is associated here, literally, under the same id
 * (test/manifest checks it). A command does its work, shows its result in the task pane where there is
 * one to show, and calls event.completed() exactly once, after the work, whatever happened.
 */
import type { Engine } from "../app/engine";
import type { Page, Store } from "../app/store";
import * as actions from "../app/actions";

export interface CommandHost {
  /** The engine, loaded on first use so that a click never waits for the task pane's UI code. */
  engine(): Promise<Engine>;
  store: Store;
  /** Opens the task pane (shared runtime); resolves even where the host cannot. */
  showTaskpane(): Promise<void>;
}

type Work = (engine: Engine, store: Store) => Promise<unknown>;

/** How long a command waits for Office.addin.showAsTaskpane before going on (it may never settle: no shared runtime). */
export const SHOW_PANE_TIMEOUT_MS = 3_000;

/** showTaskpane raced with a timeout: resolves either way, never rejects, so event.completed() is always reached. */
export function showPaneRaced(host: CommandHost, timeoutMs = SHOW_PANE_TIMEOUT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  const shown = Promise.resolve()
    .then(() => host.showTaskpane())
    .catch(() => undefined);
  return Promise.race([shown, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one command: never throws, completes the event once. */
export async function runCommand(host: CommandHost, event: { completed(): void } | undefined, page: Page, work: Work, showPane: boolean, paneTimeoutMs = SHOW_PANE_TIMEOUT_MS): Promise<void> {
  const showPaneWithin = (h: CommandHost) => showPaneRaced(h, paneTimeoutMs);
  try {
    host.store.set({ page });
    // A command with results opens the pane first, so its progress and the Cancel button are seen while it runs.
    if (showPane) await showPaneWithin(host);
    const engine = await host.engine();
    await work(engine, host.store);
    // Failures live in the task pane too: show it when a quiet command failed.
    if (!showPane && host.store.get().status?.kind === "error") await showPaneWithin(host);
  } catch (e) {
    host.store.set({ busy: false, status: { kind: "error", text: actions.describeError(e) } });
    await showPaneWithin(host);
  } finally {
    event?.completed();
  }
}

export const COMMANDS: Record<string, { page: Page; showPane: boolean; work: Work }> = {
  newPassport: { page: "templates", showPane: false, work: (e, s) => actions.createTemplate(e, "passport", false, s) },
  newPlan: { page: "templates", showPane: false, work: (e, s) => actions.createTemplate(e, "plan", false, s) },
  newSchedule: { page: "templates", showPane: false, work: (e, s) => actions.createTemplate(e, "schedule", false, s) },
  validateWorkbook: { page: "validation", showPane: true, work: (e, s) => actions.validate(e, s) },
  computeWorkbook: { page: "compute", showPane: true, work: (e, s) => actions.compute(e, false, s) },
  clearMarks: { page: "validation", showPane: false, work: (e, s) => actions.clearMarks(e, s) },
  // a file can be picked only in the pane (a command has no UI): the button opens the pane on its Word page
  importWord: { page: "word", showPane: true, work: async () => undefined },
  // «Свод»: the pane's register page, where the person picks the files (a ribbon click cannot pick them)
  openRegister: { page: "register", showPane: true, work: async () => undefined },
};

type Handler = (event: Office.AddinCommands.Event) => void;

export function registerCommands(host: CommandHost): void {
  const h =
    (id: keyof typeof COMMANDS): Handler =>
    (event) => {
      const c = COMMANDS[id];
      void runCommand(host, event, c.page, c.work, c.showPane);
    };
  Office.actions.associate("newPassport", h("newPassport"));
  Office.actions.associate("newPlan", h("newPlan"));
  Office.actions.associate("newSchedule", h("newSchedule"));
  Office.actions.associate("validateWorkbook", h("validateWorkbook"));
  Office.actions.associate("computeWorkbook", h("computeWorkbook"));
  Office.actions.associate("clearMarks", h("clearMarks"));
  Office.actions.associate("importWord", h("importWord"));
  Office.actions.associate("openRegister", h("openRegister"));
}
