// The retention functions beside the pyramid. Each JSDoc is the function's help in Excel (see functions.ts).
import {
  dateWindow,
  denominatorTotal,
  optionalScalar,
  requiredScalar,
  requiredTotal,
} from "../cells/arguments";
import { dateAt } from "../cells/dates";
import { idKey } from "../cells/keys";
import { badArguments, badCell, divideByZero, exceeds, Problem } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { Result, success } from "../cells/result";
import { isBlank, isOmitted, Matrix, sameShape } from "../cells/values";
import { churnRate, lifetimeValue, loyaltyGap, retentionRate } from "../kpi/retention";
import {
  CustomerTally,
  DateWindow,
  inWindow,
  RepeatCounts,
  repeatRate as repeatRateOf,
} from "../kpi/repeat";
import { acquisitionRetentionRatio } from "../kpi/returns";
import { excelNumber } from "./excel-result";

/**
 * Repeat purchase rate (复购率): customers with two or more orders / customers with at least one (Klaviyo's count of customers).
 * @customfunction REPEATRATE
 * @helpurl https://localhost:3000/help.html#womrepeatrate
 * @param {any[][]} customer_ids The order log's customer ID column, one row per order; 1001 and "1001" are one customer.
 * @param {any[][]} [order_dates] Optional order dates beside the IDs; needed for a date window.
 * @param {any} [start_date] Optional first day of the window: only orders on or after it count.
 * @param {any} [end_date] Optional last day of the window (the whole day counts): only orders up to it count.
 * @returns {number} Repeat rate as a fraction.
 */
export function repeatRate(
  customer_ids: any[][],
  order_dates?: any[][],
  start_date?: any,
  end_date?: any
) {
  return excelNumber(() => {
    const window = dateWindow(start_date, end_date);
    if (!window.ok) return window;
    const counts = countRepeatCustomers(customer_ids, order_dates, window.value);
    if (!counts.ok) return counts;
    if (counts.value.customers === 0) return divideByZero({ kind: "noData", arg: "customer_ids" });
    return success(repeatRateOf(counts.value));
  });
}

/**
 * Churn rate: customers lost in the period / customers at its start, as a fraction.
 * @customfunction CHURN
 * @helpurl https://localhost:3000/help.html#womchurn
 * @param {any[][]} customers_at_start Customers at the start of the period: one number or a range (one per segment), summed.
 * @param {any[][]} customers_lost Customers of those lost during the period: one number or a range, summed.
 * @returns {number} Churn as a fraction.
 */
export function churn(customers_at_start: any[][], customers_lost: any[][]) {
  return excelNumber(() => {
    const start = denominatorTotal(customers_at_start, "customers_at_start");
    if (!start.ok) return start;
    const gone = requiredTotal(customers_lost, "customers_lost");
    if (!gone.ok) return gone;
    if (gone.value > start.value)
      return exceeds("customers_lost", gone.value, "customers_at_start", start.value);
    return success(churnRate(start.value, gone.value));
  });
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
  return excelNumber(() => {
    const start = denominatorTotal(customers_at_start, "customers_at_start");
    if (!start.ok) return start;
    const end = requiredTotal(customers_at_end, "customers_at_end");
    if (!end.ok) return end;
    const gained = requiredTotal(new_customers, "new_customers");
    if (!gained.ok) return gained;
    if (gained.value > end.value)
      return exceeds("new_customers", gained.value, "customers_at_end", end.value);
    return success(retentionRate(start.value, end.value, gained.value));
  });
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
    if (keep.value === 0) return divideByZero({ kind: "zeroDenominator", arg: "retention_cost" });
    return success(acquisitionRetentionRatio(win.value, keep.value));
  });
}

/** Tallies an order log; with a window, only orders dated inside it count. */
function countRepeatCustomers(
  customerIds: Matrix,
  orderDates: Matrix | null | undefined,
  window: DateWindow
): Result<RepeatCounts, Problem> {
  const windowed = window.start !== undefined || window.end !== undefined;
  const dates = isOmitted(orderDates) ? undefined : orderDates;
  if (dates && !sameShape(customerIds, dates)) {
    return badArguments({ kind: "shapeMismatch", arg: "order_dates", expected: "customer_ids" });
  }
  if (windowed && !dates)
    return badArguments({ kind: "requires", arg: "order_dates", partner: "start_date" });
  const tally = new CustomerTally();
  for (let r = 0; r < customerIds.length; r++) {
    const row = customerIds[r];
    for (let c = 0; c < row.length; c++) {
      const id = row[c];
      if (isBlank(id)) continue;
      if (typeof id !== "number" && typeof id !== "string") {
        const at = positionOf("customer_ids", customerIds, r, c);
        return badCell({ kind: "badId", value: id, at });
      }
      if (dates) {
        const date = dateAt(dates, "order_dates", r, c);
        if (typeof date !== "number") return date;
        if (date !== date) {
          const at = positionOf("order_dates", dates, r, c);
          return badCell({ kind: "missingPair", at, partner: "customer_ids" });
        }
        if (windowed && !inWindow(date, window)) continue;
      }
      tally.add(idKey(id));
    }
  }
  return success({ customers: tally.customers, repeaters: tally.repeaters });
}
