/** The action layer per ISO week (Monday to Sunday), counted from an order log with dates. */
import { isoWeekStart } from "../../cells/dates";
import { WeekFigures } from "../model/figures";

/** The most weeks the summary shows: the latest two years of orders. */
export const MAX_WEEKS = 104;

/** Orders counted by the week of their date, one order at a time. */
export class WeekTally {
  private readonly weeks = new Map<
    number,
    { orders: number; revenue: number; attributed: number }
  >();
  private first = Infinity;
  private last = -Infinity;

  /** Counts an order placed on a date serial. */
  add(orderDate: number, revenue: number, attributed: boolean): void {
    const start = isoWeekStart(orderDate);
    const week = this.weeks.get(start) ?? { orders: 0, revenue: 0, attributed: 0 };
    week.orders++;
    week.revenue += revenue;
    if (attributed) week.attributed++;
    this.weeks.set(start, week);
    this.first = Math.min(this.first, start);
    this.last = Math.max(this.last, start);
  }

  /** Every week from the first order's to the last order's (at most MAX_WEEKS, the latest), empty ones too. */
  figures(measures: { revenue: boolean; attributedOrders: boolean }): WeekFigures[] {
    if (this.weeks.size === 0) return [];
    const from = Math.max(this.first, this.last - (MAX_WEEKS - 1) * 7);
    const figures: WeekFigures[] = [];
    for (let start = from; start <= this.last; start += 7) {
      const week = this.weeks.get(start);
      const figure: WeekFigures = { start, orders: week?.orders ?? 0 };
      if (measures.revenue) figure.revenue = week?.revenue ?? 0;
      if (measures.attributedOrders) figure.attributedOrders = week?.attributed ?? 0;
      figures.push(figure);
    }
    return figures;
  }
}
