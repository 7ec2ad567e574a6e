/**
 * Making a summary plan from the picked sources: a source whose rows must be sorted first (an order
 * log with line items or refunds, cells merged down) is read in full, and its used rows written to a
 * sheet of their own when they differ from the source's; the summary then reads that sheet.
 */
import { failure, Result, success } from "../../cells/result";
import { WorkbookPort, WorkbookProblem } from "../../excel/port";
import { SAMPLE_ROWS } from "../../excel/read-source";
import { Locale } from "../../i18n";
import { sheetWordsOf } from "../../i18n/sheets";
import {
  Assumptions,
  CommentLabeller,
  isDateMeasure,
  makeSummary,
  mappedColumns,
  MappedSource,
  MAX_SHEET_NAME_LENGTH,
  mayNeedUsedRows,
  Measure,
  RowAccount,
  RowReader,
  SourceKind,
  sourceOf,
  SourceProblem,
  Summary,
  TextRead,
  UsedRows,
  usedRowsSource,
} from "../../summary";

/** What a summary job needs besides the sources. */
export interface JobContext {
  port: WorkbookPort;
  assumptions: Assumptions;
  locale: Locale;
  /** When the sheet says it was made, in the workbook user's local time. */
  createdAt: string;
  /** When the figures were computed (ISO 8601), for the notes on computed values. */
  computedAt: string;
  /** Rows of a source read so far, of its data rows. */
  onProgress: (source: SourceKind, done: number, total: number) => void;
  /** True once the user asked to stop: reading ends at the next chunk. */
  cancelled: () => boolean;
  /** Labels mentions that have comment text and no labels. */
  labeller: CommentLabeller;
}

/** What became of a source's rows, and the sheet of used rows the summary reads instead, if any. */
export interface SourceRows {
  kind: SourceKind;
  account: RowAccount;
  usedRowsSheet?: string;
  textRead?: TextRead;
  /** True when that sheet holds the mentions labelled from their comment text. */
  labelled?: boolean;
}

/** The sources as the summary reads them, with the rows already read for it. */
export interface PreparedSources {
  sources: MappedSource[];
  rows: SourceRows[];
  /** The sheets of used rows this job wrote. */
  written: string[];
  /** Data rows already read, as the summary's sources have their columns. */
  read: Partial<Record<SourceKind, unknown[][]>>;
}

type JobProblem = SourceProblem | WorkbookProblem;

// Rows handed to the figures at a time, as a full-column read hands them over.
const CHUNK_ROWS = 10_000;

/**
 * Reads and sorts the rows of each source that needs it; on any problem the sheets it wrote are
 * removed again, so a refused job leaves the workbook as it was. A preview (`writeSheets` false)
 * sorts the rows in memory only.
 */
export async function prepareSources(
  sources: MappedSource[],
  context: JobContext,
  writeSheets = true
): Promise<Result<PreparedSources, JobProblem>> {
  const prepared: PreparedSources = { sources: [], rows: [], written: [], read: {} };
  const sorting = sources.filter(mayNeedUsedRows);
  for (const source of sources) {
    const { table } = source;
    if (!sorting.includes(source)) {
      prepared.sources.push(source);
      if (table.account) prepared.rows.push({ kind: table.kind, account: table.account });
      continue;
    }
    const sorted = await sortRows(source, context);
    if (!sorted.ok) return removedAfter(context.port, prepared.written, sorted.problems);
    const { rows, columns, account, changed } = sorted.value;
    prepared.read[table.kind] = changed ? rows : rows.map((row) => widened(row, columns));
    if (!changed) {
      prepared.sources.push(source);
      prepared.rows.push({ kind: table.kind, account });
      continue;
    }
    if (!writeSheets) {
      prepared.sources.push(usedRowsSource(source, sorted.value, table.sheet, SAMPLE_ROWS));
      prepared.rows.push({ kind: table.kind, account });
      continue;
    }
    const labelled = sorted.value.labeller;
    const written = await context.port.writeUsedRows({
      baseName: usedRowsSheetName(table.sheet, context.locale, labelled !== undefined),
      headers: [...columns.map((column) => table.headers[column]), ...(labelled?.headers ?? [])],
      rows,
      dateColumns: columns.flatMap((column, at) =>
        measureAt(source, column).some(isDateMeasure) ? [at] : []
      ),
    });
    if (!written.ok) return removedAfter(context.port, prepared.written, written.problems);
    prepared.written.push(written.value);
    prepared.sources.push(usedRowsSource(source, sorted.value, written.value, SAMPLE_ROWS));
    const textRead = sorted.value.textRead;
    prepared.rows.push({
      kind: table.kind,
      account,
      usedRowsSheet: written.value,
      ...(textRead ? { textRead } : {}),
      ...(labelled ? { labelled: true } : {}),
    });
  }
  return success(prepared, []);
}

/**
 * The summary of the prepared sources; rows not read yet are read from the workbook through the
 * port: those the sheet holds as values, or every source's for a preview of every figure.
 */
export function summaryFromWorkbook(
  prepared: PreparedSources,
  context: JobContext,
  rows: "values" | "all" = "values"
): Promise<Result<Summary, JobProblem>> {
  return makeSummary(prepared.sources, context.assumptions, workbookRows(prepared, context), {
    locale: context.locale,
    createdAt: context.createdAt,
    computedAt: context.computedAt,
    rows,
  });
}

/** Deletes sheets of used rows a job wrote, when the summary that was to read them was not written. */
export async function removeUsedRowsSheets(port: WorkbookPort, sheets: string[]): Promise<void> {
  // Best effort: a sheet left behind is named in the pane's message and harms no figure.
  for (const sheet of sheets) await port.removeUsedRows(sheet);
}

async function removedAfter<T>(
  port: WorkbookPort,
  written: string[],
  problems: readonly JobProblem[]
): Promise<Result<T, JobProblem>> {
  await removeUsedRowsSheets(port, written);
  return failure(...problems);
}

// Every data row of the source's mapped columns, read in chunks and sorted; a bad cell anywhere
// stops the job with the cell named.
async function sortRows(source: MappedSource, context: JobContext) {
  const used = new UsedRows(source, context.labeller);
  const { kind } = source.table;
  const read = await context.port.readFullColumns(source.table, used.columns, (chunk) => {
    if (context.cancelled()) return false;
    used.add(chunk.rows);
    context.onProgress(kind, chunk.done, chunk.total);
    return undefined;
  });
  if (!read.ok) return read;
  const { sorted, problems } = used.result();
  return problems.length > 0 ? failure<JobProblem>(...problems) : success(sorted, []);
}

// The used rows' sheet is named after the source's, shortened so that the words after it fit.
function usedRowsSheetName(sourceSheet: string, locale: Locale, labelled: boolean): string {
  const words = sheetWordsOf(locale);
  const name = labelled ? words.labelledSheet : words.usedRowsSheet;
  const room = MAX_SHEET_NAME_LENGTH - name("").length;
  return name(sourceSheet.slice(0, room).trimEnd());
}

function measureAt({ mapping }: MappedSource, column: number): Measure[] {
  return (Object.keys(mapping) as Measure[]).filter((measure) => mapping[measure] === column);
}

// A row of the mapped columns only, put back at the source's column positions.
function widened(row: unknown[], columns: number[]): unknown[] {
  const wide: unknown[] = [];
  columns.forEach((column, at) => (wide[column] = row[at]));
  return wide;
}

// The rows of each source the figures ask for: from memory when sorting read them (already told
// in the progress), else chunk by chunk from the workbook, reporting the source's rows read.
function workbookRows(prepared: PreparedSources, context: JobContext): RowReader<WorkbookProblem> {
  const { sources, read } = prepared;
  return async (kinds, add) => {
    for (const kind of kinds) {
      const source = sourceOf(sources, kind) as MappedSource;
      const inMemory = read[kind];
      if (inMemory) {
        for (let from = 0; from < inMemory.length; from += CHUNK_ROWS)
          add(kind, inMemory.slice(from, from + CHUNK_ROWS));
        continue;
      }
      const columns = mappedColumns(source.mapping);
      const done = await context.port.readFullColumns(source.table, columns, (chunk) => {
        if (context.cancelled()) return false;
        add(kind, chunk.rows);
        context.onProgress(kind, chunk.done, chunk.total);
        return undefined;
      });
      if (!done.ok) return done;
    }
    return success(sources);
  };
}
