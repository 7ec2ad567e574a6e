/** Retention beside the pyramid: churn, retention, lifetime value and the loyalty gap. */
import { denominatorTotal, requiredTotal } from "../cells/arguments";
import { exceeds, Result, success } from "../cells/problem";
import { Matrix } from "../cells/values";

/** Churn rate = customers lost in the period / customers at its start, as a fraction. */
function churnRate(atStart: number, lost: number): number {
  return lost / atStart;
}

/** Retention rate = (customers at end − new customers) / customers at start, as a fraction. */
function retentionRate(atStart: number, atEnd: number, newCustomers: number): number {
  return (atEnd - newCustomers) / atStart;
}

/** Customer lifetime value, simple form: order value × orders a year × years (× gross margin). */
export function lifetimeValue(
  averageOrderValue: number,
  ordersPerYear: number,
  years: number,
  grossMargin = 1
): number {
  return averageOrderValue * ordersPerYear * years * grossMargin;
}

/** Loyalty gap = satisfaction rate − repeat rate, as a fraction (0.92 − 0.37 = 0.55). */
export function loyaltyGap(satisfactionRate: number, repeatRate: number): number {
  return satisfactionRate - repeatRate;
}

/** Churn over summed ranges (one cell per segment, say); more lost than there were is bad input. */
export function churnOfRanges(atStart: Matrix, lost: Matrix): Result<number> {
  const start = denominatorTotal(atStart, "customers_at_start");
  if (!start.ok) return start;
  const gone = requiredTotal(lost, "customers_lost");
  if (!gone.ok) return gone;
  if (gone.value > start.value) {
    return exceeds("customers_lost", gone.value, "customers_at_start", start.value);
  }
  return success(churnRate(start.value, gone.value));
}

/** Retention over summed ranges; more new customers than customers at the end is bad input. */
export function retentionOfRanges(
  atStart: Matrix,
  atEnd: Matrix,
  newCustomers: Matrix
): Result<number> {
  const start = denominatorTotal(atStart, "customers_at_start");
  if (!start.ok) return start;
  const end = requiredTotal(atEnd, "customers_at_end");
  if (!end.ok) return end;
  const gained = requiredTotal(newCustomers, "new_customers");
  if (!gained.ok) return gained;
  if (gained.value > end.value) {
    return exceeds("new_customers", gained.value, "customers_at_end", end.value);
  }
  return success(retentionRate(start.value, end.value, gained.value));
}
