/** @jest-environment jsdom */
/**
 * The pane's settings: the language switches every line of the pane; switching marks off makes a check
 * leave the cells unmarked; the passport's thresholds are read from the workbook's settings block and its
 * link selects that block. Runs the real engine over the fake Excel.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Store } from "../../src/app/store";
import { createOfficeEngine } from "../../src/app/officeEngine";
import { createTemplate } from "../../src/app/actions";
import { createFakeExcel } from "../../src/fake-excel";
import { App } from "../../src/taskpane/ui/App";
import { restoreSettings } from "../../src/taskpane/ui/persist";
import { ru } from "../../src/i18n/ru";
import { en } from "../../src/i18n/en";

// the real engine over the fake Excel and Fluent UI in jsdom: slow on a loaded machine, not stuck
jest.setTimeout(90_000);

function setup() {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: {} }] });
  const engine = createOfficeEngine({ run: fake.run, supports: (set, v) => fake.isSetSupported(set, v) }, "ru");
  const store = new Store();
  const user = userEvent.setup();
  render(<App engine={engine} store={store} lang="ru" />);
  return { fake, engine, store, user };
}

test("the language setting switches the pane and is kept for the next session", async () => {
  localStorage.clear();
  const { store, user } = setup();
  const stop = restoreSettings(store);
  await user.click(screen.getByRole("button", { name: ru.settings.title }));
  await user.selectOptions(screen.getByTestId("settings-lang"), "en");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(en.appName);
  expect(screen.getByRole("tab", { name: en.tabs.validation })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
  stop();
  const next = new Store();
  restoreSettings(next)();
  expect(next.get().lang).toBe("en");
});

test("with marking switched off a check lists the findings and leaves the cells unmarked", async () => {
  const { fake, engine, store, user } = setup();
  await createTemplate(engine, "passport", false, store); // an empty passport: findings in plenty
  const before = JSON.stringify(fake.workbook.dump());
  await user.click(screen.getByRole("button", { name: ru.settings.title }));
  await user.click(screen.getByRole("checkbox", { name: ru.settings.markCells }));
  expect(store.get().markCells).toBe(false);
  await user.click(screen.getByRole("tab", { name: ru.tabs.validation }));
  await user.click(screen.getByTestId("validate-run"));
  await waitFor(() => expect(store.get().validation).toBeDefined());
  expect(store.get().validation!.sheets.flatMap((s) => s.findings).length).toBeGreaterThan(0);
  expect(screen.getAllByTestId("finding").length).toBeGreaterThan(0);
  expect(JSON.stringify(fake.workbook.dump())).toBe(before);
});

test("the passport's thresholds come from its settings block, and the link selects the block", async () => {
  const { fake, engine, store, user } = setup();
  await user.click(screen.getByRole("button", { name: ru.settings.title }));
  await user.click(screen.getByTestId("settings-thresholds"));
  expect(await screen.findByText(ru.settings.thresholdsNone)).toBeTruthy();
  await createTemplate(engine, "passport", false, store);
  await user.click(screen.getByTestId("settings-thresholds"));
  const line = await screen.findByTestId("settings-passport");
  expect(line.textContent).toContain(ru.settings.thresholdsLine("Паспорт", "95 %", "70 %"));
  await user.click(within(line).getByRole("button"));
  await waitFor(() => expect(fake.workbook.dump().selection).toMatch(/^'?Паспорт'?!B\d+$/));
});
