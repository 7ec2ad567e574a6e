// The built page opened in a plain browser, over Microsoft's own office.js (served from node_modules at
// the CDN address): Office reports no host, and the page says how to open it in Excel.
import { createHash } from "crypto";
import { checkStep } from "./support/artifacts";
import { useBrowsing } from "./support/browsing";
import { focusedKey, waitForText } from "./support/pane-actions";
import { cspRefusals, openPane, PaneSession, textOf } from "./support/pane-page";

const browsing = useBrowsing();
const NOTHING_WRONG = { cutText: [], inaccessible: [] };

// Outside Office, office.js adds a hidden telemetry frame three seconds after loading, with a
// style="display:none" attribute. The CSP refuses both, and Chromium logs each refusal as an error. Neither is
// anything the add-in needs, so the policy keeps refusing them and this test allows exactly these two
// (docs/csp.md); inside Excel they do not happen (excel-on-the-web.test.ts).
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";
const DISPLAY_NONE_HASH = createHash("sha256").update("display:none").digest("base64");
const OFFICE_JS_DELAY_MS = 3000;

function isOfficeTelemetryRefusal(error: string): boolean {
  return (
    error.startsWith(`Framing '${OFFICE_TELEMETRY}/' violates`) ||
    (error.startsWith("Applying inline style violates") && error.includes(DISPLAY_NONE_HASH))
  );
}

describe("the pane outside Excel", () => {
  let session: PaneSession;

  beforeAll(async () => {
    const { context, origin } = browsing();
    session = await openPane(context, origin);
    await session.page.waitForSelector("#outside");
  });

  afterAll(() => session?.page.close());

  it("explains, in the browser's language, how to open it in Excel", async () => {
    const { page } = session;
    expect(await textOf(page, "h1")).toBe("Open this pane in Excel");
    expect(await page.locator(".steps li").allTextContents()).toEqual([
      "Open a workbook in Excel for Microsoft 365 or Excel on the web.",
      "Add the add-in: Home › Add-ins › My Add-ins, or upload manifest.xml.",
      "On the Home tab, choose Campaign summary.",
    ]);
    expect(await page.locator("fluent-button").count()).toBe(0);
    expect(await checkStep(page, "outside-en")).toEqual(NOTHING_WRONG);
  });

  it("switches language from the keyboard, in its settings menu", async () => {
    const { page } = session;
    // The menu opens on its first language; the down arrow moves to the next and Enter chooses it.
    for (const [title, steps] of [
      ["请在 Excel 中打开此窗格", 1],
      ["請在 Excel 中開啟此窗格", 2],
    ] as const) {
      await page.focus('[data-key="settings"]');
      await page.keyboard.press("Enter");
      // The menu puts the focus on its first item in the frame after it opens.
      await page.waitForFunction(() => document.activeElement?.hasAttribute("data-item"));
      for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await waitForText(page, "h1", title);
    }
    expect(await page.getAttribute("html", "lang")).toBe("zh-TW");
    expect(await focusedKey(page)).toBe("settings");
    expect(await checkStep(page, "outside-zh-TW")).toEqual(NOTHING_WRONG);
  });

  it("logs no error of its own, and reaches nothing but its origin and the Office CDN", async () => {
    const { page } = session;
    await page.waitForTimeout(OFFICE_JS_DELAY_MS + 1000);
    expect(session.errors.filter((error) => !isOfficeTelemetryRefusal(error))).toEqual([]);
    expect(session.errors).toHaveLength(2);
    expect(await cspRefusals(page)).toEqual([
      { directive: "style-src-attr", blocked: "inline" },
      { directive: "frame-src", blocked: OFFICE_TELEMETRY },
    ]);
    expect(session.requests.filter((request) => request.blocked)).toEqual([]);
  });
});
