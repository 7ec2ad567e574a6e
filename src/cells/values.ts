/** Turning single Excel cell values into numbers and blanks, and the shapes of ranges. */
import { parseNumberText } from "./numbers";

/** A range as Excel hands it to a custom function: rows of cell values. */
export type Matrix = readonly (readonly unknown[])[];

// Excel passes a blank as null (web, current desktop) or "" (some hosts); undefined covers omitted arguments.
/** True for a cell Excel considers empty. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A cell's number, accepting numbers stored as text ("9", " 9 ", "1,000"); NaN for anything else. */
export function toNumber(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "string") return parseNumberText(value);
  return NaN;
}

/** The number of columns of a range, taken from its widest row. */
export function columnCount(matrix: Matrix): number {
  let widest = 0;
  for (const row of matrix) if (row.length > widest) widest = row.length;
  return widest;
}

/** True when a range holds exactly one cell, as a scalar argument arrives. */
export function isSingleCell(matrix: Matrix): boolean {
  return matrix.length === 1 && matrix[0].length === 1;
}

/** True when two ranges have the same number of rows and the same row lengths. */
export function sameShape(a: Matrix, b: Matrix): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (a[r].length !== b[r].length) return false;
  return true;
}

/** An optional range argument: Excel passes null or undefined when it is omitted. */
export function isOmitted(matrix: Matrix | null | undefined): matrix is null | undefined {
  if (matrix === null || matrix === undefined) return true;
  return matrix.length === 0 || (isSingleCell(matrix) && isBlank(matrix[0][0]));
}
