// Intervals on rates. Each JSDoc is the function's help in Excel (see functions.ts).
import { confidenceLevel, denominatorTotal, requiredTotal } from "../cells/arguments";
import { exceeds } from "../cells/problem";
import { success } from "../cells/result";
import { wilsonInterval } from "../kpi/rate-interval";
import { excelMatrix } from "./excel-result";

/**
 * Wilson score interval of a rate (repeat rate, churn, positive share): where the true share lies at the confidence level, in one row of 2 cells. 10 of 100 at 95 % gives 0.05523 to 0.17437.
 * @customfunction RATECI
 * @helpurl https://localhost:3000/help.html#womrateci
 * @param {any[][]} successes What the rate counts (repeat customers, customers lost, positive mentions): one number or a range, summed.
 * @param {any[][]} total What it is counted out of (customers, customers at the start, mentions): one number or a range, summed.
 * @param {any} [confidence] Optional confidence level between 0 and 1; 0.95 when left out.
 * @returns {number[][]} Lower and upper bound as fractions, spilled to the right.
 */
export function rateCi(successes: any[][], total: any[][], confidence?: any) {
  return excelMatrix(() => {
    const level = confidenceLevel(confidence);
    if (!level.ok) return level;
    const hits = requiredTotal(successes, "successes");
    if (!hits.ok) return hits;
    const all = denominatorTotal(total, "total");
    if (!all.ok) return all;
    if (hits.value > all.value) return exceeds("successes", hits.value, "total", all.value);
    return success([wilsonInterval(hits.value, all.value, level.value)]);
  });
}
