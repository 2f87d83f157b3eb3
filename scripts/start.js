#!/usr/bin/env node
/**
 * `npm start`: runs the add-in.
 * - Windows and macOS (where Excel desktop exists): office-addin-debugging serves it over https with
 *   development certificates and sideloads manifest.xml into Excel.
 * - Linux (no Excel desktop): serves it over https and prints how to sideload into Excel on the web
 *   and where the preview page is (the task pane beside an in-memory workbook, no Excel needed).
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ensureNodeModules } = require("./ensure-system");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name + (process.platform === "win32" ? ".cmd" : ""));
const port = require("../package.json").config.dev_server_port;

if (!ensureNodeModules()) process.exit(1);

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}

// Linux: development certificates (office-addin-dev-certs; trusting them in the system store needs root).
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
if (!fs.existsSync(path.join(certDir, "localhost.crt"))) {
  console.log("Creating development certificates (office-addin-dev-certs)…");
  const r = spawnSync(bin("office-addin-dev-certs"), ["install", "--machine"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) console.log("Could not install the certificates; the dev server uses a self-signed one (your browser will ask to trust it).");
}

const base = `https://localhost:${port}`;
console.log(`
Проектный офис — сервер разработки / Project Office dev server
  Задачная панель / Task pane:  ${base}/taskpane.html
  Предпросмотр без Excel / Preview without Excel:  ${base}/preview.html

Excel на этом компьютере не запускается (Linux). Чтобы открыть надстройку в Excel в браузере:
  1. Откройте книгу в Excel в Интернете (Microsoft 365).
  2. Главная → Надстройки → Дополнительные параметры → Мои надстройки → Отправить мою надстройку.
  3. Выберите файл ${path.join(root, "manifest.xml")}.
Excel desktop cannot run on Linux. To sideload into Excel on the web: Home → Add-ins → More add-ins →
My add-ins → Upload My Add-in → choose manifest.xml. The server must be reachable from that browser.
`);
const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
