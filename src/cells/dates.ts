/** Reading dates and date-times inside range arguments. */
import { badCell, Problem } from "./problem";
import { positionOf } from "./ranges";
import { isBlank, Matrix, toDateSerial } from "./values";

/** Date-times are fractions of a day in binary: comparisons allow a tenth of a millisecond of rounding. */
export const ROUNDING_DAYS = 1e-9;

/** The date serial of one cell of a range: NaN when blank, the named bad cell when not a date. */
export function dateAt(dates: Matrix, arg: string, row: number, column: number): number | Problem {
  const cell = dates[row][column];
  // Excel passes dates as serial numbers: take them before the slower blank and text paths.
  if (typeof cell === "number" && cell >= 0 && cell < Infinity) return cell;
  if (isBlank(cell)) return NaN;
  const serial = toDateSerial(cell);
  if (serial !== serial)
    return badCell({ kind: "notDate", value: cell, at: positionOf(arg, dates, row, column) });
  return serial;
}
