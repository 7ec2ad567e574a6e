/**
 * The orders that carry a discount code, kept compactly as they stream past: the doubtful ones can
 * only be told once every order of a code and every post of its creator has been seen.
 */
import { CodeOrder } from "../../kpi/order-log/code-flags";

const INITIAL = 1024;

/** Orders with a code, as a few values per order; each code is kept once. */
export class CodeOrderLog implements Iterable<CodeOrder> {
  private readonly codeKeys: (number | string)[] = [];
  private readonly codeIndex = new Map<number | string, number>();
  // One entry per order, in typed arrays grown by doubling: a million orders keep about 28 MB.
  // A customer's key is the one the customer tallies hold, not a copy of it.
  private codes = new Uint32Array(INITIAL);
  private readonly customers: (number | string | undefined)[] = [];
  // NaN is no date.
  private dates = new Float64Array(INITIAL);
  private revenues = new Float64Array(INITIAL);
  private length = 0;

  /** One order: its code and customer as idKey keys them, its date serial (if any) and revenue. */
  add(
    code: number | string,
    customer: number | string | undefined,
    date: unknown,
    revenue: number
  ): void {
    let at = this.codeIndex.get(code);
    if (at === undefined) {
      at = this.codeKeys.length;
      this.codeKeys.push(code);
      this.codeIndex.set(code, at);
    }
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = at;
    this.customers.push(customer);
    this.dates[this.length] = typeof date === "number" ? date : NaN;
    this.revenues[this.length] = revenue;
    this.length++;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint32Array(size);
    codes.set(this.codes);
    this.codes = codes;
    const dates = new Float64Array(size);
    dates.set(this.dates);
    this.dates = dates;
    const revenues = new Float64Array(size);
    revenues.set(this.revenues);
    this.revenues = revenues;
  }

  *[Symbol.iterator](): Iterator<CodeOrder> {
    for (let i = 0; i < this.length; i++) {
      const order: CodeOrder = { code: this.codeKeys[this.codes[i]], revenue: this.revenues[i] };
      const customer = this.customers[i];
      if (customer !== undefined) order.customer = customer;
      if (this.dates[i] === this.dates[i]) order.date = this.dates[i];
      yield order;
    }
  }
}
