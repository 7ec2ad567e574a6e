/**
 * Numbers and dates an export left as text in a sheet ("1.2万", "$1,200.00", "2024-03-05 21:02"),
 * read as the values the summary's formulas need: SUM skips text and date arithmetic needs
 * dates. The pane reads them when it sorts a source's rows; the report types its files' cells as
 * it reads them, so its sources hold none.
 */
import { columnDayOrder, DayOrder, toDateSerial } from "../../cells/dates";
import { numberOfText } from "../../cells/numbers";
import { answerCell } from "../../cells/answers";
import { isBlank } from "../../cells/values";
import { isDateMeasure, isNumericMeasure, Measure } from "../model/measures";
import { MappedSource } from "../model/source";

/** A cell's value read from its text; the cell itself when it is no text or cannot be read so. */
export type TextReader = (value: unknown) => unknown;

/**
 * How the cells of a column holding `measure` are read from text; undefined for measures whose
 * text is their value (names, codes). A survey answer's "no answer" marks and skip codes become
 * blanks, "9" the number; its labelled ends stay text, which the figures read. A numeric date
 * (05/03/2024) is read only in the order a date of the sample shows.
 */
export function textReaderOf(measure: Measure, sample: readonly unknown[]): TextReader | undefined {
  if (measure === "score")
    return (value) => {
      const cell = answerCell(value);
      return cell !== null ? cell : isBlank(value) ? value : "";
    };
  if (isNumericMeasure(measure))
    return (value) => {
      if (typeof value !== "string") return value;
      const number = numberOfText(value);
      if (number === null) return "";
      return number === number ? number : value;
    };
  if (!isDateMeasure(measure)) return undefined;
  const found = columnDayOrder(sample);
  const order: DayOrder | undefined =
    found.found === "dayFirst" || found.found === "monthFirst" ? found.found : undefined;
  return (value) => {
    if (typeof value !== "string") return value;
    const serial = toDateSerial(value, order);
    return serial === serial ? serial : value;
  };
}

/** The reader of each mapped column (0-based within the source) whose cells may be text to read. */
export function textReaders({ table, mapping }: MappedSource): Map<number, TextReader> {
  const readers = new Map<number, TextReader>();
  for (const [measure, column] of Object.entries(mapping) as [Measure, number | undefined][]) {
    if (column === undefined || readers.has(column)) continue;
    const sample = table.sample.map((row) => row[column]);
    const reader = textReaderOf(measure, sample);
    if (reader) readers.set(column, reader);
  }
  return readers;
}

/** True when some sample cell of a mapped column reads as another value than it holds. */
export function hasTextToRead(source: MappedSource): boolean {
  if (source.table.rowsSorted) return false;
  for (const [column, read] of textReaders(source))
    for (const row of source.table.sample) if (read(row[column]) !== row[column]) return true;
  return false;
}
