/** Time as Excel holds it: days, with the time of day as a binary fraction. */

/** Date-times are fractions of a day in binary: comparisons allow a tenth of a millisecond of rounding. */
export const ROUNDING_DAYS = 1e-9;

/** Hours in a day, for deadlines given in hours. */
export const HOURS_PER_DAY = 24;
