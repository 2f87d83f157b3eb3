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
  await page
    .getByTestId("status")
    .getByText(/Ошибок: \d+/)
    .waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(artifacts, "preview-validation.png") });
});

test("in a 320 px pane: status lines wrap, the findings list is grouped and keyboard-driven, the grid shows formula values", async () => {
  const narrow = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "ru-RU" });
  narrow.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  narrow.on("pageerror", (e) => consoleErrors.push(String(e)));
  await narrow.goto(`${server.url}/preview.html?pane=320`);
  const pane = narrow.getByTestId("taskpane");
  await pane.waitFor({ timeout: 30000 });
  // the example passport, computed: its formulas show numbers and labels in the grid, the toggle shows the formulas
  await narrow.getByTestId("template-passport").getByRole("button", { name: "Вставить пример" }).click();
  await narrow
    .getByTestId("status")
    .getByText(/Создан лист/)
    .waitFor({ timeout: 30000 });
  await narrow.getByRole("tab", { name: "Расчёт" }).click();
  await narrow.getByTestId("compute-run").click();
  await narrow
    .getByTestId("status")
    .getByText(/Записано ячеек/)
    .waitFor({ timeout: 30000 });
  // what the grid shows in the formula cells of the sheet in view
  const shownInFormulaCells = () =>
    narrow.evaluate(() => {
      type Dump = { sheets: { name: string; cells: Record<string, { formula?: string }> }[] };
      const fake = (window as unknown as { __preview: { fake: { workbook: { dump(): Dump } } } }).__preview.fake;
      const name = document.querySelector('[data-testid="sheet-tab"][aria-selected="true"]')?.textContent;
      const sheet = fake.workbook.dump().sheets.find((s) => s.name === name);
      const out: string[] = [];
      for (const [a1, c] of Object.entries(sheet?.cells ?? {})) {
        const td = c.formula ? document.querySelector(`[data-testid="grid"] td[title="${a1}"], [data-testid="grid"] td[title^="${a1}:"]`) : null;
        if (td) out.push(td.textContent ?? "");
      }
      return out;
    });
  const values = await shownInFormulaCells();
  expect(values.length).toBeGreaterThan(5);
  expect(values.filter((v) => v.startsWith("=") || v.startsWith("#"))).toEqual([]);
  expect(values.filter((v) => /\d/.test(v)).length).toBeGreaterThan(3); // achievement, totals: numbers
  await narrow.getByTestId("grid-formulas").click();
  expect((await shownInFormulaCells()).every((v) => v.startsWith("="))).toBe(true);
  await narrow.getByTestId("grid-formulas").click();
  await narrow.screenshot({ path: path.join(artifacts, "preview-values.png") });

  // an empty passport has findings in plenty; the check lists them grouped by sheet
  await narrow.getByRole("tab", { name: "Шаблоны" }).click();
  await narrow.getByTestId("template-passport").getByRole("button", { name: "Создать" }).click();
  await narrow
    .getByTestId("status")
    .getByText(/Создан лист/)
    .waitFor({ timeout: 30000 });
  await narrow.getByRole("tab", { name: "Проверка" }).click();
  await narrow.getByTestId("validate-run").click();
  await narrow
    .getByTestId("status")
    .getByText(/Ошибок: \d+/)
    .waitFor({ timeout: 30000 });
  const list = narrow.getByTestId("findings-list");
  await list.waitFor();
  expect(await narrow.getByTestId("findings-group").count()).toBeGreaterThan(0);
  expect(await narrow.getByTestId("finding").count()).toBeGreaterThan(0);
  // one tab stop: Tab from the copy button lands in the list; ↓ moves the focus to the next row
  await narrow.getByTestId("findings-copy").focus();
  for (let i = 0; i < 4 && !(await list.evaluate((el) => el.contains(document.activeElement))); i++) await narrow.keyboard.press("Tab");
  expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  const first = await narrow.evaluate(() => document.activeElement?.getAttribute("data-index"));
  await narrow.keyboard.press("ArrowDown");
  expect(await narrow.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe(String(Number(first) + 1));

  // a long status with no space to break at stays inside the pane
  await narrow.evaluate(() => {
    const long = "Лист «" + "ОченьДлинноеИмяЛистаБезПробелов".repeat(4) + "» защищён: замечания на нём показаны здесь, но в листе не отмечены. Защита листа не снималась.";
    (window as unknown as { __preview: { store: { set(p: unknown): void } } }).__preview.store.set({ status: { kind: "error", text: { ru: long, en: long } } });
  });
  const frame = narrow.getByTestId("pane-frame");
  const box = (await frame.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(321);
  const status = (await narrow.getByTestId("status").boundingBox())!;
  expect(status.x + status.width).toBeLessThanOrEqual(box.x + box.width);
  expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await frame.screenshot({ path: path.join(artifacts, "preview-pane-320.png") });
  await narrow.close();
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
  // office.js outside Office tries to frame Microsoft's telemetry; the page's own Content-Security-Policy blocks it (as it must)
  const blockedTelemetry = (e: string) => /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/.test(e);
  expect(consoleErrors.filter((e) => !/favicon/.test(e) && !blockedTelemetry(e))).toEqual([]);
});
