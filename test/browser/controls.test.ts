// The controls of src/taskpane/view/controls.ts on a page of their own, under the pane's policy, in Office's
// light and dark themes: what they are called, what they tell their handlers, and what axe finds.
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { Gallery } from "./stand-in/controls-gallery";
import { DIST, useBrowsing } from "./support/browsing";
import { seriousAccessibilityViolations, tabStops } from "./support/checks";
import { builtPage } from "./support/csp";
import { THEMES } from "./support/languages";
import { cspRefusals, watchErrors } from "./support/pane-page";

const browsing = useBrowsing();
const ORIGIN = "https://gallery.test";
const GALLERY_JS = path.resolve(__dirname, "../../dist-test/controls-gallery.js");

/** The gallery page, under the policy the built pane declares, with the pane's stylesheet. */
function galleryPage(): string {
  const policy = /<meta\s+http-equiv="?Content-Security-Policy"?[^>]*>/i.exec(builtPage())?.[0];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${policy}<title>Controls</title>
<link rel="stylesheet" href="/taskpane.css"><script src="/controls-gallery.js" defer></script></head><body><main id="app"><h1>Controls</h1></main></body></html>`;
}

async function openGallery(
  theme: (typeof THEMES)[number]
): Promise<{ page: Page; errors: string[] }> {
  const page = await browsing().context.newPage();
  await page.setViewportSize({ width: 320, height: 720 });
  const errors = await watchErrors(page);
  const galleryTheme = { dark: theme.dark, background: theme.bodyBackgroundColor };
  await page.addInitScript((given) => Object.assign(window, { galleryTheme: given }), galleryTheme);
  await page.route("**/*", (route) => {
    const { pathname, origin } = new URL(route.request().url());
    if (origin !== ORIGIN) return route.abort("blockedbyclient");
    if (pathname === "/controls-gallery.js")
      return route.fulfill({ body: fs.readFileSync(GALLERY_JS), contentType: "text/javascript" });
    if (pathname === "/taskpane.css")
      return route.fulfill({ path: path.join(DIST, "taskpane.css"), contentType: "text/css" });
    return route.fulfill({ body: galleryPage(), contentType: "text/html" });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector('[data-key="language"] [role="combobox"]');
  return { page, errors };
}

type GalleryWindow = { gallery: Gallery };

const heard = (page: Page) =>
  page.evaluate(() => (window as unknown as GalleryWindow).gallery.heard.slice());

/** The accessible name, role and states Chromium gives each named control, as a screen reader gets them. */
async function accessibleControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: {
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  const roles = ["button", "combobox", "textbox", "checkbox", "link", "menuitemradio", "menuitem"];
  return nodes
    .filter((node) => !node.ignored && roles.includes(node.role?.value ?? ""))
    .map((node) => {
      const states = (node.properties ?? [])
        .filter(({ name }) => ["expanded", "checked", "invalid"].includes(name))
        .map(({ name, value }) => ` ${name}=${value.value}`);
      return `${node.role?.value} "${node.name?.value ?? ""}"${states.join("")}`;
    });
}

describe.each(THEMES)("the pane's controls, $name theme", (theme) => {
  let page: Page;

  beforeAll(async () => ({ page } = await openGallery(theme)));
  afterAll(() => page?.close());

  it("follow Office's background, with white text on the primary button", async () => {
    const colours = await page.evaluate(() => {
      const create = document.querySelector('[data-key="create"]') as HTMLElement;
      const { color, backgroundColor } = getComputedStyle(create);
      return { body: getComputedStyle(document.body).backgroundColor, color, backgroundColor };
    });
    // Fluent's brand background: #0f6cbd in the web light theme, #115ea3 in the dark one.
    const brand = theme.dark ? "rgb(17, 94, 163)" : "rgb(15, 108, 189)";
    expect(colours).toEqual({
      body: theme.rgb,
      color: "rgb(255, 255, 255)",
      backgroundColor: brand,
    });
  });

  it("are all reached with Tab, and axe finds nothing serious, with the menu open too", async () => {
    expect(await tabStops(page)).toEqual([
      "settings",
      "language",
      "cpm",
      "emv",
      "rates",
      "create",
      "remove",
      "help",
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.click('[data-key="settings"]');
    await page.waitForSelector('[data-item="menu-en"]', { state: "visible" });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
  });
});

describe("the pane's controls", () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => ({ page, errors } = await openGallery(THEMES[0])));
  afterAll(() => page?.close());

  it("are named as their labels say, the hidden label too", async () => {
    await page.evaluate(() => (window as unknown as GalleryWindow).gallery.setOpen(true));
    await page.waitForSelector('[data-key="rate"]', { state: "visible" });
    // Chromium lists the controls whose role Fluent gives through ElementInternals in an order of its own.
    expect((await accessibleControls(page)).sort()).toEqual(
      [
        'button "Settings" invalid=false expanded=false',
        'combobox "Language" invalid=false expanded=false',
        'textbox "CPM of other channels" invalid=false',
        'checkbox "Count EMV as return" invalid=false checked=false',
        'button "Rates per channel" invalid=false expanded=true',
        'textbox "小红书, value per comment" invalid=false',
        'button "Create summary" invalid=false',
        'button "Remove" invalid=false',
        'link "Help page"',
      ].sort()
    );
    await page.evaluate(() => (window as unknown as GalleryWindow).gallery.setOpen(false));
  });

  it("show a field's error beneath it and mark its input invalid, until it is cleared", async () => {
    const error = '[data-key="cpm"] ~ .error';
    await page.evaluate(() =>
      (window as unknown as GalleryWindow).gallery.setError("Enter a number.")
    );
    expect(await page.locator(error).textContent()).toBe("Enter a number.");
    expect(await page.getAttribute('[data-key="cpm"]', "aria-invalid")).toBe("true");
    expect(await accessibleControls(page)).toContain(
      'textbox "CPM of other channels" invalid=true'
    );
    await page.evaluate(() => (window as unknown as GalleryWindow).gallery.setError(undefined));
    expect(await page.locator(error).isVisible()).toBe(false);
    expect(await page.getAttribute('[data-key="cpm"]', "aria-invalid")).toBe("false");
  });

  it("tell their handlers what the user typed, chose and pressed", async () => {
    await page.click("#cpm");
    await page.keyboard.type("8");
    await page.focus('[data-key="language"] [role="combobox"]');
    for (const key of ["Enter", "ArrowDown", "Enter"]) await page.keyboard.press(key);
    await page.click('[data-key="emv"]');
    await page.click('[data-key="create"]');
    expect(await heard(page)).toEqual(["cpm 8", "dropdown zh-CN", "checkbox true", "create"]);
  });

  it("show a drop-down's new value when the view sets it, without calling its handler", async () => {
    const before = await heard(page);
    await page.evaluate(() => (window as unknown as GalleryWindow).gallery.setDropdownValue("en"));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-key="language"] [role="combobox"]')?.textContent?.trim() ===
        "English"
    );
    expect(await heard(page)).toEqual(before);
  });

  it("open the settings menu from the keyboard, and choose a language and Help in it", async () => {
    const before = (await heard(page)).length;
    await page.focus('[data-key="settings"]');
    await page.keyboard.press("Enter");
    // The menu puts the focus on its first item in the frame after it opens.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-item") === "menu-en"
    );
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const checked = await page
      .locator("[data-item^=menu-]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-checked")));
    expect(checked).toEqual(["false", "true", null]);
    // A choice hands the focus back to the menu's button, from which the menu opens again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe(
      "settings"
    );
    // The gallery's menu is not rebuilt by the choice, as the pane's is: it may still be open.
    if (await page.locator('[data-item="menu-en"]').isVisible())
      await page.focus('[data-item="menu-en"]');
    else await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-item") === "menu-en"
    );
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect((await heard(page)).slice(before)).toEqual(["menu zh-CN", "menu help"]);
  });

  it("open a link's page in a new window", async () => {
    const anchor = await page
      .locator('[data-key="help"] a')
      .evaluate((a) => [a.getAttribute("href"), a.getAttribute("target"), a.getAttribute("rel")]);
    expect(anchor).toEqual(["https://example.com/help", "_blank", "noopener"]);
  });

  it("meet no CSP refusal and log no error", async () => {
    expect(await cspRefusals(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
