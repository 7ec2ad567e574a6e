/** Return on ad spend: revenue per unit of spend, the advertisers' ratio, not ROI. */
import { denominatorTotal, requiredTotal } from "../cells/arguments";
import { Result, success } from "../cells/problem";
import { Matrix } from "../cells/values";

/** ROAS = revenue / ad spend: 5 means 5 back per 1 spent (where ROI would say (5 − 1) / 1 = 4). */
export function roas(revenue: number, adSpend: number): number {
  return revenue / adSpend;
}

/** ROAS over summed ranges of revenue and spend; zero spend is #DIV/0!. */
export function roasOfRanges(revenue: Matrix, adSpend: Matrix): Result<number> {
  const earned = requiredTotal(revenue, "revenue");
  if (!earned.ok) return earned;
  const spent = denominatorTotal(adSpend, "ad_spend");
  if (!spent.ok) return spent;
  return success(roas(earned.value, spent.value));
}
