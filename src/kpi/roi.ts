/** Return on investment: the usual CFO definition. */
import { divideByZero, Result, success } from "../cells/problem";
import { sumRange } from "../cells/ranges";
import { Matrix } from "../cells/values";

/** ROI = (return − cost) / cost, as a fraction (23 means 2300 %). */
export function roi(gain: number, cost: number): number {
  return (gain - cost) / cost;
}

/** ROI over summed ranges of return and cost; costs must not be negative and must not total zero. */
export function roiOfRanges(returns: Matrix, costs: Matrix): Result<number> {
  const gain = sumRange(returns, "returns");
  if (!gain.ok) return gain;
  const cost = sumRange(costs, "cost", { nonNegative: true });
  if (!cost.ok) return cost;
  if (gain.value.count === 0) return divideByZero({ kind: "noData", arg: "returns" });
  if (cost.value.sum === 0) return divideByZero({ kind: "zeroDenominator", arg: "cost" });
  return success(roi(gain.value.sum, cost.value.sum));
}
