// The retention functions beside the pyramid. Each JSDoc is the function's help in Excel (see functions.ts).
import { optionalScalar, requiredScalar } from "../cells/arguments";
import { acquisitionRetentionOf } from "../kpi/cost";
import { churnOfRanges, lifetimeValue, loyaltyGap, retentionOfRanges } from "../kpi/retention";
import { success } from "../cells/problem";
import { excelNumber } from "./excel-result";

/**
 * Churn rate: customers lost in the period / customers at its start, as a fraction.
 * @customfunction CHURN
 * @helpurl https://localhost:3000/help.html#womchurn
 * @param {any[][]} customers_at_start Customers at the start of the period: one number or a range (one per segment), summed.
 * @param {any[][]} customers_lost Customers of those lost during the period: one number or a range, summed.
 * @returns {number} Churn as a fraction.
 */
export function churn(customers_at_start: any[][], customers_lost: any[][]) {
  return excelNumber(() => churnOfRanges(customers_at_start, customers_lost));
}

/**
 * Retention rate: (customers at end − new customers) / customers at start, as a fraction.
 * @customfunction RETENTION
 * @helpurl https://localhost:3000/help.html#womretention
 * @param {any[][]} customers_at_start Customers at the start of the period: one number or a range, summed.
 * @param {any[][]} customers_at_end Customers at the end of the period, new ones included: one number or a range, summed.
 * @param {any[][]} new_customers Customers won during the period: one number or a range, summed.
 * @returns {number} Retention as a fraction.
 */
export function retention(
  customers_at_start: any[][],
  customers_at_end: any[][],
  new_customers: any[][]
) {
  return excelNumber(() => retentionOfRanges(customers_at_start, customers_at_end, new_customers));
}

/**
 * Customer lifetime value, simple form: average order value × orders per year × years retained (× gross margin when given).
 * @customfunction CLV
 * @helpurl https://localhost:3000/help.html#womclv
 * @param {any} average_order_value Average order value in the workbook's currency.
 * @param {any} orders_per_year Orders a customer places in a year.
 * @param {any} years Years a customer stays.
 * @param {any} [gross_margin] Optional gross margin from 0 to 1 (0.4 = 40 %); without it, the value is in revenue.
 * @returns {number} Lifetime value in the workbook's currency.
 */
export function clv(
  average_order_value: any,
  orders_per_year: any,
  years: any,
  gross_margin?: any
) {
  return excelNumber(() => {
    const rule = { nonNegative: true };
    const value = requiredScalar(average_order_value, "average_order_value", rule);
    if (!value.ok) return value;
    const orders = requiredScalar(orders_per_year, "orders_per_year", rule);
    if (!orders.ok) return orders;
    const stay = requiredScalar(years, "years", rule);
    if (!stay.ok) return stay;
    const margin = optionalScalar(gross_margin, "gross_margin", 1, { fraction: true });
    if (!margin.ok) return margin;
    return success(lifetimeValue(value.value, orders.value, stay.value, margin.value));
  });
}

/**
 * Loyalty gap: satisfaction rate − repeat rate, as a fraction (92 % satisfied but 37 % repurchasing is 0.55).
 * @customfunction LOYALTYGAP
 * @helpurl https://localhost:3000/help.html#womloyaltygap
 * @param {any} satisfaction_rate Share of customers satisfied, from 0 to 1 (or text such as "92%").
 * @param {any} repeat_rate Share of customers who buy again, from 0 to 1; WOM.REPEATRATE gives it.
 * @returns {number} The gap as a fraction; 0.55 is 55 points.
 */
export function loyaltyGapOf(satisfaction_rate: any, repeat_rate: any) {
  return excelNumber(() => {
    const satisfied = requiredScalar(satisfaction_rate, "satisfaction_rate", { fraction: true });
    if (!satisfied.ok) return satisfied;
    const repeating = requiredScalar(repeat_rate, "repeat_rate", { fraction: true });
    if (!repeating.ok) return repeating;
    return success(loyaltyGap(satisfied.value, repeating.value));
  });
}

/**
 * Acquisition-to-retention cost ratio: cost to win one new customer / cost to keep one (the "5:1 rule").
 * @customfunction ACQRETRATIO
 * @helpurl https://localhost:3000/help.html#womacqretratio
 * @param {any} acquisition_cost Cost to win one new customer.
 * @param {any} retention_cost Cost to keep one existing customer.
 * @returns {number} How many times dearer winning is than keeping (5 for the 5:1 rule).
 */
export function acqRetRatio(acquisition_cost: any, retention_cost: any) {
  return excelNumber(() => {
    const win = requiredScalar(acquisition_cost, "acquisition_cost", { nonNegative: true });
    if (!win.ok) return win;
    const keep = requiredScalar(retention_cost, "retention_cost", { nonNegative: true });
    if (!keep.ok) return keep;
    return acquisitionRetentionOf(win.value, keep.value);
  });
}
