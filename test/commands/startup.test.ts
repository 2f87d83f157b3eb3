/**
 * Start-up in a shared runtime: the ribbon commands are associated at the top level of the script, not inside
 * Office.onReady (associating there loses the first click: office-js issues #5176, #3378, #2744); a task pane that
 * never opens (showAsTaskpane never settles) still lets the command call event.completed(); Excel.run is asked to wait
 * while the person types in a cell (delayForCellEdit) instead of failing.
 */
import { runCommand, type CommandHost } from "../../src/commands/register";
import { Store } from "../../src/app/store";
import type { Engine } from "../../src/app/engine";
import { createFakeExcel } from "../../src/fake-excel";

type G = { Office?: unknown; Excel?: unknown };

describe("start-up", () => {
  afterEach(() => {
    delete (globalThis as G).Office;
    delete (globalThis as G).Excel;
    jest.resetModules();
  });

  test("commands.js associates every command before Office.onReady resolves", () => {
    const associated: string[] = [];
    (globalThis as G).Office = {
      actions: { associate: (id: string) => associated.push(id) },
      onReady: () => new Promise(() => undefined), // never ready: what a slow first load looks like
    };
    jest.isolateModules(() => void jest.requireActual("../../src/commands/index"));
    expect(associated.sort()).toEqual(["clearMarks", "computeWorkbook", "importWord", "newPassport", "newPlan", "newSchedule", "openRegister", "validateWorkbook"]);
  });

  test("taskpane.js associates every command before Office.onReady resolves", () => {
    const associated: string[] = [];
    (globalThis as G).Office = {
      actions: { associate: (id: string) => associated.push(id) },
      onReady: () => new Promise(() => undefined),
    };
    jest.isolateModules(() => void jest.requireActual("../../src/taskpane/index"));
    expect(associated).toHaveLength(8);
  });

  test("a task pane that never opens: the command still completes its event", async () => {
    const store = new Store();
    const engine = { validate: async () => ({ sheets: [], syncs: 1 }) } as unknown as Engine;
    const host: CommandHost = { store, engine: async () => engine, showTaskpane: () => new Promise(() => undefined) };
    const completed = jest.fn();
    await runCommand(host, { completed }, "validation", (e) => e.validate(), true, 20);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the Office host runs batches with delayForCellEdit: a command waits while a cell is being edited", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
    (globalThis as G).Excel = fake.Excel;
    (globalThis as G).Office = { context: { requirements: { isSetSupported: (s: string, v: string) => fake.isSetSupported(s, v) } } };
    const { officeHost } = jest.requireActual<typeof import("../../src/commands/officeHost")>("../../src/commands/officeHost");
    const engine = await officeHost.engine();
    fake.setCellEditMode(true);
    setTimeout(() => fake.setCellEditMode(false), 30);
    const r = await engine.createTemplate("passport", false);
    expect(r.sheet).toBe("Паспорт");
    expect(fake.workbook.findSheet("Паспорт")).toBeDefined();
  });

  test("without delayForCellEdit the fake fails as Excel does (InvalidOperationInCellEditMode)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
    fake.setCellEditMode(true);
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.load("items/name"))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
