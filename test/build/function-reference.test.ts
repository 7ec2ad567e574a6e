// The function reference: generated from the built metadata and the notes, committed as docs/functions/*.md, and
// built into the help pages that each function's help link opens, in the user's language.
import fs from "fs";
import path from "path";
import { builtMetadata } from "../support/metadata";
import { declaredPolicy, policyPosition } from "../browser/support/csp";

const reference = require("../../scripts/function-reference");
const { renderHelpPage } = require("../../scripts/help-page");
const { PACKAGES } = require("../../scripts/system-packages.js") as {
  PACKAGES: { name: string }[];
};

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const table = JSON.parse(
  fs.readFileSync(path.join(root, "src/functions/translations.json"), "utf8")
);

// Each language: its built metadata, its committed markdown and the help page its links open.
const LANGUAGES = [
  { locale: "en", metadata: "functions.json", markdown: "en.md", page: "help.html" },
  {
    locale: "zh-CN",
    metadata: "functions-zh-cn.json",
    markdown: "zh-CN.md",
    page: "help-zh-cn.html",
  },
  {
    locale: "zh-TW",
    metadata: "functions-zh-tw.json",
    markdown: "zh-TW.md",
    page: "help-zh-tw.html",
  },
];

const committed = (file: string) =>
  fs.readFileSync(path.join(root, "docs/functions", file), "utf8");
const helpPage = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");
const byLocale = () => reference.functionsByLocale(builtMetadata);

/** An element of the page with this id, not the id merely written in the text. */
function elementWithId(id: string): RegExp {
  return new RegExp(`<[a-z][a-z0-9]*\\s[^<>]*\\bid="?${id}[" >]`);
}

/** The text a reader sees in a page: tags dropped, character references decoded. */
function textOf(html: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&(\w+);/g, (entity, name) => named[name] ?? entity);
}

/** One function's part of a page: from its anchor to the next function's anchor, or the methods. */
function sectionOf(page: string, id: string): string {
  const start = page.indexOf(`<a id="wom${id.toLowerCase()}"></a>`);
  expect([id, start]).not.toEqual([id, -1]);
  const rest = page.slice(start + 1);
  return rest.slice(0, rest.search(/<a id="[a-z]+"><\/a>/));
}

describe.each(LANGUAGES)(
  "the function reference in $locale",
  ({ locale, metadata, markdown, page }) => {
    it(`is committed as docs/functions/${markdown} exactly as the script makes it (npm run docs:functions)`, () => {
      const expected = reference.referenceFile(byLocale(), reference.readNotes(), locale);
      expect(committed(markdown)).toBe(expected);
    });

    it("gives every function its name, description, each parameter with its help, and its result", () => {
      const text = committed(markdown);
      for (const f of builtMetadata(metadata).functions) {
        const section = sectionOf(text, f.id);
        const parameters = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
        expect(section).toContain(`### WOM.${f.name}\n`);
        expect(section).toContain(`\`=WOM.${f.name}(${parameters.join(", ")})\``);
        expect(section).toContain(f.description);
        for (const [i, p] of f.parameters.entries())
          expect(section).toContain(`| \`${parameters[i]}\` | ${p.description} |`);
        // The result, from the metadata: the three spilling functions say so ("spilled", 溢出).
        const result = /^\*\*(Returns|返回|傳回)\*\*.*$/m.exec(section)?.[0] ?? "";
        const spills = f.result.dimensionality === "matrix";
        expect([f.id, result !== "", /spilled|溢出/.test(result)]).toEqual([f.id, true, spills]);
      }
    });

    it("lists every function under its English, simplified and traditional Chinese names", () => {
      const text = committed(markdown);
      for (const f of builtMetadata("functions.json").functions) {
        const names = [
          f.name,
          table.functions[f.id]["zh-CN"].name,
          table.functions[f.id]["zh-TW"].name,
        ];
        for (const name of names)
          expect([f.id, text.includes(`WOM.${name}`)]).toEqual([f.id, true]);
      }
    });

    it(`is ${page}, in ${locale}, with an anchor for every help link of ${metadata}`, () => {
      const html = helpPage(page);
      expect(html).toMatch(new RegExp(`<html lang="?${locale}[" >]`));
      for (const f of builtMetadata(metadata).functions) {
        const url = new URL(f.helpUrl);
        expect([f.id, path.basename(url.pathname)]).toEqual([f.id, page]);
        expect(html).toMatch(elementWithId(url.hash.slice(1)));
        expect([f.id, textOf(html).includes(f.description)]).toEqual([f.id, true]);
      }
    });

    it("holds nothing for developers: no install steps, packages, policies or source paths", () => {
      const body = helpPage(page).split(/<body>/)[1];
      const forbidden = [
        ...PACKAGES.map((p) => p.name),
        "npm ",
        "apt-get",
        "Content-Security-Policy",
        "README",
        "manifest",
      ];
      expect(forbidden.filter((word) => body.includes(word))).toEqual([]);
      // No path into the repository: src/, scripts/, test/, bench/, docs/.
      expect(body.match(/(^|[\s>(`"])(src|scripts|test|bench|docs)\//g)).toBeNull();
    });

    it("loads nothing but its stylesheet, under a policy declared before it", () => {
      const html = helpPage(page);
      const { policy, firstResource } = policyPosition(html);
      expect(policy).toBeGreaterThan(-1);
      expect(policy).toBeLessThan(firstResource);
      expect(Object.fromEntries(declaredPolicy(html))).toEqual({
        "default-src": ["'none'"],
        "style-src": ["'self'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
      });
      expect(html).not.toMatch(/<script\b|<style\b|\sstyle=|\son[a-z]+=/i);
      expect([...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag)).toEqual([
        "<link rel=stylesheet href=help.css>",
      ]);
      expect(fs.existsSync(path.join(dist, "help.css"))).toBe(true);
    });
  }
);

describe("the notes of the function reference", () => {
  const english = () => builtMetadata("functions.json");

  it("cover every function in English, 简体中文 and 繁體中文, and link only to anchors the pages have", () => {
    expect(reference.notesProblems(english(), reference.readNotes())).toEqual([]);
  });

  it("fail the build, naming what is missing, when a function lacks its notes or a link its anchor", () => {
    const notes = reference.readNotes();
    delete notes.functions.CHURN["zh-TW"];
    notes.functions.GHOST = notes.functions.NPS;
    notes.contents.groups[0].functions.push("EMV");
    notes.functions.ROI.en = {
      label: "return",
      text: "See [WOM.ROAS](#womroas) and [this](#nowhere).",
    };
    expect(reference.notesProblems(english(), notes)).toEqual([
      "CHURN.md has no zh-TW notes",
      "EMV is not listed once in contents.json",
      "GHOST has notes but is not a function",
      "a en note links to #nowhere, which no page has",
    ]);
  });
});

describe("the result lines of contents.json", () => {
  it("fail the build when one is for no function or lacks a language", () => {
    const notes = reference.readNotes();
    notes.contents.returns.GHOST = notes.contents.returns.SENTIMENT;
    delete notes.contents.returns.SENTIMENTWHY["zh-TW"];
    expect(reference.notesProblems(builtMetadata("functions.json"), notes)).toEqual([
      "GHOST has notes but is not a function",
      "SENTIMENTWHY's result in contents.json has no zh-TW line",
    ]);
  });
});

describe("a help page's markdown", () => {
  const render = (markdown: string) =>
    renderHelpPage({ markdown, lang: "en", title: "t" }).split("<body>")[1];

  it("gives the heading under an anchor line that anchor as its id, and every other heading its GitHub id", () => {
    const body = render('<a id="womnps"></a>\n\n### WOM.口碑净推荐值\n\n## Methods and sources');
    expect(body).toBe(
      '\n<h3 id="womnps">WOM.口碑净推荐值</h3>\n<h2 id="methods-and-sources">Methods and sources</h2>\n</body></html>\n'
    );
  });

  it("shows any other markup as text, so nothing in the notes can run or load", () => {
    const body = render("<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> here");
    expect(body).not.toMatch(/<script|<img/);
    expect(body).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(body).toContain("&#60;img src=x onerror=alert(1)&#62;");
  });
});
