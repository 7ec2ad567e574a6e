// The terms the pane, the sheet and the report share are said one way in each language, and the sheet
// names the pane's button and the WOM functions exactly as the user sees them.
import fs from "fs";
import path from "path";
import translations from "../../src/functions/translations.json";
import { Locale, LOCALES, wordsOf } from "../../src/i18n";
import { uniqueSheetName } from "../../src/summary";

// Stands in for any argument a text takes: any field of it, called or printed, reads "⟨x⟩".
const STAND_IN: unknown = new Proxy(function standIn() {}, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => "⟨x⟩" : STAND_IN),
  apply: () => "⟨x⟩",
});

/** Every text of a tree of words: strings as they are, functions called with stand-in arguments. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String(value(STAND_IN, STAND_IN, STAND_IN))];
  if (value && typeof value === "object") return Object.values(value).flatMap(textsOf);
  return [];
}

/** The paths of a tree's leaves, "sheet.figures.roi" and so on. */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, `${prefix}.${key}`));
  return [prefix];
}

// Words each language must not use for the glossary's terms: the other script's or a synonym.
const NOT_SAID: Record<Locale, RegExp> = {
  en: /\b(influencers?|platforms?)\b/i,
  "zh-CN": /总结|摘要|彙總|达人|创作者|红人|渠道/,
  "zh-TW": /總結|汇总|彙總|博主|達人|網紅|渠道|通路/,
};

const MANIFEST = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

/** A manifest string in a language: its override there, else its default. */
function manifestString(id: string, locale: Locale): string {
  const element = new RegExp(
    `<bt:String id="${id}" DefaultValue="([^"]*)"(?:/>|>([\\s\\S]*?)</bt:String>)`
  ).exec(MANIFEST);
  if (!element) throw new Error(`the manifest has no string ${id}`);
  const override = new RegExp(`Locale="${locale}" Value="([^"]*)"`).exec(element[2] ?? "");
  return override ? override[1] : element[1];
}

describe.each(LOCALES)("the words in %s", (locale) => {
  const words = wordsOf(locale);
  const { glossary, pane, sheet } = words;
  const texts = textsOf(words);

  it("have every text English has, and nothing else", () => {
    expect(leafPaths(words).sort()).toEqual(leafPaths(wordsOf("en")).sort());
    expect(texts.filter((text) => text.trim() === "")).toEqual([]);
    // The texts that take arguments are among them, filled with the stand-in.
    expect(texts.filter((text) => text.includes("⟨x⟩")).length).toBeGreaterThan(50);
  });

  it("say the summary, the creator and the channel one way only", () => {
    expect(texts.filter((text) => NOT_SAID[locale].test(text))).toEqual([]);
    expect(pane["source.posts.hint"]).toContain(glossary.creator);
    expect(pane["rateCard.channel"].toLowerCase()).toBe(glossary.channel);
    expect(sheet.rateCardColumns.channel.toLowerCase()).toBe(glossary.channel);
    expect(words.measures.channel.toLowerCase()).toBe(glossary.channel);
    expect(words.measures.creator.toLowerCase()).toContain(glossary.creator);
    expect(sheet.leaderboardColumns.name.toLowerCase()).toBe(glossary.creator);
  });

  it("title the sheet as the pane and the ribbon button are titled", () => {
    expect(sheet.title).toBe(glossary.title);
    expect(pane["app.title"]).toBe(glossary.title);
    expect(manifestString("TaskpaneButton.Label", locale)).toBe(glossary.title);
    expect(glossary.title.toLowerCase()).toContain(glossary.summary);
  });

  it("name the pane's button with the glossary's word for it", () => {
    expect(pane["action.create"]).toBe(glossary.createButton);
  });

  it("name the sheet's tab in the language, within Excel's 31 characters, made unique with (2)", () => {
    expect(sheet.sheetName).toBe(glossary.sheetName);
    expect(sheet.sheetName.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName(sheet.sheetName, [sheet.sheetName])).toBe(`${sheet.sheetName} (2)`);
  });

  it("name the WOM functions as the user's Excel lists them", () => {
    const nps =
      locale === "en" ? "NPS" : translations.functions.NPS[locale as "zh-CN" | "zh-TW"].name;
    expect(manifestString("Functions.Namespace", locale)).toBe("WOM");
    expect(sheet.surveyNpsNote("2024-05-01", 200)).toContain(`WOM.${nps}`);
  });
});

describe("the sheet's notes on computed values", () => {
  it("tell Chinese users to press the pane's button again, in its words", () => {
    for (const locale of ["zh-CN", "zh-TW"] as const) {
      const { glossary, sheet } = wordsOf(locale);
      const again = `再次${glossary.createButton}`;
      expect(sheet.repeatRateNote("2024-05-01", 170, 30)).toContain(again);
      expect(sheet.surveyNpsNote("2024-05-01", 200)).toContain(again);
      expect(sheet.weeksNote("2024-05-01")).toContain(again);
      expect(sheet.surveyNpsNote("2024-05-01", 200)).not.toContain("WOM.NPS");
    }
  });

  it("name the sheet's tab in Chinese for Chinese users and keep it in English", () => {
    expect(wordsOf("en").sheet.sheetName).toBe("Campaign Summary");
    expect(wordsOf("zh-CN").sheet.sheetName).toBe("活动汇总");
    expect(wordsOf("zh-TW").sheet.sheetName).toBe("活動摘要");
  });
});
