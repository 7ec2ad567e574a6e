// After each production build, prints what the task pane page downloads, gzipped as a web server sends it.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** What the pane page loads from this add-in: its script, the functions file it shares, its stylesheet. */
const PANE_FILES = ["taskpane.js", "functions.js", "taskpane.css"];

/** Raw and gzipped bytes of each of the pane's files; `read` gives a file's contents. */
function paneSizes(read) {
  return PANE_FILES.map((file) => {
    const content = read(file);
    return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The report's lines: each file, then the pane's JavaScript and CSS in all. */
function paneSizeReport(sizes) {
  const total = (pattern) =>
    sizes
      .filter(({ file }) => pattern.test(file))
      .reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
  return [
    "Task pane page, gzipped:",
    ...sizes.map(
      ({ file, bytes, gzipBytes }) => `  ${file}: ${kib(gzipBytes)} (${kib(bytes)} raw)`
    ),
    `  JavaScript ${kib(total(/\.js$/))}, CSS ${kib(total(/\.css$/))}`,
  ];
}

class PaneSizeReportPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("PaneSizeReportPlugin", () => {
      const read = (file) => fs.readFileSync(path.join(compiler.outputPath, file));
      console.log(paneSizeReport(paneSizes(read)).join("\n"));
    });
  }
}

module.exports = { PANE_FILES, PaneSizeReportPlugin, paneSizeReport, paneSizes };
