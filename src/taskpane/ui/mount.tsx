import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../../core/i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import { App } from "./App";
import { restoreSettings } from "./persist";

export function mount(root: HTMLElement, engine: Engine, store: Store, lang: Lang, preview: boolean): void {
  document.documentElement.lang = lang;
  restoreSettings(store);
  createRoot(root).render(<App engine={engine} store={store} lang={lang} preview={preview} />);
}
