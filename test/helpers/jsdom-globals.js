/**
 * jest's jsdom environment has no TextDecoder/TextEncoder, which browsers (and so the task pane) have; the pane
 * imports the .xlsx and .docx readers, which use them at module load. Node's own are the same WHATWG API.
 * Loaded before every test file (jest.config.js setupFiles); a no-op under the node environment.
 */
"use strict";
const util = require("util");
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = util.TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = util.TextEncoder;
