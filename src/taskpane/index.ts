/**
 * taskpane.html, the shared runtime: ribbon commands register at once (top level, before Office.onReady); the React UI loads as a
 * separate chunk afterwards, so a ribbon click never waits for it.
 */
import { registerCommands } from "../commands/register";
import { officeHost, officeLang } from "../commands/officeHost";
import { strings } from "../i18n";

// at the top level, not inside Office.onReady: a shared runtime otherwise loses the first ribbon click
// (office-js issues #5176, #3378, #2744)
registerCommands(officeHost);

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  void import(/* webpackChunkName: "ui" */ "./ui/mount")
    .then(async (ui) => ui.mount(root, await officeHost.engine(), officeHost.store, officeLang(), false))
    .catch(() => {
      // the pane's code did not load (a network hiccup): one plain sentence, never the error itself
      root.textContent = strings(officeLang()).excel.paneFailed;
    });
});
