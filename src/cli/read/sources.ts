/** From a file's header and sample to the summary's sources: sheet names, recognised columns, column types. */
import path from "path";
import { blockAddress } from "../../cells/a1";
import {
  ColumnMapping,
  CommentLabeller,
  MappedSource,
  Measure,
  needsCommentLabels,
  recognizeColumns,
  RefusedColumn,
  RowAccount,
  SourceKind,
  SourceProblem,
  sourceProblems,
  SourceTable,
  TableStart,
  uniqueSheetName,
  withLabelColumns,
} from "../../summary";
import { ColumnChoice } from "../arguments";
import { fail } from "../problems";
import { CellValue, ColumnType, inferColumnType } from "./cell-values";
import { DetectedEncoding } from "./encoding";
import { FileHead, InputFile, sampleValues, typedRow } from "./source-file";
import { columnDayOrders, DateReading, DayOrderChoice } from "./date-orders";

/** A file ready to stream: where its rows go, how its cells are typed, and the sources it holds. */
export interface PreparedFile {
  file: InputFile;
  /** A CSV file's encoding, settled once from its first bytes. */
  encoding: DetectedEncoding | undefined;
  /** The sheet of the output workbook holding the file's rows. */
  sheet: string;
  headers: string[];
  /** Where the table starts in the file. */
  start: TableStart;
  types: ColumnType[];
  /** Each date column's order for numeric dates (05/03/2024), and why; undefined where none. */
  dayOrders: (DayOrderChoice | undefined)[];
  /** One source per kind the file was given for; the row count is the sample's until the file is read. */
  sources: MappedSource[];
  /** Columns a header named for a measure but whose content could not hold it, per kind. */
  refused: { kind: SourceKind; columns: RefusedColumn[] }[];
  /** Mentions with comment text and no labels: each row gets its label cells after the file's columns. */
  labels?: { labeller: CommentLabeller; textColumn: number };
}

/** The label cells' types on the sheet: the label and the words as text, the score a number. */
export const LABEL_TYPES: ColumnType[] = ["text", "number", "text"];

/** The sheet a file's rows are written to: the workbook's sheet name, else the file's name without extension. */
export function sheetNameFor(file: InputFile, taken: string[]): string {
  const base = file.ref.sheet ?? path.basename(file.ref.path).replace(/\.[^.]+$/, "");
  return uniqueSheetName(base, taken);
}

/** The A1 address of a block from A1 of `columns` columns: a header row and `rows` data rows. */
function blockFromA1(columns: number, rows: number): string {
  return blockAddress({
    fromRow: 0,
    fromColumn: 0,
    toRow: rows,
    toColumn: Math.max(columns, 1) - 1,
  });
}

function measureOf(column: number, mappings: ColumnMapping[]): Measure | undefined {
  for (const mapping of mappings) {
    const found = (Object.keys(mapping) as Measure[]).find((m) => mapping[m] === column);
    if (found) return found;
  }
  return undefined;
}

// The user's --map choices replace what recognition decided: the column for the measure, and no
// other measure on that column.
function withChoices(
  mapping: ColumnMapping,
  choices: ColumnChoice[],
  headers: string[],
  label: string
): ColumnMapping {
  const chosen = { ...mapping };
  const fold = (text: string) => text.normalize("NFKC").trim().toLowerCase();
  for (const { measure, header } of choices) {
    delete chosen[measure];
    if (header === "") continue;
    const column = headers.findIndex((h) => fold(h) === fold(header));
    if (column < 0) fail({ kind: "noSuchColumn", file: label, header, headers });
    for (const [other, at] of Object.entries(chosen))
      if (at === column) delete chosen[other as Measure];
    chosen[measure] = column;
  }
  return chosen;
}

/** Recognises the columns of each kind the file holds and types the columns by what they were recognised as. */
export function prepareFile(
  file: InputFile,
  encoding: DetectedEncoding | undefined,
  head: FileHead,
  sheet: string,
  choices: ColumnChoice[] = [],
  dates: DateReading = {},
  labeller?: CommentLabeller
): PreparedFile {
  const columns = head.headers.length;
  const excelSample = head.sample.map((record) => sampleValues(record.cells, columns));
  const tableOf = (kind: SourceTable["kind"], sample: CellValue[][]): SourceTable => ({
    kind,
    sheet,
    address: blockFromA1(columns, sample.length),
    headers: head.headers,
    headerHints: head.hints,
    sample,
    rowCount: sample.length,
    // Every row passes the report's row sorter before it reaches the sheet (summarise.ts).
    rowsSorted: true,
  });
  const refused = file.kinds.map((kind) => ({ kind, columns: [] as RefusedColumn[] }));
  const mappings = file.kinds.map((kind, i) =>
    withChoices(
      recognizeColumns(tableOf(kind, excelSample), refused[i].columns),
      choices.filter((choice) => choice.kind === kind),
      head.headers,
      file.label
    )
  );
  const types = head.headers.map((_, column) =>
    inferColumnType(
      measureOf(column, mappings),
      head.sample.map((record) => record.cells[column] ?? null)
    )
  );
  const dayOrders = columnDayOrders(head.headers, head.sample, types, dates, file.label);
  // The sample as the sheet will hold it, so the checks see exactly what the formulas will read.
  const typedSample = head.sample.map((record) =>
    typedRow(record, head.headers, types, file.label, dayOrders)
  );
  const sources = file.kinds.map((kind, i) => ({
    table: tableOf(kind, typedSample),
    mapping: mappings[i],
  }));
  const { headers, start } = head;
  const prepared = { file, encoding, sheet, headers, start, types, dayOrders, sources, refused };
  return labeller ? withCommentLabels(prepared, labeller) : prepared;
}

// The mentions of a file with comment text and no labels, labelled: their sample carries the label
// cells after the file's columns, as every row will when it is read.
function withCommentLabels(prepared: PreparedFile, labeller: CommentLabeller): PreparedFile {
  const at = prepared.sources.findIndex(needsCommentLabels);
  if (at < 0) return prepared;
  const { table, mapping } = prepared.sources[at];
  const textColumn = mapping.text as number;
  const sample = table.sample.map((row) => [...row, ...labeller.cells(row[textColumn])]);
  const width = prepared.headers.length;
  const sources = [...prepared.sources];
  sources[at] = withLabelColumns({ ...table, sample }, mapping, width, labeller);
  return { ...prepared, sources, labels: { labeller, textColumn } };
}

/** The file's sources with their final row count and address, once every row has been read. */
export function withRowCount(
  prepared: PreparedFile,
  rowCount: number,
  accounts: Partial<Record<SourceKind, RowAccount>>
): MappedSource[] {
  return prepared.sources.map((source) => ({
    mapping: source.mapping,
    table: {
      ...source.table,
      rowCount,
      // Labelled mentions hold their label columns after the file's.
      address: blockFromA1(source.table.headers.length, rowCount),
      account: accounts[source.table.kind],
    },
  }));
}

/** Stops at the first error the sources' headers, mappings or samples show; returns the warnings. */
export function checkSources(sources: MappedSource[]): SourceProblem[] {
  const problems = sourceProblems(sources);
  const error = problems.find((problem) => problem.severity === "error");
  if (error) fail({ kind: "source", problem: error });
  return problems;
}
