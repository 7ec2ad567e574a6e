/** What winning and keeping customers costs, against revenue and against each other. */
import { denominatorTotal, requiredTotal } from "../cells/arguments";
import { divideByZero, Result, success } from "../cells/problem";
import { Matrix } from "../cells/values";

/** Marketing cost ratio = marketing spend / revenue, as a fraction (Xiaomi under 0.01, others 0.05). */
export function costRatio(spend: number, revenue: number): number {
  return spend / revenue;
}

/** Acquisition-to-retention cost ratio = cost to win one customer / cost to keep one (the "5:1 rule"). */
function acquisitionRetentionRatio(acquisitionCost: number, retentionCost: number): number {
  return acquisitionCost / retentionCost;
}

/** The cost ratio over summed ranges of spend and revenue; zero revenue is #DIV/0!. */
export function costRatioOfRanges(spend: Matrix, revenue: Matrix): Result<number> {
  const spent = requiredTotal(spend, "marketing_spend");
  if (!spent.ok) return spent;
  const earned = denominatorTotal(revenue, "revenue");
  if (!earned.ok) return earned;
  return success(costRatio(spent.value, earned.value));
}

/** The acquisition-to-retention ratio of two costs already read; a zero retention cost is #DIV/0!. */
export function acquisitionRetentionOf(
  acquisitionCost: number,
  retentionCost: number
): Result<number> {
  if (retentionCost === 0) return divideByZero({ kind: "zeroDenominator", arg: "retention_cost" });
  return success(acquisitionRetentionRatio(acquisitionCost, retentionCost));
}
