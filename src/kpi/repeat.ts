/** Repeat purchase rate (复购率), counted over customers as Klaviyo does. */
import { dateAt } from "../cells/dates";
import { badArguments, badCell, divideByZero, Result, success } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { isBlank, isOmitted, Matrix, parseNumericText, sameShape } from "../cells/values";

/** An inclusive window of Excel date serials; an end date without a time covers its whole day. */
export interface DateWindow {
  start?: number;
  end?: number;
}

/** Customers with at least one order, and those with two or more. */
export interface RepeatCounts {
  customers: number;
  repeaters: number;
}

/** Repeat rate = customers with two or more orders / customers with at least one order. */
export function repeatRate(counts: RepeatCounts): number {
  return counts.repeaters / counts.customers;
}

/** True when a date falls inside the window. */
export function inWindow(date: number, window: DateWindow): boolean {
  if (window.start !== undefined && date < window.start) return false;
  if (window.end === undefined) return true;
  return Number.isInteger(window.end) ? date < window.end + 1 : date <= window.end;
}

/** Tallies an order log; with a window, only orders dated inside it count. */
export function countRepeatCustomers(
  customerIds: Matrix,
  orderDates?: Matrix | null,
  window: DateWindow = {}
): Result<RepeatCounts> {
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
        return badCell({
          kind: "badId",
          value: id,
          at: positionOf("customer_ids", customerIds, r, c),
        });
      }
      if (dates) {
        const date = dateAt(dates, "order_dates", r, c);
        if (typeof date !== "number") return date;
        if (date !== date) {
          return badCell({
            kind: "missingPair",
            at: positionOf("order_dates", dates, r, c),
            partner: "customer_ids",
          });
        }
        if (windowed && !inWindow(date, window)) continue;
      }
      tally.add(id);
    }
  }
  return success({ customers: tally.customers, repeaters: tally.repeaters });
}

/** Repeat rate over an order log; no customer at all is #DIV/0!. */
export function repeatRateOfRanges(
  customerIds: Matrix,
  orderDates?: Matrix | null,
  window?: DateWindow
): Result<number> {
  const counts = countRepeatCustomers(customerIds, orderDates, window);
  if (!counts.ok) return counts;
  if (counts.value.customers === 0) return divideByZero({ kind: "noData", arg: "customer_ids" });
  return success(repeatRate(counts.value));
}

// Excel compares text case-insensitively and a number equals its text ("1001" is 1001), so IDs do too.
/** The key two equal IDs share: 1001 and "1001" are one; text ignores case and surrounding spaces. */
export function idKey(id: number | string): number | string {
  if (typeof id === "number") return id;
  const text = id.trim();
  const asNumber = startsLikeNumber(text) ? canonicalNumber(text) : NaN;
  return asNumber === asNumber ? asNumber : text.toLowerCase();
}

/** Counts customers and repeat customers one order at a time, so an order log can be streamed. */
export class CustomerTally {
  private readonly numeric = new Map<number, number>();
  private readonly textual = new Map<string, number>();
  customers = 0;
  repeaters = 0;

  add(id: number | string): void {
    const key = idKey(id);
    if (typeof key === "number") this.count(this.numeric, key);
    else this.count(this.textual, key);
  }

  private count<K>(seen: Map<K, number>, key: K): void {
    const orders = seen.get(key);
    if (orders === undefined) {
      seen.set(key, 1);
      this.customers++;
    } else if (orders === 1) {
      seen.set(key, 2);
      this.repeaters++;
    }
  }
}

// Only text starting with a digit, a sign or a point can be a number: skip parsing for "C1001" and names.
function startsLikeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}

// "1001" is customer 1001, but "001001" and "1,001" are other IDs: only the number's own spelling matches.
function canonicalNumber(text: string): number {
  const value = parseNumericText(text);
  return value === value && String(value) === text.replace(/^\+/, "") ? value : NaN;
}
