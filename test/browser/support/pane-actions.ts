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
    await page.click(`[data-key="use-${kind}"]`);
    await page.waitForSelector(`[data-key="remove-${kind}"]`);
  }
}

/** The text a drop-down shows: its chosen option's, which Fluent renders in the frame after the choice. */
export function shownValue(page: Page, selector: string): Promise<string> {
  return page.locator(`${selector} [role="combobox"]`).evaluate(async (combobox) => {
    await new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown)));
    return combobox.textContent?.trim() ?? "";
  });
}

/**
 * Chooses a drop-down's first option from the keyboard, as Fluent's drop-down takes it: Enter opens the list on
 * the chosen option, the up arrow moves through the list (it has no Home key), Enter chooses.
 */
export async function chooseFirstOption(page: Page, selector: string): Promise<void> {
  const chosen = await page
    .locator(selector)
    .evaluate((dropdown) =>
      Array.from(dropdown.querySelectorAll("fluent-option")).findIndex(
        (option) => (option as unknown as { selected: boolean }).selected
      )
    );
  await page.focus(`${selector} [role="combobox"]`);
  await page.keyboard.press("Enter");
  for (let step = 0; step < chosen; step++) await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
}

/** The text a Fluent text field holds, found by its data-key. */
export function shownText(page: Page, key: string): Promise<string> {
  return page
    .locator(`[data-key="${key}"]`)
    .evaluate((field) => (field as unknown as { value: string }).value);
}

/** The data-key of the control with the keyboard focus, or of the control it is part of. */
export function focusedKey(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest("[data-key]")?.getAttribute("data-key") ?? null
  );
}
