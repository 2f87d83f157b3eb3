#!/usr/bin/env node
/**
 * The production manifest: manifest.xml with its development origin https://localhost:3000/ replaced by the
 * production base URL, written to dist/manifest.xml.
 *
 *   PROJECT_OFFICE_URL=https://office.example.ru/project-office/ node scripts/manifest-prod.js
 *   node scripts/manifest-prod.js https://office.example.ru/project-office/ [--out dist/manifest.xml]
 *
 * The webpack build calls rewriteManifest(xml, baseUrl) on the copy it puts into dist/.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const DEV_BASE = "https://localhost:3000/";

/** Checks and normalises a base URL: absolute https, no query or fragment, ending in "/". */
function normaliseBaseUrl(baseUrl) {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    throw new Error("production base URL missing: set PROJECT_OFFICE_URL or pass it as an argument");
  }
  let url;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new Error(`not an absolute URL: ${baseUrl}`);
  }
  if (url.protocol !== "https:") throw new Error(`an Office add-in must be served over https: ${baseUrl}`);
  if (url.search || url.hash) throw new Error(`the base URL must not have a query or fragment: ${baseUrl}`);
  if (url.username || url.password) throw new Error(`the base URL must not carry credentials: ${baseUrl}`);
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

const escapeXmlAttr = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/**
 * Replaces every https://localhost:3000/ in the manifest text with baseUrl (normalised to end in "/").
 * Only those URL prefixes change; everything else stays byte for byte.
 */
function rewriteManifest(xml, baseUrl) {
  if (typeof xml !== "string") throw new TypeError("rewriteManifest: xml must be a string");
  const base = normaliseBaseUrl(baseUrl);
  if (!xml.includes(DEV_BASE)) throw new Error(`the manifest has no ${DEV_BASE} URL to rewrite`);
  return xml.split(DEV_BASE).join(escapeXmlAttr(base));
}

/** Reads manifest.xml, rewrites it and writes outFile (default dist/manifest.xml). Returns the output path. */
function writeProductionManifest(baseUrl, { root = path.resolve(__dirname, ".."), outFile } = {}) {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  const out = outFile ? path.resolve(outFile) : path.join(root, "dist", "manifest.xml");
  const rewritten = rewriteManifest(xml, baseUrl);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, rewritten, "utf8");
  return out;
}

function main(argv) {
  const args = [...argv];
  let outFile;
  const o = args.indexOf("--out");
  if (o >= 0) {
    outFile = args[o + 1];
    args.splice(o, 2);
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log("usage: node scripts/manifest-prod.js [BASE_URL] [--out FILE]   (BASE_URL defaults to $PROJECT_OFFICE_URL)");
    return 0;
  }
  const baseUrl = args[0] || process.env.PROJECT_OFFICE_URL;
  try {
    const out = writeProductionManifest(baseUrl, { outFile });
    console.log(`${path.relative(process.cwd(), out)}: ${DEV_BASE} -> ${normaliseBaseUrl(baseUrl)}`);
    return 0;
  } catch (err) {
    console.error(`manifest-prod: ${err.message}`);
    return 1;
  }
}

module.exports = { DEV_BASE, rewriteManifest, normaliseBaseUrl, writeProductionManifest };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
