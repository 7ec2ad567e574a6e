/**
 * The one shape of every step that can fail, from a cell read to a whole summary: its value (with
 * the warnings worth showing beside it), or the problems that stopped it. Each layer has its own
 * problem vocabulary, a typed union worded only at the edge (the pane, the report, Excel's error).
 */

/** A step that gave its value; warnings say what it left out without stopping it. */
export interface Success<T, P> {
  readonly ok: true;
  readonly value: T;
  readonly warnings?: readonly P[];
}

/** A step that gave no value, and the problems (one or more) that stopped it. */
export interface Failure<P> {
  readonly ok: false;
  readonly problems: readonly P[];
}

/** A value, or the problems that prevented it. */
export type Result<T, P> = Success<T, P> | Failure<P>;

/** A value, with the warnings worth showing beside it when there are any. */
export function success<T, P = never>(value: T, warnings?: readonly P[]): Success<T, P> {
  return warnings === undefined ? { ok: true, value } : { ok: true, value, warnings };
}

/** The problems that stopped a step. */
export function failure<P>(...problems: P[]): Failure<P> {
  return { ok: false, problems };
}
