/** What stands behind an NPS: its margin of error and the shares of the three groups. */
import { answerCount, NpsCounts, npsScore } from "./nps";
import { twoSidedZ } from "./normal";

/** The confidence level used when none is given. */
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * How the interval of an NPS is formed: the plain Wald form on the answers as they are, or the
 * adjusted Wald form of Rocks (The American Statistician, 2016), on 3 answers more.
 */
export type NpsMethod = "wald" | "adjustedWald";

// Rocks's adjustment: 3 more answers, 3/4 of one promoter and 3/4 of one detractor among them.
const ADDED_ANSWERS = 3;
const ADDED_PER_GROUP = 0.75;

/** An NPS as a fraction from −1 to 1, the variance of one answer's contribution, and the answers behind it. */
interface NpsEstimate {
  net: number;
  variance: number;
  size: number;
}

/**
 * The estimate a method works on: with p and d the promoter and detractor shares of n answers,
 * net = p − d and variance = p + d − (p − d)²; the adjusted form first adds 3/4 to each count and 3 to n.
 */
export function npsEstimate(counts: NpsCounts, method: NpsMethod = "wald"): NpsEstimate {
  const adjusted = method === "adjustedWald";
  const size = answerCount(counts) + (adjusted ? ADDED_ANSWERS : 0);
  const added = adjusted ? ADDED_PER_GROUP : 0;
  const p = (counts.promoters + added) / size;
  const d = (counts.detractors + added) / size;
  // The added 3/4 cancel in the net, and (P − D) / n is how npsScore divides.
  const net = (counts.promoters - counts.detractors) / size;
  // The variance is never negative; rounding must not make it so when every answer is in one group.
  return { net, variance: Math.max(0, p + d - (p - d) ** 2), size };
}

/** The standard error of an estimate: √(variance / n). */
export function standardError(estimate: NpsEstimate): number {
  return Math.sqrt(estimate.variance / estimate.size);
}

/** Margin of error of an NPS in points: z(c) × √((p + d − (p − d)²) / n) × 100, in the method's form. */
export function npsMarginOfError(
  counts: NpsCounts,
  confidence = DEFAULT_CONFIDENCE,
  method: NpsMethod = "wald"
): number {
  return twoSidedZ(confidence) * standardError(npsEstimate(counts, method)) * 100;
}

/** Shares of promoters, passives and detractors (fractions), then the NPS (−100 to +100). */
export function npsBreakdown(counts: NpsCounts): [number, number, number, number] {
  const n = answerCount(counts);
  return [counts.promoters / n, counts.passives / n, counts.detractors / n, npsScore(counts)];
}
