/** @jest-environment jsdom */
/**
 * The «Импорт из Word» page in a DOM: picking a .docx runs the import against the fake Excel, the new sheet
 * appears in the workbook, and the summary shows what was recognised, what was not and the findings with
 * their places in Word. An unreadable file leaves a plain status and no summary.
 */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/ui/App";
import { Store } from "../../src/app/store";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { createFakeExcel } from "../../src/fake-excel";
import { seedPassportDocx } from "../fixtures/docx/seeds";
import { notZip } from "../fixtures/docx/hostile";

// jsdom lacks what Node and the browser have: the encoders (the docx writer, fflate) and ResizeObserver (Fluent's tabs)
if (!("ResizeObserver" in window))
  Object.assign(window, {
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function setup() {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: {} }] });
  const engine = createOfficeEngine({ run: fake.run, supports: (s, v) => fake.isSetSupported(s, v) }, "ru");
  const store = new Store();
  store.set({ page: "word" });
  render(<App engine={engine} store={store} lang="ru" />);
  return { fake, store };
}

test("a picked passport becomes a new sheet, with a summary of what was recognised", async () => {
  const { fake } = setup();
  expect(screen.getByRole("tab", { name: "Импорт из Word" })).toBeTruthy();
  const file = new File([new Uint8Array(await seedPassportDocx())], "Паспорт проекта.docx", { type: DOCX });
  await userEvent.upload(screen.getByTestId("word-file"), file);
  await waitFor(() => expect(screen.getByTestId("status").textContent).toContain("перенесён на новый лист «Паспорт»"), { timeout: 20000 });
  expect(fake.workbook.dump().sheets.map((s) => s.name)).toContain("Паспорт");
  const summary = screen.getByTestId("word-summary").textContent!;
  expect(summary).toContain("Распознано: паспорт проекта (показателей: 3, результатов: 3, этапов: 4, контрольных точек: 14, рисков: 3)");
  expect(summary).toContain("Новый лист: «Паспорт»");
  expect(screen.getByTestId("word-findings").textContent).toMatch(/таблица 2, строка \d+, столбец \d/);
}, 30000);

test("a file that is not a Word document: a plain status, no summary, the workbook unchanged", async () => {
  const { fake } = setup();
  const before = fake.workbook.dump().sheets.map((s) => s.name);
  await userEvent.upload(screen.getByTestId("word-file"), new File([new Uint8Array(notZip())], "заметки.docx", { type: DOCX }));
  await waitFor(() => expect(screen.getByTestId("status").textContent).toContain("«заметки.docx»: это не документ Word"));
  expect(screen.queryByTestId("word-summary")).toBeNull();
  expect(fake.workbook.dump().sheets.map((s) => s.name)).toEqual(before);
});
