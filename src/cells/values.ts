/** Turning single Excel cell values into numbers, dates and blanks. */

/** A range as Excel hands it to a custom function: rows of cell values. */
export type Matrix = readonly (readonly unknown[])[];

// Excel passes a blank as null (web, current desktop) or "" (some hosts); undefined covers omitted arguments.
/** True for a cell Excel considers empty. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell's number, accepting numbers stored as text ("9", " 9 "); NaN for anything else. */
export function toNumber(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "string") return parseNumericText(value);
  return NaN;
}

/** A number written as text, with surrounding spaces and thousands separators allowed; NaN otherwise. */
export function parseNumericText(text: string): number {
  let trimmed = text.trim();
  if (/[,，]/.test(trimmed)) {
    // Thousands separators as exported by Excel and Chinese tools: 80,000 or 80，000.
    if (!/^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?$/.test(trimmed)) return NaN;
    trimmed = trimmed.replace(/[,，]/g, "");
  }
  if (!NUMERIC_TEXT.test(trimmed)) return NaN;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : NaN;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A cell's date as an Excel serial (days since 1899-12-30), from a serial or ISO text; NaN otherwise. */
export function toDateSerial(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  const numeric = parseNumericText(text);
  if (!Number.isNaN(numeric)) return numeric >= 0 ? numeric : NaN;
  const match = ISO_DATE.exec(text);
  if (!match) return NaN;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return NaN;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(ms).getUTCDate() !== day) return NaN;
  return (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
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
