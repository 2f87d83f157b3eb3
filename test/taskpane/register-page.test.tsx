/** @jest-environment jsdom */
/**
 * The «Свод» page: without a reader in the build it takes the open workbook (no file picker); with one, the
 * picked files' bytes go to the engine with the report date; files that could not be read are listed after.
 */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/ui/App";
import { Store } from "../../src/app/store";
import type { Engine } from "../../src/app/engine";
import type { RegisterRequest, RegisterResult } from "../../src/app/register";

// Fluent's tabs measure themselves; jsdom has no ResizeObserver
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function engineWith(readsFiles: boolean, calls: RegisterRequest[]): Engine {
  const result: RegisterResult = {
    sheets: ["Свод", "Свод — показатели", "Свод — контрольные точки", "Свод — замечания"],
    projects: 2,
    counts: { ok: 1, atRisk: 0, behind: 0, unreadable: 1, empty: 0 },
    unreadable: [{ file: "битый.xlsx", reason: { ru: "это не книга Excel", en: "not an Excel workbook" } }],
    syncs: 3,
    writeSyncs: 2,
    notes: [],
  };
  return {
    createTemplate: async () => ({ sheet: "x", syncs: 0 }),
    validate: async () => ({ sheets: [], syncs: 0 }),
    clearMarks: async () => ({ syncs: 0 }),
    compute: async () => ({ cellsWritten: 0, conflicts: [], notes: [], syncs: 0 }),
    select: async () => undefined,
    readsFiles,
    register: async (request) => {
      calls.push(request);
      return result;
    },
  };
}

test("without a reader: no file picker, the open workbook is taken", async () => {
  const calls: RegisterRequest[] = [];
  const store = new Store();
  store.set({ page: "register" });
  render(<App engine={engineWith(false, calls)} store={store} lang="ru" />);
  expect(screen.queryByTestId("register-files")).toBeNull();
  await userEvent.click(screen.getByTestId("register-run"));
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0].openWorkbook).toBe(true);
  expect(calls[0].files).toEqual([]);
});

test("with a reader: picked files and the report date go to the engine; the unread ones are listed", async () => {
  const calls: RegisterRequest[] = [];
  const store = new Store();
  store.set({ page: "register" });
  render(<App engine={engineWith(true, calls)} store={store} lang="ru" />);
  const run = screen.getByTestId("register-run");
  expect(run).toHaveProperty("disabled", true);
  const file = new File([new Uint8Array([80, 75, 3, 4])], "школа 1.xlsx");
  await userEvent.upload(screen.getByTestId("register-files"), [file, new File(["no"], "битый.xlsx")]);
  const date = screen.getByTestId("register-as-of") as HTMLInputElement;
  await userEvent.clear(date);
  await userEvent.type(date, "2026-06-30");
  await userEvent.click(run);
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(calls[0].files.map((f) => f.name)).toEqual(["школа 1.xlsx", "битый.xlsx"]);
  expect(Array.from(calls[0].files[0].bytes)).toEqual([80, 75, 3, 4]);
  expect(calls[0].asOf).toEqual({ year: 2026, month: 6, day: 30 });
  expect(calls[0].openWorkbook).toBe(false);
  await screen.findByTestId("register-unreadable");
  expect(screen.getByTestId("register-unreadable").textContent).toContain("битый.xlsx: это не книга Excel");
  expect(screen.getByTestId("status").textContent).toContain("Свод записан на лист «Свод»");
});
