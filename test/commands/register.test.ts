import { COMMANDS, registerCommands, runCommand, type CommandHost } from "../../src/commands/register";
import { Store } from "../../src/app/store";
import type { Engine } from "../../src/app/engine";

function engine(overrides: Partial<Engine> = {}): Engine {
  return {
    createTemplate: async (kind) => ({ sheet: kind === "passport" ? "Паспорт" : "Лист", syncs: 2 }),
    validate: async () => ({ sheets: [], syncs: 2 }),
    clearMarks: async () => ({ syncs: 2 }),
    compute: async () => ({ cellsWritten: 3, conflicts: [], notes: [], syncs: 2 }),
    select: async () => undefined,
    ...overrides,
  };
}

function host(e: Engine): CommandHost & { shown: number } {
  const h = { store: new Store(), shown: 0, engine: async () => e, showTaskpane: async () => void h.shown++ };
  return h;
}

describe("ribbon commands", () => {
  const associated = new Map<string, (event: Office.AddinCommands.Event) => void>();
  beforeAll(() => {
    (globalThis as unknown as { Office: unknown }).Office = {
      actions: { associate: (id: string, fn: (event: Office.AddinCommands.Event) => void) => associated.set(id, fn) },
    };
  });

  test("every command id is associated with Office.actions.associate", () => {
    registerCommands(host(engine()));
    expect([...associated.keys()].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  test.each(Object.keys(COMMANDS))("%s completes its event exactly once, after the work", async (id) => {
    const order: string[] = [];
    const slow = engine({
      createTemplate: async () => (order.push("work"), { sheet: "S", syncs: 1 }),
      validate: async () => (order.push("work"), { sheets: [], syncs: 1 }),
      clearMarks: async () => (order.push("work"), { syncs: 1 }),
      compute: async () => (order.push("work"), { cellsWritten: 0, conflicts: [], notes: [], syncs: 1 }),
    });
    const h = host(slow);
    let completed = 0;
    const c = COMMANDS[id];
    await runCommand(h, { completed: () => (order.push("completed"), completed++) }, c.page, c.work, c.showPane);
    expect(completed).toBe(1);
    // «Импорт из Word» and «Свод» only open the pane on their page: a file is picked there, the command has no UI
    expect(order).toEqual(id === "importWord" || id === "openRegister" ? ["completed"] : ["work", "completed"]);
    expect(h.store.get().page).toBe(c.page);
  });

  test("«Свод» opens the task pane on the register page", async () => {
    const h = host(engine());
    await runCommand(h, undefined, COMMANDS.openRegister.page, COMMANDS.openRegister.work, COMMANDS.openRegister.showPane);
    expect(h.shown).toBe(1);
    expect(h.store.get().page).toBe("register");
  });

  test("a failing command still completes once, opens the pane and says what happened", async () => {
    const h = host(engine({ validate: async () => Promise.reject(Object.assign(new Error("Sheet protected\n at x.js:1"), { code: "AccessDenied" })) }));
    let completed = 0;
    await runCommand(h, { completed: () => completed++ }, "validation", COMMANDS.validateWorkbook.work, true);
    expect(completed).toBe(1);
    expect(h.shown).toBe(1);
    const st = h.store.get().status!;
    expect(st.kind).toBe("error");
    expect(st.text.ru).toContain("AccessDenied");
    expect(st.text.ru).not.toContain("x.js");
  });

  test("an engine that fails to load still completes the event", async () => {
    const h = host(engine());
    h.engine = () => Promise.reject(new Error("chunk failed"));
    let completed = 0;
    await runCommand(h, { completed: () => completed++ }, "templates", COMMANDS.newPassport.work, false);
    expect(completed).toBe(1);
    expect(h.store.get().status?.kind).toBe("error");
  });

  test("«Импорт из Word» opens the task pane on its Word page", async () => {
    const h = host(engine());
    await runCommand(h, undefined, COMMANDS.importWord.page, COMMANDS.importWord.work, COMMANDS.importWord.showPane);
    expect(h.shown).toBe(1);
    expect(h.store.get().page).toBe("word");
  });

  test("validate and compute open the task pane with their results; a template does not", async () => {
    const h = host(engine());
    await runCommand(h, undefined, "validation", COMMANDS.validateWorkbook.work, COMMANDS.validateWorkbook.showPane);
    expect(h.shown).toBe(1);
    expect(h.store.get().validation).toBeDefined();
    await runCommand(h, undefined, "templates", COMMANDS.newPassport.work, COMMANDS.newPassport.showPane);
    expect(h.shown).toBe(1);
    expect(h.store.get().status?.text.ru).toBe("Создан лист «Паспорт».");
  });
});
