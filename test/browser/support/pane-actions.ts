// What a person does in the pane, as steps the tests share.
import { Page } from "playwright-core";
import { SOURCE_SHEETS } from "./example-campaign";
import { selectCells } from "./pane-page";

/** Waits until an element's trimmed text is exactly `text`; fails saying what it holds instead. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([where, expected]) => document.querySelector(where)?.textContent?.trim() === expected,
      [selector, text],
      { timeout: 10_000 }
    );
  } catch {
    const shown = (await page.locator(selector).textContent())?.trim();
    throw new Error(`${selector} shows “${shown}”, not “${text}”`);
  }
}

/** Picks Posts, Mentions and Orders of the example, each by selecting B2 and clicking its button. */
export async function pickExampleSources(page: Page): Promise<void> {
  for (const sheet of SOURCE_SHEETS) {
    const kind = sheet.toLowerCase();
    await selectCells(page, sheet, "B2");
    await page.click(`fluent-button[data-key="use-${kind}"]`);
    await page.waitForSelector(`fluent-button[data-key="remove-${kind}"]`);
  }
}

/** The Fluent drop-down's shown value. */
export function shownValue(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .evaluate((select) => (select as unknown as { displayValue: string }).displayValue);
}

/** The text a Fluent text field holds, found by its data-key. */
export function shownText(page: Page, key: string): Promise<string> {
  return page
    .locator(`[data-key="${key}"]`)
    .evaluate((field) => (field as unknown as { value: string }).value);
}

/** The data-key of the control with the keyboard focus. */
export function focusedKey(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-key") ?? null);
}
