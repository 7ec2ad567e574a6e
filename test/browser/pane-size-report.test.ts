// The build's report of what the task pane page downloads, checked against dist/ gzipped here.
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { DIST } from "./support/browsing";

const report = require("../../scripts/pane-size-report");

describe("the task pane size report of the build", () => {
  const read = (file: string) => fs.readFileSync(path.join(DIST, file));

  it("names every file the pane page loads from this add-in", () => {
    const html = read("taskpane.html").toString();
    // The built page's attributes are unquoted where they can be; the Office CDN's script is not ours.
    const loaded = [...html.matchAll(/(?:src|href)="?([^"\s>]+\.(?:js|css))/g)]
      .map(([, file]) => file)
      .filter((file) => !file.includes("://"));
    expect([...report.PANE_FILES].sort()).toEqual(loaded.sort());
  });

  it("gives each file's size gzipped, and the pane's JavaScript and CSS in all", () => {
    const gzipped = (file: string) => zlib.gzipSync(read(file), { level: 9 }).length;
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    const lines: string[] = report.paneSizeReport(report.paneSizes(read));
    expect(lines[1]).toBe(
      `  taskpane.js: ${kib(gzipped("taskpane.js"))} (${kib(read("taskpane.js").length)} raw)`
    );
    const js = gzipped("taskpane.js") + gzipped("functions.js");
    expect(lines[lines.length - 1]).toBe(
      `  JavaScript ${kib(js)}, CSS ${kib(gzipped("taskpane.css"))}`
    );
  });
});
