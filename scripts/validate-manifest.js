#!/usr/bin/env node
/**
 * Validates manifest.xml.
 *
 *   node scripts/validate-manifest.js [MANIFEST] [--offline]
 *
 * 1. Online, when Microsoft's validation service answers: `office-addin-manifest validate MANIFEST`
 *    (the manifest is sent to the service office-addin-manifest uses).
 * 2. Always: the offline checks, `jest test/manifest` (resources, locales, URLs, icons, commands).
 *
 * The service is probed first with one HTTPS HEAD request and a short deadline, so on a machine without
 * internet access the script says so and goes straight to the offline checks (a few seconds, never a hang).
 * Exit code: 0 when every check that could run passed; 1 otherwise. An unreachable service is not a failure.
 */
"use strict";

const fs = require("fs");
const https = require("https");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PROBE_DEADLINE_MS = 5000;
const ONLINE_DEADLINE_MS = 120000;
const FALLBACK_HOST = "validationgateway.omex.office.net";

/** The validation service's host, read from the installed office-addin-manifest so an upgrade is followed. */
function validationHost() {
  try {
    const src = fs.readFileSync(require.resolve("office-addin-manifest/lib/validate.js", { paths: [ROOT] }), "utf8");
    const m = /https:\/\/([a-z0-9.-]+)\/package\/api\/check/i.exec(src);
    if (m) return m[1];
  } catch {
    // not installed or laid out differently: use the known host
  }
  return FALLBACK_HOST;
}

/** Resolves true when the host answers an HTTPS HEAD request (any status) within the deadline. */
function reachable(host, deadlineMs = PROBE_DEADLINE_MS, port = 443) {
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(ok);
    };
    const req = https.request({ host, port, path: "/", method: "HEAD", timeout: deadlineMs }, (res) => {
      res.resume();
      finish(true);
    });
    req.on("timeout", () => finish(false));
    req.on("error", () => finish(false));
    const timer = setTimeout(() => finish(false), deadlineMs); // covers a slow DNS lookup too
    req.end();
  });
}

/** Runs a command with inherited output; resolves its exit code (1 when it could not start or overran). */
function run(cmd, args, deadlineMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit" });
    let timer = null;
    if (deadlineMs) {
      timer = setTimeout(() => {
        console.error(`\n${path.basename(args[0] || cmd)}: no answer within ${deadlineMs / 1000} s, stopped.`);
        child.kill();
      }, deadlineMs);
    }
    child.on("error", (err) => {
      if (timer) clearTimeout(timer);
      console.error(`${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve(signal ? 1 : code == null ? 1 : code);
    });
  });
}

function offlineChecks() {
  const jest = require.resolve("jest/bin/jest", { paths: [ROOT] });
  return run(process.execPath, [jest, "test/manifest"]);
}

async function main(argv) {
  const offline = argv.includes("--offline");
  const manifest = argv.find((a) => !a.startsWith("--")) || "manifest.xml";
  if (!fs.existsSync(path.resolve(ROOT, manifest))) {
    console.error(`Нет файла ${manifest} / No such file: ${manifest}`);
    return 1;
  }

  let onlineCode = 0;
  const host = validationHost();
  if (!offline && (await reachable(host))) {
    console.log(`Онлайн-проверка манифеста (${host}) / Online manifest validation (${host})\n`);
    const cli = require.resolve("office-addin-manifest/cli.js", { paths: [ROOT] });
    onlineCode = await run(process.execPath, [cli, "validate", manifest], ONLINE_DEADLINE_MS);
  } else {
    console.log(
      [
        offline ? "Онлайн-проверка манифеста пропущена (--offline)." : `Онлайн-проверка манифеста недоступна на этой машине: сервис ${host} не отвечает.`,
        offline ? "Online manifest validation skipped (--offline)." : `Online manifest validation is not available on this machine: ${host} does not answer.`,
        "Выполняются офлайн-проверки / Running the offline checks: npx jest test/manifest",
        "",
      ].join("\n"),
    );
  }

  const offlineCode = await offlineChecks();
  return onlineCode === 0 && offlineCode === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // exit explicitly: an abandoned DNS lookup must not keep the process waiting
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

module.exports = { validationHost, reachable };
