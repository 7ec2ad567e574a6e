/** The volume layer (声量): what reach cost and how much of it engaged. */
import { denominatorTotal, requiredTotal } from "../cells/arguments";
import { Result, success } from "../cells/problem";
import { Matrix } from "../cells/values";

/** CPM = cost / impressions × 1000. */
export function cpm(cost: number, impressions: number): number {
  return (cost / impressions) * 1000;
}

/** Engagement rate = engagements / impressions, as a fraction. */
export function engagementRate(engagements: number, impressions: number): number {
  return engagements / impressions;
}

/** CPM over summed ranges of cost and impressions; zero impressions is #DIV/0!. */
export function cpmOfRanges(cost: Matrix, impressions: Matrix): Result<number> {
  const spent = requiredTotal(cost, "cost");
  if (!spent.ok) return spent;
  const reach = denominatorTotal(impressions, "impressions");
  if (!reach.ok) return reach;
  return success(cpm(spent.value, reach.value));
}

/** Engagement rate over a range of engagements (one column per kind, summed) and summed impressions. */
export function engagementRateOfRanges(engagements: Matrix, impressions: Matrix): Result<number> {
  const engaged = requiredTotal(engagements, "engagements");
  if (!engaged.ok) return engaged;
  const reach = denominatorTotal(impressions, "impressions");
  if (!reach.ok) return reach;
  return success(engagementRate(engaged.value, reach.value));
}
