// The action layer's functions. Each JSDoc is the function's help in Excel (see functions.ts).
import { optionalScalar } from "../cells/arguments";
import { attributedOrders, DEFAULT_WINDOW_DAYS } from "../kpi/attribution";
import { costRatioOfRanges } from "../kpi/cost";
import { roasOfRanges } from "../kpi/roas";
import { excelNumber } from "./excel-result";

/**
 * Orders attributed to word of mouth: rows whose order date is 0 to window_days days after the exposure date on the same row. An order before its exposure does not count.
 * @customfunction ATTRIBUTED
 * @helpurl https://localhost:3000/help.html#womattributed
 * @param {any[][]} exposure_dates Date of each customer's first exposure to the campaign, one per row; rows without one do not count.
 * @param {any[][]} order_dates Order date beside each exposure date, in a range of the same shape.
 * @param {any} [window_days] Optional window in days after the exposure; 7 when left out (14 is also usual).
 * @returns {number} The number of attributed orders.
 */
export function attributed(exposure_dates: any[][], order_dates: any[][], window_days?: any) {
  return excelNumber(() => {
    const days = optionalScalar(window_days, "window_days", DEFAULT_WINDOW_DAYS, {
      nonNegative: true,
    });
    if (!days.ok) return days;
    return attributedOrders(exposure_dates, order_dates, days.value);
  });
}

/**
 * Marketing cost ratio: marketing spend / revenue, as a fraction (Xiaomi's under 0.01 against 0.05 for other handset makers).
 * @customfunction COSTRATIO
 * @helpurl https://localhost:3000/help.html#womcostratio
 * @param {any[][]} marketing_spend Marketing spend: one number or a range, summed.
 * @param {any[][]} revenue Revenue over the same period: one number or a range, summed.
 * @returns {number} Spend per unit of revenue, as a fraction.
 */
export function costRatio(marketing_spend: any[][], revenue: any[][]) {
  return excelNumber(() => costRatioOfRanges(marketing_spend, revenue));
}

/**
 * Return on ad spend: revenue / ad spend, a ratio (5 means 5 back for each 1 spent). Not ROI, which is (return − cost) / cost: on the same figures a ROAS of 5 is a ROI of 4.
 * @customfunction ROAS
 * @helpurl https://localhost:3000/help.html#womroas
 * @param {any[][]} revenue Revenue the ads brought in: one number or a range, summed.
 * @param {any[][]} ad_spend What the ads cost: one number or a range, summed.
 * @returns {number} Revenue per unit of spend.
 */
export function roas(revenue: any[][], ad_spend: any[][]) {
  return excelNumber(() => roasOfRanges(revenue, ad_spend));
}
