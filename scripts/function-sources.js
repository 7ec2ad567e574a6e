// The files that declare custom functions: every .ts file in src/functions whose JSDoc has a @customfunction tag.
const fs = require("fs");
const path = require("path");

/** Absolute paths of the function files, sorted, so that the build and the tests read the same list. */
function functionSources(root = path.resolve(__dirname, "..")) {
  const folder = path.join(root, "src/functions");
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => path.join(folder, name))
    .filter((file) => /^\s*\*\s*@customfunction\b/m.test(fs.readFileSync(file, "utf8")));
}

module.exports = { functionSources };
