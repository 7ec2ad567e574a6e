// The function reference, one page per language, made from the functions metadata the build writes (names,
// descriptions, parameters in English, 简体中文 and 繁體中文) and the notes in docs/functions/notes/ (what each
// function counts, its edge cases, an example). The build turns it into the help pages each function's help link
// opens; `npm run docs:functions` writes it as docs/functions/<locale>.md.
const fs = require("fs");
const path = require("path");
const { CSS, HELP_STYLESHEET, renderHelpPage } = require("./help-page");
const { ENGLISH, LOCALES } = require("./localized-metadata");

const ROOT = path.resolve(__dirname, "..");
const NOTES = path.join(ROOT, "docs/functions/notes");
const DOCS = path.join(ROOT, "docs/functions");
const PAGES = [ENGLISH, ...LOCALES];
// Notes files that are not about one function.
const PAGE_PARTS = ["intro.md", "methods.md"];
const METHODS_ANCHOR = "methods";

/** The anchor of a function on every language's page, as its @helpurl names it: WOM.NPS is #womnps. */
function anchorOf(id) {
  return `wom${id.toLowerCase()}`;
}

/** A notes file by language: "## en: label" opens the English section (the label is optional), and so on. */
function sectionsOf(text) {
  const sections = {};
  let open;
  for (const line of text.split("\n")) {
    const heading = /^## (en|zh-CN|zh-TW)(?:: (.+))?$/.exec(line);
    if (heading) sections[heading[1]] = open = { label: heading[2], lines: [] };
    else open?.lines.push(line);
  }
  return Object.fromEntries(
    Object.entries(sections).map(([locale, { label, lines }]) => [
      locale,
      { label, text: lines.join("\n").trim() },
    ])
  );
}

/** Everything docs/functions/notes/ holds: the page's words and order, its opening and closing, each function's notes. */
function readNotes() {
  const read = (name) => sectionsOf(fs.readFileSync(path.join(NOTES, name), "utf8"));
  const functions = {};
  for (const name of fs.readdirSync(NOTES).sort())
    if (name.endsWith(".md") && !PAGE_PARTS.includes(name))
      functions[path.basename(name, ".md")] = read(name);
  return {
    contents: JSON.parse(fs.readFileSync(path.join(NOTES, "contents.json"), "utf8")),
    intro: read("intro.md"),
    methods: read("methods.md"),
    functions,
  };
}

/** Every way the notes fail to cover the metadata, as sentences; empty when each function has its notes in every language. */
function notesProblems(metadata, notes) {
  const problems = [];
  // Sorted, so that the problems come in the same order whichever file declares a function.
  const ids = metadata.functions.map((f) => f.id).sort();
  const listed = notes.contents.groups.flatMap((g) => g.functions);
  for (const id of ids) {
    if (listed.filter((l) => l === id).length !== 1)
      problems.push(`${id} is not listed once in contents.json`);
    for (const { locale } of PAGES) {
      const section = notes.functions[id]?.[locale];
      if (!section?.label || !section.text) problems.push(`${id}.md has no ${locale} notes`);
    }
  }
  const returns = notes.contents.returns ?? {};
  for (const id of new Set([...listed, ...Object.keys(notes.functions), ...Object.keys(returns)]))
    if (!ids.includes(id)) problems.push(`${id} has notes but is not a function`);
  for (const [id, lines] of Object.entries(returns))
    for (const { locale } of PAGES)
      if (!lines[locale]) problems.push(`${id}'s result in contents.json has no ${locale} line`);
  const anchors = new Set([...ids.map(anchorOf), METHODS_ANCHOR]);
  const parts = [notes.intro, notes.methods, ...Object.values(notes.functions)];
  for (const { locale } of PAGES) {
    if (!notes.intro[locale] || !notes.methods[locale]?.label)
      problems.push(`intro.md or methods.md has no ${locale} section`);
    for (const text of parts.map((part) => part[locale]?.text ?? ""))
      for (const [, anchor] of text.matchAll(/\]\(#([^)]*)\)/g))
        if (!anchors.has(anchor))
          problems.push(`a ${locale} note links to #${anchor}, which no page has`);
  }
  return problems;
}

const cell = (text) => text.replace(/\|/g, "\\|");

// A parameter as Excel's tooltip shows it: an optional one in brackets.
const shown = (p) => (p.optional ? `[${p.name}]` : p.name);

function signature(f) {
  return `\`=WOM.${f.name}(${f.parameters.map(shown).join(", ")})\``;
}

/** What a function returns: its own line in contents.json when one number or a row of numbers does not say it. */
function resultLine(f, contents, locale) {
  const own = contents.returns?.[f.id]?.[locale];
  if (own) return own;
  const words = contents.words[locale];
  return f.result.dimensionality === "matrix" ? words.returnsSpilled : words.returnsOne;
}

function functionSection(f, notes, contents, locale) {
  const words = contents.words[locale];
  const rows = f.parameters.map((p) => `| \`${shown(p)}\` | ${cell(p.description)} |`);
  const result = resultLine(f, contents, locale);
  return [
    `<a id="${anchorOf(f.id)}"></a>`,
    `### WOM.${f.name}`,
    signature(f),
    f.description,
    ...(rows.length
      ? [`| ${words.parameter} | ${words.help} |\n|---|---|\n${rows.join("\n")}`]
      : []),
    result,
    notes.text,
  ];
}

/** The index: each function under its name here and in the other two languages, and what it measures. */
function contentsTable(byLocale, notes, locale, words) {
  const others = PAGES.map((p) => p.locale).filter((l) => l !== locale);
  const nameIn = (l, id) => `WOM.${byLocale[l].find((f) => f.id === id).name}`;
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const header = [
    words.function,
    ...others.map((l) => notes.contents.languages[l]),
    words.measures,
  ];
  const rows = notes.contents.groups
    .flatMap((g) => g.functions)
    .map((id) =>
      line([
        `[${nameIn(locale, id)}](#${anchorOf(id)})`,
        ...others.map((l) => `\`${nameIn(l, id)}\``),
        cell(notes.functions[id][locale].label),
      ])
    );
  return [line(header), line(header.map(() => "---")), ...rows].join("\n");
}

/**
 * The reference in `locale` as markdown, from the metadata in each language (`byLocale`, functions by locale) and
 * the notes; `pageOf(locale)` is where another language's page is, so that the pages link to each other.
 */
function referenceMarkdown(byLocale, notes, locale, pageOf) {
  const words = notes.contents.words[locale];
  const languages = PAGES.map(({ locale: l }) => {
    const name = notes.contents.languages[l];
    return l === locale ? `**${name}**` : `[${name}](${pageOf(l)})`;
  });
  const functions = new Map(byLocale[locale].map((f) => [f.id, f]));
  const groups = notes.contents.groups.flatMap((g) => [
    `## ${g.title[locale]}`,
    ...g.functions.flatMap((id) =>
      functionSection(functions.get(id), notes.functions[id][locale], notes.contents, locale)
    ),
  ]);
  return (
    [
      languages.join(" · "),
      `# ${words.title}`,
      notes.intro[locale].text,
      `## ${words.contents}`,
      contentsTable(byLocale, notes, locale, words),
      ...groups,
      `<a id="${METHODS_ANCHOR}"></a>`,
      `## ${notes.methods[locale].label}`,
      notes.methods[locale].text,
    ].join("\n\n") + "\n"
  );
}

/** Each language's functions from its metadata file, as `read(file)` gives them. */
function functionsByLocale(read) {
  return Object.fromEntries(PAGES.map(({ locale, file }) => [locale, read(file).functions]));
}

/** The committed docs/functions/<locale>.md, which GitHub shows; generated, so it says where to edit. */
function referenceFile(byLocale, notes, locale) {
  const note = `<!-- Generated by scripts/function-reference.js from the functions' JSDoc, src/functions/translations.json and docs/functions/notes/. Edit those, then run npm run docs:functions. -->`;
  return `${note}\n\n${referenceMarkdown(byLocale, notes, locale, (l) => `${l}.md`)}`;
}

/** Emits help.html, help-zh-cn.html and help-zh-tw.html, and their stylesheet, from the metadata the build made. */
class FunctionReferencePlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionReferencePlugin", (compilation) => {
      compilation.contextDependencies.add(NOTES);
      compilation.hooks.processAssets.tap(
        { name: "FunctionReferencePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          if (PAGES.some(({ file }) => !compilation.getAsset(file))) return;
          const read = (file) => JSON.parse(compilation.getAsset(file).source.source().toString());
          const byLocale = functionsByLocale(read);
          const notes = readNotes();
          const problems = notesProblems(read(ENGLISH.file), notes);
          if (problems.length > 0) {
            compilation.errors.push(
              new WebpackError(`docs/functions/notes: ${problems.join("; ")}`)
            );
            return;
          }
          const helpOf = (locale) => PAGES.find((p) => p.locale === locale).help;
          for (const { locale, help } of PAGES) {
            const markdown = referenceMarkdown(byLocale, notes, locale, helpOf);
            const title = notes.contents.words[locale].title;
            compilation.emitAsset(
              help,
              new sources.RawSource(renderHelpPage({ markdown, lang: locale, title }))
            );
          }
          compilation.emitAsset(HELP_STYLESHEET, new sources.RawSource(CSS));
        }
      );
    });
  }
}

/** `npm run docs:functions`: writes docs/functions/<locale>.md from dist/, after `npm run build`. */
function writeReferenceFiles() {
  const dist = path.join(ROOT, "dist");
  const read = (file) => JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
  if (!fs.existsSync(path.join(dist, ENGLISH.file)))
    throw new Error("dist/ is missing: run npm run build first");
  const notes = readNotes();
  const problems = notesProblems(read(ENGLISH.file), notes);
  if (problems.length > 0) throw new Error(`docs/functions/notes: ${problems.join("; ")}`);
  const byLocale = functionsByLocale(read);
  for (const { locale } of PAGES) {
    const file = path.join(DOCS, `${locale}.md`);
    fs.writeFileSync(file, referenceFile(byLocale, notes, locale));
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}

if (require.main === module) writeReferenceFiles();

module.exports = {
  FunctionReferencePlugin,
  functionsByLocale,
  notesProblems,
  readNotes,
  referenceFile,
  referenceMarkdown,
};
