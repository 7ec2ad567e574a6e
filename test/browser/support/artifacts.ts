// Screenshots of the pane, kept after the run in test-artifacts/ (not committed) for people to look at.
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { PANE_WIDTHS, seriousAccessibilityViolations, textThatDoesNotFit } from "./checks";
import { lowContrastOnControls } from "./contrast";

export const ARTIFACTS = path.resolve(__dirname, "../../../test-artifacts/pane");

/** Saves the whole page as test-artifacts/pane/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** What one step of a flow looks like at each usual width: cut text, and serious accessibility failures. */
export interface StepFindings {
  cutText: string[];
  /** axe-core's serious and critical violations, and text on a control's fill below WCAG AA contrast. */
  inaccessible: string[];
}

/** Shoots a step at both pane widths, checking at each that all text fits; then checks accessibility. */
export async function checkStep(page: Page, name: string): Promise<StepFindings> {
  const cutText: string[] = [];
  const before = page.viewportSize() ?? { width: PANE_WIDTHS[0], height: 720 };
  for (const width of PANE_WIDTHS) {
    await page.setViewportSize({ width, height: before.height });
    await screenshot(page, `${name}-${width}px`);
    for (const problem of await textThatDoesNotFit(page)) cutText.push(`${width} px: ${problem}`);
  }
  await page.setViewportSize(before);
  const inaccessible = [
    ...(await seriousAccessibilityViolations(page)),
    ...(await lowContrastOnControls(page)),
  ];
  return { cutText, inaccessible };
}
