/** The action layer per ISO week (Monday to Sunday), counted from an order log with dates. */

/** The most weeks the summary shows: the latest two years of orders. */
export const MAX_WEEKS = 104;

const DAY_MS = 86_400_000;
// Excel's day 0 for every serial from 1 March 1900 on (its day 60 is the 29 February 1900 that never was).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The date serial of the Monday that starts the ISO week of a date (or date-time) serial. */
export function isoWeekStart(serial: number): number {
  const day = Math.floor(serial);
  // Serial 2 fell on a Monday in Excel's calendar, so (day − 2) mod 7 counts the days since Monday.
  return day - ((((day - 2) % 7) + 7) % 7);
}

/** The ISO week of a Monday, as "2024-W09": the year and number of the week holding its Thursday. */
export function isoWeekLabel(weekStart: number): string {
  const thursday = new Date(EXCEL_EPOCH_MS + (weekStart + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, "0")}`;
}

/** The date of a date serial as ISO text, "2024-02-26". */
export function isoDateOf(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** One week's orders, revenue and orders within the attribution window. */
export interface WeekFigures {
  /** The date serial of the week's Monday. */
  start: number;
  orders: number;
  revenue?: number;
  attributedOrders?: number;
}

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
