// The help pages' HTML: markdown rendered into a page that loads nothing but its own stylesheet.

/** The stylesheet every help page links to, a file of its own so that the page needs no inline style. */
const HELP_STYLESHEET = "help.css";

const CSS = `body{font-family:"Segoe UI","Microsoft YaHei",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
:lang(zh-TW) body{font-family:"Segoe UI","Microsoft JhengHei",system-ui,sans-serif}
code,pre{font-family:Consolas,monospace;background:#f3f2f1;overflow-wrap:anywhere}pre{padding:.75rem;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #c8c6c4;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
`;

// Only this add-in's stylesheet: no script, no frame, no other site; links still navigate.
const POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'";

// A line of the markdown that names the anchor of the heading below it: a function's help link lands there.
const ANCHOR = /^<a id="([a-z][a-z0-9-]*)"><\/a>$/;

/** The GitHub-style anchor of a heading, so that links work alike on GitHub and on the help pages. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The markdown's tokens, each anchor line taken out and given to the heading below it. */
function anchoredTokens(marked, markdown) {
  const tokens = marked.lexer(markdown);
  const kept = [];
  let anchor;
  for (const token of tokens) {
    const id = token.type === "paragraph" && ANCHOR.exec(token.raw.trim())?.[1];
    if (id) anchor = id;
    else if (token.type === "heading" && anchor) {
      kept.push({ ...token, anchor });
      anchor = undefined;
    } else if (token.type !== "space") kept.push(token);
  }
  return Object.assign(kept, { links: tokens.links });
}

function bodyOf(markdown) {
  const { Marked } = require("marked");
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth, anchor }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${anchor ?? slug(text)}">${text}</h${depth}>\n`;
      },
      // HTML in the markdown is shown as text, never run or rendered.
      html({ text }) {
        return escapeHtml(text);
      },
    },
  });
  return marked.parser(anchoredTokens(marked, markdown));
}

/** A whole help page in `lang` (a BCP 47 tag such as "zh-CN"), from its markdown. */
function renderHelpPage({ markdown, lang, title }) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${HELP_STYLESHEET}"></head><body>
${bodyOf(markdown)}</body></html>
`;
}

module.exports = { HELP_STYLESHEET, CSS, renderHelpPage, slug };
