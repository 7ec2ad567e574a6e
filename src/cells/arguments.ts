/** Reading whole arguments: one value with its domain checked, or a range summed into one total. */
import {
  badArguments,
  badCell,
  divideByZero,
  missing,
  outOfDomain,
  Result,
  success,
} from "./problem";
import { sumRange } from "./ranges";
import { isBlank, Matrix, parseNumericText, toNumber } from "./values";

/** The domain of a one-value argument. */
interface ScalarRule {
  nonNegative?: boolean;
  /** A share from 0 to 1; text such as "92%" or "92 %" reads as 0.92. */
  fraction?: boolean;
}

const PERCENT_TEXT = /^(.*?)\s*[%％]$/;

/** A value typed as a percentage, "92%" → 0.92; NaN when it is not one. */
export function parsePercentText(text: string): number {
  const match = PERCENT_TEXT.exec(text.trim());
  return match ? parseNumericText(match[1]) / 100 : NaN;
}

/** The value of a one-value argument, taken out of the one-cell range a reference passes. */
function oneCell(value: unknown, arg: string): Result<unknown> {
  if (!Array.isArray(value)) return success(value);
  if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1)
    return badArguments({ kind: "shapeMismatch", arg, expected: "one cell" });
  return success(value[0][0]);
}

/** Reads a one-value argument; blank (or omitted) is undefined. */
export function scalarArgument(
  value: unknown,
  arg: string,
  rule: ScalarRule = {}
): Result<number | undefined> {
  const read = oneCell(value, arg);
  if (!read.ok) return read;
  const cell = read.value;
  if (isBlank(cell)) return success(undefined);
  let number = toNumber(cell);
  if (number !== number && rule.fraction && typeof cell === "string")
    number = parsePercentText(cell);
  if (number !== number) return badCell({ kind: "argNotNumber", arg, value: cell });
  if (rule.fraction && (number < 0 || number > 1)) return outOfDomain(arg, number, "0-1");
  if (rule.nonNegative && number < 0) return outOfDomain(arg, number, "0 or more");
  return success(number);
}

/** Reads a one-value argument that must be given: blank is #N/A naming it. */
export function requiredScalar(value: unknown, arg: string, rule: ScalarRule = {}): Result<number> {
  const read = scalarArgument(value, arg, rule);
  if (!read.ok) return read;
  if (read.value === undefined) return missing({ kind: "required", arg });
  return success(read.value);
}

/** Reads an optional one-value argument, falling back to its default when blank or omitted. */
export function optionalScalar(
  value: unknown,
  arg: string,
  fallback: number,
  rule: ScalarRule = {}
): Result<number> {
  const read = scalarArgument(value, arg, rule);
  if (!read.ok) return read;
  return success(read.value ?? fallback);
}

const LOGICAL_TEXT: ReadonlyMap<string, boolean> = new Map([
  ["TRUE", true],
  ["FALSE", false],
]);

/** Reads an optional TRUE/FALSE argument; as in Excel, a number is TRUE unless it is 0. */
export function optionalLogical(value: unknown, arg: string, fallback = false): Result<boolean> {
  const read = oneCell(value, arg);
  if (!read.ok) return read;
  const cell = read.value;
  if (isBlank(cell)) return success(fallback);
  if (typeof cell === "boolean") return success(cell);
  if (typeof cell === "number" && Number.isFinite(cell)) return success(cell !== 0);
  const logical =
    typeof cell === "string" ? LOGICAL_TEXT.get(cell.trim().toUpperCase()) : undefined;
  if (logical === undefined) return badCell({ kind: "argNotLogical", arg, value: cell });
  return success(logical);
}

/** The total of a range of counts or amounts (zero or more each); a range with no number is #DIV/0!. */
export function requiredTotal(matrix: Matrix, arg: string): Result<number> {
  const total = sumRange(matrix ?? [], arg, { nonNegative: true });
  if (!total.ok) return total;
  if (total.value.count === 0) return divideByZero({ kind: "noData", arg });
  // A sum past the largest double is Infinity; Excel's own answer to an overflow is #NUM!.
  if (!Number.isFinite(total.value.sum))
    return outOfDomain(arg, total.value.sum, "numbers Excel holds");
  return success(total.value.sum);
}

/** A denominator's total: no number or a zero total is #DIV/0!. */
export function denominatorTotal(matrix: Matrix, arg: string): Result<number> {
  const total = requiredTotal(matrix, arg);
  if (!total.ok) return total;
  if (total.value === 0) return divideByZero({ kind: "zeroDenominator", arg });
  return total;
}
