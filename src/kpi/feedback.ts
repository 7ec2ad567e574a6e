/** Feedback closed in time: the share of feedback items resolved within N hours of being received. */
import { HOURS_PER_DAY, ROUNDING_DAYS } from "./days";

/** The articles' target for closing feedback, in hours. */
export const DEFAULT_HOURS = 48;

/**
 * Tallies feedback items one at a time against a deadline of `hours` after receipt (date-time
 * serials). An open item counts as late once its deadline is before the latest time in the data;
 * until then it is left out, so open items wait for the end, when the latest time is known.
 */
export class OnTimeTally {
  /** Items resolved in time. */
  onTime = 0;
  private resolved = 0;
  private latest = -Infinity;
  private readonly openSince: number[] = [];
  private readonly allowed: number;

  constructor(hours = DEFAULT_HOURS) {
    this.allowed = hours / HOURS_PER_DAY + ROUNDING_DAYS;
  }

  /** An item received at `start` and resolved at `end`, no earlier. */
  addResolved(start: number, end: number): void {
    this.latest = Math.max(this.latest, start, end);
    this.resolved++;
    if (end - start <= this.allowed) this.onTime++;
  }

  /** An item received at `start` and still open. */
  addOpen(start: number): void {
    this.latest = Math.max(this.latest, start);
    this.openSince.push(start);
  }

  /** Items that count: every resolved one, and the open ones already past their deadline. */
  counted(): number {
    let late = 0;
    for (const start of this.openSince) if (this.latest - start > this.allowed) late++;
    return this.resolved + late;
  }
}
