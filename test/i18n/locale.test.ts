import { toLocale } from "../../src/i18n";

describe("the language, from Office.context.displayLanguage", () => {
  it.each([
    ["zh-HK", "zh-TW"],
    ["zh-TW", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant-HK", "zh-TW"],
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    [undefined, "en"],
  ])("speaks %p as %p", (displayLanguage, locale) => {
    expect(toLocale(displayLanguage)).toBe(locale);
  });
});
