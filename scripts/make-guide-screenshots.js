#!/usr/bin/env node
/**
 * The screenshots of the Russian user guide (docs/ru/img/*.png), taken from the preview page (dist/preview.html:
 * the real task pane beside the in-memory workbook) in Debian's Chromium, headless, as the browser test drives it.
 * The steps follow the guide: insert a template, check a workbook, read the findings, compute, clear marks.
 *
 *     npm run build && node scripts/make-guide-screenshots.js
 *
 * Needs /usr/bin/chromium (scripts/ensure-system.js installs it) and playwright-core (a dev dependency).
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const out = path.join(root, "docs", "ru", "img");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml", ".css": "text/css" };

function serve() {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
    const file = path.join(dist, path.normalize(p).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Cells a person typed wrongly into the example plan, so that the check has something to show. */
async function spoilPlan(page) {
  await page.evaluate(async () => {
    const { fake } = globalThis.__preview;
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("План реализации");
      ws.getRange("C6").values = [["когда-нибудь"]];
      ws.getRange("G7").values = [["около 20"]];
      ws.getRange("H9").values = [[""]];
      await context.sync();
    });
  });
}

async function main() {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("dist/preview.html is missing: run `npm run build` first");
  fs.mkdirSync(out, { recursive: true });
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/preview.html`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: "ru-RU" });
    const shot = async (name) => {
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, name) });
      process.stdout.write(`docs/ru/img/${name}\n`);
    };
    const status = (text) => page.getByTestId("status").getByText(text).waitFor({ timeout: 60000 });
    await page.goto(url);
    await page.getByTestId("taskpane").waitFor({ timeout: 30000 });
    await shot("01-panel.png");

    await page.getByTestId("template-passport").getByRole("button", { name: "Вставить пример" }).click();
    await status("Создан лист «Паспорт».");
    await shot("02-template.png");
    await page.getByTestId("template-plan").getByRole("button", { name: "Вставить пример" }).click();
    await status("Создан лист «План реализации».");
    await spoilPlan(page);

    await page.getByRole("tab", { name: "Проверка" }).click();
    await page.getByTestId("validate-run").click();
    await status(/Ошибок: \d+/);
    await shot("03-check.png");
    await page.getByTestId("finding").first().click();
    await shot("04-finding.png");

    await page.getByRole("tab", { name: "Расчёт" }).click();
    await page.getByTestId("compute-run").click();
    await status(/Записано ячеек/);
    await page.getByTestId("sheet-tab").filter({ hasText: "Паспорт" }).first().click();
    await shot("05-compute.png");

    await page.getByRole("tab", { name: "Проверка" }).click();
    await page.getByRole("button", { name: "Снять отметки" }).click();
    await status(/Отметки проверки сняты/);
    await page.getByTestId("sheet-tab").filter({ hasText: "План реализации" }).first().click();
    await shot("06-clear.png");
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  process.stderr.write(`make-guide-screenshots: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
