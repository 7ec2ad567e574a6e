/** Every language's words, by locale. */
import { words as english } from "./en/index";
import { Locale } from "./locale";
import type { Words } from "./words";
import { words as simplified } from "./zh-CN/index";
import { words as traditional } from "./zh-TW/index";

const WORDS: Record<Locale, Words> = { en: english, "zh-CN": simplified, "zh-TW": traditional };

/** Everything the add-in says in a language. */
export function wordsOf(locale: Locale): Words {
  return WORDS[locale];
}
