/** Turning KPI results into what Excel expects from a custom function. */
import { ErrorCode, Problem } from "../cells/problem";
import { Result } from "../cells/result";
import { problemMessage } from "../i18n/cell-messages";
import { Locale, toLocale } from "../i18n/locale";
import { withLocalArgumentNames } from "./argument-names";

// Excel shows a custom message only on #VALUE! and #N/A; other codes must be created without one.
const SHOWS_MESSAGE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["#VALUE!", "#N/A"]);

/** The language Excel displays, as the shared runtime reports it; English where it cannot tell. */
export function displayLocale(): Locale {
  const office = typeof Office === "undefined" ? undefined : Office;
  return toLocale(office?.context?.displayLanguage);
}

/** The Excel error for a problem, with its message where Excel can show one. */
export function toExcelError(
  problem: Problem,
  locale: Locale = displayLocale()
): CustomFunctions.Error {
  // CustomFunctions.ErrorCode's values are Excel's own error strings, the same as ErrorCode's.
  const code = problem.code as CustomFunctions.ErrorCode;
  if (!SHOWS_MESSAGE.has(problem.code)) return new CustomFunctions.Error(code);
  const detail = withLocalArgumentNames(problem.detail, locale);
  return new CustomFunctions.Error(code, problemMessage(detail, locale));
}

/** Runs a KPI calculation and hands Excel a finite number or an Excel error, never an exception. */
export function excelNumber(
  calculate: () => Result<number, Problem>
): number | CustomFunctions.Error {
  const result = guarded(calculate);
  if (result instanceof CustomFunctions.Error) return result;
  // Sums of huge numbers can overflow; Excel's own answer to that is #NUM!.
  if (!Number.isFinite(result))
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return result;
}

/** Runs a calculation that spills a block of numbers: finite numbers in full rows, or one Excel error. */
export function excelMatrix(
  calculate: () => Result<number[][], Problem>
): number[][] | CustomFunctions.Error {
  const result = guarded(calculate);
  if (result instanceof CustomFunctions.Error) return result;
  if (!result.every((row) => row.every((value) => Number.isFinite(value))))
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return result;
}

/** Runs a calculation that spills text and numbers, such as labels beside their scores: finite numbers, or one Excel error. */
export function excelTable(
  calculate: () => Result<(string | number)[][], Problem>
): (string | number)[][] | CustomFunctions.Error {
  const result = guarded(calculate);
  if (result instanceof CustomFunctions.Error) return result;
  const finite = (value: string | number) => typeof value === "string" || Number.isFinite(value);
  if (!result.every((row) => row.every(finite)))
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return result;
}

// The calculation's value, or the Excel error for its problem or for anything it threw.
function guarded<T>(calculate: () => Result<T, Problem>): T | CustomFunctions.Error {
  let result: Result<T, Problem>;
  try {
    result = calculate();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `unexpected input: ${reason}`
    );
  }
  return result.ok ? result.value : toExcelError(result.problems[0]);
}
