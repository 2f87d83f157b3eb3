/** Unit and integration tests. The browser test lives in test/e2e and runs under its own config. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  setupFiles: ["<rootDir>/test/helpers/jsdom-globals.js"],
  testTimeout: 30000,
};
