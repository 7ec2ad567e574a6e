/** A source file as the report sees it: a header row, a sample to recognise columns from, then typed rows. */
import fs from "fs";
import path from "path";
import { isoDateSerial, numericDateOrder } from "../../cells/dates";
import {
  extraHeaderTexts,
  findTableStart,
  HEADER_SEARCH_ROWS,
  isBlankRow,
  isTotalsRow,
  SOURCE_KINDS,
  SourceKind,
  TableStart,
  tableStartAt,
} from "../../summary";
import { InputRef } from "../arguments";
import { fail } from "../problems";
import { CellValue, ColumnType, Mismatch, typedCell, valueOfText } from "./cell-values";
import { DayOrderChoice } from "./date-orders";
import { RecordEnd } from "./csv-parser";
import { csvEncoding, readCsvRecords } from "./csv-reader";
import { DetectedEncoding, EncodingChoice } from "./encoding";
import { checkReadableKind } from "./file-kind";
import { readSheetRecords } from "./xlsx-reader";

/** One file (or one sheet of a workbook) and the kinds of source it holds. */
export interface InputFile {
  ref: InputRef;
  /** How messages name the file: the path as the user typed it, with the sheet. */
  label: string;
  kinds: SourceKind[];
  format: "csv" | "xlsx";
}

/** A row of a file: its 1-based row number and its cells, CSV text or values typed by a workbook. */
export interface FileRecord {
  row: number;
  cells: CellValue[];
  /** A CSV file's last record, when the file ends inside it. */
  end?: RecordEnd;
}

/**
 * A file that ends inside a quoted cell, or in a last row shorter than the header with no line
 * break after it, was cut short (a download stopped, a copy failed): its last rows are not all there.
 */
export function checkRecordEnd(record: FileRecord, headers: string[], label: string): void {
  const { end } = record;
  if (end?.kind === "openQuote") {
    const header = headers[end.column] ?? `#${end.column + 1}`;
    fail({ kind: "openQuote", file: label, row: record.row, header });
  }
  if (end?.kind === "noLineBreak" && record.cells.length < headers.length) {
    const header = headers[record.cells.length];
    const columns = headers.length;
    fail({
      kind: "cutShort",
      file: label,
      row: record.row,
      header,
      cells: record.cells.length,
      columns,
    });
  }
}

/** Rows read so far and how far into the file they reach, for progress. */
export interface FileBatch {
  records: FileRecord[];
  bytesRead: number;
}

/** The header row and the first data rows of a file. */
export interface FileHead {
  headers: string[];
  /** Where the table starts: the header's row (index + 1) and the rows around it that are not data. */
  start: TableStart;
  /** The text of the extra header rows per column (question texts under IDs). */
  hints: string[];
  /** The first data rows, cells as read (CSV text or workbook values); blank and totals rows left out. */
  sample: FileRecord[];
}

/** A file to read: a workbook by its extension, else CSV, named in messages with its sheet. */
export function inputFile(ref: InputRef, kinds: SourceKind[]): InputFile {
  const format = /\.xls[xm]$/i.test(ref.path) ? "xlsx" : "csv";
  const label = ref.sheet ? `${ref.path}#${ref.sheet}` : ref.path;
  return { ref, label, kinds, format };
}

/** Groups the --posts/--mentions/--orders files so that a file named for several kinds is read once. */
export function inputFiles(inputs: Partial<Record<SourceKind, InputRef>>): InputFile[] {
  const files: InputFile[] = [];
  for (const kind of SOURCE_KINDS) {
    const ref = inputs[kind];
    if (!ref) continue;
    const same = files.find(
      (f) => path.resolve(f.ref.path) === path.resolve(ref.path) && f.ref.sheet === ref.sheet
    );
    if (same) same.kinds.push(kind);
    else files.push(inputFile(ref, [kind]));
  }
  return files;
}

/** Checks that every input exists, is a file, and is not a web page or an Excel 97-2003 file. */
export function checkInputs(files: InputFile[]): void {
  for (const file of files) {
    if (!fs.existsSync(file.ref.path)) fail({ kind: "missingFile", file: file.ref.path });
    if (!fs.statSync(file.ref.path).isFile()) fail({ kind: "notAFile", file: file.ref.path });
    checkReadableKind(file.ref.path, file.label);
  }
}

/** A CSV file's text encoding, settled once from its first bytes; a workbook has none to settle. */
export async function settleEncoding(
  file: InputFile,
  choice: EncodingChoice
): Promise<DetectedEncoding | undefined> {
  return file.format === "csv" ? csvEncoding(file.ref.path, file.label, choice) : undefined;
}

/** Streams a file's rows, header included, in batches; a CSV file in its settled encoding. */
export function readFileRecords(
  file: InputFile,
  encoding: DetectedEncoding | undefined
): AsyncGenerator<FileBatch> {
  if (file.format === "xlsx") return readSheetRecords(file.ref.path, file.label, file.ref.sheet);
  if (!encoding) throw new Error(`The encoding of ${file.label} was not settled`);
  return readCsvRecords(file.ref.path, file.label, encoding);
}

/**
 * Reads the first rows, finds the header among them and keeps up to `sampleRows` data rows; an
 * empty or header-only file, or a bad header, is a problem.
 */
export async function readFileHead(
  file: InputFile,
  encoding: DetectedEncoding | undefined,
  headerRow?: number,
  sampleRows = 100
): Promise<FileHead> {
  // By row number, so that a workbook's rows that hold nothing are blank rows here too.
  const rows: CellValue[][] = [];
  const records: FileRecord[] = [];
  const wanted = Math.max(HEADER_SEARCH_ROWS, headerRow ?? 0) + sampleRows;
  for await (const batch of readFileRecords(file, encoding)) {
    for (const record of batch.records) {
      if (record.row > wanted) break;
      while (rows.length < record.row - 1) rows.push([]);
      rows.push(record.cells);
      records.push(record);
    }
    if (rows.length >= wanted) break;
  }
  if (records.length === 0) return fail({ kind: "emptyFile", file: file.label });
  const start = headerRow ? tableStartAt(rows, headerRow - 1) : findTableStart(rows);
  if (start.header >= rows.length) fail({ kind: "emptyFile", file: file.label });
  const headers = headerTexts(rows[start.header], file.label);
  const firstData = start.header + start.extraHeaderRows + 1;
  for (const record of records) checkRecordEnd(record, headers, file.label);
  const sample = records
    .filter((record) => record.row > firstData && isDataRow(record.cells))
    .slice(0, sampleRows);
  if (sample.length === 0) fail({ kind: "headerOnly", file: file.label });
  return { headers, start, hints: extraHeaderTexts(rows, start, headers.length), sample };
}

function isDataRow(cells: readonly CellValue[]): boolean {
  return !isBlankRow(cells) && !isTotalsRow(cells);
}

// Blank headers at the end are an export's trailing separator; a blank or repeated one before them is a problem.
function headerTexts(cells: CellValue[], label: string): string[] {
  const texts = cells.map((cell) => (cell === null ? "" : String(cell).trim()));
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  const seen = new Set<string>();
  texts.forEach((text, i) => {
    if (text === "") fail({ kind: "blankHeader", file: label, column: i + 1 });
    const key = text.toLowerCase();
    if (seen.has(key)) fail({ kind: "duplicateHeader", file: label, header: text });
    seen.add(key);
  });
  return texts;
}

/** A sample row as Excel would hold it after opening the file: numbers, date serials, text, blanks. */
export function sampleValues(cells: CellValue[], columns: number): CellValue[] {
  const values: CellValue[] = [];
  for (let c = 0; c < columns; c++) {
    const cell = cells[c] ?? null;
    if (typeof cell !== "string") values.push(cell);
    else {
      const date = isoDateSerial(cell);
      values.push(date === date ? date : valueOfText(cell));
    }
  }
  return values;
}

/**
 * Types every cell of a row by its column, numeric dates in their column's order; a cell that does
 * not fit names the file, row and header, and a date that reads only in the other order says so.
 */
export function typedRow(
  record: FileRecord,
  headers: string[],
  types: ColumnType[],
  label: string,
  orders: readonly (DayOrderChoice | undefined)[] = []
): CellValue[] {
  const values: CellValue[] = new Array(types.length);
  for (let c = 0; c < types.length; c++) {
    const raw = record.cells[c] ?? null;
    const typed = typedCell(raw, types[c], orders[c]?.order);
    if (typed instanceof Mismatch) {
      const where = { file: label, row: record.row, header: headers[c], value: String(raw) };
      const read = orders[c];
      if (read && typeof raw === "string" && numericDateOrder(raw) !== undefined)
        fail({ kind: "dayOrderContradicted", ...where, order: read.order, because: read.because });
      fail({ kind: typed.kind, ...where });
    }
    values[c] = typed;
  }
  return values;
}
