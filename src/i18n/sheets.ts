/**
 * The summary sheet's words by language: all the summary itself needs of i18n/, so that it reaches
 * neither the pane's nor the report's words.
 */
import { sheet as english } from "./en/sheet";
import { Locale } from "./locale";
import type { SheetWords } from "./sheet-words";
import { sheet as simplified } from "./zh-CN/sheet";
import { sheet as traditional } from "./zh-TW/sheet";

const SHEETS: Record<Locale, SheetWords> = {
  en: english,
  "zh-CN": simplified,
  "zh-TW": traditional,
};

/** Every text of the summary sheet in a language. */
export function sheetWordsOf(locale: Locale): SheetWords {
  return SHEETS[locale];
}
