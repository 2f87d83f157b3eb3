/**
 * The pane's settings (language, whether a check marks cells) kept between sessions in the browser's
 * local storage of the add-in's origin. Storage may be absent or refuse (a private window, a locked-down
 * webview): the settings then last for the session only, never an error.
 */
import type { Store } from "../../app/store";

const KEY = "project-office.settings";

export function restoreSettings(store: Store): () => void {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? "null") as { lang?: unknown; markCells?: unknown } | null;
    const patch: { lang?: "ru" | "en"; markCells?: boolean } = {};
    if (saved?.lang === "ru" || saved?.lang === "en") patch.lang = saved.lang;
    if (typeof saved?.markCells === "boolean") patch.markCells = saved.markCells;
    if (Object.keys(patch).length) store.set(patch);
  } catch {
    /* nothing saved, or storage unavailable */
  }
  let last = "";
  return store.subscribe((s) => {
    const text = JSON.stringify({ lang: s.lang, markCells: s.markCells });
    if (text === last) return;
    last = text;
    try {
      globalThis.localStorage?.setItem(KEY, text);
    } catch {
      /* storage unavailable: the settings last for this session */
    }
  });
}
