#!/usr/bin/env node
/**
 * Installs the system packages the tests need when they are missing: Debian's Chromium (browser test),
 * LibreOffice Calc (real recalculation of written workbooks, printing to PDF), poppler-utils and the Carlito
 * font (the print test). Uses only Node's standard library,
 * so it runs before `npm ci`. As root it calls apt-get; otherwise it says what to install and fails.
 */
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

const NEEDS = [
  { pkg: "chromium", bin: ["/usr/bin/chromium"], what: "Chromium (browser test)" },
  { pkg: "libreoffice-calc", bin: ["/usr/bin/soffice", "/usr/bin/libreoffice"], what: "LibreOffice Calc (recalculation)" },
  { pkg: "poppler-utils", bin: ["/usr/bin/pdftoppm", "/usr/bin/pdftotext"], what: "poppler-utils (the print test's PDF pages)" },
  // Carlito has Calibri's metrics: without it LibreOffice prints Calibri in a wider face and the print test's
  // pages wrap differently from Excel's
  { pkg: "fonts-crosextra-carlito", bin: ["/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"], what: "the Carlito font (Calibri's metrics, for printing)" },
];

function missing() {
  return NEEDS.filter((n) => !n.bin.some((b) => fs.existsSync(b)));
}

function ensureSystem() {
  const todo = missing();
  if (todo.length === 0) return true;
  if (process.platform !== "linux" || !fs.existsSync("/usr/bin/apt-get")) {
    console.error(`Missing: ${todo.map((n) => n.what).join(", ")}. Install them with your system's package manager.`);
    return false;
  }
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const sudo = root ? [] : ["sudo", "-n"];
  console.log(`Installing ${todo.map((n) => n.pkg).join(" ")} with apt-get…`);
  const run = (args) =>
    spawnSync(sudo.length ? sudo[0] : args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  let r = run(["apt-get", "update", "-qq"]);
  if (r.status !== 0) console.error("apt-get update failed; trying the install anyway.");
  r = run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...todo.map((n) => n.pkg)]);
  if (r.status !== 0 || missing().length) {
    console.error(`Could not install ${todo.map((n) => n.pkg).join(" ")}; run as root: apt-get install ${todo.map((n) => n.pkg).join(" ")}`);
    return false;
  }
  return true;
}

function ensureNodeModules() {
  const root = require("path").resolve(__dirname, "..");
  if (fs.existsSync(`${root}/node_modules/.package-lock.json`)) return true;
  console.log("Installing npm packages from the lockfile (npm ci)…");
  return spawnSync("npm", ["ci"], { cwd: root, stdio: "inherit" }).status === 0;
}

module.exports = { ensureSystem, ensureNodeModules };

if (require.main === module) {
  process.exit(ensureSystem() && ensureNodeModules() ? 0 : 1);
}
void execFileSync;
