/** Reading sentiment labels, as listening tools and review sites write them, into counts. */
import { Sentiment, SentimentCounts } from "../kpi/sentiment";
import { badCell, Problem } from "./problem";
import { positionOf } from "./ranges";
import { Result, success } from "./result";
import { isBlank, Matrix } from "./values";

// The labels of English, simplified and traditional Chinese listening tools and review sites.
const LABELS: ReadonlyMap<string, Sentiment> = new Map<string, Sentiment>([
  ["positive", "positive"],
  ["正面", "positive"],
  ["好评", "positive"],
  ["好評", "positive"],
  ["neutral", "neutral"],
  ["中性", "neutral"],
  ["中评", "neutral"],
  ["中評", "neutral"],
  ["negative", "negative"],
  ["负面", "negative"],
  ["負面", "negative"],
  ["差评", "negative"],
  ["差評", "negative"],
]);

/** Every label that stands for a sentiment, in lower case, as sentimentOf reads them. */
export function labelsOf(sentiment: Sentiment): string[] {
  return [...LABELS].filter(([, meaning]) => meaning === sentiment).map(([label]) => label);
}

/** The sentiment a label stands for, ignoring case and surrounding spaces; undefined when unknown. */
export function sentimentOf(label: string): Sentiment | undefined {
  // Most exports spell labels exactly; only the others pay for trimming and lower-casing.
  return LABELS.get(label) ?? LABELS.get(label.trim().toLowerCase());
}

/** Counts a range of sentiment labels; blanks are skipped and any other value is a bad cell. */
export function countSentimentLabels(
  labels: Matrix,
  arg: string
): Result<SentimentCounts, Problem> {
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  for (let r = 0; r < labels.length; r++) {
    const row = labels[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isBlank(cell)) continue;
      // Plain counters, not counts[sentiment]++: a property chosen per cell is several times slower.
      const sentiment = typeof cell === "string" ? sentimentOf(cell) : undefined;
      if (sentiment === "positive") positive++;
      else if (sentiment === "negative") negative++;
      else if (sentiment === "neutral") neutral++;
      else return badCell({ kind: "unknownLabel", value: cell, at: positionOf(arg, labels, r, c) });
    }
  }
  return success({ positive, neutral, negative });
}
