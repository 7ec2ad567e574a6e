/**
 * The pane's Fluent UI controls: every view builds its buttons, drop-downs, fields and menus here, so this is the
 * one file that knows Fluent's elements. Each control carries its data-key, which dom.ts's replaceChildren uses to
 * keep the keyboard focus, and data-busy-disables where a running job makes it aria-disabled.
 */
import { element } from "./dom";

/** What a control is known by: its data-key, unique on the page. */
interface Keyed {
  key: string;
  id?: string;
  /** Made aria-disabled while a job runs (data-busy-disables). */
  busyDisables?: boolean;
}

function keyAttributes({
  key,
  id,
  busyDisables,
}: Keyed): Record<string, string | boolean | undefined> {
  return { "data-key": key, id, "data-busy-disables": busyDisables };
}

/** The value of a form control, Fluent's or the browser's, as text. */
export function controlValue(control: HTMLElement): string {
  return String((control as unknown as { value: unknown }).value ?? "");
}

export interface ButtonOptions extends Keyed {
  label: string;
  appearance?: "primary" | "secondary" | "subtle";
  /** The data-key of the control that takes the focus when this button is gone (data-focus-after). */
  focusAfter?: string;
  onClick(): void;
}

/** A button; its label is its text content, so a view may change it later. */
export function button({
  label,
  appearance,
  focusAfter,
  onClick,
  ...keyed
}: ButtonOptions): HTMLElement {
  const created = element(
    "fluent-button",
    {
      ...keyAttributes({ busyDisables: true, ...keyed }),
      appearance: appearance === "secondary" ? undefined : appearance,
      "data-focus-after": focusAfter,
    },
    [label]
  );
  created.addEventListener("click", () => onClick());
  return created;
}

export interface Choice {
  value: string;
  label: string;
  lang?: string;
}

export interface DropdownOptions extends Keyed {
  /** The drop-down's accessible name, or `labelledBy`: the id of the element naming it. */
  label?: string;
  labelledBy?: string;
  options: Choice[];
  value: string;
  onChange(value: string): void;
}

/** A drop-down list of choices; onChange hears the user's choice, not setDropdownValue's. */
export function dropdown({
  label,
  labelledBy,
  options,
  value,
  onChange,
  ...keyed
}: DropdownOptions): HTMLElement {
  const choices = options.map((choice) =>
    element(
      "fluent-option",
      { value: choice.value, lang: choice.lang, selected: choice.value === value },
      [choice.label]
    )
  );
  const created = element("fluent-dropdown", keyAttributes(keyed), [
    element("fluent-listbox", {}, choices),
  ]);
  nameInnerCombobox(
    created,
    labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": label ?? "" }
  );
  created.addEventListener("change", () => onChange(controlValue(created)));
  // Fluent opens a closed list on Enter, then the inner button's own click on that Enter closes it again.
  created.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Enter" && !(created as unknown as { open?: boolean }).open)
        event.preventDefault();
    },
    { capture: true }
  );
  return created;
}

/** Shows another choice in a drop-down built by dropdown(). */
export function setDropdownValue(dropdown: HTMLElement, value: string): void {
  for (const option of Array.from(dropdown.querySelectorAll("fluent-option"))) {
    const choice = option as unknown as { value: string; selected: boolean };
    choice.selected = choice.value === value;
  }
}

/**
 * Fluent's drop-down renders its combobox, a button of its own, a frame after it is connected, and neither names
 * it from the host's ARIA attributes nor says it is collapsed until first opened: both are given here.
 */
function nameInnerCombobox(dropdown: HTMLElement, naming: Record<string, string>): void {
  const name = () => {
    const combobox = dropdown.querySelector(':scope > [role="combobox"]');
    const missing = { ...naming, "aria-expanded": "false" };
    for (const [attribute, value] of Object.entries(missing))
      if (combobox && !combobox.hasAttribute(attribute)) combobox.setAttribute(attribute, value);
  };
  new MutationObserver(name).observe(dropdown, { childList: true });
}

export interface TextFieldOptions extends Keyed {
  label: string;
  /** Names the field without showing its label, where a table's headers already show what it is for. */
  labelHidden?: boolean;
  value?: string;
  inputMode?: "decimal" | "numeric" | "text";
  hint?: string;
  onInput(value: string): void;
}

/** A text field within Fluent's field, which shows its hint and error message beneath it. */
export interface TextField {
  /** The fluent-field to place in the page. */
  element: HTMLElement;
  /** The text input itself: it has the data-key and the focus. */
  control: HTMLElement;
  setLabel(text: string): void;
  setHint(text: string): void;
  setValue(text: string): void;
  /** Marks the field invalid (aria-invalid) and shows the message; "" marks it only; undefined clears both. */
  setError(message: string | undefined): void;
}

/** A text field; the label is set on the input inside Fluent's shadow root, the only place that names it. */
export function textField(options: TextFieldOptions): TextField {
  const { label, labelHidden, value = "", inputMode, hint, onInput, ...keyed } = options;
  const control = element("fluent-text-input", { ...keyAttributes(keyed), slot: "input", value });
  const hintText = element("span", { slot: "message", class: "hint" });
  const errorText = element("span", { slot: "message", class: "error", "aria-live": "polite" });
  const field = element("fluent-field", {}, [control, hintText, errorText]);
  control.addEventListener("input", () => onInput(controlValue(control)));
  const inner = (apply: (input: HTMLInputElement) => void) => withInnerInput(control, apply);
  if (inputMode) inner((input) => input.setAttribute("inputmode", inputMode));
  const textField: TextField = {
    element: field,
    control,
    setLabel(text) {
      // A shown label is the text input's own content, which Fluent puts in its shadow root's <label>.
      if (labelHidden) inner((input) => input.setAttribute("aria-label", text));
      else control.textContent = text;
    },
    setHint(text) {
      hintText.textContent = text;
    },
    setValue(text) {
      if (controlValue(control) !== text) (control as unknown as { value: string }).value = text;
    },
    setError(message) {
      const invalid = String(message !== undefined);
      control.setAttribute("aria-invalid", invalid);
      inner((input) => input.setAttribute("aria-invalid", invalid));
      errorText.textContent = message ?? "";
    },
  };
  textField.setLabel(label);
  textField.setHint(hint ?? "");
  return textField;
}

/**
 * Runs `apply` on the <input> in a Fluent text input's shadow root, now or once its template is rendered on
 * connection: names, input modes and invalid marks on the host do not reach it.
 */
function withInnerInput(control: HTMLElement, apply: (input: HTMLInputElement) => void): void {
  const root = control.shadowRoot;
  if (!root) {
    // Built before Fluent's element was defined: once it is, the element is upgraded and has its shadow root.
    void customElements.whenDefined(control.localName).then(() => {
      customElements.upgrade(control);
      if (control.shadowRoot) withInnerInput(control, apply);
    });
    return;
  }
  const find = () => root.querySelector<HTMLInputElement>('input[part~="control"]');
  const input = find();
  if (input) return apply(input);
  const observer = new MutationObserver(() => {
    const rendered = find();
    if (!rendered) return;
    observer.disconnect();
    apply(rendered);
  });
  observer.observe(root, { childList: true, subtree: true });
}

export interface CheckboxOptions extends Keyed {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** A checkbox with its label after it. */
export interface Checkbox {
  element: HTMLElement;
  control: HTMLElement;
  setLabel(text: string): void;
  /** Shows a value set elsewhere (a restored memory); onChange does not hear it. */
  setChecked(checked: boolean): void;
}

/** A checkbox in Fluent's field, whose <label> names it. */
export function checkbox({ label, checked, onChange, ...keyed }: CheckboxOptions): Checkbox {
  const id = keyed.id ?? `${keyed.key}-checkbox`;
  const control = element("fluent-checkbox", {
    ...keyAttributes({ ...keyed, id }),
    slot: "input",
    checked,
  });
  const caption = element("label", { slot: "label", for: id }, [label]);
  control.addEventListener("change", () =>
    onChange(Boolean((control as unknown as { checked: boolean }).checked))
  );
  return {
    element: element("fluent-field", { "label-position": "after" }, [caption, control]),
    control,
    setLabel: (text) => void (caption.textContent = text),
    setChecked: (value) => {
      const box = control as unknown as { checked: boolean };
      if (box.checked !== value) box.checked = value;
    },
  };
}

export interface DisclosureOptions {
  key: string;
  heading: string;
  /** The heading's level, one below the section's own heading by default. */
  headingLevel?: number;
  body: Node[];
}

/** A heading that shows or hides what follows it. */
export interface Disclosure {
  element: HTMLElement;
  open: boolean;
  setHeading(text: string): void;
}

/** A disclosure: Fluent's accordion of one item, closed at first. */
export function disclosure({
  key,
  heading,
  headingLevel = 3,
  body,
}: DisclosureOptions): Disclosure {
  const title = element("span", { slot: "heading" }, [heading]);
  const item = element(
    "fluent-accordion-item",
    { "data-key": key, "heading-level": String(headingLevel) },
    [title, ...body]
  );
  const expandable = item as unknown as { expanded: boolean };
  return {
    element: element("fluent-accordion", {}, [item]),
    get open() {
      return expandable.expanded;
    },
    set open(open: boolean) {
      expandable.expanded = open;
    },
    setHeading: (text) => void (title.textContent = text),
  };
}

export interface MenuItemOptions {
  key: string;
  label: string;
  lang?: string;
  /** Given for a choice among several (a radio item), true for the current one. */
  checked?: boolean;
  onSelect(): void;
}

export interface SettingsMenuOptions {
  key: string;
  label: string;
  items: MenuItemOptions[];
}

/** A button opening a menu of settings: choices (radio items, such as the language) and actions (Help). */
export function settingsMenu({ key, label, items }: SettingsMenuOptions): HTMLElement {
  // Fluent gives its menu elements their roles and checked states internally; axe reads only attributes.
  const trigger = element(
    "fluent-menu-button",
    { slot: "trigger", role: "button", appearance: "subtle", "data-key": key },
    [label]
  );
  const entries = items.map(({ key: itemKey, label: itemLabel, lang, checked, onSelect }) => {
    const radio = checked !== undefined;
    const item = element(
      "fluent-menu-item",
      {
        // Not a data-key: a choice that rebuilds the page hands the focus back to the menu's button.
        "data-item": itemKey,
        lang,
        role: radio ? "menuitemradio" : "menuitem",
        checked: radio && checked,
        "aria-checked": radio ? String(checked) : undefined,
      },
      [itemLabel]
    );
    item.addEventListener("change", () => {
      const now = Boolean((item as unknown as { checked: boolean }).checked);
      if (radio) item.setAttribute("aria-checked", String(now));
      if (!radio || now) {
        trigger.focus();
        onSelect();
      }
    });
    return item;
  });
  const list = element("fluent-menu-list", { role: "menu", "aria-label": label }, entries);
  return element("fluent-menu", {}, [trigger, list]);
}

export interface LinkOptions {
  key: string;
  href: string;
  label: string;
}

/** A link opening its page in a new window. */
export function link({ key, href, label }: LinkOptions): HTMLElement {
  return element("fluent-link", { "data-key": key, href, target: "_blank", rel: "noopener" }, [
    label,
  ]);
}
