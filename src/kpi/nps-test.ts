/** Whether two NPS differ by more than chance: a two-sample z test on the difference B − A. */
import { divideByZero, Result, success } from "../cells/problem";
import { Matrix } from "../cells/values";
import { answeredCounts, NpsCounts } from "./nps";
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
 * In the plain Wald form, samples with no spread at all (each answer in one group) are #DIV/0!.
 */
export function compareNps(
  a: NpsCounts,
  b: NpsCounts,
  confidence = DEFAULT_CONFIDENCE,
  method: NpsMethod = "wald"
): Result<NpsComparison> {
  const first = npsEstimate(a, method);
  const second = npsEstimate(b, method);
  // √(SE A² + SE B²): the variances of independent samples add.
  const errorOfDifference = Math.hypot(standardError(first), standardError(second));
  if (errorOfDifference === 0) return divideByZero({ kind: "noVariance" });
  const difference = second.net - first.net;
  return success({
    scoreA: first.net * 100,
    scoreB: second.net * 100,
    difference: difference * 100,
    margin: twoSidedZ(confidence) * errorOfDifference * 100,
    pValue: 2 * upperTail(Math.abs(difference / errorOfDifference)),
  });
}

/** The comparison of two ranges of answers as one spilled row: NPS A, NPS B, B − A, margin, p-value. */
export function compareNpsOfRanges(
  answersA: Matrix,
  answersB: Matrix,
  confidence = DEFAULT_CONFIDENCE,
  method: NpsMethod = "wald"
): Result<number[][]> {
  const a = answeredCounts(answersA, "answers_a");
  if (!a.ok) return a;
  const b = answeredCounts(answersB, "answers_b");
  if (!b.ok) return b;
  const compared = compareNps(a.value, b.value, confidence, method);
  if (!compared.ok) return compared;
  const { scoreA, scoreB, difference, margin, pValue } = compared.value;
  return success([[scoreA, scoreB, difference, margin, pValue]]);
}
