/** Orders attributed to word of mouth: placed within a window after the customer's exposure. */
import { ROUNDING_DAYS } from "./days";

/** The attribution window used when none is given, in days. */
export const DEFAULT_WINDOW_DAYS = 7;

/** True when an order falls in the window: 0 ≤ order date − exposure date ≤ window days. */
export function isAttributed(exposure: number, order: number, windowDays: number): boolean {
  const elapsed = order - exposure;
  return elapsed >= -ROUNDING_DAYS && elapsed <= windowDays + ROUNDING_DAYS;
}
