/**
 * The preview page in Debian's Chromium: the task pane renders in Russian, Office.onReady resolves
 * outside Office (host null), a command runs against the in-memory workbook and changes its grid.
 * Screenshots go to test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "./server";

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
  await page
    .getByTestId("status")
    .getByText(/Ошибок: \d+/)
    .waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(artifacts, "preview-validation.png") });
});

test("«Свод»: picked .xlsx files are read in the browser by the xlsx reader and the register's sheets appear in the grid", async () => {
  await page.getByRole("tab", { name: "Свод" }).click();
  const examples = path.join(root, "examples");
  await page.getByTestId("register-files").setInputFiles([
    ...fs
      .readdirSync(examples)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => ({ name: f, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: fs.readFileSync(path.join(examples, f)) })),
    { name: "битый.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
  ]);
  await page.getByTestId("register-run").click();
  await page
    .getByTestId("status")
    .getByText(/Свод записан на лист «Свод»: проектов 4/)
    .waitFor({ timeout: 60000 });
  const tabs = await page.getByTestId("sheet-tab").allTextContents();
  expect(tabs).toEqual(expect.arrayContaining(["Свод", "Свод — показатели", "Свод — контрольные точки", "Свод — замечания"]));
  const grid = await page.getByTestId("grid").innerText();
  for (const text of ["Свод проектов", "passport-example.xlsx", "plan-example.xlsx", "schedule-example.xlsx", "битый.xlsx", "Воронцова Елена Павловна"]) expect(grid).toContain(text);
  await expect(page.getByTestId("register-unreadable").innerText()).resolves.toContain("битый.xlsx");
  await page.screenshot({ path: path.join(artifacts, "preview-register.png") });
  await page.getByRole("tab", { name: "Свод — показатели" }).click();
  expect(await page.getByTestId("grid").innerText()).toContain("Доля педагогов, прошедших повышение квалификации в сетевой форме");
});

test("no script errors on the page", () => {
  expect(consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
});
