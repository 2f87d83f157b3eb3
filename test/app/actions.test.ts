import { createTemplate, describeError, validate, UserFacingError } from "../../src/app/actions";
import { Store } from "../../src/app/store";
import type { Engine } from "../../src/app/engine";

const base: Engine = {
  createTemplate: async () => ({ sheet: "Паспорт (2)", syncs: 2 }),
  validate: async () => ({
    syncs: 1,
    sheets: [
      {
        sheet: "План",
        kind: "plan",
        findings: [
          { rule: "r", severity: "error", sheet: "План", row: 1, col: 2, message: { ru: "а", en: "a" } },
          { rule: "r", severity: "warning", sheet: "План", row: 2, col: 2, message: { ru: "б", en: "b" } },
        ],
      },
    ],
  }),
  clearMarks: async () => ({ syncs: 2 }),
  compute: async () => ({ cellsWritten: 0, conflicts: [], notes: [], syncs: 2 }),
  select: async () => undefined,
};

test("validation counts findings by severity in the status", async () => {
  const s = new Store();
  await validate(base, s);
  expect(s.get().status).toEqual({ kind: "error", text: { ru: "Ошибок: 1, предупреждений: 1, сведений: 0", en: "Errors: 1, warnings: 1, info: 0" } });
  expect(s.get().busy).toBe(false);
});

test("a second command while one runs is ignored, not interleaved", async () => {
  const s = new Store();
  let release!: () => void;
  const slow: Engine = { ...base, createTemplate: () => new Promise((r) => (release = () => r({ sheet: "A", syncs: 1 }))) };
  const first = createTemplate(slow, "passport", false, s);
  expect(await createTemplate(slow, "plan", false, s)).toBeUndefined();
  release();
  expect(await first).toEqual({ sheet: "A", syncs: 1 });
});

test("user-facing errors keep their own words; others never show a stack", () => {
  expect(describeError(new UserFacingError({ ru: "Лист защищён", en: "Sheet is protected" }))).toEqual({ ru: "Лист защищён", en: "Sheet is protected" });
  const t = describeError(new TypeError("x is undefined\n    at f (a.js:1:2)"));
  expect(t.en).toContain("x is undefined");
  expect(t.en).not.toContain("a.js");
});

describe("showing a cell", () => {
  test("a cell on a hidden sheet: the status says the sheet is hidden (also from the compute page)", async () => {
    const { createFakeExcel } = await import("../../src/fake-excel");
    const { createOfficeEngine } = await import("../../src/app/officeEngine");
    const { showCell } = await import("../../src/app/actions");
    const { Store } = await import("../../src/app/store");
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }, { name: "Расчёт", visibility: "Hidden" }] });
    const engine = createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru");
    const s = new Store();
    await showCell(engine, "Расчёт", 0, 0, s);
    expect(s.get().status).toMatchObject({ kind: "error", text: { ru: expect.stringContaining("«Расчёт» скрыт") } });
  });
});
