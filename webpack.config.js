/**
 * Builds three pages into dist/:
 *  - taskpane.html: the shared runtime page (ribbon commands + task pane). Commands register at once;
 *    the React UI is a separate chunk loaded after, so a ribbon click never waits for React.
 *  - commands.html: the commands alone (for hosts without the shared runtime).
 *  - preview.html: the real task pane beside a grid view of an in-memory fake workbook, for people without Excel.
 * In production the manifest's dev URL is rewritten to PROJECT_OFFICE_URL (see README).
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist";

/** Office.js loaded from Microsoft's CDN inside Office; a local copy in the preview, where no CDN is reached. */
const OFFICE_JS_CDN = `${OFFICE_CDN}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL = "office-js/office.js";

/**
 * Internet Explorer 11 (the Trident engine of Office 2016/2019 on older Windows) runs none of the add-in's script; the
 * manifest asks for ExcelApi 1.14, which no Trident-hosted Excel has, and this plain page says so should one load it
 * anyway: shown by default, hidden by every browser that knows @supports (Trident does not).
 */
const TOO_OLD =
  "<style>#too-old{display:block;font:14px Segoe UI,sans-serif;padding:16px}@supports (display:grid){#too-old{display:none}}</style>" +
  '<div id="too-old">Эта версия Office слишком старая для «Проектного офиса»: нужен Excel 2021 или новее, Microsoft 365 или Excel в браузере.<br /><br />' +
  "This version of Office is too old for Project Office: Excel 2021 or later, Microsoft 365 or Excel on the web is needed.</div>";

function csp(extraScript) {
  // Only the add-in's own origin and the Office.js CDN. Fluent UI injects <style> elements, hence 'unsafe-inline' for styles only.
  return [
    "default-src 'self'",
    `script-src 'self' ${extraScript}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${extraScript}`.trim(),
    `frame-src 'self' ${OFFICE_CDN}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const prodUrl = (process.env.PROJECT_OFFICE_URL || "").replace(/\/?$/, "/");
  const page = (name, chunks, title, officeJs, body) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: "./src/page.html",
      chunks,
      templateParameters: { title, officeJs, csp: csp(officeJs.startsWith("http") ? OFFICE_CDN : ""), body: body || "" },
    });

  return {
    devtool: "source-map", // never eval-based: the pages' CSP forbids eval
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/index.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      // `globalThis` as is: without it webpack's runtime falls back to new Function("return this"), which the CSP forbids
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } } }],
    },
    performance: { hints: false },
    plugins: [
      page("taskpane", ["taskpane"], "Проектный офис", OFFICE_JS_CDN, TOO_OLD + '<div id="root"></div>'),
      page("commands", ["commands"], "Проектный офис: команды", OFFICE_JS_CDN),
      page("preview", ["preview"], "Проектный офис: предпросмотр", OFFICE_JS_LOCAL, '<div id="root"></div>'),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // office.js and the companion files it loads outside Office (strings, the host mapping table)
          ...["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js", "ru-ru/office_strings.js"].map((f) => ({
            from: path.join(OFFICE_JS_DIR, f),
            to: `office-js/${f}`,
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              if (dev || !prodUrl || prodUrl === "/") return content;
              const { rewriteManifest } = require("./scripts/manifest-prod.js");
              return rewriteManifest(content.toString(), prodUrl);
            },
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
      server: dev && env && env.https === "false" ? "http" : { type: "https", options: devCerts() },
    },
  };
};

/** Development certificates from office-addin-dev-certs (created by `npm start` when missing). */
function devCerts() {
  try {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    return { key: fs.readFileSync(path.join(dir, "localhost.key")), cert: fs.readFileSync(path.join(dir, "localhost.crt")), ca: fs.readFileSync(path.join(dir, "ca.crt")) };
  } catch {
    return {}; // webpack-dev-server makes a self-signed certificate
  }
}
