/** The Fluent UI web components the pane uses, and the theme applied to them. */
import {
  Accordion,
  AccordionDefinition,
  AccordionItem,
  AccordionItemDefinition,
  Button,
  ButtonDefinition,
  Checkbox,
  CheckboxDefinition,
  Dropdown,
  DropdownDefinition,
  DropdownOption,
  DropdownOptionDefinition,
  Field,
  FieldDefinition,
  Link,
  LinkDefinition,
  Listbox,
  ListboxDefinition,
  Menu,
  MenuButton,
  MenuButtonDefinition,
  MenuDefinition,
  MenuItem,
  MenuItemDefinition,
  MenuList,
  MenuListDefinition,
  setTheme,
  TextInput,
  TextInputDefinition,
} from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { PaneTheme } from "./theme";

/**
 * Defines the <fluent-…> elements that controls.ts builds; only these are bundled. FAST defines them a
 * microtask later: build the page once this has resolved, so that every control is born upgraded.
 */
export async function registerFluentComponents(): Promise<void> {
  await Promise.all([
    Accordion.define(AccordionDefinition),
    AccordionItem.define(AccordionItemDefinition),
    Button.define(ButtonDefinition),
    Checkbox.define(CheckboxDefinition),
    Dropdown.define(DropdownDefinition),
    DropdownOption.define(DropdownOptionDefinition),
    Field.define(FieldDefinition),
    Link.define(LinkDefinition),
    Listbox.define(ListboxDefinition),
    Menu.define(MenuDefinition),
    MenuButton.define(MenuButtonDefinition),
    MenuItem.define(MenuItemDefinition),
    MenuList.define(MenuListDefinition),
    TextInput.define(TextInputDefinition),
  ]);
}

/**
 * Sets Fluent's light or dark tokens for the whole page. Office's own background becomes Fluent's first neutral
 * background, which the page and the controls' surfaces are painted with, so the pane sits in Office seamlessly.
 */
export function applyTheme(root: HTMLElement, theme: PaneTheme): void {
  const tokens = theme.dark ? webDarkTheme : webLightTheme;
  setTheme(theme.background ? { ...tokens, colorNeutralBackground1: theme.background } : tokens);
  root.classList.toggle("dark", theme.dark);
}
