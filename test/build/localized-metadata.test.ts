// The zh-CN and zh-TW metadata: derived from the English at build time, complete, and loaded by the manifest
// for every display language that reads the script (zh-SG Simplified, zh-HK and zh-MO Traditional).
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { toLocale } from "../../src/i18n/locale";
import { builtMetadata, FunctionMetadata, Metadata } from "../support/metadata";

const { functionSources } = require("../../scripts/function-sources");
const metadataScript = require("../../scripts/localized-metadata");
const { localizeMetadata, translationProblems } = metadataScript;
const LOCALES: { locale: string; file: string; alsoFor: string[] }[] = metadataScript.LOCALES;
const { urlOverridesOf } = require("../../scripts/manifest-check");
const languages = require("hyperformula/commonjs/i18n/languages");

const root = path.resolve(__dirname, "../..");
const table = JSON.parse(
  fs.readFileSync(path.join(root, "src/functions/translations.json"), "utf8")
);

async function freshEnglish(): Promise<Metadata> {
  const generated = await generateCustomFunctionsMetadata(functionSources(), true);
  return JSON.parse(generated.metadataJson);
}

const CJK = /[\u4e00-\u9fff]/;

describe("the translation table", () => {
  it("covers every function and parameter of the source, and nothing else, in both languages", async () => {
    const english = await freshEnglish();
    for (const { locale } of LOCALES)
      expect(translationProblems(english, table, locale)).toEqual([]);
  });

  it("fails the build, naming what is missing, when a function or parameter lacks a translation", async () => {
    const english = await freshEnglish();
    const broken = JSON.parse(JSON.stringify(table));
    delete broken.functions.CHURN["zh-TW"];
    delete broken.functions.NPSMOE["zh-CN"].parameters.confidence;
    broken.functions.GHOST = {};
    expect(() => localizeMetadata(english, broken, "zh-TW")).toThrow(
      "CHURN has no zh-TW translation"
    );
    expect(translationProblems(english, broken, "zh-CN")).toEqual([
      "GHOST is translated but is not a function",
      "NPSMOE.confidence has no zh-CN description",
    ]);
  });

  it("rejects a name Excel would not accept: digits, spaces, or fewer than three characters", async () => {
    const english = await freshEnglish();
    for (const name of ["口碑 NPS", "口碑2", "口碑"]) {
      const broken = JSON.parse(JSON.stringify(table));
      broken.functions.NPS["zh-CN"].name = name;
      expect(translationProblems(english, broken, "zh-CN")).toEqual([
        `NPS: "${name}" is not a valid zh-CN name`,
      ]);
    }
  });

  it("fails the build when a function's help link does not open the English help page", async () => {
    const english = await freshEnglish();
    const nps = english.functions.find((f) => f.id === "NPS") as FunctionMetadata;
    nps.helpUrl = "https://localhost:3000/README.html#womnps";
    expect(() => localizeMetadata(english, table, "zh-CN")).toThrow(
      "NPS: the @helpurl does not open help.html"
    );
  });

  it("gives one parameter one name in every function, in both Chinese scripts", () => {
    for (const [name, local] of Object.entries<Record<string, string>>(table.parameters)) {
      expect([name, CJK.test(local["zh-CN"]), CJK.test(local["zh-TW"])]).toEqual([
        name,
        true,
        true,
      ]);
    }
  });
});

describe.each(LOCALES)("dist/$file", ({ locale, file }) => {
  const english = () => builtMetadata("functions.json").functions;
  const localized = () => builtMetadata(file).functions;

  it("has every function of functions.json, in the same order, with the same ids", () => {
    expect(localized().map((f) => f.id)).toEqual(english().map((f) => f.id));
  });

  it("keeps every function's parameters, types, shapes and result", () => {
    const shape = (f: FunctionMetadata) => ({
      id: f.id,
      result: f.result,
      parameters: f.parameters.map(({ type, dimensionality, optional }) => ({
        type,
        dimensionality,
        optional,
      })),
    });
    expect(localized().map(shape)).toEqual(english().map(shape));
  });

  it(`links every function to the same anchor on the ${locale} help page`, () => {
    // help.html is the English reference; each language has its own page beside it.
    const page = { "zh-CN": "help-zh-cn.html", "zh-TW": "help-zh-tw.html" }[locale];
    const expected = english().map((f) => f.helpUrl.replace("/help.html#", `/${page}#`));
    expect(localized().map((f) => f.helpUrl)).toEqual(expected);
    expect(expected.every((url) => url.includes(`/${page}#wom`))).toBe(true);
  });

  it(`names and describes every function and parameter in ${locale}`, () => {
    for (const f of localized()) {
      expect([f.id, CJK.test(f.name), CJK.test(f.description)]).toEqual([f.id, true, true]);
      for (const p of f.parameters)
        expect([p.name, CJK.test(p.description)]).toEqual([p.name, true]);
    }
  });

  it("gives each function a name of its own and each parameter of a function a name of its own", () => {
    const names = localized().map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of localized()) {
      const parameters = f.parameters.map((p) => p.name);
      expect(new Set(parameters).size).toBe(parameters.length);
    }
  });

  it("is what the translation table makes of functions.json", () => {
    const expected = localizeMetadata(builtMetadata("functions.json"), table, locale);
    expect(builtMetadata(file)).toEqual(expected);
  });
});

describe("names and built-in Excel functions", () => {
  // Built-in function names in the 18 languages HyperFormula translates; Excel's GROWTH, which it lacks, added.
  const builtIns = new Set<string>(["GROWTH"]);
  for (const language of Object.values<{ functions?: Record<string, string> }>(languages)) {
    for (const [english, local] of Object.entries(language.functions ?? {})) {
      builtIns.add(english.toUpperCase());
      builtIns.add(local.toUpperCase());
    }
  }

  it("clashes with no built-in in any language, the namespaced WOM.GROWTH aside", () => {
    const files = ["functions.json", ...LOCALES.map((l) => l.file)];
    const clashes = files.flatMap((file) =>
      builtMetadata(file)
        .functions.flatMap((f) => [f.id, f.name])
        .filter((name) => builtIns.has(name.toUpperCase()))
    );
    // Excel tells custom functions apart by namespace and name: WOM.GROWTH is never its GROWTH.
    expect([...new Set(clashes)]).toEqual(["GROWTH"]);
  });
});

describe("manifest.xml and the localized metadata", () => {
  const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

  it("points Simplified Chinese Excel (zh-CN, zh-SG) and Traditional (zh-TW, zh-HK, zh-MO) at their files", () => {
    expect(urlOverridesOf(manifest, "Functions.Metadata.Url")).toEqual([
      { locale: "zh-cn", url: "https://localhost:3000/functions-zh-cn.json" },
      { locale: "zh-sg", url: "https://localhost:3000/functions-zh-cn.json" },
      { locale: "zh-tw", url: "https://localhost:3000/functions-zh-tw.json" },
      { locale: "zh-hk", url: "https://localhost:3000/functions-zh-tw.json" },
      { locale: "zh-mo", url: "https://localhost:3000/functions-zh-tw.json" },
    ]);
  });

  it("speaks, in the pane, the script the manifest and the metadata give each display language", () => {
    const spoken = LOCALES.flatMap(({ locale, alsoFor }) =>
      [locale, ...alsoFor].map((language) => [language, toLocale(language), locale])
    );
    expect(spoken.filter(([, pane, metadata]) => pane !== metadata)).toEqual([]);
    expect(spoken.map(([language]) => language)).toEqual([
      "zh-CN",
      "zh-SG",
      "zh-TW",
      "zh-HK",
      "zh-MO",
    ]);
  });

  it("ships localized files whose help links point at the production site", () => {
    const production = fs.readFileSync(path.join(root, "dist/manifest.xml"), "utf8");
    for (const { url } of urlOverridesOf(production, "Functions.Metadata.Url")) {
      const file = path.basename(url);
      expect(fs.existsSync(path.join(root, "dist", file))).toBe(true);
      expect(fs.readFileSync(path.join(root, "dist", file), "utf8")).not.toContain("localhost");
    }
  });
});
