/** Feedback closed in time: the share of feedback items resolved within N hours of being received. */
import { dateAt, ROUNDING_DAYS } from "../cells/dates";
import { badArguments, badCell, divideByZero, Result, success } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { Matrix, sameShape } from "../cells/values";

/** The articles' target for closing feedback, in hours. */
export const DEFAULT_HOURS = 48;

const HOURS_PER_DAY = 24;

/** Items resolved in time and items that count (resolved, or open past their deadline). */
interface OnTimeTally {
  onTime: number;
  counted: number;
}

/**
 * Tallies feedback row by row against a deadline of `hours` after receipt (Excel date-time serials).
 * An open item (no resolved time) counts as late once its deadline is before the latest timestamp
 * in the data; until then it is left out. A resolved time needs a received time no later than it.
 */
function tallyOnTime(
  received: Matrix,
  resolved: Matrix,
  hours = DEFAULT_HOURS
): Result<OnTimeTally> {
  if (!sameShape(received, resolved))
    return badArguments({ kind: "shapeMismatch", arg: "resolved", expected: "received" });
  const allowed = hours / HOURS_PER_DAY + ROUNDING_DAYS;
  // Open items wait for the latest timestamp, known only at the end; only they are kept.
  const openSince: number[] = [];
  let latest = -Infinity;
  const tally: OnTimeTally = { onTime: 0, counted: 0 };
  for (let r = 0; r < received.length; r++) {
    for (let c = 0; c < received[r].length; c++) {
      const start = dateAt(received, "received", r, c);
      if (typeof start !== "number") return start;
      const end = dateAt(resolved, "resolved", r, c);
      if (typeof end !== "number") return end;
      if (start !== start) {
        if (end !== end) continue;
        const at = positionOf("received", received, r, c);
        return badCell({ kind: "missingPair", at, partner: "resolved" });
      }
      latest = Math.max(latest, start);
      if (end !== end) {
        openSince.push(start);
        continue;
      }
      if (end < start - ROUNDING_DAYS) {
        const at = positionOf("resolved", resolved, r, c);
        return badCell({ kind: "earlierThanPartner", at, partner: "received" });
      }
      latest = Math.max(latest, end);
      tally.counted++;
      if (end - start <= allowed) tally.onTime++;
    }
  }
  for (const start of openSince) if (latest - start > allowed) tally.counted++;
  return success(tally);
}

/** The on-time share over ranges of received and resolved date-times; nothing to count is #DIV/0!. */
export function onTimeShareOfRanges(
  received: Matrix,
  resolved: Matrix,
  hours = DEFAULT_HOURS
): Result<number> {
  const tally = tallyOnTime(received, resolved, hours);
  if (!tally.ok) return tally;
  if (tally.value.counted === 0) return divideByZero({ kind: "noData", arg: "received" });
  return success(tally.value.onTime / tally.value.counted);
}
