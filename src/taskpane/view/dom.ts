/** Building the pane's elements: text always through textContent, attributes one by one, no HTML strings. */

type Child = Node | string | undefined | false;

/** An element with attributes and children; strings become text nodes, so cell contents stay text. */
export function element(
  tag: string,
  attributes: Record<string, string | boolean | undefined> = {},
  children: Child[] = []
): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) created.setAttribute(name, "");
    else if (typeof value === "string") created.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    created.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return created;
}

/**
 * Replaces an element's children, keeping keyboard focus on the control with the same data-key, or
 * on the one its data-focus-after names when it is gone (a "Remove" button hands focus to "Use").
 */
export function replaceChildren(parent: Element, children: Node[]): void {
  const focused = document.activeElement?.closest("[data-key]");
  const keys = [focused?.getAttribute("data-key"), focused?.getAttribute("data-focus-after")];
  parent.replaceChildren(...children);
  for (const key of keys) {
    const again = key ? parent.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
    if (again) return focusWhenRendered(again);
  }
}

/** Focuses a control now, or in the next frame if its component renders its focusable part only then. */
function focusWhenRendered(control: HTMLElement): void {
  try {
    control.focus();
  } catch {
    // Fluent's drop-down throws until it has built its inner button, a frame after it was connected.
  }
  if (!control.contains(document.activeElement)) requestAnimationFrame(() => control.focus());
}
