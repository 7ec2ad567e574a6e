/** Turning file cells into the values a spreadsheet holds: numbers, date serials, text, blanks. */
import { parseNumericText, toDateSerial } from "../cells/values";
import { answerOfText } from "../kpi/nps";
import { DATE_MEASURES, isNumericMeasure } from "../summary/measures";
import { Measure } from "../summary/source";

/** A cell as the report reads it: a number (dates are Excel serials), text, a boolean, or null for blank. */
export type CellValue = string | number | boolean | null;

/**
 * How a column's cells are read and written. "date" columns hold a measure and must be dates;
 * "dates" columns merely look like dates in the sample, and keep any later text as text. "score"
 * columns hold survey answers: numbers, or text the NPS functions read ("10 - Extremely likely").
 */
export type ColumnType = "number" | "score" | "date" | "dates" | "text" | "general";

// Identity text (names, codes, labels) is matched by the sheet's COUNTIFS: it stays text, without padding.
const IDENTITY_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  "creator",
  "channel",
  "code",
  "sentiment",
  "utm",
]);

const ISO_DATE_TEXT = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
// Longer digit strings (order numbers, phone numbers) lose digits as doubles; leading zeros are part of an ID.
const KEEP_AS_TEXT = /^[+-]?(?:0\d|\d{16,})/;

/** The column type a measure demands; unmapped columns are "general". */
export function columnTypeOf(measure: Measure | undefined): ColumnType {
  if (measure === undefined) return "general";
  if (measure === "score") return "score";
  if (isNumericMeasure(measure)) return "number";
  if (DATE_MEASURES.has(measure)) return "date";
  return IDENTITY_MEASURES.has(measure) ? "text" : "general";
}

/** A CSV cell as Excel reads it when opening the file: numbers become numbers, the rest stays text. */
export function valueOfText(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (KEEP_AS_TEXT.test(trimmed)) return text;
  const number = parseNumericText(trimmed);
  return number === number ? number : text;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// YYYY-MM-DD, the usual export, read by position: a million order dates add up.
function isoDaySerial(text: string): number {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  if (!(day >= 1 && day <= days)) return NaN;
  return (Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** The date serial of an ISO date written as text ("2024-05-01", "2024/5/1 13:30"); NaN otherwise. */
export function dateOfText(text: string): number {
  if (ISO_DAY.test(text)) return isoDaySerial(text);
  const trimmed = text.trim();
  return ISO_DATE_TEXT.test(trimmed) ? toDateSerial(trimmed) : NaN;
}

/** A column's type: the one its measure demands, else "dates" when every sample cell is an ISO date. */
export function inferColumnType(measure: Measure | undefined, sample: CellValue[]): ColumnType {
  const type = columnTypeOf(measure);
  if (type !== "general") return type;
  const filled = sample.filter((cell) => cell !== null && cell !== "");
  const allDates =
    filled.length > 0 && filled.every((cell) => typeof cell === "string" && dateOfText(cell) >= 0);
  return allDates ? "dates" : "general";
}

/** A cell that does not fit its column: it should hold a number or a date. */
export class Mismatch {
  private constructor(readonly kind: "notNumber" | "notDate") {}

  static readonly notNumber = new Mismatch("notNumber");
  static readonly notDate = new Mismatch("notDate");
}

/**
 * Reads one cell into its column's type; `raw` is CSV text or a value already typed by an .xlsx file.
 * A shared Mismatch rather than a result object per cell: millions of cells pass through here.
 */
export function typedCell(raw: CellValue, type: ColumnType): CellValue | Mismatch {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return null;
  switch (type) {
    case "text":
      return typeof raw === "string" ? raw.trim() : raw;
    case "number": {
      const value = typeof raw === "string" ? parseNumericText(raw) : raw;
      return typeof value === "number" && value === value ? value : Mismatch.notNumber;
    }
    case "score":
      return scoreCell(raw);
    case "date": {
      const value = typeof raw === "string" ? dateOfText(raw) : raw;
      return typeof value === "number" && value >= 0 ? value : Mismatch.notDate;
    }
    case "dates": {
      const value = typeof raw === "string" ? dateOfText(raw) : raw;
      return value === value ? value : raw;
    }
    case "general":
      return typeof raw === "string" ? valueOfText(raw) : raw;
  }
}

// Text is read by the NPS functions' rule: "9" becomes the number, as Excel reads it from a CSV;
// "10 - Extremely likely" stays the text it is. Whether the answer is 0-10 is checked with the figures.
function scoreCell(raw: string | number | boolean): CellValue | Mismatch {
  if (typeof raw !== "string") return typeof raw === "number" ? raw : Mismatch.notNumber;
  const answer = answerOfText(raw);
  if (Number.isNaN(answer)) return Mismatch.notNumber;
  return parseNumericText(raw) === answer ? answer : raw;
}
