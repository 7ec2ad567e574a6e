import { themeFromOffice } from "../../../src/taskpane/view/theme";

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
