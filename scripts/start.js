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
const { usageDataOff } = require("./usage-data-off");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name + (process.platform === "win32" ? ".cmd" : ""));
/** office-addin-* tools run through node: their cli.js ships without the executable bit. */
const tool = (name, args) => [process.execPath, [path.join(root, "node_modules", name, "cli.js"), ...args]];
const port = require("../package.json").config.dev_server_port;

if (!ensureNodeModules()) process.exit(1);

// The office-addin-* tools below send no usage data (scripts/usage-data-off.js says how that is decided).
try {
  usageDataOff();
} catch (e) {
  console.log(`Could not switch off the office-addin tools' usage data (${e.message}); they send none in version 3.`);
}

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync(...tool("office-addin-debugging", ["start", "manifest.xml", "desktop", "--app", "excel"]), { cwd: root, stdio: "inherit" });
  process.exit(r.status ?? 1);
}

// Linux: development certificates (office-addin-dev-certs makes them; trusting its CA needs root).
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
if (!fs.existsSync(path.join(certDir, "localhost.crt"))) {
  console.log("Creating development certificates (office-addin-dev-certs)…");
  spawnSync(...tool("office-addin-dev-certs", ["install", "--machine"]), { cwd: root, stdio: "inherit" });
  const ca = path.join(certDir, "ca.crt");
  const trusted = "/usr/local/share/ca-certificates/office-addin-dev-ca.crt";
  if (fs.existsSync(ca) && process.getuid && process.getuid() === 0 && fs.existsSync("/usr/sbin/update-ca-certificates")) {
    fs.copyFileSync(ca, trusted);
    spawnSync("/usr/sbin/update-ca-certificates", [], { stdio: "ignore" });
    console.log(`Trusted the development CA in the system store (${trusted}).`);
  } else if (fs.existsSync(ca)) {
    console.log(`To trust the development CA: sudo cp ${ca} ${trusted} && sudo update-ca-certificates`);
  } else {
    console.log("No development certificates: the dev server uses a self-signed one (your browser will ask to trust it).");
  }
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
