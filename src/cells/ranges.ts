/** Reading whole range arguments: sums and pairwise products with the bad cell named. */
import { badArguments, badCell, CellPosition, Failed, Problem } from "./problem";
import { Result, success } from "./result";
import { columnCount, isBlank, isSingleCell, Matrix, sameShape, toNumber } from "./values";

/** The position of a cell for messages. */
export function positionOf(arg: string, matrix: Matrix, row: number, column: number): CellPosition {
  return { arg, row: row + 1, column: column + 1, columns: columnCount(matrix) };
}

/** Options for reading numbers out of a range. */
export interface NumberRule {
  /** Reject negative values (counts, costs, impressions). */
  nonNegative?: boolean;
}

/** The sum and the count of the numbers in a range. */
export interface RangeTotal {
  sum: number;
  count: number;
}

/** Sums a range, skipping blanks; text that is not a number, booleans and (optionally) negatives are bad cells. */
export function sumRange(
  matrix: Matrix,
  arg: string,
  rule: NumberRule = {}
): Result<RangeTotal, Problem> {
  let sum = 0;
  let count = 0;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // Numbers are the common case: test them before the slower blank and text paths.
      let value = typeof cell === "number" ? cell : NaN;
      if (value !== value) {
        if (isBlank(cell)) continue;
        value = toNumber(cell);
        if (value !== value) return notNumber(cell, arg, matrix, r, c);
      }
      if (rule.nonNegative && value < 0) return negative(value, arg, matrix, r, c);
      sum += value;
      count++;
    }
  }
  return success({ sum, count });
}

/** The bad-cell problem for a value that is not a number. */
export function notNumber(
  value: unknown,
  arg: string,
  matrix: Matrix,
  row: number,
  column: number
): Failed {
  return badCell({ kind: "notNumber", value, at: positionOf(arg, matrix, row, column) });
}

/** The bad-cell problem for a negative value where only zero or more makes sense. */
export function negative(
  value: number,
  arg: string,
  matrix: Matrix,
  row: number,
  column: number
): Failed {
  return badCell({ kind: "negative", value, at: positionOf(arg, matrix, row, column) });
}

/** Σ a × b over two ranges of one shape; a row with a blank on one side only is a problem. */
export function sumProducts(
  a: Matrix,
  aArg: string,
  b: Matrix,
  bArg: string,
  rule: NumberRule = {}
): Result<number, Problem> {
  if (!sameShape(a, b)) return badArguments({ kind: "shapeMismatch", arg: bArg, expected: aArg });
  let total = 0;
  for (let r = 0; r < a.length; r++) {
    const rowA = a[r];
    const rowB = b[r];
    for (let c = 0; c < rowA.length; c++) {
      const cellA = rowA[c];
      const cellB = rowB[c];
      // Two numbers is the common case: only other cells take the slower blank and text paths.
      let x = typeof cellA === "number" ? cellA : NaN;
      let y = typeof cellB === "number" ? cellB : NaN;
      if (x !== x) {
        if (isBlank(cellA)) continue;
        x = toNumber(cellA);
        if (x !== x) return notNumber(cellA, aArg, a, r, c);
      }
      if (rule.nonNegative && x < 0) return negative(x, aArg, a, r, c);
      if (y !== y) {
        if (isBlank(cellB)) {
          if (x === 0) continue;
          return badCell({ kind: "missingPair", at: positionOf(bArg, b, r, c), partner: aArg });
        }
        y = toNumber(cellB);
        if (y !== y) return notNumber(cellB, bArg, b, r, c);
      }
      if (rule.nonNegative && y < 0) return negative(y, bArg, b, r, c);
      total += x * y;
    }
  }
  return success(total);
}

/** Reads a one-cell argument as a number; blank is undefined. */
export function singleNumber(
  matrix: Matrix,
  arg: string,
  rule: NumberRule = {}
): Result<number | undefined, Problem> {
  if (!isSingleCell(matrix))
    return badArguments({ kind: "shapeMismatch", arg, expected: "one cell" });
  const cell = matrix[0][0];
  if (isBlank(cell)) return success(undefined);
  const value = toNumber(cell);
  if (value !== value) return notNumber(cell, arg, matrix, 0, 0);
  if (rule.nonNegative && value < 0) return negative(value, arg, matrix, 0, 0);
  return success(value);
}
