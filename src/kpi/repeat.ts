/** Repeat purchase rate (复购率), counted over customers as Klaviyo does. */

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

/** Counts customers and repeat customers one order at a time, so an order log can be streamed. */
export class CustomerTally {
  private readonly numeric = new Map<number, number>();
  private readonly textual = new Map<string, number>();
  customers = 0;
  repeaters = 0;

  /** One order of the customer whose ID has this key (two orders of one customer share a key). */
  add(key: number | string): void {
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
