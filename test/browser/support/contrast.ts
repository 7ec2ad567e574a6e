// The contrast of text on Fluent's controls, which axe-core leaves for review: the controls paint their
// fill as a one-colour gradient (beneath a gradient stroke), whose colour axe does not read.
import { Page } from "playwright-core";

/** WCAG AA's least contrast for text of the pane's body size. */
export const LEAST_CONTRAST = 4.5;

/** Each control whose text contrasts less than WCAG AA asks with its fill, e.g. "create: 3.1:1". */
export function lowContrastOnControls(page: Page): Promise<string[]> {
  return page.evaluate((least) => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) =>
        c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const over = (text: number[], fill: number[]) => {
      const alpha = text[3] ?? 1;
      return [0, 1, 2].map((i) => text[i] * alpha + fill[i] * (1 - alpha));
    };
    const found: string[] = [];
    for (const control of Array.from(document.querySelectorAll("[data-key]"))) {
      if (!control.shadowRoot || control.getClientRects().length === 0) continue;
      for (const part of Array.from(control.shadowRoot.querySelectorAll("*"))) {
        const style = getComputedStyle(part);
        const fill = /^linear-gradient\((rgba?\([^)]*\)), \1\)/.exec(style.backgroundImage);
        if (!fill) continue;
        const background = channels(fill[1]);
        const lighter = Math.max(
          luminance(background),
          luminance(over(channels(style.color), background))
        );
        const darker = Math.min(
          luminance(background),
          luminance(over(channels(style.color), background))
        );
        const ratio = (lighter + 0.05) / (darker + 0.05);
        if (ratio < least) found.push(`${control.getAttribute("data-key")}: ${ratio.toFixed(2)}:1`);
      }
    }
    return found;
  }, LEAST_CONTRAST);
}
