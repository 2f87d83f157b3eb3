#!/usr/bin/env node
/**
 * Switches off the usage data (telemetry) of Microsoft's office-addin-* tools before any of them runs.
 *
 * How those tools decide (node_modules/office-addin-usage-data):
 *  - up to 2.x, OfficeAddinUsageData reads the level from a file in the home directory,
 *        ~/office-addin-usage-data.json  →  { "usageDataInstances": { "<group>": { "usageDataLevel": "off" } } }
 *    (group "office-addin-usage-data", shared by office-addin-debugging, -dev-certs, -manifest…). When the
 *    group is in the file the tools neither ask nor send; "off" sends nothing. No environment variable is read.
 *  - 3.x (what package-lock.json installs) removed the reporting: every method is a no-op and the level is
 *    always "off". The file is still written, so a downgrade or another copy of the package stays silent.
 *
 * Used by scripts/start.js, and by package.json scripts as `node scripts/usage-data-off.js && office-addin-…`.
 * Keeps whatever else the file holds; every group already listed in it is set to "off" too.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const FILE_NAME = "office-addin-usage-data.json";
const GROUP = "office-addin-usage-data";

/** Writes "off" for the tools' group (and every other group in the file). Returns the file and whether it changed. */
function usageDataOff(home = os.homedir()) {
  const file = path.join(home, FILE_NAME);
  let data = {};
  let before = "";
  try {
    before = fs.readFileSync(file, "utf8");
    data = JSON.parse(before);
  } catch {
    data = {};
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) data = {};
  const instances = data.usageDataInstances && typeof data.usageDataInstances === "object" && !Array.isArray(data.usageDataInstances) ? data.usageDataInstances : {};
  for (const name of new Set([GROUP, ...Object.keys(instances)])) {
    const group = instances[name] && typeof instances[name] === "object" ? instances[name] : {};
    group.usageDataLevel = "off";
    instances[name] = group;
  }
  data.usageDataInstances = instances;
  const after = JSON.stringify(data, null, 2);
  if (after === before) return { file, changed: false };
  fs.writeFileSync(file, after);
  return { file, changed: true };
}

module.exports = { usageDataOff, FILE_NAME, GROUP };

if (require.main === module) {
  try {
    usageDataOff();
  } catch (e) {
    // Not fatal for the tool that follows (3.x sends nothing anyway), but say why the file could not be written.
    process.stderr.write(`usage-data-off: could not write ~/${FILE_NAME} (${(e && e.message) || e})\n`);
  }
}
