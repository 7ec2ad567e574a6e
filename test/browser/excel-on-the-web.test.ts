// The built pane inside a stand-in Excel on the web, over Microsoft's own office.js and its Excel on the web
// script (served from node_modules/@microsoft/office-js at the CDN address), under the pane's CSP.
import { useBrowsing } from "./support/browsing";
import { openInExcelOnTheWeb, WebPaneSession } from "./support/excel-on-the-web";
import { OFFICE_CDN } from "./support/network";
import { cspRefusals, textOf } from "./support/pane-page";

const browsing = useBrowsing();

/** The hashes Chromium names in its console when it refuses an inline style, in order. */
function refusedStyleHashes(errors: string[]): string[] {
  return errors
    .filter((error) => error.includes("violates the following Content Security Policy"))
    .map((error) => /a hash \('(sha256-[^']+)'\)/.exec(error)?.[1] ?? error);
}

const ready = (session: WebPaneSession) => session.pane.waitForSelector('[data-key="use-posts"]');

describe("the pane in Excel on the web, over Microsoft's office.js", () => {
  let session: WebPaneSession;

  beforeAll(async () => {
    session = await openInExcelOnTheWeb(browsing().context, { displayLanguage: "zh-HK" });
    await ready(session);
  });

  afterAll(() => session?.page.close());

  it("loads office.js, its Excel on the web script and its strings from the CDN, and reaches nothing else", () => {
    const fromCdn = session.requests
      .filter((request) => request.url.startsWith(OFFICE_CDN))
      .map((request) => request.url.slice(OFFICE_CDN.length));
    // Which language's strings office.js loads for its own messages is its choice (zh-cn for zh-HK).
    expect(fromCdn).toEqual(
      expect.arrayContaining([
        "office.js",
        "excel-web-16.00.js",
        expect.stringMatching(/^[a-z-]+\/office_strings\.js$/),
      ])
    );
    expect(session.requests.filter((request) => request.blocked)).toEqual([]);
  });

  it("is told by office.js that it runs in Excel, and speaks Traditional Chinese to a zh-HK Excel", async () => {
    expect(await session.pane.evaluate(() => Office.context.displayLanguage)).toBe("zh-HK");
    expect(await session.pane.getAttribute("html", "lang")).toBe("zh-TW");
    expect(await textOf(session.pane, '[data-key="use-posts"]')).toBe("使用目前選取範圍");
  });

  it("refuses nothing the add-in needs: office.js's only refusals are the XML parser's, of an empty licence", async () => {
    const fromOffice = await cspRefusals(session.pane);
    const officeHashes = refusedStyleHashes(session.errors);
    // Excel passes a sideloaded add-in an empty licence token; office.js parses it as XML, and Chromium's
    // parser-error element carries style attributes, refused by style-src-attr. The same parse, done here,
    // is refused in exactly the same way: nothing of office.js's own is refused.
    const before = session.errors.length;
    await session.pane.evaluate(() => new DOMParser().parseFromString("", "text/xml"));
    await session.pane.waitForTimeout(100);
    const fromParser = (await cspRefusals(session.pane)).slice(fromOffice.length);
    expect(fromOffice).toEqual([
      { directive: "style-src-attr", blocked: "inline" },
      { directive: "style-src-attr", blocked: "inline" },
    ]);
    expect(fromParser).toEqual(fromOffice);
    expect(refusedStyleHashes(session.errors.slice(before))).toEqual(officeHashes);
  });

  it("throws nothing and logs no other error", () => {
    const others = session.errors.filter(
      (error) => !error.includes("violates the following Content Security Policy")
    );
    expect(others).toEqual([]);
  });
});

describe("the pane in Excel on the web without constructable style sheets, as in Safari before 16.4", () => {
  /** What a person sees of the first button: Fluent's styles on the button and on its content inside. */
  const buttonLook = (session: WebPaneSession) =>
    session.pane.evaluate(() => {
      const host = document.querySelector('[data-key="use-posts"]') as HTMLElement;
      const content = host.shadowRoot?.querySelector('[part="content"]') as HTMLElement;
      const look = (element: HTMLElement) => {
        const style = getComputedStyle(element);
        const { display, backgroundColor, borderRadius, height, paddingLeft, fontWeight } = style;
        return { display, backgroundColor, borderRadius, height, paddingLeft, fontWeight };
      };
      const styleElements = host.shadowRoot?.querySelectorAll("style").length ?? 0;
      return { host: look(host), content: look(content), styleElements };
    });

  let adopted: WebPaneSession;
  let fallback: WebPaneSession;

  beforeAll(async () => {
    const { context } = browsing();
    adopted = await openInExcelOnTheWeb(context, { displayLanguage: "en-US" });
    fallback = await openInExcelOnTheWeb(context, {
      displayLanguage: "en-US",
      withoutConstructableStyleSheets: true,
    });
    await Promise.all([ready(adopted), ready(fallback)]);
  });

  afterAll(async () => {
    await adopted?.page.close();
    await fallback?.page.close();
  });

  it("gets Fluent's styles from style elements, which the CSP lets through, and looks the same", async () => {
    const withSheets = await buttonLook(adopted);
    const withElements = await buttonLook(fallback);
    expect(withSheets.styleElements).toBe(0);
    expect(withElements.styleElements).toBeGreaterThan(0);
    expect(withElements.host).toEqual(withSheets.host);
    expect(withElements.content).toEqual(withSheets.content);
    // Fluent's, not a bare element's: a medium button's 4 px corner radius and 32 px height.
    expect(withElements.host).toMatchObject({ borderRadius: "4px", height: "32px" });
    // Only office.js's two XML-parser refusals, as with constructable style sheets: no style element refused.
    expect(await cspRefusals(fallback.pane)).toEqual(await cspRefusals(adopted.pane));
  });
});
