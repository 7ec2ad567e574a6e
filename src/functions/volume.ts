// The volume layer's functions. Each JSDoc is the function's help in Excel (see functions.ts).
import { cpmOfRanges, engagementRateOfRanges } from "../kpi/volume";
import { excelNumber } from "./excel-result";

/**
 * Cost per thousand impressions: cost / impressions × 1000, each one number or a range that is summed.
 * @customfunction CPM
 * @helpurl https://localhost:3000/help.html#womcpm
 * @param {any[][]} cost Cost in the workbook's currency: one number or a range, summed.
 * @param {any[][]} impressions Impressions: one number or a range, summed; blank cells are skipped.
 * @returns {number} CPM in the workbook's currency.
 */
export function cpm(cost: any[][], impressions: any[][]) {
  return excelNumber(() => cpmOfRanges(cost, impressions));
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
  return excelNumber(() => engagementRateOfRanges(engagements, impressions));
}
