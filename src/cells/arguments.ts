/**
 * Reading whole arguments, every function's in one place: one value with its domain checked, a
 * threshold, a TRUE/FALSE flag, a range summed into one total, a date window, a confidence level,
 * the NPS method.
 */
import { DEFAULT_CONFIDENCE, NpsMethod } from "../kpi/nps-margin";
import { DateWindow } from "../kpi/repeat";
import { toDateSerial } from "./dates";
import { isPercentText } from "./numbers";
import { badArguments, badCell, divideByZero, missing, outOfDomain, Problem } from "./problem";
import { sumRange } from "./ranges";
import { Result, success } from "./result";
import { isBlank, Matrix, toNumber } from "./values";

/** The domain of a one-value argument. */
interface ScalarRule {
  nonNegative?: boolean;
  /** A share from 0 to 1; text such as "92%" or "92 %" reads as 0.92. */
  fraction?: boolean;
}

/** The value of a one-value argument, taken out of the one-cell range a reference passes. */
function oneCell(value: unknown, arg: string): Result<unknown, Problem> {
  if (!Array.isArray(value)) return success(value);
  if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1)
    return badArguments({ kind: "shapeMismatch", arg, expected: "one cell" });
  return success(value[0][0]);
}

/** The number of a one-value argument, undefined when blank; percent text counts only where `percent` allows it. */
function scalarNumber(
  value: unknown,
  arg: string,
  percent: boolean
): Result<number | undefined, Problem> {
  const read = oneCell(value, arg);
  if (!read.ok) return read;
  const cell = read.value;
  if (isBlank(cell)) return success(undefined);
  // "50%" is a share: only an argument that is one takes it.
  const number = !percent && typeof cell === "string" && isPercentText(cell) ? NaN : toNumber(cell);
  if (number !== number) return badCell({ kind: "argNotNumber", arg, value: cell });
  return success(number);
}

/** Reads a one-value argument; blank (or omitted) is undefined. */
export function scalarArgument(
  value: unknown,
  arg: string,
  rule: ScalarRule = {}
): Result<number | undefined, Problem> {
  const read = scalarNumber(value, arg, rule.fraction === true);
  if (!read.ok || read.value === undefined) return read;
  const number = read.value;
  if (rule.fraction && (number < 0 || number > 1)) return outOfDomain(arg, number, "0-1");
  if (rule.nonNegative && number < 0) return outOfDomain(arg, number, "0 or more");
  return success(number);
}

/** Reads a one-value argument that must be given: blank is #N/A naming it. */
export function requiredScalar(
  value: unknown,
  arg: string,
  rule: ScalarRule = {}
): Result<number, Problem> {
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
): Result<number, Problem> {
  const read = scalarArgument(value, arg, rule);
  if (!read.ok) return read;
  return success(read.value ?? fallback);
}

/** What a threshold may be: a count (a whole number, 1 or more), a share (0 to 1) or a rate (above 0). */
export type ThresholdDomain = "count" | "share" | "rate";

/**
 * Reads an optional threshold, its default when blank or left out; a share or a rate may be percent
 * text ("20%"). Outside its domain is #VALUE!, whose message Excel shows: among several thresholds
 * the user must see which one is wrong.
 */
export function optionalThreshold(
  value: unknown,
  arg: string,
  fallback: number,
  domain: ThresholdDomain
): Result<number, Problem> {
  const read = scalarNumber(value, arg, domain !== "count");
  if (!read.ok) return read;
  const number = read.value ?? fallback;
  if (domain === "count" && !(Number.isInteger(number) && number >= 1))
    return badArguments({ kind: "notWholeNumber", arg, value: number, least: 1 });
  if (domain === "share" && !(number >= 0 && number <= 1))
    return badArguments({ kind: "scalarOutOfRange", arg, value: number, range: "0-1" });
  if (domain === "rate" && !(number > 0))
    return badArguments({ kind: "notPositive", arg, value: number });
  return success(number);
}

const LOGICAL_TEXT: ReadonlyMap<string, boolean> = new Map([
  ["TRUE", true],
  ["FALSE", false],
]);

/** Reads an optional TRUE/FALSE argument; as in Excel, a number is TRUE unless it is 0. */
function optionalLogical(value: unknown, arg: string, fallback = false): Result<boolean, Problem> {
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
export function requiredTotal(matrix: Matrix, arg: string): Result<number, Problem> {
  const total = sumRange(matrix ?? [], arg, { nonNegative: true });
  if (!total.ok) return total;
  if (total.value.count === 0) return divideByZero({ kind: "noData", arg });
  // A sum past the largest double is Infinity; Excel's own answer to an overflow is #NUM!.
  if (!Number.isFinite(total.value.sum))
    return outOfDomain(arg, total.value.sum, "numbers Excel holds");
  return success(total.value.sum);
}

/** A denominator's total: no number or a zero total is #DIV/0!. */
export function denominatorTotal(matrix: Matrix, arg: string): Result<number, Problem> {
  const total = requiredTotal(matrix, arg);
  if (!total.ok) return total;
  if (total.value === 0) return divideByZero({ kind: "zeroDenominator", arg });
  return total;
}

/** A confidence level strictly between 0 and 1, as a fraction or percent text; 0.95 when left out. */
export function confidenceLevel(confidence: unknown): Result<number, Problem> {
  const level = optionalScalar(confidence, "confidence", DEFAULT_CONFIDENCE, { fraction: true });
  if (!level.ok) return level;
  // At 0 an interval means nothing and at 1 it is infinite.
  if (level.value <= 0 || level.value >= 1)
    return outOfDomain("confidence", level.value, "strictly between 0 and 1");
  return level;
}

/** The NPS method chosen by the adjusted_wald flag: TRUE for adjusted Wald, FALSE or left out for plain Wald. */
export function npsMethod(adjustedWald: unknown): Result<NpsMethod, Problem> {
  const adjusted = optionalLogical(adjustedWald, "adjusted_wald");
  if (!adjusted.ok) return adjusted;
  return success(adjusted.value ? "adjustedWald" : "wald");
}

/** The window of start_date and end_date, either left out; a start after the end is #VALUE!. */
export function dateWindow(start: unknown, end: unknown): Result<DateWindow, Problem> {
  const window: DateWindow = {};
  for (const [arg, value] of [
    ["start_date", start],
    ["end_date", end],
  ] as const) {
    if (isBlank(value)) continue;
    const serial = toDateSerial(value);
    if (serial !== serial) return outOfDomain(arg, Number(value), "dates");
    window[arg === "start_date" ? "start" : "end"] = serial;
  }
  if (window.start !== undefined && window.end !== undefined && window.start > window.end) {
    return badArguments({ kind: "windowReversed" });
  }
  return success(window);
}
