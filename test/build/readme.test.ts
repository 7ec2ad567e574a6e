// The README tells a new user everything a fresh machine needs: the Debian packages that `npm test` installs.
// It stays a README (short, the two commands CI runs), and every link in it and in docs/ leads somewhere.
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const { PACKAGES } = require("../../scripts/system-packages.js") as {
  PACKAGES: { name: string }[];
};
const { slug } = require("../../scripts/help-page");

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

function markdownUnder(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return markdownUnder(file);
    return entry.name.endsWith(".md") ? [file] : [];
  });
}

const withoutCode = (markdown: string) =>
  markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");

/** The anchors a markdown file offers: its headings' GitHub ids and its explicit anchors. */
function anchorsOf(markdown: string): Set<string> {
  const text = withoutCode(markdown);
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => slug(heading));
  const explicit = [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map(([, id]) => id);
  return new Set([...headings, ...explicit]);
}

/** Every relative link or picture of a markdown file that leads to no file, or to no anchor there. */
function brokenLinks(file: string): string[] {
  const links = [...withoutCode(read(file)).matchAll(/\]\(([^)\s]+)\)/g)].map(([, link]) => link);
  return links
    .filter((link) => !/^https?:/.test(link))
    .filter((link) => {
      const [target, anchor] = link.split("#");
      const linked = target ? path.join(path.dirname(file), target) : file;
      if (!fs.existsSync(path.join(root, linked))) return true;
      return anchor !== undefined && !anchorsOf(read(linked)).has(anchor);
    })
    .map((link) => `${file}: ${link}`);
}

describe("README.md", () => {
  it("names every Debian package that npm test installs by itself", () => {
    const readme = read("README.md");
    const missing = PACKAGES.map((p) => p.name).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("is a README, not a manual: 300 lines at most, the rest in docs/", () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(300);
  });

  it("shows the two commands that CI runs, and how to stop what the first started", () => {
    const block = /^## The two commands\n\n```sh\n([\s\S]*?)```\n\n(.*)$/m.exec(read("README.md"));
    const commands = block?.[1]
      .trim()
      .split("\n")
      .map((line) => line.replace(/\s+#.*$/, ""));
    expect(commands).toEqual(["npm install && npm start", "npm test"]);
    expect(block?.[2]).toBe("`npm stop` stops what `npm start` started.");
  });
});

describe("the documentation", () => {
  it("links only to files and anchors that exist, from the README and from every page of docs/", () => {
    // The notes are parts of the function reference, whose own test checks their links.
    const notes = path.join("docs", "functions", "notes");
    const files = ["README.md", ...markdownUnder("docs").filter((f) => !f.startsWith(notes))];
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(brokenLinks)).toEqual([]);
  });
});
