/**
 * preview.html: the real task pane beside a grid view of an in-memory fake workbook, so a person without
 * Excel can try every command in a browser. office.js is served locally with its companion files;
 * outside Office, Office.onReady resolves with host null, which is what puts the page in preview mode.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createFakeExcel } from "../fake-excel";
import { createOfficeEngine } from "../app/officeEngine";
import { store } from "../app/store";
import { App } from "../taskpane/ui/App";
import type { Lang } from "../core/i18n";
import { GridView } from "./GridView";

const params = new URLSearchParams(location.search);
const lang: Lang = params.get("lang") === "en" ? "en" : "ru";
// ?pane=320 draws the pane as narrow as Excel's narrowest task pane (320 px); 380 px otherwise
const paneWidth = Math.min(800, Math.max(240, Number(params.get("pane")) || 380));
document.documentElement.lang = lang;

function start(host: Office.HostType | null) {
  const fake = createFakeExcel({ sheets: [{ name: lang === "ru" ? "Лист1" : "Sheet1", cells: {} }] });
  const engine = createOfficeEngine({ run: fake.run, supports: (set, v) => fake.isSetSupported(set, v) }, lang);
  (window as unknown as { __preview: unknown }).__preview = { officeHost: host, fake, store };
  const root = document.getElementById("root")!;
  root.style.height = "100vh";
  createRoot(root).render(
    <div style={{ display: "grid", gridTemplateColumns: `${paneWidth}px 1fr`, height: "100vh" }}>
      <div style={{ borderRight: "1px solid #d4d4d4", overflow: "auto" }} data-testid="pane-frame">
        <App engine={engine} store={store} lang={lang} preview />
      </div>
      <GridView fake={fake} lang={lang} />
    </div>,
  );
}

let started = false;
const once = (host: Office.HostType | null) => {
  if (!started) {
    started = true;
    start(host);
  }
};
if (typeof Office !== "undefined") void Office.onReady((info) => once(info.host ?? null));
// office.js missing or not resolving: the preview still works, without Office.
setTimeout(() => once(null), 5000);
