// The built bundles parse in every WebView Office runs the pane in, down to Safari 14's on old Macs.
import fs from "fs";
import path from "path";
import { hasLookbehind, unsupportedSyntax } from "../support/bundle-syntax";

const dist = path.resolve(__dirname, "../../dist");
const bundles = fs.readdirSync(dist).filter((file) => file.endsWith(".js"));

describe("the bundles in dist/", () => {
  it("are the pane's and the functions'", () => {
    expect(bundles.sort()).toEqual(["functions.js", "taskpane.js"]);
  });

  it.each(bundles)("%s holds nothing Safari 14 cannot parse or lacks", (file) => {
    expect(unsupportedSyntax(fs.readFileSync(path.join(dist, file), "utf8"))).toEqual([]);
  });
});

describe("the scan", () => {
  it.each([
    ["a lookbehind literal", "/(?<=a)b/.test(s);", "regex lookbehind /(?<=a)b/ at 0"],
    ["a negative lookbehind", "/x(?<!y)/;", "regex lookbehind /x(?<!y)/ at 0"],
    [
      "a lookbehind built from strings",
      'new RegExp("(?<" + "=a)b");',
      "regex lookbehind /(?<=a)b/ at 0",
    ],
    ["a lookbehind in a template", "RegExp(`(?<!a)b`, 'g');", "regex lookbehind /(?<!a)b/ at 0"],
    ["the d flag of a RegExp call", 'new RegExp("a", "d");', "regex flag d on /a/ at 0"],
    ["Array.prototype.at", "x = list.at(-1);", "call of at(), after Safari 14 at 4"],
    [
      "structuredClone",
      "y = structuredClone(x);",
      "call of structuredClone(), after Safari 14 at 4",
    ],
  ])("finds %s", (_, source, finding) => {
    expect(unsupportedSyntax(source)).toEqual([finding]);
  });

  it.each([
    ["a class static block", "class A { static { init(); } }"],
    ["a class field", "class A { x = 1; }"],
    ["logical assignment", "a ??= b;"],
    ["top-level await", "await load();"],
    ["the v flag", "/[\\p{L}--a]/v;"],
  ])("refuses %s as later than ES2020", (_, source) => {
    expect(unsupportedSyntax(source)).toEqual([expect.stringMatching(/^not ES2020: /)]);
  });

  it("lets through what Safari 14 parses: named groups, ?. and ??, and functions of its own", () => {
    expect(unsupportedSyntax("/(?<year>\\d{4})/u.exec(s)?.groups ?? {};")).toEqual([]);
    // A minifier's own function called `at` is no Array.prototype.at.
    expect(unsupportedSyntax("function at(x) { return x; } at(1);")).toEqual([]);
  });

  it("tells a lookbehind from look-alikes: escaped, in a class, a named group", () => {
    expect(hasLookbehind("(?<=a)")).toBe(true);
    expect(hasLookbehind("\\(?<=a")).toBe(false);
    expect(hasLookbehind("[(?<=]")).toBe(false);
    expect(hasLookbehind("[\\]](?<!a)")).toBe(true);
    expect(hasLookbehind("(?<name>a)")).toBe(false);
  });
});
