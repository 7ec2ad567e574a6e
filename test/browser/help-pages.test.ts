// The help pages as a person opens them from a function's help link: in the language of their Excel, at the
// function's entry, styled under the page's own policy, readable at a pane's width and by a screen reader.
import { Page } from "playwright-core";
import { builtMetadata } from "../support/metadata";
import { useBrowsing } from "./support/browsing";
import { PANE_WIDTHS, seriousAccessibilityViolations } from "./support/checks";
import { CspRefusal } from "./support/pane-page";

const browsing = useBrowsing();

const PAGES = [
  { locale: "en", metadata: "functions.json", page: "help.html" },
  { locale: "zh-CN", metadata: "functions-zh-cn.json", page: "help-zh-cn.html" },
  { locale: "zh-TW", metadata: "functions-zh-tw.json", page: "help-zh-tw.html" },
];

interface Visit {
  page: Page;
  errors: string[];
  refusals: () => Promise<CspRefusal[]>;
  /** Requests for anything but the add-in's own files. */
  elsewhere: string[];
}

async function visit(path: string): Promise<Visit> {
  const { context, origin } = browsing();
  const page = await context.newPage();
  const errors: string[] = [];
  const elsewhere: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    if (route.request().url().startsWith(`${origin}/`)) return route.continue();
    elsewhere.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  await page.addInitScript(() => {
    const seen: CspRefusal[] = [];
    Object.assign(window, { cspRefusals: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI })
    );
  });
  await page.goto(`${origin}/${path}`);
  const refusals = () =>
    page.evaluate(() => (window as unknown as { cspRefusals: CspRefusal[] }).cspRefusals);
  return { page, errors, refusals, elsewhere };
}

describe.each(PAGES)("the help page in $locale", ({ locale, metadata, page: file }) => {
  let seen: Visit;
  const nps = () => builtMetadata(metadata).functions.find((f) => f.id === "NPS");

  beforeAll(async () => {
    // The page a Chinese or English Excel opens from WOM.NPS's help link.
    const link = new URL(nps()?.helpUrl ?? "");
    seen = await visit(`${file}${link.hash}`);
  });

  afterAll(() => seen?.page.close());

  it("opens at the function's entry, under the function's name in that language", async () => {
    const { page } = seen;
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    expect(await page.locator(":target").evaluate((element) => element.tagName)).toBe("H3");
    expect(await page.locator(":target").textContent()).toBe(`WOM.${nps()?.name}`);
    const top = await page.locator(":target").evaluate((e) => e.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(2);
  });

  it("is styled by its own stylesheet, with nothing refused, logged or fetched from elsewhere", async () => {
    const { page } = seen;
    const width = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
    expect(width).not.toBe("none");
    expect(await seen.refusals()).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.elsewhere).toEqual([]);
  });

  it("fits the narrowest pane without scrolling sideways, and has no serious accessibility fault", async () => {
    const { page } = seen;
    await page.setViewportSize({ width: PANE_WIDTHS[0], height: 720 });
    const { clientWidth, scrollWidth } = await page.evaluate(() => {
      const { clientWidth: client, scrollWidth: scroll } = document.documentElement;
      return { clientWidth: client, scrollWidth: scroll };
    });
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("leads to the other two languages' pages", async () => {
    const hrefs = await seen.page
      .locator("body > p")
      .first()
      .locator("a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(PAGES.filter((p) => p.page !== file).map((p) => p.page));
  });
});
