/** A comment's sentiment label from its words: the sum of its evidence, weighed for contrast, concession and verdict. */
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
// "average pasta, average price, average service": lukewarm words alone stay lukewarm, however many.
const LUKEWARM_TOTAL = 0.49;
// 没有惊喜也没有踩雷, "didn't love it, didn't hate it": each side of a neither-nor is only lukewarm.
const NEITHER_NOR = 0.4;
// Praise this mild is faint beside a lukewarm complaint.
const MILD = 1;

function rounded(value: number): number {
  const result = Math.round(value * 1000) / 1000;
  return result === 0 ? 0 : result;
}

/** The label of a score. */
export function labelOfScore(score: number): SentimentLabel {
  if (score >= POSITIVE_FROM) return "positive";
  return score <= NEGATIVE_FROM ? "negative" : "neutral";
}

function sumOf(items: readonly { weight: number }[]): number {
  return items.reduce((sum, item) => sum + item.weight, 0);
}

/**
 * A conceded flaw weighs less only when it is the lesser part: 环境不错，就是态度太差 or 还可以，就是有点贵 is
 * a complaint, so with no contrast word of its own the concession then acts as one.
 */
function concessionAsContrast(comment: CommentEvidence): void {
  if (comment.contrastAt >= 0) return;
  const conceded = comment.items.filter((item) => item.conceded);
  const rest = sumOf(comment.items.filter((item) => !item.conceded));
  const flaw = sumOf(conceded);
  if (conceded.length === 0 || Math.sign(flaw) === Math.sign(rest)) return;
  if (Math.abs(flaw) < Math.abs(rest)) return;
  comment.contrastAt = comment.items.indexOf(conceded[0]);
  for (const item of conceded) item.conceded = false;
}

/** Negated praise beside a negated complaint says neither one nor the other. */
function neitherNor(comment: CommentEvidence): void {
  const negated = comment.items.filter((item) => item.notes.includes("negated"));
  const flipped = (sign: number) =>
    negated.some(
      (item) => Math.sign(item.lexiconWeight) === sign && Math.sign(item.weight) === -sign
    );
  if (!flipped(1) || !flipped(-1)) return;
  for (const item of negated) {
    if (Math.sign(item.lexiconWeight) !== -Math.sign(item.weight)) continue;
    item.weight = Math.sign(item.weight) * Math.min(Math.abs(item.weight), NEITHER_NOR);
    item.notes.push("neither-nor");
  }
}

function weighed(item: WorkingEvidence, index: number, comment: CommentEvidence): Evidence {
  let weight = item.weight;
  const notes = [...item.notes];
  const { contrastAt, verdictAt } = comment;
  if (verdictAt >= 0 && index < verdictAt && weight !== 0) {
    weight = 0;
    notes.push("before-verdict");
  }
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
    weight,
    notes,
    modifiers: item.modifiers,
  };
}

/**
 * Which items are lukewarm: in the lexicon (好普通 is as lukewarm as 普通) or as read (没什么亮点). Beside a
 * lukewarm complaint, faint praise is lukewarm too: mild praise or a negated complaint (not bad, 不难吃)
 * next to "nothing amazing" or 也就那样 only says that it is ordinary.
 */
function lukewarmItems(items: readonly WorkingEvidence[]): boolean[] {
  const lukewarm = items.map((item) => {
    const listed = item.lexiconWeight !== 0 && Math.abs(item.lexiconWeight) < POSITIVE_FROM;
    return item.weight !== 0 && (listed || Math.abs(item.weight) < POSITIVE_FROM);
  });
  if (!items.some((item, i) => lukewarm[i] && item.weight < 0)) return lukewarm;
  return items.map((item, i) => {
    const negatedComplaint = item.lexiconWeight < 0 && item.notes.includes("negated");
    return lukewarm[i] || (item.weight > 0 && (item.weight <= MILD || negatedComplaint));
  });
}

/** Lukewarm words (each under 0.5 in its clause) with nothing stronger never decide: their sum stays under the thresholds. */
function capLukewarm(evidence: Evidence[], lukewarm: readonly boolean[]): Evidence[] {
  if (evidence.some((item, i) => item.weight !== 0 && !lukewarm[i])) return evidence;
  const total = sumOf(evidence);
  if (Math.abs(total) <= LUKEWARM_TOTAL) return evidence;
  const scale = LUKEWARM_TOTAL / Math.abs(total);
  return evidence.map((item, i) =>
    lukewarm[i]
      ? { ...item, weight: item.weight * scale, notes: [...item.notes, "lukewarm"] }
      : item
  );
}

/** Labels one comment; blank or whitespace-only text has no label (undefined), for the caller to leave blank. */
export function classifyComment(text: string, lexicon: Lexicon): SentimentResult | undefined {
  if (text.trim() === "") return undefined;
  const comment: CommentEvidence = { items: [], contrastAt: -1, verdictAt: -1 };
  const knows = (word: string) => lexicon.words.has(word);
  for (const clause of readClauses(text, knows)) scanClause(lexicon, clause, comment);
  // A summary with nothing to say (overall, 总之 alone) leaves the rest to decide.
  const verdict = comment.verdictAt >= 0 ? comment.items.slice(comment.verdictAt) : [];
  if (!verdict.some((item) => item.weight !== 0)) comment.verdictAt = -1;
  neitherNor(comment);
  concessionAsContrast(comment);
  const evidence = capLukewarm(
    comment.items.map((item, i) => weighed(item, i, comment)),
    lukewarmItems(comment.items)
  ).map((item) => ({ ...item, weight: rounded(item.weight) }));
  const score = rounded(sumOf(evidence));
  return { label: labelOfScore(score), score, evidence };
}
