/** @jest-environment jsdom */
/**
 * The findings view as a person uses it: filters change the rows, arrow keys move the focus through one tab
 * stop, groups collapse, "copy as table" puts tab-separated text on the clipboard, Enter goes to the cell,
 * compute's conflicts all appear, and progress ticks of a running command do not draw the list again.
 */
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Store } from "../../src/app/store";
import type { Engine } from "../../src/app/engine";
import type { Finding } from "../../src/core/findings";
import { RULES } from "../../src/core/rules";
import { App } from "../../src/taskpane/ui/App";
import { ru } from "../../src/i18n/ru";

let rowRenders = 0;
jest.mock("../../src/taskpane/ui/findings/FindingRow", () => {
  const actual = jest.requireActual("../../src/taskpane/ui/findings/FindingRow");
  return { ...actual, FindingRow: (p: unknown) => (rowRenders++, actual.FindingRow(p)) };
});

const [R1, R2] = [RULES[0], RULES.find((r) => r.severity !== RULES[0].severity) ?? RULES[1]];

function finding(sheet: string, row: number, r = R1, text = `Замечание ${row}`): Finding {
  return { rule: r.id, severity: r.severity, sheet, row, col: 2, message: { ru: text, en: `Finding ${row}` } };
}

function setup(findings: Record<string, Finding[]>) {
  const select = jest.fn(async () => undefined);
  const engine = { select } as unknown as Engine;
  const store = new Store();
  store.set({ page: "validation", validation: { syncs: 2, sheets: Object.entries(findings).map(([sheet, f]) => ({ sheet, kind: "plan" as const, findings: f })) } });
  const user = userEvent.setup();
  const view = render(<App engine={engine} store={store} lang="ru" />);
  return { engine, select, store, user, view };
}

const rows = () => screen.queryAllByTestId("finding");
const groups = () => screen.getAllByTestId("findings-group");

test("each row shows severity, cell, message and the rule's title; sheets are groups", () => {
  setup({ План: [finding("План", 4, R1, "Не указан срок")], Паспорт: [finding("Паспорт", 9, R2)] });
  expect(groups().map((g) => g.textContent)).toEqual([`›${ru.findings.group("План", 1)}`, `›${ru.findings.group("Паспорт", 1)}`]);
  const first = rows()[0];
  expect(first.textContent).toContain(ru.severity[R1.severity]);
  expect(first.textContent).toContain("C5");
  expect(first.textContent).toContain("Не указан срок");
  expect(first.textContent).toContain(R1.title.ru);
});

test("clicking a severity filter, choosing a sheet or a rule, or typing a search changes the rows", async () => {
  const { user } = setup({
    План: [finding("План", 1, R1), finding("План", 2, R2), finding("План", 3, R1, "Срок вне периода")],
    Паспорт: [finding("Паспорт", 5, R2)],
  });
  expect(rows()).toHaveLength(4);
  await user.click(screen.getByTestId(`filter-${R2.severity}`));
  expect(rows()).toHaveLength(2);
  expect(rows().every((r) => r.textContent!.includes(ru.severity[R2.severity]))).toBe(true);
  await user.click(screen.getByTestId("filter-all"));
  await user.selectOptions(screen.getByTestId("filter-sheet"), "Паспорт");
  expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining("C6")]);
  await user.selectOptions(screen.getByTestId("filter-sheet"), "");
  await user.selectOptions(screen.getByTestId("filter-rule"), R1.id);
  expect(rows()).toHaveLength(2);
  await user.selectOptions(screen.getByTestId("filter-rule"), "");
  await user.type(screen.getByRole("searchbox"), "вне");
  expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining("Срок вне периода")]);
  expect(screen.getByTestId("findings-shown").textContent).toBe(ru.findings.shown(1, 4));
  await user.type(screen.getByRole("searchbox"), "ь");
  expect(rows()).toHaveLength(0);
  expect(screen.getByText(ru.findings.nothingMatches)).toBeTruthy();
});

test("the list is one tab stop; arrow keys move the focus; ← and → collapse and expand; Enter goes to the cell", async () => {
  const { user, select } = setup({ План: [finding("План", 1), finding("План", 2)], Паспорт: [finding("Паспорт", 7)] });
  const tree = screen.getByRole("tree");
  const stops = within(tree)
    .getAllByRole("treeitem")
    .filter((el) => el.tabIndex === 0);
  expect(stops).toHaveLength(1);
  // the tab stop is the first sheet until a key moves it (Tab order itself is the browser's: tabindex 0 and -1)
  expect(stops[0]).toBe(groups()[0]);
  act(() => stops[0].focus());
  expect(document.activeElement).toBe(groups()[0]);
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(rows()[0]);
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(rows()[1]);
  expect(rows()[1].tabIndex).toBe(0);
  expect(rows()[0].tabIndex).toBe(-1);
  await user.keyboard("{Enter}");
  expect(select).toHaveBeenCalledWith("План", 2, 2);
  await user.keyboard("{ArrowLeft}"); // up to the sheet
  expect(document.activeElement).toBe(groups()[0]);
  await user.keyboard("{ArrowLeft}"); // collapse it
  expect(groups()[0].getAttribute("aria-expanded")).toBe("false");
  expect(rows()).toHaveLength(1);
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement).toBe(groups()[1]);
  await user.keyboard("{End}");
  expect(document.activeElement!.textContent).toContain("C8");
  await user.keyboard("{Home}{ArrowRight}"); // expand again
  expect(rows()).toHaveLength(3);
});

test("copy as table puts tab-separated text with a header on the clipboard, quoting what Excel quotes", async () => {
  const { user } = setup({ План: [finding("План", 1, R1, "Строка\tс табуляцией"), finding("План", 2, R1, 'Кавычки "так"')] });
  await user.click(screen.getByTestId("findings-copy"));
  const text = await navigator.clipboard.readText();
  const lines = text.split("\r\n");
  expect(lines[0]).toBe([ru.findings.colSheet, ru.findings.colCell, ru.findings.colSeverity, ru.findings.colRule, ru.findings.colMessage].join("\t"));
  expect(lines[1]).toBe(["План", "C2", ru.severity[R1.severity], R1.title.ru, '"Строка\tс табуляцией"'].join("\t"));
  expect(lines[2]).toBe(["План", "C3", ru.severity[R1.severity], R1.title.ru, '"Кавычки ""так"""'].join("\t"));
  expect(screen.getByTestId("findings-copied").textContent).toBe(ru.findings.copied(2));
});

test("30,000 findings draw only the rows in view, and progress ticks do not draw them again", () => {
  const many = Array.from({ length: 30_000 }, (_, i) => finding(i < 20_000 ? "План" : "Паспорт", i));
  const { store } = setup({ План: many.slice(0, 20_000), Паспорт: many.slice(20_000) });
  const drawn = rows().length;
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(100);
  expect(screen.getByTestId("findings-shown").textContent).toBe(ru.findings.shown(30_000, 30_000));
  const before = rowRenders;
  act(() => {
    store.set({ busy: true });
    for (let i = 1; i <= 20; i++) store.set({ progress: { step: i, total: 20, label: { ru: "Шаг", en: "Step" } } });
  });
  expect(screen.getByTestId("progress")).toBeTruthy();
  expect(rowRenders).toBe(before);
});

test("compute's conflicts use the same view and none is dropped", () => {
  const engine = { select: jest.fn(async () => undefined) } as unknown as Engine;
  const store = new Store();
  const conflicts = Array.from({ length: 45 }, (_, i) => ({ sheet: "Паспорт", row: 10 + i, col: 5, value: i }));
  store.set({ page: "compute", compute: { cellsWritten: 0, conflicts, notes: [], syncs: 1 } });
  render(<App engine={engine} store={store} lang="ru" />);
  const view = screen.getByTestId("conflicts");
  expect(within(view).getByTestId("findings-shown").textContent).toBe(ru.findings.shown(45, 45));
  expect(within(view).getAllByTestId("finding")[0].textContent).toContain(ru.findings.conflictItem("0"));
  expect(within(view).getAllByTestId("finding")[0].textContent).toContain(ru.findings.conflictTitle);
});
