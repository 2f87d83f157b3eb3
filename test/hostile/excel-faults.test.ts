/**
 * In Excel (the fake), faults the add-in must live with: a failed round trip is reported with what was and
 * was not written; a long command reports progress and can be cancelled between round trips (never inside
 * a batch), saying what a late cancel left; a protected sheet is reported and never unprotected.
 */
import * as actions from "../../src/app/actions";
import { Store } from "../../src/app/store";
import { createOfficeEngine, type OfficeEngineHost } from "../../src/app/officeEngine";
import type { Engine } from "../../src/app/engine";
import { MARKS_SHEET } from "../../src/adapters/office";
import { createFakeExcel, diffDumps, type FakeErrorCode, type FakeExcel } from "../../src/fake-excel";
import { hostileFake, hostileWorkbooks } from "./corpus";

const STACK = /^\s+at\s|\.(?:[cm]?js|tsx?):\d+/m;
/** What Excel says, with a stack-like tail a careless message would pass on. */
const HOST_MESSAGE = "The request failed.\n    at Ra.sync (https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.js:25:190721)";

function engineOf(fake: FakeExcel, lang: "ru" | "en" = "ru", extra: Partial<OfficeEngineHost> = {}): Engine {
  return createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v), ...extra }, lang);
}

/** Lets `ok` round trips through, then Excel rejects the next one with `code`. */
function failAfter(fake: FakeExcel, ok: number, code: FakeErrorCode): void {
  if (ok === 0) return fake.failNextSync(code, HOST_MESSAGE);
  let seen = 0;
  const off = fake.subscribe(() => {
    if (++seen === ok) {
      fake.failNextSync(code, HOST_MESSAGE);
      off();
    }
  });
}

function userWorkbook(): FakeExcel {
  return createFakeExcel({
    sheets: [{ name: "Лист1", cells: { A1: { value: "мои данные", fill: "#FFFF00", note: "не трогать" }, B2: 42, C3: { formula: "=B2*2", value: 84 } } }],
  });
}

function status(store: Store) {
  const st = store.get().status!;
  expect(store.get().busy).toBe(false);
  expect(st.text.ru + st.text.en).not.toMatch(STACK);
  return st;
}

describe("a failed round trip says what was and was not written", () => {
  test("the template's write fails at once: the sheet is not created, the workbook unchanged", async () => {
    const fake = userWorkbook();
    const before = fake.workbook.dump();
    const store = new Store();
    failAfter(fake, 1, "GeneralException"); // the outline read passes, the write fails
    await actions.createTemplate(engineOf(fake), "passport", false, store);
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.ru).toContain("Лист «Паспорт» не создан.");
    expect(st.text.ru).toContain("Excel вернул ошибку (GeneralException: The request failed.)");
    expect(st.text.en).toContain("Sheet “Паспорт” was not created.");
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("a template written in several batches fails after the first: created, and which parts are missing", async () => {
    const fake = userWorkbook();
    const mine = JSON.stringify(fake.workbook.sheet("Лист1").dump());
    const store = new Store();
    failAfter(fake, 2, "GeneralException"); // outline, first batch (the sheets and their first values), then a failure
    await actions.createTemplate(engineOf(fake, "ru", { budgetBytes: 20_000 }), "passport", true, store);
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.ru).toMatch(/Лист «Паспорт» создан, но не записаны: [^.]*стили \(заливки, шрифты, границы, форматы чисел\)/);
    expect(st.text.ru).toContain("Удалите лист «Паспорт» и создайте шаблон снова.");
    expect(st.text.en).toMatch(/Sheet “Паспорт” was created, but these were not written: [^.]*styles/);
    expect(st.text.en).toContain("Delete sheet “Паспорт” and create the template again.");
    expect(fake.workbook.findSheet("Паспорт")).toBeDefined();
    expect(JSON.stringify(fake.workbook.sheet("Лист1").dump())).toBe(mine);
  });

  test("compute written in several batches fails after the first: the sheets and parts not written, and what to do", async () => {
    const fake = userWorkbook();
    const engine = engineOf(fake, "ru", { budgetBytes: 6_000 });
    for (const k of ["passport", "plan", "schedule"] as const) await engine.createTemplate(k, true);
    // type over every computed cell's formula... no: clear them, so compute has everything to write again
    const store = new Store();
    failAfter(fake, 3, "GeneralException"); // 2 reads, the first write batch, then a failure
    await actions.compute(engine, true, store);
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.ru).toMatch(/не записаны: /);
    expect(st.text.ru).toContain("Запустите расчёт снова: он перезапишет только свои ячейки.");
    expect(st.text.en).toContain("Compute again: it rewrites only its own cells.");
  });

  test("a failed read: nothing changed, said so", async () => {
    const fake = userWorkbook();
    const before = fake.workbook.dump();
    const store = new Store();
    failAfter(fake, 0, "GeneralException");
    await actions.validate(engineOf(fake, "en"), store);
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.ru).toBe("Excel не смог прочитать книгу (GeneralException: The request failed.): ничего не изменено. Повторите команду.");
    expect(st.text.en).toContain("nothing changed");
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("marks Excel stops half-way (a sheet protected meanwhile): findings kept, said so, and clearing restores every cell", async () => {
    const wb = hostileWorkbooks().find((w) => w.id === "numbers-as-text")!;
    const fake = await hostileFake(wb);
    const original = fake.workbook.dump();
    // 2 reads, then the marks' read; someone protects «Паспорт» before the marks are written
    let seen = 0;
    const off = fake.subscribe(() => {
      if (++seen === 3) {
        fake.workbook.sheet("Паспорт").protected = true;
        off();
      }
    });
    const store = new Store();
    const engine = engineOf(fake);
    await actions.validate(engine, store);
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.ru).toMatch(/^Ошибок: \d+, предупреждений: \d+, сведений: \d+ Замечания найдены, но отметки в листах поставлены не полностью: Excel вернул ошибку \(AccessDenied/);
    expect(store.get().validation!.marksIncomplete).toBe(true);
    expect(store.get().validation!.sheets.flatMap((s) => s.findings).length).toBeGreaterThan(0);
    // the plan's marks were made before Excel stopped
    expect(diffDumps(original, fake.workbook.dump())).toContainEqual(expect.stringMatching(/^План реализации!/));
    fake.workbook.sheet("Паспорт").protected = false;
    await actions.clearMarks(engine, store);
    expect(status(store).kind).toBe("success");
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("clearing marks fails: said so, and clearing again restores every cell", async () => {
    const wb = hostileWorkbooks().find((w) => w.id === "errors-plan")!;
    const fake = await hostileFake(wb);
    const original = fake.workbook.dump();
    const engine = engineOf(fake);
    const store = new Store();
    await actions.validate(engine, store);
    failAfter(fake, 1, "GeneralException"); // the store's read passes, the restore fails
    await actions.clearMarks(engine, store);
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.ru).toContain("Отметки сняты не полностью: Excel вернул ошибку (GeneralException: The request failed.)");
    await actions.clearMarks(engine, store);
    expect(status(store).kind).toBe("success");
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("Excel refuses to add a sheet (the workbook's structure is protected): said so, nothing unprotected", async () => {
    const fake = userWorkbook();
    const before = fake.workbook.dump();
    const store = new Store();
    failAfter(fake, 1, "AccessDenied");
    await actions.createTemplate(engineOf(fake), "plan", false, store);
    const st = status(store);
    expect(st.text.ru).toContain("Excel запретил запись: книга или лист защищены. Защита не снималась.");
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });
});

describe("protected sheets are reported, never unprotected", () => {
  test("a template that would add lists to a protected lists sheet is refused before anything is written", async () => {
    const fake = userWorkbook();
    await engineOf(fake, "ru").createTemplate("passport", false);
    fake.workbook.sheet("_po_lists").protected = true;
    const before = fake.workbook.dump();
    const store = new Store();
    fake.resetStats();
    await actions.createTemplate(engineOf(fake, "en"), "plan", false, store); // English lists go into «_po_lists»
    const st = status(store);
    expect(st.kind).toBe("error");
    expect(st.text.en).toBe("Protected sheet “_po_lists”: the template was not created and the workbook is unchanged. Unprotect the sheet and try again; the add-in never removes protection.");
    expect(st.text.ru).toContain("Защищён лист «_po_lists»: шаблон не создан, книга не изменена.");
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
    expect(fake.stats.syncs).toBe(1); // the outline only: refused before any write
  });

  test("clearing marks on a sheet protected since: kept and said so; cleared once unprotected", async () => {
    const wb = hostileWorkbooks().find((w) => w.id === "errors-plan")!;
    const fake = await hostileFake(wb);
    const original = fake.workbook.dump();
    const engine = engineOf(fake);
    const store = new Store();
    await actions.validate(engine, store);
    fake.workbook.sheet("План реализации").protected = true;
    await actions.clearMarks(engine, store);
    const st = status(store);
    expect(st.kind).toBe("info");
    expect(st.text.ru).toMatch(/^Лист «План реализации» защищён: отметки на нём \(\d+\) не сняты\./);
    expect(fake.workbook.sheet("План реализации").protected).toBe(true);
    fake.workbook.sheet("План реализации").protected = false;
    await actions.clearMarks(engine, store);
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });
});

describe("progress and cancel", () => {
  /** An engine whose progress callback asks to cancel at a given step (as a click on «Отменить» would). */
  function cancelling(engine: Engine, store: Store, at: number): Engine {
    const hook = (o?: Parameters<Engine["validate"]>[0]) => ({
      ...o,
      onProgress: (step: number, total: number, label: { ru: string; en: string }) => {
        o?.onProgress?.(step, total, label);
        if (step === at) actions.cancel(store);
      },
    });
    return {
      ...engine,
      validate: (o) => engine.validate(hook(o)),
      compute: (ov, o) => engine.compute(ov, hook(o)),
      createTemplate: (k, e, o) => engine.createTemplate(k, e, hook(o)),
      clearMarks: (o) => engine.clearMarks(hook(o)),
    };
  }

  async function setup() {
    const wb = hostileWorkbooks().find((w) => w.id === "errors-plan")!;
    const fake = await hostileFake(wb);
    return { fake, original: fake.workbook.dump(), engine: engineOf(fake), store: new Store() };
  }

  test("validation reports each step in the store and the status", async () => {
    const { engine, store } = await setup();
    const seen: string[] = [];
    store.subscribe((s) => {
      if (s.busy && s.progress) seen.push(`${s.progress.step}/${s.progress.total} ${s.status?.text.ru}`);
    });
    await actions.validate(engine, store);
    expect([...new Set(seen)]).toEqual(["1/4 Шаг 1 из 4: Чтение книги…", "2/4 Шаг 2 из 4: Проверка документов…", "3/4 Шаг 3 из 4: Снятие прежних отметок…", "4/4 Шаг 4 из 4: Отметки в листах…"]);
    expect(store.get().progress).toBeUndefined();
    expect(store.get().busy).toBe(false);
  });

  test("cancel before the marks: nothing written, said so", async () => {
    const { fake, original, engine, store } = await setup();
    const says: string[] = [];
    store.subscribe((s) => s.cancelling && says.push(s.status!.text.ru));
    await actions.validate(cancelling(engine, store, 2), store);
    expect(says[0]).toBe("Отмена: команда остановится после текущего обращения к Excel…");
    const st = status(store);
    expect(st).toEqual({ kind: "info", text: { ru: "Команда отменена: книга не изменена.", en: "Command cancelled: the workbook is unchanged." } });
    expect(store.get().validation).toBeUndefined();
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("cancel once the marks are being written: they stay, the results are shown, and the status says how to remove them", async () => {
    const { fake, original, engine, store } = await setup();
    await actions.validate(cancelling(engine, store, 4), store);
    const st = status(store);
    expect(st.kind).toBe("info");
    expect(st.text.ru).toMatch(/^Отмена пришла, когда отметки уже были поставлены: отмеченные ячейки \(\d+\) оставлены\. Снять отметки — кнопка «Снять отметки»\.$/);
    expect(store.get().validation!.sheets.length).toBeGreaterThan(0);
    expect(fake.workbook.findSheet(MARKS_SHEET)).toBeDefined();
    await actions.clearMarks(engine, store);
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("cancel after the earlier marks were removed: the workbook is as it was before any check", async () => {
    const { fake, original, engine, store } = await setup();
    await actions.validate(engine, store);
    await actions.validate(cancelling(engine, store, 3), store);
    expect(status(store).text.ru).toBe("Проверка отменена: прежние отметки сняты (заливки и примечания восстановлены), новые не поставлены.");
    expect(diffDumps(original, fake.workbook.dump())).toEqual([]);
  });

  test("cancel compute before it writes, and a template before it reads: nothing written", async () => {
    const fake = userWorkbook();
    const engine = engineOf(fake);
    await engine.createTemplate("passport", true);
    const before = fake.workbook.dump();
    const store = new Store();
    await actions.compute(cancelling(engine, store, 2), false, store);
    expect(status(store).text.ru).toBe("Команда отменена: книга не изменена.");
    await actions.createTemplate(cancelling(engine, store, 1), "plan", false, store);
    expect(status(store).text.ru).toBe("Команда отменена: книга не изменена.");
    expect(diffDumps(before, fake.workbook.dump())).toEqual([]);
  });

  test("a cancel that comes while the template is written: written anyway (never half a batch), said so", async () => {
    const fake = userWorkbook();
    const store = new Store();
    await actions.createTemplate(cancelling(engineOf(fake), store, 2), "plan", false, store);
    expect(status(store).text.ru).toBe("Отмена пришла, когда запись уже закончилась: результат записан в книгу. Создан лист «План реализации».");
    expect(fake.workbook.findSheet("План реализации")).toBeDefined();
  });
});

describe("no stack trace reaches the task pane", () => {
  test.each([
    ["an Error with a stack in its message", new TypeError("x is undefined\n    at f (engine.3f2a91c0.js:1:4051)\n    at g (ui.js:2:3)")],
    ["a script position inside the first line", Object.assign(new Error("Loading chunk engine failed (https://localhost:3000/engine.ef440747.js:1:22)"), { code: "ChunkLoadError" })],
    [
      "a RichApi error object",
      Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { name: "RichApi.Error", code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } }),
    ],
    ["a plain object", { message: "boom\n    at x (a.ts:3:4)" }],
    ["a string with a stack", "Error: bad\n    at Object.<anonymous> (/work/main/src/app/officeEngine.ts:12:5)"],
  ])("%s", (_what, e) => {
    const t = actions.describeError(e);
    for (const s of [t.ru, t.en]) {
      expect(s).not.toMatch(STACK);
      expect(s).not.toMatch(/\.js|\.ts\b/);
    }
    expect(t.ru).toMatch(/^Excel не выполнил команду \(.+\)\./);
  });
});
