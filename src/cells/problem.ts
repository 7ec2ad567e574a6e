/** Why a calculation could not produce a number, independent of Office and of language. */
import { Failure, failure } from "./result";

/** The Excel error a problem becomes. Excel shows a custom message only on #VALUE! and #N/A. */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/** Where a bad cell sits inside a range argument: 1-based, relative to the range. */
export interface CellPosition {
  arg: string;
  row: number;
  column: number;
  /** Ranges with one column are described by row only. */
  columns: number;
}

/** Each kind of problem, with what its message needs. */
export type ProblemDetail =
  | { kind: "notNumber"; value: unknown; at: CellPosition }
  | { kind: "negative"; value: number; at: CellPosition }
  | { kind: "npsOutOfRange"; value: unknown; at: CellPosition }
  | { kind: "notWholeAnswer"; value: number; at: CellPosition }
  | { kind: "badId"; value: unknown; at: CellPosition }
  | { kind: "notDate"; value: unknown; at: CellPosition }
  | { kind: "missingPair"; at: CellPosition; partner: string }
  | { kind: "shapeMismatch"; arg: string; expected: string }
  | { kind: "requires"; arg: string; partner: string }
  | { kind: "scalarOutOfRange"; arg: string; value: number; range: string }
  | { kind: "noData"; arg: string }
  | { kind: "zeroDenominator"; arg: string }
  | { kind: "windowReversed" }
  | { kind: "unknownLabel"; value: unknown; at: CellPosition }
  | { kind: "notText"; value: unknown; at: CellPosition }
  | { kind: "lexiconColumns"; arg: string }
  | { kind: "lexiconBlankWord"; arg: string; row: number }
  | { kind: "lexiconNoWeight"; arg: string; row: number }
  | { kind: "lexiconWeight"; arg: string; row: number; value: unknown }
  | { kind: "lexiconNoWords"; arg: string; row: number; term: string }
  | { kind: "lexiconSpansClauses"; arg: string; row: number; term: string }
  | { kind: "lexiconDuplicate"; arg: string; row: number; term: string; firstRow: number }
  | { kind: "argNotNumber"; arg: string; value: unknown }
  | { kind: "required"; arg: string }
  | { kind: "exceeds"; arg: string; value: number; limitArg: string; limit: number }
  | { kind: "notLine"; arg: string }
  | { kind: "tooFew"; arg: string; needed: number }
  | { kind: "earlierThanPartner"; at: CellPosition; partner: string }
  | { kind: "noPolarMentions" }
  | { kind: "argNotLogical"; arg: string; value: unknown }
  | { kind: "noVariance" }
  | { kind: "unknownPeriod"; arg: string; value: unknown }
  | { kind: "notWholeNumber"; arg: string; value: number; least: number }
  | { kind: "notPositive"; arg: string; value: number };

/** What stopped a calculation: the Excel error code it becomes and what went wrong. */
export interface Problem {
  readonly code: ErrorCode;
  readonly detail: ProblemDetail;
}

/** A failed calculation with its one problem. */
export type Failed = Failure<Problem>;

/** A bad cell inside a range: #VALUE!, so that Excel can show which cell. */
export function badCell(detail: ProblemDetail): Failed {
  return failure({ code: "#VALUE!", detail });
}

/** A zero denominator or no data at all. */
export function divideByZero(detail: ProblemDetail): Failed {
  return failure({ code: "#DIV/0!", detail });
}

/** A scalar argument outside its domain. */
export function outOfDomain(arg: string, value: number, range: string): Failed {
  return failure({ code: "#NUM!", detail: { kind: "scalarOutOfRange", arg, value, range } });
}

/** A total larger than the total it is part of: more lost customers than there were, say. */
export function exceeds(arg: string, value: number, limitArg: string, limit: number): Failed {
  return badArguments({ kind: "exceeds", arg, value, limitArg, limit });
}

/** Arguments that do not fit together, such as ranges of different shapes. */
export function badArguments(detail: ProblemDetail): Failed {
  return failure({ code: "#VALUE!", detail });
}

/** A required column or key that is missing. */
export function missing(detail: ProblemDetail): Failed {
  return failure({ code: "#N/A", detail });
}
