/** The languages the add-in speaks, and how a display language maps to one of them. */

/** The languages the add-in speaks. */
export type Locale = "en" | "zh-CN" | "zh-TW";

/** Every language, in the order the pane's language switch and --lang list them. */
export const LOCALES: readonly Locale[] = ["en", "zh-CN", "zh-TW"];

/** The languages, each named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};

/** Maps a display language such as "zh-HK" or "en-GB" to one the add-in speaks. */
export function toLocale(displayLanguage: string | undefined | null): Locale {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (!tag.startsWith("zh")) return "en";
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? "zh-TW" : "zh-CN";
}
