/** Retention beside the pyramid: churn, retention, lifetime value and the loyalty gap. */

/** Churn rate = customers lost in the period / customers at its start, as a fraction. */
export function churnRate(atStart: number, lost: number): number {
  return lost / atStart;
}

/** Retention rate = (customers at end − new customers) / customers at start, as a fraction. */
export function retentionRate(atStart: number, atEnd: number, newCustomers: number): number {
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
