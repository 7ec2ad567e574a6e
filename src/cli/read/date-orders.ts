/**
 * Which number is the day in a column's numeric dates (05/03/2024). The column's dates are read
 * together: one with a number over 12 tells the order; where none has, the order is --date-order's,
 * else the export's platform's, else this computer's convention, and the report says which.
 */
import { columnDayOrder, DayOrder } from "../../cells/dates";
import { DayOrderBasis, fail } from "../problems";
import { ColumnType } from "./cell-values";

/** The order a column's numeric dates are read in, and why. */
export interface DayOrderChoice {
  order: DayOrder;
  because: DayOrderBasis;
}

// Exports known by headers only they have, and the order their numeric dates are written in.
const PLATFORMS: { platform: string; headers: string[]; order: DayOrder }[] = [
  { platform: "SurveyMonkey", headers: ["respondent id", "collector id"], order: "monthFirst" },
];

/** The order this computer's (or `locale`'s) short dates put day and month in. */
export function conventionalDayOrder(locale?: string): { order: DayOrder; locale: string } {
  const format = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "numeric",
    year: "numeric",
  });
  const parts = format.formatToParts(new Date(Date.UTC(2024, 2, 5, 12))).map((part) => part.type);
  const order = parts.indexOf("day") < parts.indexOf("month") ? "dayFirst" : "monthFirst";
  return { order, locale: format.resolvedOptions().locale };
}

/** What decides an order the dates do not tell: --date-order, else the computer's locale. */
export interface DateReading {
  order?: DayOrder;
  /** The locale whose short dates give the convention; the runtime's when absent. */
  locale?: string;
}

/**
 * The order of each date column's numeric dates, from the sample; undefined for a column that has
 * none. A date column whose dates read one way in one row and only the other in another stops the
 * report; a column that merely looks like dates then keeps its text.
 */
export function columnDayOrders(
  headers: string[],
  sample: readonly { row: number; cells: readonly unknown[] }[],
  types: ColumnType[],
  reading: DateReading,
  label: string
): (DayOrderChoice | undefined)[] {
  const option = reading.order;
  return types.map((type, column) => {
    if (type !== "date" && type !== "dates") return undefined;
    const found = columnDayOrder(sample.map((record) => record.cells[column]));
    if (found.found === "none") return undefined;
    if (option) return { order: option, because: { basis: "option" } };
    if (found.found === "conflict") {
      if (type === "dates") return undefined;
      const { first, order, second } = found;
      const where = { file: label, header: headers[column] };
      return fail({ kind: "mixedDayOrder", ...where, first, order, second });
    }
    if (found.found !== "either") {
      const row = sample[found.index].row;
      return { order: found.found, because: { basis: "dates", evidence: found.evidence, row } };
    }
    const named = new Set(headers.map((header) => header.trim().toLowerCase()));
    const platform = PLATFORMS.find((p) => p.headers.every((header) => named.has(header)));
    if (platform)
      return { order: platform.order, because: { basis: "platform", platform: platform.platform } };
    const convention = conventionalDayOrder(reading.locale);
    return { order: convention.order, because: { basis: "locale", locale: convention.locale } };
  });
}
