/** How a negator changes the opinion word it reaches. */
import { LexiconTerm } from "./lexicon";

// "not good" is as negative as "bad"; "not bad" is only mild praise.
const NEGATED_PRAISE = 1;
const NEGATED_COMPLAINT = 0.5;
// 不算难吃, 没什么亮点: what a hedging or "not much" negator leaves is lukewarm.
const LUKEWARM = 0.4;

/** The weight of an opinion word under a negator: flipped, and weaker for a complaint, a hedge or a distinction. */
export function negatedWeight(
  weight: number,
  term: LexiconTerm,
  negator: LexiconTerm | undefined
): number {
  const lukewarm = negator?.roles.faint || term.roles.distinctive;
  if (weight > 0) return lukewarm ? -LUKEWARM : -weight * NEGATED_PRAISE;
  return negator?.roles.hedge ? LUKEWARM : -weight * NEGATED_COMPLAINT;
}
