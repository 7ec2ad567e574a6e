// The action layer's functions and the apex's ROI. Each JSDoc is the function's help in Excel (see functions.ts).
import { denominatorTotal, optionalScalar, requiredTotal } from "../cells/arguments";
import { dateAt } from "../cells/dates";
import { badArguments, divideByZero, Problem } from "../cells/problem";
import { sumRange } from "../cells/ranges";
import { Result, success } from "../cells/result";
import { Matrix, sameShape } from "../cells/values";
import { DEFAULT_WINDOW_DAYS, isAttributed } from "../kpi/attribution";
import { costRatio as costRatioOf, roas as roasOf, roi as roiOf } from "../kpi/returns";
import { excelNumber } from "./excel-result";

/**
 * Return on investment: (return − cost) / cost, as a fraction (23 = 2300 %). Not ROAS (return / spend, WOM.ROAS). Add EMV to return only on purpose.
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#womroi
 * @param {any[][]} returns Attributed revenue: one number or a range, summed.
 * @param {any[][]} cost Campaign cost (samples, fees, staff time): one number or a range, summed.
 * @returns {number} ROI as a fraction.
 */
export function roi(returns: any[][], cost: any[][]) {
  return excelNumber(() => {
    const gain = sumRange(returns, "returns");
    if (!gain.ok) return gain;
    const spent = sumRange(cost, "cost", { nonNegative: true });
    if (!spent.ok) return spent;
    if (gain.value.count === 0) return divideByZero({ kind: "noData", arg: "returns" });
    if (spent.value.sum === 0) return divideByZero({ kind: "zeroDenominator", arg: "cost" });
    return success(roiOf(gain.value.sum, spent.value.sum));
  });
}

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
  return excelNumber(() => {
    const spent = requiredTotal(marketing_spend, "marketing_spend");
    if (!spent.ok) return spent;
    const earned = denominatorTotal(revenue, "revenue");
    if (!earned.ok) return earned;
    return success(costRatioOf(spent.value, earned.value));
  });
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
  return excelNumber(() => {
    const earned = requiredTotal(revenue, "revenue");
    if (!earned.ok) return earned;
    const spent = denominatorTotal(ad_spend, "ad_spend");
    if (!spent.ok) return spent;
    return success(roasOf(earned.value, spent.value));
  });
}

// Rows whose order date falls within the window after the exposure date on the same row; a row missing either date does not count.
function attributedOrders(
  exposureDates: Matrix,
  orderDates: Matrix,
  windowDays: number
): Result<number, Problem> {
  if (!sameShape(exposureDates, orderDates))
    return badArguments({ kind: "shapeMismatch", arg: "order_dates", expected: "exposure_dates" });
  let count = 0;
  for (let r = 0; r < exposureDates.length; r++) {
    for (let c = 0; c < exposureDates[r].length; c++) {
      const exposure = dateAt(exposureDates, "exposure_dates", r, c);
      if (typeof exposure !== "number") return exposure;
      const order = dateAt(orderDates, "order_dates", r, c);
      if (typeof order !== "number") return order;
      if (exposure === exposure && order === order && isAttributed(exposure, order, windowDays))
        count++;
    }
  }
  return success(count);
}
