// The volume layer's functions. Each JSDoc is the function's help in Excel (see functions.ts).
// Ranges are any[][] (the generator's only type that keeps blanks as blanks); every cell is checked here.
import { denominatorTotal, requiredTotal } from "../cells/arguments";
import { badArguments, missing, Problem } from "../cells/problem";
import { positionOf, singleNumber, sumProducts, sumRange } from "../cells/ranges";
import { failure, Result, success } from "../cells/result";
import { columnCount, isOmitted, isSingleCell, Matrix, sameShape } from "../cells/values";
import {
  costPerEngagement,
  costPerView,
  cpm as cpmOf,
  emv as emvOf,
  engagementRate as engagementRateOf,
} from "../kpi/volume";
import { excelNumber } from "./excel-result";

/**
 * Earned media value (等效广告价值): impressions / 1000 × CPM, plus Σ engagements × value per engagement when given.
 * @customfunction EMV
 * @helpurl https://localhost:3000/help.html#womemv
 * @param {any[][]} impressions Impressions: one number or a range; blank cells are skipped.
 * @param {any[][]} cpm Cost per thousand impressions: one rate, or a range the shape of impressions for a rate per row.
 * @param {any[][]} [engagements] Optional reposts, comments or likes: a range with one column per kind.
 * @param {any[][]} [value_per_engagement] Optional value of one engagement: one value, one per column of engagements, or one per cell.
 * @returns {number} EMV in the workbook's currency.
 */
export function emv(
  impressions: any[][],
  cpm: any[][],
  engagements?: any[][],
  value_per_engagement?: any[][]
) {
  return excelNumber(() => {
    const reach = reachValue(impressions, cpm);
    if (!reach.ok) return reach;
    const noEngagements = isOmitted(engagements);
    const noValues = isOmitted(value_per_engagement);
    if (noEngagements && noValues) return reach;
    if (noValues)
      return missing({ kind: "requires", arg: "value_per_engagement", partner: "engagements" });
    if (noEngagements)
      return missing({ kind: "requires", arg: "engagements", partner: "value_per_engagement" });
    const extra = engagementValue(engagements, value_per_engagement);
    if (!extra.ok) return extra;
    return success(reach.value + extra.value);
  });
}

/**
 * Cost per thousand impressions: cost / impressions × 1000, each one number or a range that is summed.
 * @customfunction CPM
 * @helpurl https://localhost:3000/help.html#womcpm
 * @param {any[][]} cost Cost in the workbook's currency: one number or a range, summed.
 * @param {any[][]} impressions Impressions: one number or a range, summed; blank cells are skipped.
 * @returns {number} CPM in the workbook's currency.
 */
export function cpm(cost: any[][], impressions: any[][]) {
  return ratioOfTotals(cost, "cost", impressions, "impressions", cpmOf);
}

/**
 * Engagement rate: (reposts + comments + likes) / impressions, as a fraction (0.021 = 2.1 %).
 * @customfunction ENGAGEMENTRATE
 * @helpurl https://localhost:3000/help.html#womengagementrate
 * @param {any[][]} engagements Reposts, comments and likes: one number, or a range with a column per kind, all summed.
 * @param {any[][]} impressions Impressions: one number or a range, summed; blank cells are skipped.
 * @returns {number} Engagements per impression, as a fraction.
 */
export function engagementRate(engagements: any[][], impressions: any[][]) {
  return ratioOfTotals(engagements, "engagements", impressions, "impressions", engagementRateOf);
}

/**
 * Cost per engagement: cost / (reposts + comments + likes + saves), each argument one number or a range that is summed.
 * @customfunction CPE
 * @helpurl https://localhost:3000/help.html#womcpe
 * @param {any[][]} cost Cost in the workbook's currency (fees, samples, staff hours × rate): one number or a range, summed.
 * @param {any[][]} engagements Reposts, comments, likes and saves: one number, or a range with a column per kind, all summed; blank cells are skipped.
 * @returns {number} Cost of one engagement in the workbook's currency.
 */
export function cpe(cost: any[][], engagements: any[][]) {
  return ratioOfTotals(cost, "cost", engagements, "engagements", costPerEngagement);
}

/**
 * Cost per view: cost / views (video plays or reads, 播放量 or 阅读量; not impressions), each argument one number or a range that is summed.
 * @customfunction CPV
 * @helpurl https://localhost:3000/help.html#womcpv
 * @param {any[][]} cost Cost in the workbook's currency (fees, samples, staff hours × rate): one number or a range, summed.
 * @param {any[][]} views Views or plays: one number or a range, summed; blank cells are skipped.
 * @returns {number} Cost of one view in the workbook's currency.
 */
export function cpv(cost: any[][], views: any[][]) {
  return ratioOfTotals(cost, "cost", views, "views", costPerView);
}

// A figure of two totals, the second its denominator: each range summed, a zero denominator #DIV/0!.
function ratioOfTotals(
  numerator: Matrix,
  numeratorArg: string,
  denominator: Matrix,
  denominatorArg: string,
  ratio: (top: number, bottom: number) => number
) {
  return excelNumber(() => {
    const top = requiredTotal(numerator, numeratorArg);
    if (!top.ok) return top;
    const bottom = denominatorTotal(denominator, denominatorArg);
    if (!bottom.ok) return bottom;
    return success(ratio(top.value, bottom.value));
  });
}

// One CPM for every impression, or one per row beside them.
function reachValue(impressions: Matrix, cpm: Matrix): Result<number, Problem> {
  if (isSingleCell(cpm) && !isSingleCell(impressions)) {
    const rate = singleNumber(cpm, "cpm", { nonNegative: true });
    if (!rate.ok) return rate;
    if (rate.value === undefined)
      return missing({ kind: "requires", arg: "cpm", partner: "impressions" });
    const total = sumRange(impressions, "impressions", { nonNegative: true });
    if (!total.ok) return total;
    return success(emvOf(total.value.sum, rate.value));
  }
  if (!sameShape(impressions, cpm))
    return badArguments({ kind: "shapeMismatch", arg: "cpm", expected: "impressions" });
  const products = sumProducts(impressions, "impressions", cpm, "cpm", { nonNegative: true });
  if (!products.ok) return products;
  return success(products.value / 1000);
}

// Values come as one for all, one per column (a value per repost, per comment...), or one per cell.
function engagementValue(engagements: Matrix, values: Matrix): Result<number, Problem> {
  if (
    isSingleCell(values) ||
    (values.length === 1 && values[0].length === columnCount(engagements))
  ) {
    let total = 0;
    for (let c = 0; c < columnCount(engagements); c++) {
      const column = engagements.map((row) => [row[c]]);
      const counts = sumRange(column, "engagements", { nonNegative: true });
      if (!counts.ok) return relocate(counts, engagements, c);
      const value = singleNumber(
        [[values[0][isSingleCell(values) ? 0 : c]]],
        "value_per_engagement",
        { nonNegative: true }
      );
      if (!value.ok) return value;
      total += counts.value.sum * (value.value ?? 0);
    }
    return success(total);
  }
  if (!sameShape(engagements, values)) {
    return badArguments({
      kind: "shapeMismatch",
      arg: "value_per_engagement",
      expected: "engagements",
    });
  }
  return sumProducts(engagements, "engagements", values, "value_per_engagement", {
    nonNegative: true,
  });
}

// A column read on its own reports column 1: put the bad cell back where it is in the whole range.
function relocate<T>(
  result: Result<T, Problem>,
  whole: Matrix,
  column: number
): Result<T, Problem> {
  if (result.ok) return result;
  const problems = result.problems.map((problem) => {
    const { detail } = problem;
    if (!("at" in detail)) return problem;
    const at = positionOf(detail.at.arg, whole, detail.at.row - 1, column);
    return { ...problem, detail: { ...detail, at } };
  });
  return failure(...problems);
}
