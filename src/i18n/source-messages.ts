/** What the pane and the report say about a source problem, starting with the source it is about. */
import type { CalculatedFigure } from "../summary/model/figures";
import type { Measure } from "../summary/model/measures";
import type { SourceProblem } from "../summary/model/problems";
import { describeValue } from "./describe-value";
import { punctuation as englishPunctuation } from "./en/glossary";
import { sources as english } from "./en/sources";
import type { Punctuation } from "./glossary";
import { Locale } from "./locale";
import { measureName } from "./measure-names";
import { sheetWordsOf } from "./sheets";
import type { SourceWords } from "./words";
import { punctuation as simplifiedPunctuation } from "./zh-CN/glossary";
import { sources as simplified } from "./zh-CN/sources";
import { punctuation as traditionalPunctuation } from "./zh-TW/glossary";
import { sources as traditional } from "./zh-TW/sources";

const SOURCES: Record<Locale, SourceWords> = {
  en: english,
  "zh-CN": simplified,
  "zh-TW": traditional,
};

const PUNCTUATION: Record<Locale, Punctuation> = {
  en: englishPunctuation,
  "zh-CN": simplifiedPunctuation,
  "zh-TW": traditionalPunctuation,
};

/** The message for a source problem, in the given language. */
export function sourceProblemMessage(problem: SourceProblem, locale: Locale): string {
  const source = sheetWordsOf(locale).sourceKinds[problem.source];
  const format = SOURCES[locale][problem.code] as (details: Record<string, string>) => string;
  return `${source}${PUNCTUATION[locale].colon}${format(shownDetails(problem.params, locale))}`;
}

// Each detail in words: measures and figures by their names, cell values quoted.
function shownDetails(details: object, locale: Locale): Record<string, string> {
  const { or, listSeparator } = PUNCTUATION[locale];
  const measure = (key: Measure) => inSentence(measureName(key, locale));
  const figure = (key: CalculatedFigure) => inSentence(sheetWordsOf(locale).figures[key]);
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(details)) {
    if (name === "measure" || name === "otherMeasure") shown[name] = measure(value);
    else if (name === "measures") shown[name] = (value as Measure[]).map(measure).join(or);
    else if (name === "figures")
      shown[name] = (value as CalculatedFigure[]).map(figure).join(listSeparator);
    else if (name === "value") shown[name] = describeValue(value);
    else shown[name] = String(value);
  }
  return shown;
}

// "Revenue" reads "revenue" inside an English sentence; "UTM source" and "EMV" keep their capitals.
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}
