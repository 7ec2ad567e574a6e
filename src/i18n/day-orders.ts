/** How the report words the order it read a column's numeric dates in: each language's words, one rule. */
import { DayOrder, otherDayOrder } from "../cells/dates";
import { DATE_ORDER_FLAGS, DayOrderBasis } from "../cli/problems";

/** One language's words for day orders and for why one was chosen. */
export interface DayOrderWords {
  orders: Record<DayOrder, string>;
  dates: (evidence: string, row: number) => string;
  option: string;
  /** An order assumed from the platform or the locale, and how to give the other one. */
  assumed: (source: string, otherOrder: string, flag: string) => string;
  platform: (platform: string) => string;
  locale: (locale: string) => string;
}

/** Why a column's dates were read in `order`, in brackets; an assumed order says how to give the other. */
export function dayOrderBasis(
  words: DayOrderWords,
  order: DayOrder,
  because: DayOrderBasis
): string {
  const other = otherDayOrder(order);
  const assumed = (source: string) =>
    words.assumed(source, words.orders[other], DATE_ORDER_FLAGS[other]);
  switch (because.basis) {
    case "dates":
      return words.dates(because.evidence, because.row);
    case "option":
      return words.option;
    case "platform":
      return assumed(words.platform(because.platform));
    case "locale":
      return assumed(words.locale(because.locale));
  }
}
