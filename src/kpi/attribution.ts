/** Orders attributed to word of mouth: placed within a window after the customer's exposure. */
import { dateAt, ROUNDING_DAYS } from "../cells/dates";
import { badArguments, Result, success } from "../cells/problem";
import { Matrix, sameShape } from "../cells/values";

/** The attribution window used when none is given, in days. */
export const DEFAULT_WINDOW_DAYS = 7;

/** True when an order falls in the window: 0 ≤ order date − exposure date ≤ window days. */
export function isAttributed(exposure: number, order: number, windowDays: number): boolean {
  const elapsed = order - exposure;
  return elapsed >= -ROUNDING_DAYS && elapsed <= windowDays + ROUNDING_DAYS;
}

/**
 * Counts rows whose order date falls within the window after the exposure date on the same row.
 * A row missing either date is not an attributed order.
 */
export function attributedOrders(
  exposureDates: Matrix,
  orderDates: Matrix,
  windowDays = DEFAULT_WINDOW_DAYS
): Result<number> {
  if (!sameShape(exposureDates, orderDates))
    return badArguments({ kind: "shapeMismatch", arg: "order_dates", expected: "exposure_dates" });
  let count = 0;
  for (let r = 0; r < exposureDates.length; r++) {
    for (let c = 0; c < exposureDates[r].length; c++) {
      const exposure = dateAt(exposureDates, "exposure_dates", r, c);
      if (typeof exposure !== "number") return exposure;
      const order = dateAt(orderDates, "order_dates", r, c);
      if (typeof order !== "number") return order;
      if (exposure === exposure && order === order && isAttributed(exposure, order, windowDays))
        count++;
    }
  }
  return success(count);
}
