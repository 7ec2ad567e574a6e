/** The Fluent UI web components the pane uses, and the theme applied to them. */
import {
  baseLayerLuminance,
  fillColor,
  fluentButton,
  fluentCheckbox,
  fluentNumberField,
  fluentOption,
  fluentSelect,
  fluentTextField,
  provideFluentDesignSystem,
  StandardLuminance,
  SwatchRGB,
} from "@fluentui/web-components";
import { PaneTheme, parseHexColour } from "./theme";

/** Defines the <fluent-…> elements; only these are bundled. */
export function registerFluentComponents(): void {
  provideFluentDesignSystem().register(
    fluentButton(),
    fluentCheckbox(),
    fluentNumberField(),
    fluentOption(),
    fluentSelect(),
    fluentTextField()
  );
}

/** Sets the design tokens under `root` so that every component and the page follow the theme. */
export function applyTheme(root: HTMLElement, theme: PaneTheme): void {
  baseLayerLuminance.setValueFor(
    root,
    theme.dark ? StandardLuminance.DarkMode : StandardLuminance.LightMode
  );
  const colour = theme.background ? parseHexColour(theme.background) : undefined;
  if (colour) fillColor.setValueFor(root, SwatchRGB.create(...colour));
  root.classList.toggle("dark", theme.dark);
}
