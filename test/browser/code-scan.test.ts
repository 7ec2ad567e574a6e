// No HTML built from strings, no string run as code and no inline handler anywhere in the pane: in the
// sources of everything the page bundles, in its HTML, and in the built bundles, library code included.
import fs from "fs";
import path from "path";
import { DIST } from "./support/browsing";

const ROOT = path.resolve(__dirname, "../..");
// The page bundles every folder of src/ except the command-line report.
const PAGE_SOURCES = ["taskpane", "excel", "summary", "i18n", "cells", "kpi", "functions"];

const FORBIDDEN_IN_CODE: [string, RegExp][] = [
  ["innerHTML or outerHTML", /\.(inner|outer)HTML\b/],
  ["insertAdjacentHTML", /insertAdjacentHTML/],
  ["document.write", /document\.write/],
  ["eval", /\beval\s*\(/],
  ["the Function constructor", /\bFunction\s*\(/],
  ["a timer given a string", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ["an inline handler attribute", /setAttribute\(\s*["'`]on|["'`]?\bon[a-z]+["'`]?\s*:\s*["'`]/],
  ["a javascript: URL", /javascript:/i],
];

const FORBIDDEN_IN_HTML: [string, RegExp][] = [
  ["an inline script", /<script\b(?![^>]*\ssrc=)/i],
  ["an inline handler", /<[^>]+\son[a-z]+\s*=/i],
  ["a style attribute", /<[^>]+\sstyle\s*=/i],
  ["a style element", /<style\b/i],
];

function filesUnder(folder: string, extension: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}

function findings(files: string[], rules: [string, RegExp][]): string[] {
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    const where = path.relative(ROOT, file);
    return rules.filter(([, rule]) => rule.test(text)).map(([name]) => `${where}: ${name}`);
  });
}

/** Each library construct the bundle may hold, as minified, and why it is harmless here. */
const LIBRARY_CONSTRUCTS: [string, RegExp][] = [
  // FAST (under Fluent) parses its own component templates, never data, through its Trusted Types policy.
  ["innerHTML", /\b\w+\.innerHTML=\w+\.createHTML\(\w+\)/g],
  // FAST reading a template element's own markup back, to report a binding it cannot place.
  ["innerHTML", /\(\w+=\w+\.innerHTML\)/g],
  ["innerHTML", /:this\.html\.innerHTML,/g],
  // FAST's <style> fallback for browsers without constructable stylesheets, holding its own CSS (twice: the
  // element controller's and the one for styles used without it).
  ["innerHTML", /\b\w+\.innerHTML=(?:this\.styles|\w+)\[\w+\],\w+\.className=/g],
  // Fluent's setTheme refuses any token value holding a javascript: URL: the word is in the pattern refusing it.
  ["javascript:", /\|expression\\s\*\\\(\|javascript:\)\/i/g],
];

const count = (text: string, pattern: RegExp | string) =>
  typeof pattern === "string" ? text.split(pattern).length - 1 : (text.match(pattern) ?? []).length;

describe("the pane's code", () => {
  it("builds no HTML from strings and runs no string as code, in any source the page bundles", () => {
    const sources = PAGE_SOURCES.flatMap((folder) =>
      filesUnder(path.join(ROOT, "src", folder), ".ts")
    );
    expect(sources.length).toBeGreaterThan(40);
    expect(findings(sources, FORBIDDEN_IN_CODE)).toEqual([]);
  });

  it("has no inline script, handler or style in its HTML, as written and as built", () => {
    const pages = [path.join(ROOT, "src/taskpane/taskpane.html"), path.join(DIST, "taskpane.html")];
    expect(findings(pages, FORBIDDEN_IN_HTML)).toEqual([]);
  });

  it.each(["taskpane.js", "functions.js"])(
    "dist/%s holds none either, but for library constructs that never take data",
    (bundle) => {
      const text = fs.readFileSync(path.join(DIST, bundle), "utf8");
      for (const token of ["innerHTML", "Function(", "javascript:"]) {
        const explained = LIBRARY_CONSTRUCTS.filter(([name]) => name === token).reduce(
          (sum, [, pattern]) => sum + count(text, pattern),
          0
        );
        expect([token, count(text, token)]).toEqual([token, explained]);
      }
      const rest = FORBIDDEN_IN_CODE.filter(
        ([name]) => !/innerHTML|Function|javascript:/.test(name)
      );
      const found = rest.filter(([, rule]) => rule.test(text)).map(([name]) => name);
      expect(found).toEqual([]);
    }
  );
});
