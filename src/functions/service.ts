// Customer service behind word of mouth. Each JSDoc is the function's help in Excel (see functions.ts).
import { optionalScalar } from "../cells/arguments";
import { dateAt } from "../cells/dates";
import { badArguments, badCell, divideByZero, Problem } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { Result, success } from "../cells/result";
import { Matrix, sameShape } from "../cells/values";
import { ROUNDING_DAYS } from "../kpi/days";
import { DEFAULT_HOURS, OnTimeTally } from "../kpi/feedback";
import { excelNumber } from "./excel-result";

/**
 * Share of feedback resolved within the hours (48 by default) of being received. An open item counts as late once its deadline is before the latest time in the data, and is left out until then.
 * @customfunction ONTIME
 * @helpurl https://localhost:3000/help.html#womontime
 * @param {any[][]} received Date and time each feedback item was received, one per row.
 * @param {any[][]} resolved Date and time each item was resolved, beside received; blank while it is open.
 * @param {any} [hours] Optional deadline in hours after receipt; 48 when left out.
 * @returns {number} The share resolved in time, as a fraction.
 */
export function onTime(received: any[][], resolved: any[][], hours?: any) {
  return excelNumber(() => {
    const limit = optionalScalar(hours, "hours", DEFAULT_HOURS, { nonNegative: true });
    if (!limit.ok) return limit;
    const tally = tallyFeedback(received, resolved, limit.value);
    if (!tally.ok) return tally;
    const counted = tally.value.counted();
    if (counted === 0) return divideByZero({ kind: "noData", arg: "received" });
    return success(tally.value.onTime / counted);
  });
}

// Reads the items row by row; a resolved time needs a received time no later than it.
function tallyFeedback(
  received: Matrix,
  resolved: Matrix,
  hours: number
): Result<OnTimeTally, Problem> {
  if (!sameShape(received, resolved))
    return badArguments({ kind: "shapeMismatch", arg: "resolved", expected: "received" });
  const tally = new OnTimeTally(hours);
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
      if (end !== end) tally.addOpen(start);
      else if (end < start - ROUNDING_DAYS) {
        const at = positionOf("resolved", resolved, r, c);
        return badCell({ kind: "earlierThanPartner", at, partner: "received" });
      } else tally.addResolved(start, end);
    }
  }
  return success(tally);
}
