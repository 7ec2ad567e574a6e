/** A string of the pane in the user's language, its {placeholders} filled. */
import type { PaneKey } from "./en/pane";
import { wordsOf } from "./languages";
import { Locale } from "./locale";

/** Values for the {placeholders} of a string. */
export type PaneParams = Record<string, string | number>;

/** A string in the given language with its {placeholders} filled; numbers get the language's separators. */
export function paneText(locale: Locale, key: PaneKey, params: PaneParams = {}): string {
  return wordsOf(locale).pane[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(locale) : value;
  });
}
