/** Turning file cells into the values a spreadsheet holds: numbers, date serials, text, blanks. */
import { answerCell, answerOfText } from "../../cells/answers";
import { anyDateSerial, DayOrder, isoDateSerial } from "../../cells/dates";
import { foldFullWidth, numberOfText, parseNumberText } from "../../cells/numbers";
import { isDateMeasure, isIdentityText, isNumericMeasure, Measure } from "../../summary";

/** A cell as the report reads it: a number (dates are Excel serials), text, a boolean, or null for blank. */
export type CellValue = string | number | boolean | null;

/**
 * How a column's cells are read and written. "date" columns hold a measure and must be dates;
 * "dates" columns merely look like dates in the sample, and keep any later text as text. "score"
 * columns hold survey answers: numbers, or text the NPS functions read ("10 - Extremely likely").
 */
export type ColumnType = "number" | "score" | "date" | "dates" | "text" | "general";

// Longer digit strings (order numbers, phone numbers) lose digits as doubles; leading zeros are part of an ID.
const KEEP_AS_TEXT = /^[+-]?(?:0\d|\d{16,})/;

/** The column type a measure demands; unmapped columns are "general". */
export function columnTypeOf(measure: Measure | undefined): ColumnType {
  if (measure === undefined) return "general";
  if (measure === "score") return "score";
  if (isNumericMeasure(measure)) return "number";
  if (isDateMeasure(measure)) return "date";
  // Identity text (names, codes, labels) is matched by the sheet's COUNTIFS: it stays text, without padding.
  return isIdentityText(measure) ? "text" : "general";
}

/** A CSV cell as Excel reads it when opening the file: numbers become numbers, the rest stays text. */
export function valueOfText(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (KEEP_AS_TEXT.test(trimmed)) return text;
  const number = parseNumberText(trimmed);
  if (number !== number) return text;
  // Full-width digits are digits too: "０１２" keeps its leading zero as an ID.
  return trimmed.charCodeAt(0) > 0x7f && KEEP_AS_TEXT.test(foldFullWidth(trimmed)) ? text : number;
}

/** A column's type: the one its measure demands, else "dates" when every sample cell is a date as text. */
export function inferColumnType(measure: Measure | undefined, sample: CellValue[]): ColumnType {
  const type = columnTypeOf(measure);
  if (type !== "general") return type;
  const filled = sample.filter((cell) => cell !== null && cell !== "");
  const allDates =
    filled.length > 0 &&
    filled.every((cell) => typeof cell === "string" && anyDateSerial(cell) >= 0);
  return allDates ? "dates" : "general";
}

/** A cell that does not fit its column: it should hold a number or a date. */
export class Mismatch {
  private constructor(readonly kind: "notNumber" | "notDate") {}

  static readonly notNumber = new Mismatch("notNumber");
  static readonly notDate = new Mismatch("notDate");
}

/**
 * Reads one cell into its column's type; `raw` is CSV text or a value already typed by an .xlsx file,
 * and `order` the column's order for numeric dates (05/03/2024).
 * A shared Mismatch rather than a result object per cell: millions of cells pass through here.
 */
export function typedCell(
  raw: CellValue,
  type: ColumnType,
  order?: DayOrder
): CellValue | Mismatch {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return null;
  switch (type) {
    case "text":
      return typeof raw === "string" ? raw.trim() : raw;
    case "number": {
      const value = typeof raw === "string" ? numberOfText(raw) : raw;
      return value === null || (typeof value === "number" && value === value)
        ? value
        : Mismatch.notNumber;
    }
    case "score":
      return scoreCell(raw);
    case "date": {
      const value = typeof raw === "string" ? isoDateSerial(raw, order) : raw;
      return typeof value === "number" && value >= 0 ? value : Mismatch.notDate;
    }
    case "dates": {
      const value = typeof raw === "string" ? isoDateSerial(raw, order) : raw;
      return value === value ? value : raw;
    }
    case "general":
      return typeof raw === "string" ? valueOfText(raw) : raw;
  }
}

// "No answer" in any of its forms (a marker, 问卷星's -2 and -3) is a blank: no answer, counted as skipped.
// Text is read by the NPS functions' rule: "9" becomes the number, as Excel reads it from a CSV;
// "10 - Extremely likely" stays the text it is. Whether the answer is 0-10 is checked with the figures.
function scoreCell(raw: string | number | boolean): CellValue | Mismatch {
  const cell = answerCell(raw) as CellValue;
  if (cell === null || typeof cell === "number") return cell;
  return typeof cell === "string" && !Number.isNaN(answerOfText(cell)) ? cell : Mismatch.notNumber;
}
