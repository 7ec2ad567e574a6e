// Customer service behind word of mouth. Each JSDoc is the function's help in Excel (see functions.ts).
import { optionalScalar } from "../cells/arguments";
import { DEFAULT_HOURS, onTimeShareOfRanges } from "../kpi/feedback";
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
    return onTimeShareOfRanges(received, resolved, limit.value);
  });
}
