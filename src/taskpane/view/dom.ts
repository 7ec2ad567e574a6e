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
    if (again) return again.focus();
  }
}

/** The value of a form control, Fluent's or the browser's, as text. */
export function controlValue(control: HTMLElement): string {
  return String((control as unknown as { value: unknown }).value ?? "");
}
