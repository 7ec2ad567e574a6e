/**
 * `npm run bench:pane`: the time from navigation to the task pane's first interactive control, in headless
 * Chromium, over dist/ served on localhost with the Office CDN answered from disk (no network latency).
 */
import os from "os";
import path from "path";
import { Browser, chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../test/browser/support/chromium";
import { OfficeScript, routeNetwork } from "../test/browser/support/network";
import { serveDirectory } from "../test/browser/support/server";
import { fmt } from "./measure";

const runs = Number(process.env.BENCH_RUNS ?? 10);

interface Scenario {
  name: string;
  office: OfficeScript;
  /** The first control a person can use there. */
  control: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: "in Excel (stand-in office.js)",
    office: "stand-in",
    control: 'fluent-button[data-key="use-posts"]',
  },
  { name: "outside Excel (Microsoft's office.js)", office: "office.js", control: "#language" },
];

interface Timings {
  firstControl: number;
  firstContentfulPaint: number;
  domContentLoaded: number;
}

/**
 * Runs in the page: notes when the control is upgraded by Fluent, rendered and laid out. No inner named
 * functions: tsx would wrap them in a helper that the page does not have.
 */
function watchForControl(selector: string): void {
  const observer = new MutationObserver(() => {
    const control = document.querySelector(selector);
    if (!control?.matches(":defined") || !control.shadowRoot) return;
    if (control.getClientRects().length === 0) return;
    observer.disconnect();
    Object.assign(window, { firstControlAt: performance.now() });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** One cold load: a new browser context, so nothing is cached. */
async function loadOnce(browser: Browser, origin: string, scenario: Scenario): Promise<Timings> {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(watchForControl, scenario.control);
  const setup = { displayLanguage: "en-US", sheets: [{ name: "Sheet1" }] };
  if (scenario.office === "stand-in") {
    await page.addInitScript((given) => Object.assign(window, { standInSetup: given }), setup);
  }
  await routeNetwork(page, origin, scenario.office);
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() => "firstControlAt" in window);
  const timings = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      "navigation"
    ) as PerformanceNavigationTiming[];
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      firstControl: (window as unknown as { firstControlAt: number }).firstControlAt,
      firstContentfulPaint: paint?.startTime ?? NaN,
      domContentLoaded: navigation.domContentLoadedEventEnd,
    };
  });
  await context.close();
  return timings;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const server = await serveDirectory(path.resolve(__dirname, "../dist"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    await measureAll(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureAll(browser: Browser, origin: string): Promise<void> {
  console.log(
    `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores; ${runs} cold loads each.\n`
  );
  console.log(
    "| task pane | navigation → first interactive control (median, min–max) | first contentful paint | DOMContentLoaded |"
  );
  console.log("|---|---:|---:|---:|");
  for (const scenario of SCENARIOS) {
    // One unmeasured load first, so that the server's and the browser's own start-up are not counted.
    await loadOnce(browser, origin, scenario);
    const all: Timings[] = [];
    for (let run = 0; run < runs; run++) all.push(await loadOnce(browser, origin, scenario));
    const column = (key: keyof Timings) => all.map((timings) => timings[key]);
    const controls = column("firstControl");
    console.log(
      `| ${scenario.name} | ${fmt(median(controls))} ms (${fmt(Math.min(...controls))}–${fmt(Math.max(...controls))}) | ` +
        `${fmt(median(column("firstContentfulPaint")))} ms | ${fmt(median(column("domContentLoaded")))} ms |`
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
