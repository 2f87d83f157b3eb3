/**
 * The task pane (rendered to HTML, as a server render: no DOM needed): while a command runs it shows a
 * progress bar and a Cancel button; a failure's status never carries a stack; notes about protected
 * sheets are shown beside the findings; a fault while drawing shows one plain sentence.
 */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { App, PaneBoundary } from "../../src/taskpane/ui/App";
import { Store } from "../../src/app/store";
import { describeError } from "../../src/app/actions";
import type { Engine } from "../../src/app/engine";
import { ru } from "../../src/i18n/ru";
import { en } from "../../src/i18n/en";

const engine = {} as Engine; // nothing is clicked in a server render
const STACK = /\s{2,}at\s|\.(?:[cm]?js|tsx?):\d+/;

test("a running command shows its step, a progress bar and a Cancel button (ru and en)", () => {
  const store = new Store();
  store.set({
    busy: true,
    page: "validation",
    progress: { step: 2, total: 4, label: { ru: ru.excel.phase.check, en: en.excel.phase.check } },
    status: { kind: "working", text: { ru: ru.excel.step(2, 4, ru.excel.phase.check), en: en.excel.step(2, 4, en.excel.phase.check) } },
  });
  const html = renderToString(<App engine={engine} store={store} lang="ru" />);
  expect(html).toContain('data-testid="progress"');
  expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="0.5"|aria-valuenow="0.5"[^>]*role="progressbar"/);
  expect(html).toContain("Шаг 2 из 4: Проверка документов…");
  expect(html).toMatch(/data-testid="cancel"[^>]*>Отменить|>Отменить<\/button>/);
  const htmlEn = renderToString(<App engine={engine} store={store} lang="en" />);
  expect(htmlEn).toContain("Step 2 of 4: Checking the documents…");
  expect(htmlEn).toContain(">Cancel</button>");

  store.set({ cancelling: true, status: { kind: "working", text: { ru: ru.excel.cancelling, en: en.excel.cancelling } } });
  const cancelling = renderToString(<App engine={engine} store={store} lang="ru" />);
  expect(cancelling).toMatch(/<button[^>]*disabled=""[^>]*data-testid="cancel"|<button[^>]*data-testid="cancel"[^>]*disabled=""/);
  expect(cancelling).toContain(ru.excel.cancelling);

  store.set({ busy: false, cancelling: false, progress: undefined, status: { kind: "success", text: { ru: "Готово", en: "Done" } } });
  expect(renderToString(<App engine={engine} store={store} lang="ru" />)).not.toContain('data-testid="progress"');
});

test("a failure's status in the pane carries no stack trace or script position", () => {
  const store = new Store();
  const e = Object.assign(new Error("Cannot read properties of undefined (reading 'items')\n    at readStructure (engine.ef440747.js:1:40511)"), { code: "TypeError" });
  store.set({ page: "templates", status: { kind: "error", text: describeError(e) } });
  for (const lang of ["ru", "en"] as const) {
    const html = renderToString(<App engine={engine} store={store} lang={lang} />);
    expect(html).toContain("Cannot read properties of undefined (reading &#x27;items&#x27;)");
    expect(html).not.toMatch(STACK);
  }
});

test("notes about protected sheets are shown beside the findings", () => {
  const store = new Store();
  store.set({
    page: "validation",
    validation: {
      syncs: 4,
      sheets: [{ sheet: "Паспорт", kind: "passport", findings: [{ rule: "r", severity: "error", sheet: "Паспорт", row: 3, col: 2, message: { ru: "Не указан руководитель", en: "No leader" } }] }],
      notes: [{ ru: ru.excel.protectedMarks("Паспорт", 1), en: en.excel.protectedMarks("Паспорт", 1) }],
    },
  });
  const html = renderToString(<App engine={engine} store={store} lang="ru" />);
  expect(html).toContain('data-testid="validation-note"');
  expect(html).toContain("Лист «Паспорт» защищён: замечания на нём (1) показаны здесь, но в листе не отмечены.");
  expect(html).toContain("Не указан руководитель");
});

test("a fault while drawing a page shows one plain sentence, not the error", () => {
  expect(PaneBoundary.getDerivedStateFromError()).toEqual({ failed: true });
  const boundary = new PaneBoundary({ lang: "ru", children: null });
  boundary.state = { failed: true };
  const html = renderToString(<>{boundary.render()}</>);
  expect(html).toContain(ru.excel.paneFailed);
  expect(html).not.toMatch(STACK);
});
