// What can be checked of the manifest without Microsoft's online validation service.
const fs = require("fs");
const path = require("path");
const { LOCALES } = require("./localized-metadata");

const NAMESPACE = "WOM";

function attributeValues(xml, attribute) {
  return [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((match) => match[1]);
}

function definedResourceIds(xml) {
  const resources = xml.slice(xml.indexOf("<Resources>"));
  return new Set(
    [...resources.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1])
  );
}

function urlOf(xml, id) {
  const match = new RegExp(`<bt:Url id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(
    xml
  );
  return match ? match[1] : undefined;
}

/** The per-language overrides of a URL resource: { locale, url } for each bt:Override inside it. */
function urlOverridesOf(xml, id) {
  const element = new RegExp(
    `<bt:Url id="${id.replace(/\./g, "\\.")}"[^>]*(?<!/)>([\\s\\S]*?)</bt:Url>`
  ).exec(xml);
  if (!element) return [];
  return [...element[1].matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"/g)].map(
    (match) => ({ locale: match[1], url: match[2] })
  );
}

/** Every element that has per-language overrides: its tag, id and a map of lower-case locale to value. */
function localizedElements(xml) {
  const opening = /<((?:bt:)?[A-Za-z]+)((?:\s+[\w:]+="[^"]*")*)\s*>/g;
  return [...xml.matchAll(opening)].flatMap((match) => {
    const [whole, tag, attributes] = match;
    if (!/DefaultValue="/.test(attributes)) return [];
    const start = match.index + whole.length;
    const body = xml.slice(start, xml.indexOf(`</${tag}>`, start));
    const overrides = [...body.matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)"/g)];
    if (overrides.length === 0) return [];
    const id = /\sid="([^"]+)"/.exec(attributes)?.[1] ?? tag;
    return [
      {
        id,
        overrides: new Map(overrides.map(([, locale, value]) => [locale.toLowerCase(), value])),
      },
    ];
  });
}

/**
 * Each localized text must be given in every language the add-in speaks, the same in zh-HK as in zh-TW, and the
 * functions metadata must point each language at its file.
 */
function localeProblems(xml, base) {
  const problems = [];
  for (const { id, overrides } of localizedElements(xml)) {
    for (const { locale, file, alsoFor } of LOCALES) {
      const value = overrides.get(locale.toLowerCase());
      for (const language of [locale, ...alsoFor]) {
        const given = overrides.get(language.toLowerCase());
        const expected = id === "Functions.Metadata.Url" ? `${base}${file}` : value;
        if (given === undefined) problems.push(`${id} has no ${language} override`);
        else if (expected !== undefined && given !== expected)
          problems.push(`${id} gives ${language} "${given}", not "${expected}"`);
      }
    }
  }
  return problems;
}

/** The shared runtime has one task pane: no Action under a long-lifetime Runtime may name a TaskpaneId. */
function sharedRuntimeProblems(xml) {
  return [...xml.matchAll(/<Host xsi:type="[^"]+">([\s\S]*?)<\/Host>/g)]
    .filter(([, host]) => /<Runtime\b[^>]*lifetime="long"/.test(host) && /<TaskpaneId>/.test(host))
    .map(() => "an Action under the long-lifetime shared runtime has a <TaskpaneId>");
}

/** The base URL every URL in the manifest must start with: the origin and folder of the pane page. */
function baseUrlOf(xml) {
  const pane = urlOf(xml, "Taskpane.Url");
  return pane ? pane.slice(0, pane.lastIndexOf("/") + 1) : undefined;
}

/**
 * Checks a manifest locally; resolves to a list of problems (empty when it passes).
 * With `built` set, also checks that the functions metadata the manifest points at was built beside it.
 */
async function checkManifest(manifestPath, { built = false } = {}) {
  const problems = [];
  const { OfficeAddinManifest } = require("office-addin-manifest");
  try {
    await OfficeAddinManifest.readManifestFile(manifestPath);
  } catch (error) {
    return [`the manifest does not parse: ${error.message}`];
  }
  const xml = fs.readFileSync(manifestPath, "utf8");
  const defined = definedResourceIds(xml);
  for (const resid of new Set(attributeValues(xml, "resid"))) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is not defined in <Resources>`);
  }
  const base = baseUrlOf(xml);
  if (!base) problems.push("the Taskpane.Url resource is missing");
  const urls = [...attributeValues(xml, "DefaultValue"), ...attributeValues(xml, "Value")].filter(
    (value) => /^https?:\/\//.test(value)
  );
  for (const url of urls) {
    if (base && !url.startsWith(base)) problems.push(`${url} does not share the base ${base}`);
  }
  const namespace = /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(xml);
  if (!namespace || namespace[1] !== NAMESPACE)
    problems.push(`the functions namespace must be ${NAMESPACE}`);
  problems.push(...sharedRuntimeProblems(xml), ...localeProblems(xml, base));
  const metadata = urlOf(xml, "Functions.Metadata.Url");
  if (!metadata || metadata !== `${base}functions.json`) {
    problems.push(`Functions.Metadata.Url must be ${base}functions.json, not ${metadata}`);
  }
  const metadataFiles = [
    metadata,
    ...urlOverridesOf(xml, "Functions.Metadata.Url").map((o) => o.url),
  ]
    .filter((url) => url && base && url.startsWith(base))
    .map((url) => url.slice(base.length));
  for (const file of built ? metadataFiles : []) {
    if (!fs.existsSync(path.join(path.dirname(manifestPath), file)))
      problems.push(`${file} was not built beside the manifest`);
  }
  return problems;
}

module.exports = { checkManifest, baseUrlOf, urlOverridesOf };

// As a command (used by tests, whose module loader cannot load office-addin-manifest): prints the problems as JSON.
if (require.main === module) {
  const [manifestPath, flag] = process.argv.slice(2);
  checkManifest(manifestPath, { built: flag === "--built" }).then((problems) =>
    console.log(JSON.stringify(problems))
  );
}
