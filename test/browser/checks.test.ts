// The detectors the pane's tests rely on, shown to find the faults they look for, shadow roots included.
import { seriousAccessibilityViolations, tabStops, textThatDoesNotFit } from "./support/checks";
import { useBrowsing } from "./support/browsing";
import { lowContrastOnControls } from "./support/contrast";
import { Page } from "playwright-core";

const browsing = useBrowsing();

async function pageWith(html: string, width = 320): Promise<Page> {
  const page = await browsing().context.newPage();
  await page.setViewportSize({ width, height: 600 });
  await page.setContent(
    `<!doctype html><html lang="en"><title>t</title><body>${html}</body></html>`
  );
  return page;
}

describe("the check for text that does not fit", () => {
  it("finds text cut by a box that hides its overflow, and text running past the pane", async () => {
    const page = await pageWith(`
      <p style="width: 100px; overflow: hidden; white-space: nowrap">A header far too long for its box</p>
      <p style="margin-left: 250px; white-space: nowrap">Runs past the right edge of the pane</p>
      <p>Short text fits</p>`);
    expect(await textThatDoesNotFit(page)).toEqual([
      expect.stringMatching(/^the page scrolls sideways: \d+ > 320$/),
      "“A header far too long for its box” is cut off by p",
      "“Runs past the right edge of the pane” runs past the pane",
    ]);
    await page.close();
  });

  it("looks inside shadow roots, where Fluent's controls keep their text", async () => {
    const page = await pageWith(`<div id="host"></div>`);
    // Some 100 px of text in a 40 px box: cut off by the box and far inside the 320 px pane in any font.
    await page.evaluate(() => {
      const shadow = document.getElementById("host")!.attachShadow({ mode: "open" });
      const label = document.createElement("span");
      label.style.cssText = "display: block; width: 40px; overflow: hidden; white-space: nowrap";
      label.textContent = "Industry CPM";
      shadow.append(label);
    });
    expect(await textThatDoesNotFit(page)).toEqual(["“Industry CPM” is cut off by span"]);
    await page.close();
  });

  it("passes text that wraps inside the pane", async () => {
    const page = await pageWith(`<p>${"Words that wrap onto several lines. ".repeat(20)}</p>`);
    expect(await textThatDoesNotFit(page)).toEqual([]);
    await page.close();
  });
});

describe("the accessibility check", () => {
  it("reports an unnamed control and text too faint to read", async () => {
    const page = await pageWith(`<main><select><option>x</option></select>
      <p style="color: #ddd; background: #fff">Faint</p></main>`);
    const found = await seriousAccessibilityViolations(page);
    expect(found.map((line) => line.split(" ")[0])).toEqual(["color-contrast", "select-name"]);
    await page.close();
  });
});

describe("the contrast check of Fluent's controls", () => {
  it("reads a control's one-colour gradient fill, which axe-core cannot, and reports faint text on it", async () => {
    const page = await pageWith(`<div data-key="faint"></div><div data-key="clear"></div>`);
    await page.evaluate(() => {
      for (const [key, colour] of [
        ["faint", "#777"],
        ["clear", "#fff"],
      ]) {
        const part = document.createElement("span");
        part.style.cssText = `color: ${colour}; background: linear-gradient(#555, #555), linear-gradient(#888, #444)`;
        part.textContent = "Use current selection";
        document.querySelector(`[data-key="${key}"]`)!.attachShadow({ mode: "open" }).append(part);
      }
    });
    // #777 on #555: luminances 0.184 and 0.0908, (0.184 + 0.05) / (0.0908 + 0.05) = 1.66.
    expect(await lowContrastOnControls(page)).toEqual(["faint: 1.66:1"]);
    await page.close();
  });
});

describe("the Tab walk", () => {
  it("lists the focusable controls in order and skips what Tab cannot reach", async () => {
    const page = await pageWith(`<button data-key="first">1</button><a id="link" href="#x">2</a>
      <button tabindex="-1" data-key="skipped">3</button><input data-key="last" aria-label="4">`);
    expect(await tabStops(page)).toEqual(["first", "link", "last"]);
    await page.close();
  });
});
