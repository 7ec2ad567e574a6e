/**
 * Cohort retention: customers grouped by the period of their first order, and the share of each
 * group who ordered again 1, 2, … periods later (docs/kpi.md). An order log is read one order at a
 * time, in any order, keeping only the distinct periods each customer ordered in.
 */
import { Period, periodIndex, periodStart } from "./periods";

/** One order of a cohort table's log: its customer (as idKey gives it) and its date serial. */
export interface CohortOrder {
  customer: number | string;
  date: number;
}

/** The customers whose first order fell in one period, and what they did after. */
export interface Cohort {
  /** The serial of the first day of the cohort's period. */
  start: number;
  /** Customers whose first order fell in the period. */
  customers: number;
  /** Of those, how many ordered in the period 0, 1, 2, … after their first; index 0 is all of them. */
  active: number[];
  /** active / customers, from period 0 (always 1) to the last period the data reaches. */
  shares: number[];
}

/** The cohort triangle: one cohort per period that won customers, oldest first. */
export interface CohortTable {
  period: Period;
  /** Periods from the first cohort's to the last order's: the length of the oldest cohort's shares. */
  periods: number;
  cohorts: Cohort[];
}

/** Tallies an order log one order at a time, so that a million orders need one pass and no copy. */
export class CohortTally {
  // Each customer's distinct periods, as periodIndex numbers them: one number for the many who
  // order in one period only (no array each: a million customers stay in the map's own memory).
  private readonly periodsOf = new Map<number | string, number | number[]>();

  constructor(readonly period: Period = "month") {}

  /** One order of the customer whose ID has this key, on this date serial. */
  add(customer: number | string, date: number): void {
    const index = periodIndex(date, this.period);
    const periods = this.periodsOf.get(customer);
    if (periods === undefined) this.periodsOf.set(customer, index);
    else if (typeof periods === "number") {
      if (periods !== index) this.periodsOf.set(customer, [periods, index]);
    } else if (!periods.includes(index)) periods.push(index);
  }

  /** The cohorts of the orders added so far. */
  table(): CohortTable {
    let first = Infinity;
    let last = -Infinity;
    for (const periods of this.periodsOf.values()) {
      const [low, high] = typeof periods === "number" ? [periods, periods] : range(periods);
      if (low < first) first = low;
      if (high > last) last = high;
    }
    const byFirst = new Map<number, { customers: number; active: number[] }>();
    for (const periods of this.periodsOf.values()) {
      const own = typeof periods === "number" ? periods : range(periods)[0];
      let cohort = byFirst.get(own);
      if (cohort === undefined) {
        cohort = { customers: 0, active: new Array<number>(last - own + 1).fill(0) };
        byFirst.set(own, cohort);
      }
      cohort.customers++;
      if (typeof periods === "number") cohort.active[0]++;
      else for (const index of periods) cohort.active[index - own]++;
    }
    const cohorts = [...byFirst]
      .sort(([a], [b]) => a - b)
      .map(([index, { customers, active }]) => ({
        start: periodStart(index, this.period),
        customers,
        active,
        shares: active.map((count) => count / customers),
      }));
    return { period: this.period, periods: cohorts.length ? last - first + 1 : 0, cohorts };
  }
}

function range(periods: readonly number[]): [low: number, high: number] {
  return [Math.min(...periods), Math.max(...periods)];
}

/** The cohort table of an order log, by month unless another period is given. */
export function cohortRetention(
  orders: Iterable<CohortOrder>,
  period: Period = "month"
): CohortTable {
  const tally = new CohortTally(period);
  for (const order of orders) tally.add(order.customer, order.date);
  return tally.table();
}
