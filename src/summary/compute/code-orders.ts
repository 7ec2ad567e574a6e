/**
 * The orders that carry a discount code, kept compactly as they stream past: the doubtful ones can
 * only be told once every order of a code and every post of its creator has been seen.
 */
import { idKey } from "../../cells/keys";
import { CodeOrder } from "../../kpi/order-log/code-flags";

/** Orders with a code, as numbers per order and each code and customer key once. */
export class CodeOrderLog implements Iterable<CodeOrder> {
  private readonly codeKeys: (number | string)[] = [];
  private readonly customerKeys: (number | string)[] = [];
  private readonly codeIndex = new Map<number | string, number>();
  private readonly customerIndex = new Map<number | string, number>();
  // One entry per order; -1 is no customer and NaN no date.
  private readonly codes: number[] = [];
  private readonly customers: number[] = [];
  private readonly dates: number[] = [];
  private readonly revenues: number[] = [];

  add(code: number | string, customer: unknown, date: unknown, revenue: number): void {
    this.codes.push(indexOf(idKey(code), this.codeIndex, this.codeKeys));
    this.customers.push(
      customer === undefined
        ? -1
        : indexOf(idKey(customer as number | string), this.customerIndex, this.customerKeys)
    );
    this.dates.push(typeof date === "number" ? date : NaN);
    this.revenues.push(revenue);
  }

  get size(): number {
    return this.codes.length;
  }

  *[Symbol.iterator](): Iterator<CodeOrder> {
    for (let i = 0; i < this.codes.length; i++) {
      const order: CodeOrder = { code: this.codeKeys[this.codes[i]], revenue: this.revenues[i] };
      if (this.customers[i] >= 0) order.customer = this.customerKeys[this.customers[i]];
      if (this.dates[i] === this.dates[i]) order.date = this.dates[i];
      yield order;
    }
  }
}

function indexOf(
  key: number | string,
  index: Map<number | string, number>,
  keys: (number | string)[]
): number {
  let at = index.get(key);
  if (at === undefined) {
    at = keys.length;
    keys.push(key);
    index.set(key, at);
  }
  return at;
}
