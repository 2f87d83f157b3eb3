/** The CommandHost inside Office: the real Excel.run, requirement sets, and the shared-runtime task pane. */
import { langFromLocale, type Lang } from "../core/i18n";
import type { Engine } from "../app/engine";
import { store } from "../app/store";
import type { CommandHost } from "./register";

export function officeLang(): Lang {
  try {
    return langFromLocale(Office.context?.displayLanguage);
  } catch {
    return "ru";
  }
}

let enginePromise: Promise<Engine> | undefined;

export const officeHost: CommandHost = {
  store,
  engine() {
    enginePromise ??= import(/* webpackChunkName: "engine" */ "../app/officeEngine").then(
      (m) =>
        m.createOfficeEngine({
          // delayForCellEdit (Excel.RunOptions, ExcelApi 1.11): a batch waits while the person is typing in a cell
          // instead of failing with InvalidOperationInCellEditMode
          run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
          supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
        }),
      (e) => {
        enginePromise = undefined; // a chunk that failed to load (network) is tried again on the next click
        throw e;
      },
    );
    return enginePromise;
  },
  async showTaskpane() {
    // Office.addin.showAsTaskpane is SharedRuntime 1.1; feature-detected, never fatal.
    const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
    if (addin?.showAsTaskpane) await addin.showAsTaskpane();
  },
};
