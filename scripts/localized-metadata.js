// functions-zh-cn.json and functions-zh-tw.json: the generated English metadata with names and help from one
// translation table. Excel cannot localize generated metadata itself, and deriving both files from the English one
// at build time keeps the three languages from drifting apart: a function or parameter missing from the table fails
// the build.

/** English: the metadata the JSDoc generates, whose help links (@helpurl) open the English help page. */
const ENGLISH = { locale: "en", file: "functions.json", help: "help.html" };

/**
 * The languages beyond English: the metadata file Excel loads for each, the help page it links to, and the
 * other Office display languages that read the same script: Singapore writes Simplified Chinese, Hong Kong
 * and Macao Traditional.
 */
const LOCALES = [
  { locale: "zh-CN", file: "functions-zh-cn.json", help: "help-zh-cn.html", alsoFor: ["zh-SG"] },
  {
    locale: "zh-TW",
    file: "functions-zh-tw.json",
    help: "help-zh-tw.html",
    alsoFor: ["zh-HK", "zh-MO"],
  },
];

// Excel's rule for a function name: a letter first, then letters, underscores and periods, three or more in all.
const FUNCTION_NAME = /^\p{L}[\p{L}_.]{2,}$/u;

/** Every way the table fails to match the metadata, as sentences; empty when it covers it exactly. */
function translationProblems(metadata, table, locale) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table.functions))
    if (!ids.has(id)) problems.push(`${id} is translated but is not a function`);
  for (const f of metadata.functions) {
    const entry = table.functions[f.id]?.[locale];
    if (!entry) {
      problems.push(`${f.id} has no ${locale} translation`);
      continue;
    }
    if (!FUNCTION_NAME.test(entry.name ?? ""))
      problems.push(`${f.id}: "${entry.name}" is not a valid ${locale} name`);
    if (!entry.description) problems.push(`${f.id} has no ${locale} description`);
    const names = f.parameters.map((p) => p.name);
    for (const name of Object.keys(entry.parameters ?? {}))
      if (!names.includes(name)) problems.push(`${f.id} has no parameter ${name} to translate`);
    for (const name of names) {
      if (!entry.parameters?.[name]) problems.push(`${f.id}.${name} has no ${locale} description`);
      if (!table.parameters[name]?.[locale])
        problems.push(`parameter ${name} has no ${locale} name`);
    }
  }
  return problems;
}

/** A function's English help link, made to open the same anchor on the help page in `locale`. */
function localHelpUrl({ id, helpUrl }, locale) {
  const english = `/${ENGLISH.help}#`;
  if (!helpUrl?.includes(english))
    throw new Error(`${id}: the @helpurl does not open ${ENGLISH.help}`);
  const { help } = LOCALES.find((l) => l.locale === locale);
  return helpUrl.replace(english, `/${help}#`);
}

/** The metadata in one language: the same ids, types and shapes; localized names, descriptions and help page. */
function localizeMetadata(metadata, table, locale) {
  const problems = translationProblems(metadata, table, locale);
  if (problems.length > 0) throw new Error(`translations.json: ${problems.join("; ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const entry = table.functions[f.id][locale];
      return {
        ...f,
        name: entry.name,
        description: entry.description,
        helpUrl: localHelpUrl(f, locale),
        parameters: f.parameters.map((p) => ({
          ...p,
          name: table.parameters[p.name][locale],
          description: entry.parameters[p.name],
        })),
      };
    }),
  };
}

/** Emits one localized metadata file per language beside the English functions.json. */
class LocalizedMetadataPlugin {
  constructor({ source, table }) {
    this.source = source;
    this.table = table;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset(this.source);
          if (!english) return;
          // The generator always allows data types as objects ({type: "Double", basicValue…}),
          // which no function reads: without it Excel passes a data type's plain value.
          const metadata = {
            ...JSON.parse(english.source.source().toString()),
            allowCustomDataForDataTypeAny: false,
          };
          compilation.updateAsset(
            this.source,
            new sources.RawSource(JSON.stringify(metadata, null, 4))
          );
          const table = JSON.parse(require("fs").readFileSync(this.table, "utf8"));
          for (const { locale, file } of LOCALES) {
            try {
              const json = JSON.stringify(localizeMetadata(metadata, table, locale), null, 4);
              compilation.emitAsset(file, new sources.RawSource(json));
            } catch (error) {
              compilation.errors.push(new WebpackError(error.message));
            }
          }
        }
      );
    });
  }
}

module.exports = {
  ENGLISH,
  LOCALES,
  localHelpUrl,
  localizeMetadata,
  translationProblems,
  LocalizedMetadataPlugin,
};
