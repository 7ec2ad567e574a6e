import { toLocale } from "../../src/cells/messages";
import { themeFromOffice } from "../../src/taskpane/theme";

describe("the pane's language, from Office.context.displayLanguage", () => {
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

describe("the pane's theme, from Office.context.officeTheme", () => {
  it.each([
    // Office's White, Colorful, Dark Gray and Black themes' task pane backgrounds.
    ["#FFFFFF", false],
    ["#F3F2F1", false],
    ["#666666", true],
    ["#262626", true],
    ["#000000", true],
  ])("takes a body background of %p as dark: %p", (bodyBackgroundColor, dark) => {
    expect(themeFromOffice({ bodyBackgroundColor })).toEqual({
      dark,
      background: bodyBackgroundColor,
    });
  });

  it("is light with Office's background where Office gives no usable colour", () => {
    expect(themeFromOffice(undefined)).toEqual({ dark: false });
    expect(themeFromOffice({})).toEqual({ dark: false });
    expect(themeFromOffice({ bodyBackgroundColor: "dark" })).toEqual({ dark: false });
  });

  it("writes the background as #RRGGBB whatever case or prefix Office used", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "1f1f1f" })).toEqual({
      dark: true,
      background: "#1F1F1F",
    });
  });
});
