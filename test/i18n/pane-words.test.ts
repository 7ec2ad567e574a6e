import { LANGUAGE_NAMES, Locale, LOCALES, PaneKey, paneText, wordsOf } from "../../src/i18n";

const STRINGS = Object.fromEntries(
  LOCALES.map((locale) => [locale, wordsOf(locale).pane])
) as Record<Locale, Record<PaneKey, string>>;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

describe("the pane's strings", () => {
  it("have the same keys in English, 简体中文 and 繁體中文", () => {
    const english = Object.keys(STRINGS.en).sort();
    expect(Object.keys(STRINGS["zh-CN"]).sort()).toEqual(english);
    expect(Object.keys(STRINGS["zh-TW"]).sort()).toEqual(english);
  });

  it("have the same {placeholders} in every language, and no empty string", () => {
    for (const key of Object.keys(STRINGS.en) as PaneKey[]) {
      for (const locale of LOCALES) {
        expect(STRINGS[locale][key].trim()).not.toBe("");
        expect([key, placeholders(STRINGS[locale][key])]).toEqual([
          key,
          placeholders(STRINGS.en[key]),
        ]);
      }
    }
  });

  it("are translated: every Chinese string but names and codes holds Chinese characters", () => {
    for (const locale of ["zh-CN", "zh-TW"] as const) {
      const untranslated = (Object.keys(STRINGS.en) as PaneKey[]).filter(
        (key) =>
          !/[\u4e00-\u9fff]/.test(STRINGS[locale][key]) &&
          !/^\{\w+\}\S\{\w+\}$/.test(STRINGS[locale][key])
      );
      expect(untranslated).toEqual([]);
    }
  });

  it("tell simplified from traditional: only words written alike in both scripts are shared", () => {
    expect(STRINGS["zh-CN"]["source.use"]).toBe("使用当前选择");
    expect(STRINGS["zh-TW"]["source.use"]).toBe("使用目前選取範圍");
    const shared = (Object.keys(STRINGS.en) as PaneKey[]).filter(
      (key) => STRINGS["zh-CN"][key] === STRINGS["zh-TW"][key]
    );
    expect(shared.sort()).toEqual([
      "action.back",
      "action.cancel",
      "problem.cancelled",
      "rateCard.channel",
      "rateCard.cpm",
      "rateCard.cpm.long",
      "rateCard.field",
      "rateCard.other",
      "source.done",
      "source.keepPart",
      "source.mentions",
      "source.remove",
      "source.required",
      "source.samples",
      "source.table",
      "source.useAs",
      "status.cancelling",
      // "{source}：{rows}": the source's title and its row account, each in its own script.
      "status.rows",
    ]);
  });

  it("fill placeholders, writing numbers with the language's separators", () => {
    expect(paneText("en", "source.where", { where: "Posts!A1:H11", rows: 100000 })).toBe(
      "Posts!A1:H11: 100,000 data rows"
    );
    expect(paneText("zh-CN", "status.created", { sheet: "Campaign Summary (2)" })).toBe(
      "已创建工作表“Campaign Summary (2)”。"
    );
  });

  it("keep text from cells as it is, markup included", () => {
    expect(paneText("en", "problem.ownSheet", { sheet: "<img src=x onerror=alert(1)>" })).toBe(
      "“<img src=x onerror=alert(1)>” is the summary this add-in made: select your data on another sheet."
    );
  });

  it("name each language in itself for the language switch", () => {
    expect(LANGUAGE_NAMES).toEqual({ en: "English", "zh-CN": "简体中文", "zh-TW": "繁體中文" });
  });
});
