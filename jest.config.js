/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/setup/office-addin-manifest.ts" },
  setupFiles: ["<rootDir>/test/setup/custom-functions-runtime.ts"],
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/support/closing-line-reporter.js"],
};
