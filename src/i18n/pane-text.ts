/** A string of the pane in the user's language, its {placeholders} filled. */
import { pane as english, PaneKey } from "./en/pane";
import { Locale } from "./locale";
import type { PaneWords } from "./words";
import { pane as simplified } from "./zh-CN/pane";
import { pane as traditional } from "./zh-TW/pane";

/** Values for the {placeholders} of a string. */
export type PaneParams = Record<string, string | number>;

const PANE: Record<Locale, PaneWords> = { en: english, "zh-CN": simplified, "zh-TW": traditional };

/** A string in the given language with its {placeholders} filled; numbers get the language's separators. */
export function paneText(locale: Locale, key: PaneKey, params: PaneParams = {}): string {
  return PANE[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(locale) : value;
  });
}
