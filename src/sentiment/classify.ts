/** A comment's sentiment label from its words: the sum of its evidence, weighed for contrast and concession. */
import { scanClause } from "./clause";
import { CommentEvidence, Evidence, WorkingEvidence } from "./evidence";
import { Lexicon } from "./lexicon";
import { readClauses } from "./tokens";

/** The labels, exactly these English words whatever Excel's language, so COUNTIF and WOM.SOCIALNPS read them. */
export type SentimentLabel = "positive" | "neutral" | "negative";

/** A comment's label, its score and the words that decided it. */
export interface SentimentResult {
  readonly label: SentimentLabel;
  /** The sum of the evidence's weights, to 3 decimals. */
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

/**
 * Score thresholds: positive from +0.5, negative from −0.5, neutral between. One mild word (weight 1, such as
 * "not bad" or 快) decides a comment; a lukewarm one (还可以, okay: below 0.5) does not.
 */
export const POSITIVE_FROM = 0.5;
export const NEGATIVE_FROM = -0.5;

// "smells great but tastes flat": after a contrast word the words weigh more, before it less.
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
// "although pricey, it is lovely": what a concession concedes weighs less.
const CONCEDED = 0.5;

function rounded(value: number): number {
  const result = Math.round(value * 1000) / 1000;
  return result === 0 ? 0 : result;
}

/** The label of a score. */
export function labelOfScore(score: number): SentimentLabel {
  if (score >= POSITIVE_FROM) return "positive";
  return score <= NEGATIVE_FROM ? "negative" : "neutral";
}

function weighed(item: WorkingEvidence, index: number, contrastAt: number): Evidence {
  let weight = item.weight;
  const notes = [...item.notes];
  if (contrastAt >= 0 && weight !== 0) {
    const after = index >= contrastAt;
    weight *= after ? AFTER_CONTRAST : BEFORE_CONTRAST;
    notes.push(after ? "after-contrast" : "before-contrast");
  }
  if (item.conceded && weight !== 0) {
    weight *= CONCEDED;
    notes.push("conceded");
  }
  return {
    term: item.term,
    lexiconWeight: item.lexiconWeight,
    weight: rounded(weight),
    notes,
    modifiers: item.modifiers,
  };
}

/** Labels one comment; blank or whitespace-only text has no label (undefined), for the caller to leave blank. */
export function classifyComment(text: string, lexicon: Lexicon): SentimentResult | undefined {
  if (text.trim() === "") return undefined;
  const comment: CommentEvidence = { items: [], contrastAt: -1 };
  const knows = (word: string) => lexicon.words.has(word);
  for (const clause of readClauses(text, knows)) scanClause(lexicon, clause, comment);
  const evidence = comment.items.map((item, i) => weighed(item, i, comment.contrastAt));
  const score = rounded(evidence.reduce((sum, item) => sum + item.weight, 0));
  return { label: labelOfScore(score), score, evidence };
}
