// Opening the built pane in Chromium, watching what a person and a screen reader would notice.
import { BrowserContext, Frame, Page } from "playwright-core";
import { StandInControls, StandInSetup, WrittenCell } from "../stand-in/contract";
import { routeNetwork, SeenRequest } from "./network";

/** A refusal by the page's Content-Security-Policy, as the securitypolicyviolation event reports it. */
export interface CspRefusal {
  directive: string;
  blocked: string;
}

/** Text added to a live region, in the order screen readers would announce it. */
export interface Announcement {
  region: string;
  text: string;
}

export interface PaneSession {
  page: Page;
  /** Every request the page made, blocked or not. */
  requests: SeenRequest[];
  /** Console errors, uncaught exceptions and dialogs, in order. */
  errors: string[];
}

/** Runs in the page before its own scripts: records CSP refusals and what the live regions announce. */
function watchPage(): void {
  const records = window as unknown as { cspRefusals: CspRefusal[]; announcements: Announcement[] };
  records.cspRefusals = [];
  records.announcements = [];
  document.addEventListener("securitypolicyviolation", (event) =>
    records.cspRefusals.push({ directive: event.effectiveDirective, blocked: event.blockedURI })
  );
  const announce = (mutations: MutationRecord[]) => {
    for (const mutation of mutations) {
      const region = (mutation.target as Element).closest?.("[aria-live]");
      if (!region) continue;
      for (const node of Array.from(mutation.addedNodes)) {
        const text = node.textContent?.trim();
        if (text) records.announcements.push({ region: region.id, text });
      }
    }
  };
  new MutationObserver(announce).observe(document, { childList: true, subtree: true });
}

/**
 * Watches a page, in every frame, from before its first script: CSP refusals and announcements are kept in each
 * frame; console errors, uncaught exceptions and dialogs go, in order, into the returned list.
 */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(watchPage);
  return errors;
}

/**
 * Opens dist/taskpane.html at `width` px: with a setup, over the stand-in office.js that reports Excel and
 * holds that workbook; without one, over Microsoft's office.js, as in a plain browser.
 */
export async function openPane(
  context: BrowserContext,
  origin: string,
  setup?: StandInSetup,
  width = 320
): Promise<PaneSession> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 720 });
  const errors = await watchErrors(page);
  if (setup)
    await page.addInitScript((given) => Object.assign(window, { standInSetup: given }), setup);
  const requests = await routeNetwork(page, origin, setup ? "stand-in" : "office.js");
  await page.goto(`${origin}/taskpane.html`);
  return { page, requests, errors };
}

/** The CSP refusals so far in a page, or in one of its frames. */
export function cspRefusals(page: Page | Frame): Promise<CspRefusal[]> {
  return page.evaluate(() => (window as unknown as { cspRefusals: CspRefusal[] }).cspRefusals);
}

/** What the live regions announced so far. */
export function announcements(page: Page): Promise<Announcement[]> {
  return page.evaluate(
    () => (window as unknown as { announcements: Announcement[] }).announcements
  );
}

type Controls = { standIn: StandInControls };

/** Selects cells of the stand-in workbook, as a person clicking into the grid does. */
export function selectCells(page: Page, sheet: string, at: string): Promise<void> {
  return page.evaluate(
    ([s, a]) => (window as unknown as Controls).standIn.select(s, a),
    [sheet, at]
  );
}

/** What the stand-in workbook holds and was told, after the page's actions. */
export async function workbookState(page: Page, summarySheet?: string) {
  return page.evaluate((summary) => {
    const { standIn } = window as unknown as Controls;
    const cells: WrittenCell[] = summary ? standIn.writtenCells(summary) : [];
    return {
      sheetNames: standIn.sheetNames(),
      activeSheet: standIn.activeSheet(),
      operations: standIn.operations(),
      cells,
    };
  }, summarySheet);
}

/** The stand-in workbook as it stands, to open the page again on: its sheets and the add-in's settings. */
export function workbookSnapshot(page: Page): Promise<ReturnType<StandInControls["snapshot"]>> {
  return page.evaluate(() => (window as unknown as Controls).standIn.snapshot());
}

/** The trimmed text of an element of the page, or of one of its frames. */
export async function textOf(page: Page | Frame, selector: string): Promise<string> {
  return ((await page.locator(selector).textContent()) ?? "").trim();
}

/** Types values into the stand-in workbook's grid from a cell on, as a person does. */
export function typeCells(
  page: Page,
  sheet: string,
  at: string,
  values: unknown[][]
): Promise<void> {
  return page.evaluate(
    ([s, a, v]) =>
      (window as unknown as Controls).standIn.type(s as string, a as string, v as unknown[][]),
    [sheet, at, values] as const
  );
}
