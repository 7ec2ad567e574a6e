/** What the pane and the report say about a source problem, starting with the source it is about. */
import type { CalculatedFigure } from "../summary/model/figures";
import type { Measure } from "../summary/model/measures";
import type { SourceProblem } from "../summary/model/problems";
import { describeValue } from "./describe-value";
import { wordsOf } from "./languages";
import { Locale } from "./locale";
import type { Words } from "./words";

/** The message for a source problem, in the given language. */
export function sourceProblemMessage(problem: SourceProblem, locale: Locale): string {
  const words = wordsOf(locale);
  const source = words.sheet.sourceKinds[problem.source];
  const format = words.sources[problem.code] as (details: Record<string, string>) => string;
  return `${source}${words.punctuation.colon}${format(shownDetails(problem.params, words))}`;
}

// Each detail in words: measures and figures by their names, cell values quoted.
function shownDetails(details: object, words: Words): Record<string, string> {
  const measure = (key: Measure) => inSentence(words.measures[key]);
  const figure = (key: CalculatedFigure) => inSentence(words.sheet.figures[key]);
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(details)) {
    if (name === "measure" || name === "otherMeasure") shown[name] = measure(value);
    else if (name === "measures")
      shown[name] = (value as Measure[]).map(measure).join(words.punctuation.or);
    else if (name === "figures")
      shown[name] = (value as CalculatedFigure[]).map(figure).join(words.punctuation.listSeparator);
    else if (name === "value") shown[name] = describeValue(value);
    else shown[name] = String(value);
  }
  return shown;
}

// "Revenue" reads "revenue" inside an English sentence; "UTM source" and "EMV" keep their capitals.
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}
