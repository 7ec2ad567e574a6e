// What a person would notice on the page: text cut off, accessibility failures, controls the keyboard cannot reach.
import fs from "fs";
import { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The task pane's usual widths in Excel, narrowest first. */
export const PANE_WIDTHS = [320, 350, 450];

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Axe = {
      run(
        context: Document,
        options: object
      ): Promise<{
        violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
      }>;
    };
    const { axe } = window as unknown as { axe: Axe };
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      targets: nodes.map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter(({ impact }) => impact === "serious" || impact === "critical")
    .map(({ id, impact, targets }) => `${id} (${impact}): ${targets.join(", ")}`);
}

/** Whether the page is wider than the pane, so that a person would have to scroll sideways. */
function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { clientWidth, scrollWidth } = document.documentElement;
    return scrollWidth > clientWidth
      ? [`the page scrolls sideways: ${scrollWidth} > ${clientWidth}`]
      : [];
  });
}

/** Every rendered text, inside Fluent's shadow roots too, that runs past the pane or is cut by a box. */
function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The parent on screen: a slotted node's slot, a shadow root's host.
    const parentOf = (node: Node): Element | null => {
      if ((node as Element | Text).assignedSlot) return (node as Element | Text).assignedSlot;
      const parent = node.parentNode;
      if (parent instanceof ShadowRoot) return parent.host;
      return parent instanceof Element ? parent : null;
    };
    const clippedBy = (text: Text, box: DOMRect): Element | undefined => {
      for (let at = parentOf(text); at; at = parentOf(at)) {
        const style = getComputedStyle(at);
        const clipsX = style.overflowX !== "visible";
        const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
        const edge = at.getBoundingClientRect();
        if (clipsX && (box.left < edge.left - 1 || box.right > edge.right + 1)) return at;
        if (clipsY && (box.top < edge.top - 1 || box.bottom > edge.bottom + 1)) return at;
      }
      return undefined;
    };
    const fault = (text: Text): string | undefined => {
      const range = document.createRange();
      range.selectNodeContents(text);
      const boxes = Array.from(range.getClientRects()).filter((box) => box.width && box.height);
      if (boxes.some((box) => box.left < -1 || box.right > width + 1)) return "runs past the pane";
      const clipper = boxes.map((box) => clippedBy(text, box)).find(Boolean);
      return clipper && `is cut off by ${clipper.tagName.toLowerCase()}`;
    };
    const problems: string[] = [];
    const visit = (node: Node) => {
      const found = node instanceof Text && node.data.trim() !== "" ? fault(node) : undefined;
      if (found) problems.push(`“${(node as Text).data.trim()}” ${found}`);
      if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
      node.childNodes.forEach(visit);
    };
    visit(document.body);
    return problems;
  });
}

/** The page scrolling sideways, and every text that runs past the pane's edges or is cut off. */
export async function textThatDoesNotFit(page: Page): Promise<string[]> {
  return [...(await sidewaysScroll(page)), ...(await cutText(page))];
}

/**
 * The data-key (or id) of the control that has the keyboard focus, or null when the page has none. The focus may
 * be on a part of the control, as on the button inside Fluent's drop-down.
 */
function focusedControl(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    const key = focused.closest("[data-key]")?.getAttribute("data-key");
    return key ?? focused.id ?? focused.tagName.toLowerCase();
  });
}

/** The controls Tab visits from the top of the page, in order, until it comes round again. */
export async function tabStops(page: Page, limit = 100): Promise<string[]> {
  // A click on the page's top corner, where nothing is focusable, makes Tab start from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.click(1, 1);
  const stops: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press("Tab");
    const control = await focusedControl(page);
    if (control === null || stops.includes(control)) break;
    stops.push(control);
  }
  return stops;
}

/** Presses Tab until the control with this data-key has the focus; throws when Tab never gets there. */
export async function tabTo(page: Page, key: string, limit = 100): Promise<void> {
  for (let press = 0; press < limit; press++) {
    if ((await focusedControl(page)) === key) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${key}`);
}

/** The data-keys of every control on the page that a person can see, in the page's order. */
export function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("[data-key]"))
      // checkVisibility also leaves out what a closed <details> hides, which still has boxes.
      .filter((control) => control.getClientRects().length > 0 && control.checkVisibility())
      .map((control) => control.getAttribute("data-key") as string)
  );
}
