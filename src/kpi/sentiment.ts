/** Social NPS (社交媒体 NPS), or net sentiment: positive against negative mentions, neutrals left out. */
import { requiredTotal } from "../cells/arguments";
import { badCell, divideByZero, Result, success } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { isBlank, Matrix } from "../cells/values";

/** Mentions counted by sentiment. */
export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

type Sentiment = keyof SentimentCounts;

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
export function labelsOf(sentiment: keyof SentimentCounts): string[] {
  return [...LABELS].filter(([, meaning]) => meaning === sentiment).map(([label]) => label);
}

/** The sentiment a label stands for, ignoring case and surrounding spaces; undefined when unknown. */
export function sentimentOf(label: string): Sentiment | undefined {
  // Most exports spell labels exactly; only the others pay for trimming and lower-casing.
  return LABELS.get(label) ?? LABELS.get(label.trim().toLowerCase());
}

/** Social NPS = (positive − negative) / (positive + negative) × 100, as Talkwalker's net sentiment. */
export function socialNps(positive: number, negative: number): number {
  // Halving first keeps the sum finite for counts near the largest number Excel holds.
  const [p, n] = [positive / 2, negative / 2];
  return ((p - n) / (p + n)) * 100;
}

/** Counts a range of sentiment labels; blanks are skipped and any other value is a bad cell. */
function countSentimentLabels(labels: Matrix, arg: string): Result<SentimentCounts> {
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

/** Social NPS over a range of labels; no positive or negative label at all is #DIV/0!. */
export function socialNpsOfLabels(labels: Matrix, arg: string): Result<number> {
  const counts = countSentimentLabels(labels, arg);
  if (!counts.ok) return counts;
  const { positive, negative } = counts.value;
  if (positive + negative === 0) return divideByZero({ kind: "noPolarMentions" });
  return success(socialNps(positive, negative));
}

/** Social NPS over counts, each one number or a range that is summed. */
export function socialNpsOfCounts(
  positive: Matrix,
  positiveArg: string,
  negative: Matrix
): Result<number> {
  const plus = requiredTotal(positive, positiveArg);
  if (!plus.ok) return plus;
  const minus = requiredTotal(negative, "negative");
  if (!minus.ok) return minus;
  if (plus.value + minus.value === 0) return divideByZero({ kind: "noPolarMentions" });
  return success(socialNps(plus.value, minus.value));
}
