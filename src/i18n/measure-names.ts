/** The name of each measure in each language, as the pane's drop-downs and the messages show it. */
import type { Measure } from "../summary/model/measures";
import { measures as english } from "./en/measures";
import { Locale } from "./locale";
import { measures as simplified } from "./zh-CN/measures";
import { measures as traditional } from "./zh-TW/measures";

const NAMES: Record<Locale, Record<Measure, string>> = {
  en: english,
  "zh-CN": simplified,
  "zh-TW": traditional,
};

/** A measure's name in a language. */
export function measureName(measure: Measure, locale: Locale): string {
  return NAMES[locale][measure];
}
