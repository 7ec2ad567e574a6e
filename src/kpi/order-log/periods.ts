/** Calendar periods of Excel date serials: months, ISO weeks (Monday first) and quarters. */

/** The length of a cohort's period. */
export type Period = "month" | "week" | "quarter";

// Excel's day 0 for every serial from 1 March 1900 on; kpi/ keeps its own copy, as it imports nothing.
const EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
// Serial 2 (1 January 1900) was a Monday.
const FIRST_MONDAY = 2;
const DAYS_PER_WEEK = 7;

/** The number of a date's period, counted from a fixed origin: consecutive periods differ by 1. */
export function periodIndex(serial: number, period: Period): number {
  const day = Math.floor(serial);
  if (period === "week") return Math.floor((day - FIRST_MONDAY) / DAYS_PER_WEEK);
  const date = new Date(EPOCH_MS + day * MS_PER_DAY);
  const months = date.getUTCFullYear() * 12 + date.getUTCMonth();
  return period === "month" ? months : Math.floor(months / 3);
}

/** The serial of the first day of a period numbered as periodIndex numbers it. */
export function periodStart(index: number, period: Period): number {
  if (period === "week") return index * DAYS_PER_WEEK + FIRST_MONDAY;
  const months = period === "month" ? index : index * 3;
  const ms = Date.UTC(Math.floor(months / 12), months % 12, 1);
  return (ms - EPOCH_MS) / MS_PER_DAY;
}
