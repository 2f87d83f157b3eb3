/**
 * Preloaded with `node -r` into a command-line run: every way out to the network — sockets, TLS, HTTP(S),
 * HTTP/2, UDP, DNS and fetch — records the attempt in the file named by PO_NET_LOG and throws.
 * test/security/network.test.ts asserts that the log stays empty.
 */
"use strict";
const fs = require("fs");

function blocked(what) {
  return function () {
    const first = arguments[0];
    let target = "";
    try {
      target = typeof first === "string" ? first : first && (first.href || first.host || first.hostname || first.path || JSON.stringify(first));
    } catch {
      target = String(first);
    }
    try {
      fs.appendFileSync(process.env.PO_NET_LOG || "network.log", JSON.stringify({ what, target: String(target) }) + "\n");
    } catch {
      /* the throw below still stops the call */
    }
    throw new Error(`network call blocked by the test: ${what}`);
  };
}

const net = require("net");
net.connect = blocked("net.connect");
net.createConnection = blocked("net.createConnection");
net.Socket.prototype.connect = blocked("net.Socket#connect");
const tls = require("tls");
tls.connect = blocked("tls.connect");
for (const name of ["http", "https"]) {
  const m = require(name);
  m.request = blocked(`${name}.request`);
  m.get = blocked(`${name}.get`);
}
require("http2").connect = blocked("http2.connect");
require("dgram").createSocket = blocked("dgram.createSocket");
const dns = require("dns");
for (const k of ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveTxt", "resolveSrv", "reverse"]) dns[k] = blocked(`dns.${k}`);
for (const k of ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny"]) dns.promises[k] = blocked(`dns.promises.${k}`);
globalThis.fetch = blocked("fetch");
if (globalThis.WebSocket) globalThis.WebSocket = blocked("WebSocket");
