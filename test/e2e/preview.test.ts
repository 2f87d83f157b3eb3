/**
 * The preview page in Debian's Chromium: the task pane renders in Russian, Office.onReady resolves
 * outside Office (host null), a command runs against the in-memory workbook and changes its grid, and a Word
 * document imported in the pane becomes a template sheet in the grid.
 * Screenshots go to test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "./server";
import { seedPlanDocx } from "../fixtures/docx/seeds";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const artifacts = path.join(root, "test-artifacts");

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("dist/preview.html is missing: run `npm run build` first (npm test does)");
  fs.mkdirSync(artifacts, { recursive: true });
  server = await serve(dist);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "ru-RU" });
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the preview renders the Russian task pane once Office.onReady resolves with host null", async () => {
  await page.goto(`${server.url}/preview.html`);
  const pane = page.getByTestId("taskpane");
  await pane.waitFor({ timeout: 30000 });
  await expect(pane.getByRole("heading", { name: "Проектный офис" }).count()).resolves.toBe(1);
  await expect(pane.getByRole("tab", { name: "Шаблоны" }).count()).resolves.toBe(1);
  await expect(pane.getByRole("tab", { name: "Проверка" }).count()).resolves.toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __preview: { officeHost: unknown } }).__preview.officeHost)).toBeNull();
  // office.js found its companion files beside it
  expect(server.requests).toContainEqual(expect.stringMatching(/\/office-js\/office\.js$/));
  await page.screenshot({ path: path.join(artifacts, "preview-taskpane-ru.png") });
});

test("creating a passport from the task pane adds a sheet to the in-memory workbook and its grid", async () => {
  const tabsBefore = await page.getByTestId("sheet-tab").allTextContents();
  await page.getByTestId("template-passport").getByRole("button", { name: "Создать" }).click();
  await page.getByTestId("status").getByText("Создан лист «Паспорт».").waitFor({ timeout: 30000 });
  const tabsAfter = await page.getByTestId("sheet-tab").allTextContents();
  expect(tabsAfter.length).toBe(tabsBefore.length + 1);
  expect(tabsAfter).toContain("Паспорт");
  // the grid now shows the passport's cells
  const gridText = await page.getByTestId("grid").innerText();
  expect(gridText).toMatch(/ПАСПОРТ|Паспорт/);
  await page.screenshot({ path: path.join(artifacts, "preview-passport.png"), fullPage: false });
});

test("validating the workbook lists findings in the task pane", async () => {
  await page.getByRole("tab", { name: "Проверка" }).click();
  await page.getByTestId("validate-run").click();
  await page.getByTestId("status").getByText(/Ошибок: \d+/).waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(artifacts, "preview-validation.png") });
});

test("«Импорт из Word»: a .docx picked in the pane becomes a template sheet in the grid", async () => {
  const file = path.join(artifacts, "plan-from-word.docx");
  fs.writeFileSync(file, await seedPlanDocx());
  const tabsBefore = await page.getByTestId("sheet-tab").allTextContents();
  await page.getByRole("tab", { name: "Импорт из Word" }).click();
  await page.getByTestId("word-file").setInputFiles(file);
  await page.getByTestId("status").getByText("перенесён на новый лист «План реализации»", { exact: false }).waitFor({ timeout: 30000 });
  const tabsAfter = await page.getByTestId("sheet-tab").allTextContents();
  expect(tabsAfter).toContain("План реализации");
  expect(tabsAfter.length).toBeGreaterThan(tabsBefore.length);
  // the summary says what was recognised; the grid shows the imported activities
  await expect(page.getByTestId("word-summary").innerText()).resolves.toContain("мероприятий: 14");
  await expect(page.getByTestId("grid").innerText()).resolves.toContain("Заседания рабочей группы");
  await page.screenshot({ path: path.join(artifacts, "preview-word-import.png") });
});

test("no script errors on the page", () => {
  expect(consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
});
