// help.html: the README rendered as the page each function's help link opens.
const fs = require("fs");
const path = require("path");

/** The GitHub-style anchor of a heading, so that help links match the README's own anchors. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** The markdown without the sections under the given headings (each down to the next heading of its level). */
function withoutSections(markdown, headings) {
  const kept = [];
  let skipLevel = 0;
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (heading && skipLevel && heading[1].length <= skipLevel) skipLevel = 0;
    if (heading && !skipLevel && headings.includes(heading[2].trim()))
      skipLevel = heading[1].length;
    if (!skipLevel) kept.push(line);
  }
  return kept.join("\n");
}

function renderHelp(markdown) {
  const { Marked } = require("marked");
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
      // The README's pictures are not served with the add-in: the help page names them instead.
      image({ text }) {
        return `<em>[${text}]</em>`;
      },
    },
  });
  const body = marked.parse(markdown);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>WOM KPIs for Excel: help</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code,pre{font-family:Consolas,monospace;background:#f3f2f1}pre{padding:.75rem;overflow:auto}table{border-collapse:collapse}
td,th{border:1px solid #c8c6c4;padding:.25rem .5rem}</style></head><body>
${body}</body></html>
`;
}

class HelpPagePlugin {
  /** `leaveOut`: headings of the README's sections for people working on the add-in, not using it. */
  constructor({ readme, output, leaveOut = [] }) {
    this.readme = readme;
    this.output = output;
    this.leaveOut = leaveOut;
  }
  apply(compiler) {
    const { sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      const file = path.resolve(compiler.context, this.readme);
      compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin" }, () => {
        const html = renderHelp(withoutSections(fs.readFileSync(file, "utf8"), this.leaveOut));
        compilation.emitAsset(this.output, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { HelpPagePlugin, slug, withoutSections };
