// help.html leaves out the README's sections for people working on the add-in.
const { withoutSections } = require("../../scripts/help-page");

describe("withoutSections", () => {
  const markdown = [
    "# WOM KPIs",
    "## The two commands",
    "Run npm start.",
    "### What npm start does",
    "Serves https://localhost:3000.",
    "## Functions",
    "```sh",
    "## not a heading, inside a fence",
    "```",
    "### Tested in a real browser",
    "Chromium on localhost.",
    "### WOM.NPS",
    "The score.",
  ].join("\n");

  it("drops each named section down to the next heading of its level or above, subsections included", () => {
    expect(withoutSections(markdown, ["The two commands", "Tested in a real browser"])).toBe(
      [
        "# WOM KPIs",
        "## Functions",
        "```sh",
        "## not a heading, inside a fence",
        "```",
        "### WOM.NPS",
        "The score.",
      ].join("\n")
    );
  });

  it("keeps everything when no heading is named, and takes no heading from inside a code fence", () => {
    expect(withoutSections(markdown, [])).toBe(markdown);
    expect(withoutSections(markdown, ["not a heading, inside a fence"])).toBe(markdown);
  });
});
