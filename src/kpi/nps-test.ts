/** Whether two NPS differ by more than chance: a two-sample z test on the difference B − A. */
import { NpsCounts } from "./nps";
import { DEFAULT_CONFIDENCE, NpsMethod, npsEstimate, standardError } from "./nps-margin";
import { twoSidedZ, upperTail } from "./normal";

/** Two NPS compared, all on the −100 to +100 scale except the p-value, a probability from 0 to 1. */
export interface NpsComparison {
  scoreA: number;
  scoreB: number;
  /** B − A: positive when B scores higher. */
  difference: number;
  /** Half the width of the difference's confidence interval. */
  margin: number;
  /** The two-sided p-value of the difference under the hypothesis that both NPS are equal. */
  pValue: number;
}

/**
 * Compares the NPS of two independent samples: the standard error of B − A is
 * √(variance A / n A + variance B / n B), z = (B − A) / SE and p = 2 × P(Z > |z|).
 * Undefined when the difference has no spread at all: in the plain Wald form, samples each of whose
 * answers fall in one group.
 */
export function compareNps(
  a: NpsCounts,
  b: NpsCounts,
  confidence = DEFAULT_CONFIDENCE,
  method: NpsMethod = "wald"
): NpsComparison | undefined {
  const first = npsEstimate(a, method);
  const second = npsEstimate(b, method);
  // √(SE A² + SE B²): the variances of independent samples add.
  const errorOfDifference = Math.hypot(standardError(first), standardError(second));
  if (errorOfDifference === 0) return undefined;
  const difference = second.net - first.net;
  return {
    scoreA: first.net * 100,
    scoreB: second.net * 100,
    difference: difference * 100,
    margin: twoSidedZ(confidence) * errorOfDifference * 100,
    pValue: 2 * upperTail(Math.abs(difference / errorOfDifference)),
  };
}
